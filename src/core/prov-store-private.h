/* prov-store-private.h — what the files of ProvStore share: connections, statements, helpers
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "prov-anchor.h"
#include "prov-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* One SQLite connection, its prepared statements, and the lock that serialises its users. */
typedef struct
{
  sqlite3    *db;
  GHashTable *stmts;  /* SQL text → sqlite3_stmt* (prepared once, reset on each use) */
  GRecMutex   lock;
} ProvDb;

struct _ProvStore
{
  GObject       parent_instance;

  char         *path;
  gboolean      created;
  GMainContext *context;  /* where signals are emitted */
  ProvDb        w;        /* the writer: every write, in a transaction */
  ProvDb        r;        /* the reader: queries from the UI, never blocked by a write */
};

/* Signals of ProvStore. */
enum
{
  PROV_STORE_SIGNAL_DOCUMENT_CHANGED,
  PROV_STORE_SIGNAL_SOURCES_CHANGED,
  PROV_STORE_SIGNAL_COLLECTIONS_CHANGED,
  PROV_STORE_N_SIGNALS
};

#define PROV_DB_LOCK(pdb) \
  g_autoptr(GRecMutexLocker) G_PASTE (prov_db_locker_, __LINE__) = \
    g_rec_mutex_locker_new (&(pdb)->lock)

/* Returns the cached statement for @sql (reset, bindings cleared), or NULL with @error. */
sqlite3_stmt *_prov_db_stmt         (ProvDb        *db,
                                     const char    *sql,
                                     GError       **error);
/* Runs @sql (one or more statements, no results). */
gboolean      _prov_db_exec         (ProvDb        *db,
                                     const char    *sql,
                                     GError       **error);
/* Steps @stmt to completion; FALSE with @error on failure. */
gboolean      _prov_db_step_done    (ProvDb        *db,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);
/* Steps @stmt once: 1 for a row, 0 for done, -1 with @error on failure. */
int           _prov_db_step_row     (ProvDb        *db,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);
/* Sets @error from the connection's last failure, prefixed by @what. */
void          _prov_db_set_error    (ProvDb        *db,
                                     int            rc,
                                     const char    *what,
                                     GError       **error);
/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
gboolean      _prov_db_begin        (ProvDb        *db,
                                     GError       **error);
gboolean      _prov_db_commit       (ProvDb        *db,
                                     GError       **error);
void          _prov_db_rollback     (ProvDb        *db);
/* Returns a single integer from @sql with one optional int64 parameter (-1: none). */
gboolean      _prov_db_get_int64    (ProvDb        *db,
                                     const char    *sql,
                                     gint64         param,
                                     gint64        *value,
                                     GError       **error);
/* Binds a UTF-8 string, or NULL. */
void          _prov_bind_text       (sqlite3_stmt  *stmt,
                                     int            index,
                                     const char    *text);
/* Duplicates a text column (NULL stays NULL). */
char         *_prov_column_dup      (sqlite3_stmt  *stmt,
                                     int            column);
/* Now, in Unix seconds. */
gint64        _prov_now             (void);
/* Emits a store signal in the store's main context (now, when called from it). */
void          _prov_store_emit      (ProvStore     *self,
                                     guint          signal,
                                     gint64         id);
/* Fails with PROV_STORE_ERROR_NOT_FOUND unless @sql (one id parameter) returns a row. */
/* Reads the id and text of @document_id's latest version on @db (NOT_FOUND when none). */
gboolean      _prov_store_latest_text (ProvDb        *db,
                                       gint64         document_id,
                                       gint64        *version_id,
                                       char         **text,
                                       GError       **error);
gboolean      _prov_db_check_exists (ProvDb        *db,
                                     const char    *sql,
                                     gint64         id,
                                     const char    *what,
                                     GError       **error);

/* prov-store-claims.c: fills claims from a query selecting PROV_CLAIM_COLUMNS. */
#define PROV_CLAIM_COLUMNS \
  "c.id, c.document_id, c.kind, c.quote, c.start, c.source_id, s.name, " \
  "coalesce (c.reliability, s.reliability, 'F'), c.reliability IS NOT NULL, c.credibility, " \
  "c.status, c.suggestion, c.origin, c.rule, c.changed, " \
  "(SELECT group_concat (body, char (10, 10)) FROM " \
  "  (SELECT body FROM notes WHERE claim_id = c.id ORDER BY id)), " \
  "(SELECT group_concat (name, char (31)) FROM " \
  "  (SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id " \
  "   WHERE ct.claim_id = c.id ORDER BY t.name)), " \
  "(SELECT max (a.end) FROM annotations a WHERE a.claim_id = c.id AND a.anchor != 'orphan'), " \
  "(SELECT a.anchor = 'orphan' FROM annotations a WHERE a.claim_id = c.id AND a.role = 'cue'), " \
  "(SELECT a.exact FROM annotations a WHERE a.claim_id = c.id AND a.role = 'source') "
#define PROV_CLAIM_FROM \
  " FROM claims c LEFT JOIN sources s ON s.id = c.source_id "
ProvClaim    *_prov_claim_from_row  (sqlite3_stmt  *stmt);
/* Splits a char(31)-joined list (NULL gives an empty vector). */
char        **_prov_split_list      (const char    *joined);

/* prov-store-notes.c: the id of collection @name (0 when missing and not @create). */
gboolean      _prov_store_collection_id_locked (ProvStore   *self,
                                                const char  *name,
                                                gboolean     create,
                                                gint64      *id,
                                                GError     **error);
/* prov-store-sources.c: the id of the source named or aliased @name (0 when missing and
 * not @create). */
gboolean      _prov_store_source_id_locked (ProvStore   *self,
                                            const char  *name,
                                            const char  *type,
                                            char         reliability,
                                            gboolean     create,
                                            gint64      *id,
                                            GError     **error);

/* prov-store-documents.c: one document's row. */
ProvDocument *_prov_store_get_document (ProvDb  *db,
                                       gint64   document_id,
                                       GError **error);

/* prov-store-documents.c / prov-store-reanchor.c */
gboolean      _prov_store_apply_analysis (ProvStore           *self,
                                          gint64               document_id,
                                          gint64               version_id,
                                          const char          *text,
                                          const ProvAnalysis  *analysis,
                                          guint               *n_added,
                                          GError             **error);
gboolean      _prov_store_reanchor  (ProvStore           *self,
                                     gint64               document_id,
                                     gint64               old_version_id,
                                     gint64               new_version_id,
                                     const char          *new_text,
                                     guint               *n_found,
                                     guint               *n_orphaned,
                                     GError             **error);
/* Inserts a claim and its annotations in the writer's open transaction. */
gboolean      _prov_store_insert_claim (ProvStore        *self,
                                        ProvAnchorText   *text,
                                        gint64            document_id,
                                        gint64            version_id,
                                        ProvKind          kind,
                                        ProvSpan          cue,
                                        ProvSpan          source,
                                        ProvSpan          content,
                                        ProvOrigin        origin,
                                        const char       *rule,
                                        gint64           *claim_id,
                                        GError          **error);
/* prov-store-search.c: refuses a query FTS5 would take as a special (debug) query or that is
 * empty or not UTF-8, with PROV_STORE_ERROR_QUERY. */
gboolean      _prov_store_check_query (const char  *query,
                                       GError     **error);
/* prov-store-search.c: turns @cause, met while running @query through FTS5 MATCH with the
 * SQLite result code @rc, into a PROV_STORE_ERROR_QUERY with FTS5's explanation when FTS5 refused
 * the query (SQLITE_ERROR); any other failure is passed on. Takes @cause. */
void          _prov_store_query_error (const char  *query,
                                       int          rc,
                                       GError      *cause,
                                       GError     **error);

/* Fills the W3C quote selector of [start, end) of @chars (UCS-4 text, @n_chars long). */
void          _prov_quote_selector  (const gunichar *chars,
                                     gint64          n_chars,
                                     gint64          start,
                                     gint64          end,
                                     char          **exact,
                                     char          **prefix,
                                     char          **suffix);

G_END_DECLS
