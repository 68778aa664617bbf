/* prov-store-search.c — ProvStore: full-text search over titles, texts, claims, notes, sources
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-store-private.h"

/* Ranking every match by bm25 costs about a microsecond per matching row: a word found in most
 * of a 100k-document library would take hundreds of milliseconds. So a query is first probed for
 * more than BROAD_QUERY matches (which stops early); a narrower query is ranked by bm25 with
 * titles weighted up, a broader one lists its newest matches first. */
#define BROAD_QUERY 5000

#define PROBE_SQL \
  "SELECT count(*) FROM (SELECT rowid FROM search WHERE search MATCH ?1 LIMIT ?2)"

/* The document of a hit, from the row kind (rowid % 4); 0 for sources and collection notes. */
#define HIT_DOCUMENT \
  "CASE f.rowid % 4 WHEN 0 THEN f.rowid / 4 " \
  "  WHEN 1 THEN (SELECT document_id FROM claims WHERE id = f.rowid / 4) " \
  "  WHEN 2 THEN (SELECT coalesce (n.document_id, c.document_id, 0) FROM notes n " \
  "               LEFT JOIN claims c ON c.id = n.claim_id WHERE n.id = f.rowid / 4) " \
  "  ELSE 0 END"

/* The snippet is taken from the body, or the title for sources. Hits in trashed documents are
 * left out. */
#define SEARCH_COLUMNS \
  "SELECT f.rowid, bm25 (search, 4.0, 1.0), " \
  "snippet (search, -1, ?2, ?3, '…', 12), " \
  HIT_DOCUMENT " AS doc, " \
  "CASE f.rowid % 4 WHEN 3 THEN (SELECT name FROM sources WHERE id = f.rowid / 4) " \
  "  ELSE NULL END " \
  "FROM search f WHERE search MATCH ?1 " \
  "AND NOT EXISTS (SELECT 1 FROM documents t WHERE t.id = " HIT_DOCUMENT \
  "                AND t.trashed_at IS NOT NULL) "
#define SEARCH_SQL SEARCH_COLUMNS "ORDER BY rank LIMIT ?4"
#define SEARCH_BROAD_SQL SEARCH_COLUMNS "ORDER BY f.rowid DESC LIMIT ?4"

gboolean
_prov_store_check_query (const char  *query,
                         GError     **error)
{
  const char *p = query;

  if (!g_utf8_validate (query, -1, NULL))
    {
      g_set_error_literal (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY,
                           _("The search query is not valid UTF-8"));
      return FALSE;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    {
      g_set_error_literal (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY,
                           _("The search query is empty"));
      return FALSE;
    }
  /* FTS5 runs a query that starts with "*" as a debugging command ("*id" lists row ids) */
  if (*p == '*')
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY,
                   _("Malformed search query “%s”: it cannot start with “*”"), query);
      return FALSE;
    }
  return TRUE;
}

void
_prov_store_query_error (const char  *query,
                         int          rc,
                         GError      *cause,
                         GError     **error)
{
  g_autoptr(GError) local_error = cause;
  const char *prefix = _("Cannot read the library");
  const char *detail;

  if ((rc & 0xff) != SQLITE_ERROR || local_error->domain != PROV_STORE_ERROR ||
      local_error->code != PROV_STORE_ERROR_FAILED)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return;
    }
  /* the message is "Cannot read the library: <SQLite's message>"; FTS5's syntax errors start
   * with "fts5: ", its other refusals ("unterminated string") do not */
  detail = local_error->message;
  if (g_str_has_prefix (detail, prefix) && g_str_has_prefix (detail + strlen (prefix), ": "))
    detail += strlen (prefix) + 2;
  if (g_str_has_prefix (detail, "fts5: "))
    detail += strlen ("fts5: ");
  g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY,
               _("Malformed search query “%s”: %s"), query, detail);
}

void
prov_search_hit_free (ProvSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

GPtrArray *
prov_store_search_sync (ProvStore   *self,
                        const char  *query,
                        guint        limit,
                        const char  *open,
                        const char  *close,
                        GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              prov_search_hit_free);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  sqlite3_stmt *title_stmt;
  sqlite3_stmt *probe;
  gboolean broad = FALSE;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_prov_store_check_query (query, error))
    return NULL;

  locker = g_rec_mutex_locker_new (&self->r.lock);
  probe = _prov_db_stmt (&self->r, PROBE_SQL, error);
  if (probe == NULL)
    return NULL;
  _prov_bind_text (probe, 1, query);
  sqlite3_bind_int (probe, 2, BROAD_QUERY + 1);
  row = _prov_db_step_row (&self->r, probe, &local_error);
  if (row < 0)
    {
      _prov_store_query_error (query, sqlite3_errcode (self->r.db),
                               g_steal_pointer (&local_error), error);
      return NULL;
    }
  if (row > 0)
    broad = sqlite3_column_int (probe, 0) > BROAD_QUERY;
  sqlite3_reset (probe);

  stmt = _prov_db_stmt (&self->r, broad ? SEARCH_BROAD_SQL : SEARCH_SQL, error);
  title_stmt = _prov_db_stmt (&self->r, "SELECT title FROM documents WHERE id = ?", error);
  if (stmt == NULL || title_stmt == NULL)
    return NULL;
  _prov_bind_text (stmt, 1, query);
  _prov_bind_text (stmt, 2, open != NULL ? open : "[");
  _prov_bind_text (stmt, 3, close != NULL ? close : "]");
  sqlite3_bind_int64 (stmt, 4, limit > 0 ? limit : G_MAXINT);
  while ((row = _prov_db_step_row (&self->r, stmt, &local_error)) > 0)
    {
      ProvSearchHit *hit = g_new0 (ProvSearchHit, 1);
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      hit->kind = (ProvHitKind) (rowid % 4);
      hit->id = rowid / 4;
      hit->rank = sqlite3_column_double (stmt, 1);
      hit->snippet = _prov_column_dup (stmt, 2);
      hit->document_id = sqlite3_column_int64 (stmt, 3);
      hit->title = _prov_column_dup (stmt, 4);
      if (hit->title == NULL && hit->document_id != 0)
        {
          sqlite3_reset (title_stmt);
          sqlite3_bind_int64 (title_stmt, 1, hit->document_id);
          if (sqlite3_step (title_stmt) == SQLITE_ROW)
            hit->title = _prov_column_dup (title_stmt, 0);
          sqlite3_reset (title_stmt);
        }
      g_ptr_array_add (hits, hit);
    }
  if (row < 0)
    {
      _prov_store_query_error (query, sqlite3_errcode (self->r.db),
                               g_steal_pointer (&local_error), error);
      return NULL;
    }
  return g_steal_pointer (&hits);
}
