/* prov-store.h — the library: documents, versions, annotations, claims, sources, notes in SQLite
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One ProvStore per library file. Every _sync call is thread-safe (a writer connection and a
 * reader connection, each behind its own mutex) and every write runs in one transaction. The
 * _async wrappers (prov-store-async.h) run the _sync calls in a GTask thread. Signals are always
 * emitted in the main context that was the thread default when the store was opened.
 */
#pragma once

#include <gio/gio.h>

#include "prov-analyzer.h"
#include "prov-claim.h"
#include "prov-collection.h"
#include "prov-document.h"
#include "prov-note.h"
#include "prov-source.h"
#include "prov-store-types.h"

G_BEGIN_DECLS

#define PROV_STORE_ERROR (prov_store_error_quark ())

typedef enum
{
  PROV_STORE_ERROR_OPEN,         /* the file cannot be opened or created */
  PROV_STORE_ERROR_CORRUPT,      /* the file is damaged */
  PROV_STORE_ERROR_NOT_LIBRARY,  /* an SQLite file (or other file) that is not a library */
  PROV_STORE_ERROR_TOO_NEW,      /* written by a newer Provenance: refused, left untouched */
  PROV_STORE_ERROR_NOT_FOUND,    /* no such document, claim, source, note or collection */
  PROV_STORE_ERROR_INVALID,      /* an invalid argument value (rating, status, empty name…) */
  PROV_STORE_ERROR_QUERY,        /* a malformed search query */
  PROV_STORE_ERROR_FAILED,       /* any other SQLite failure */
  PROV_STORE_ERROR_READ_ONLY,    /* the library file or its folder cannot be written */
} ProvStoreError;

/* The schema version this build writes (PRAGMA user_version). */
#define PROV_STORE_SCHEMA_VERSION 3

/* Metadata of a document as the importer found it; NULL fields are left unset/unchanged. */
typedef struct
{
  const char *uri;        /* required: the identity of the document */
  const char *title;
  const char *byline;
  const char *site;
  const char *published;  /* ISO 8601 as found */
  const char *language;
  const char *collection; /* a collection name, created when missing */
} ProvDocumentInfo;

/* What prov_store_add_document_version_sync () did. */
typedef struct
{
  gint64   document_id;
  gint64   version_id;     /* the latest version after the call */
  gboolean new_document;   /* the URI was not in the library */
  gboolean new_version;    /* the content hash changed (or it is the first version) */
  guint    suggestions;    /* analyzer claims added as suggestions */
  guint    reanchored;     /* annotations found again in the new version */
  guint    orphaned;       /* annotations that could not be found */
} ProvStoreAddResult;

/* A document version's HTTP validators, for a conditional re-fetch. */
typedef struct
{
  gint64  version_id;
  char   *etag;
  char   *last_modified;
  char   *content_hash;
  gint64  fetched_at;
} ProvVersionInfo;

/* Everything the reader shows for one version of a document, loaded in one call. */
typedef struct
{
  ProvDocument *document;
  gint64        version_id;
  gint64        fetched_at;
  char         *content_hash;
  char         *etag;
  char         *last_modified;
  char         *text;          /* extracted text; offsets are code points into it */
  char         *structure;     /* JSON: [{"type", "start", "end", …}, …] */
  ProvProfile   profile;
  GPtrArray    *annotations;   /* of ProvAnnotation*, by start (orphans last) */
  GPtrArray    *claims;        /* of ProvClaim*, in document order (orphans last) */
} ProvDocumentContents;

/* Sort orders of the library. */
typedef enum
{
  PROV_SORT_ADDED,
  PROV_SORT_PUBLISHED,
  PROV_SORT_TITLE,
} ProvDocumentSort;

/* Saved filters of the library. */
typedef enum
{
  PROV_FILTER_ALL,
  PROV_FILTER_UNREVIEWED,  /* has unreviewed (non-dismissed) claims */
  PROV_FILTER_CHANGED,     /* has claims flagged "changed since" or orphaned */
  PROV_FILTER_SUGGESTED,   /* has suggestions not yet accepted or dismissed */
  PROV_FILTER_ANONYMOUS,   /* mostly anonymous sourcing: more anonymous and hearsay
                            * attributions than named ones (dismissed ones not counted) */
} ProvDocumentFilter;

/* Which documents, in which order. */
typedef struct
{
  ProvDocumentSort    sort;
  gboolean            descending;
  ProvDocumentFilter  filter;
  const char         *search;         /* FTS query over the document title and text, or NULL */
  gint64              collection_id;  /* 0: any */
  const char         *tag;            /* NULL: any */
} ProvDocumentQuery;

/* Fields of a ProvClaimUpdate to apply. */
typedef enum
{
  PROV_CLAIM_UPDATE_RELIABILITY = 1 << 0,
  PROV_CLAIM_UPDATE_CREDIBILITY = 1 << 1,
  PROV_CLAIM_UPDATE_STATUS      = 1 << 2,
  PROV_CLAIM_UPDATE_NOTE        = 1 << 3,
  PROV_CLAIM_UPDATE_SOURCE      = 1 << 4,
  PROV_CLAIM_UPDATE_SUGGESTION  = 1 << 5,
} ProvClaimUpdateFields;

/* A change to one claim, applied in one transaction. */
typedef struct
{
  ProvClaimUpdateFields fields;
  char                  reliability;  /* 'A'–'F', or '\0' to follow the source's again */
  int                   credibility;  /* 1–6 */
  ProvReviewStatus      status;
  const char           *note;         /* replaces the claim's notes; NULL or "" removes them */
  gint64                source_id;    /* 0 unlinks */
  ProvSuggestion        suggestion;   /* accept or dismiss (applies to all its annotations) */
} ProvClaimUpdate;

/* A claim made by the reader from a selection. */
typedef struct
{
  ProvKind  kind;
  ProvSpan  cue;
  ProvSpan  source;
  ProvSpan  content;
} ProvClaimSpans;

/* Kinds of search hits. */
typedef enum
{
  PROV_HIT_DOCUMENT,
  PROV_HIT_CLAIM,
  PROV_HIT_NOTE,
  PROV_HIT_SOURCE,
} ProvHitKind;

/* One full-text search hit. */
typedef struct
{
  ProvHitKind  kind;
  gint64       id;            /* of the document, claim, note or source */
  gint64       document_id;   /* 0 for sources and collection notes */
  char        *title;         /* the document title, or the source name */
  char        *snippet;       /* the matching text with each match between the markers */
  double       rank;          /* bm25, lower is better */
} ProvSearchHit;

#define PROV_TYPE_STORE (prov_store_get_type ())

G_DECLARE_FINAL_TYPE (ProvStore, prov_store, PROV, STORE, GObject)

GQuark      prov_store_error_quark      (void);
/* Returns the stable name of @kind ("document", "claim", "note", "source"). */
const char *prov_hit_kind_to_string     (ProvHitKind kind);

/* Opens (creating and migrating if needed) the library at @path. A damaged file, a file that is
 * not a library and a library of a newer schema fail with a clear message and are not written. */
ProvStore  *prov_store_open_sync        (const char    *path,
                                         GCancellable  *cancellable,
                                         GError       **error);
/* Returns the library path. */
const char *prov_store_get_path         (ProvStore     *self);
/* TRUE when this open created the library file (first run: the app seeds its sample). */
gboolean    prov_store_get_created      (ProvStore     *self);
/* TRUE when the library holds no document (the app seeds the sample article then). */
gboolean    prov_store_is_empty_sync    (ProvStore     *self,
                                         GError       **error);
/* Runs PRAGMA integrity_check; FALSE with an error describing the first problem. */
gboolean    prov_store_check_integrity_sync (ProvStore  *self,
                                             GError    **error);

/* ---- documents and versions (prov-store-documents.c) ---- */

/* Stores a document version in ONE transaction: creates the document or updates its metadata,
 * stores a new version only when the text's hash changed (re-anchoring the annotations of the
 * previous version onto it), and turns @analysis (may be NULL) into suggested claims without
 * resurrecting dismissed ones or duplicating existing ones. @structure is JSON or NULL, @raw the
 * raw snapshot or NULL. When the text is unchanged, the validators are refreshed. */
gboolean    prov_store_add_document_version_sync (ProvStore              *self,
                                                  const ProvDocumentInfo *info,
                                                  const char             *text,
                                                  const char             *structure,
                                                  GBytes                 *raw,
                                                  const char             *etag,
                                                  const char             *last_modified,
                                                  const ProvAnalysis     *analysis,
                                                  ProvStoreAddResult     *result,
                                                  GError                **error);
/* Applies a fresh analysis (new lexicon) to the latest version of @document_id, as above. */
gboolean    prov_store_reanalyze_sync   (ProvStore           *self,
                                         gint64               document_id,
                                         const ProvAnalysis  *analysis,
                                         guint               *n_added,
                                         GError             **error);
/* Finds a document by URI; returns 0 (no error) when it is not in the library. */
gint64      prov_store_find_document_by_uri_sync (ProvStore   *self,
                                                  const char  *uri,
                                                  GError     **error);
/* Returns the validators of the latest version of @document_id. */
ProvVersionInfo *prov_store_get_latest_version_sync (ProvStore  *self,
                                                     gint64      document_id,
                                                     GError    **error);
/* Lists the versions of @document_id, oldest first (ProvVersionInfo*). */
GPtrArray  *prov_store_list_versions_sync (ProvStore  *self,
                                           gint64      document_id,
                                           GError    **error);
/* Returns the raw snapshot of a version (NULL with no error when none was stored). */
GBytes     *prov_store_get_raw_snapshot_sync (ProvStore  *self,
                                              gint64      version_id,
                                              GError    **error);
/* Returns one document's row. */
ProvDocument *prov_store_get_document_sync (ProvStore  *self,
                                            gint64      document_id,
                                            GError    **error);
/* Loads text, structure, annotations and claims of a version (0: the latest) in one call. */
ProvDocumentContents *prov_store_load_document_sync (ProvStore  *self,
                                                     gint64      document_id,
                                                     gint64      version_id,
                                                     GError    **error);
/* Sets a document's metadata fields that are non-NULL in @info (uri is ignored). */
gboolean    prov_store_update_document_sync (ProvStore              *self,
                                             gint64                  document_id,
                                             const ProvDocumentInfo *info,
                                             GError                **error);
/* Moves documents to the trash (one transaction; fails with NOT_FOUND, changing nothing, when an
 * id is not in the library): they keep every row but leave every query, model, search and count
 * until restored or the trash is emptied. prov_store_get_document_sync (), load and the claim
 * list of one document still read them. Adding the same URI again restores a document. */
gboolean    prov_store_trash_documents_sync (ProvStore     *self,
                                             const gint64  *ids,
                                             guint          n_ids,
                                             GError       **error);
/* Takes documents out of the trash (the Undo of trashing them). */
gboolean    prov_store_restore_documents_sync (ProvStore     *self,
                                               const gint64  *ids,
                                               guint          n_ids,
                                               GError       **error);
/* Deletes for good, with their versions, annotations, claims, notes and tags, the documents
 * trashed at least @older_than_seconds ago (0: every trashed document). */
gboolean    prov_store_empty_trash_sync (ProvStore  *self,
                                         gint64      older_than_seconds,
                                         GError    **error);
/* Returns the ids of the trashed documents, most recently trashed first (a GArray of gint64). */
GArray     *prov_store_list_trash_sync  (ProvStore  *self,
                                         GError    **error);
/* Deletes a document with its versions, annotations, claims and notes. */
gboolean    prov_store_delete_document_sync (ProvStore  *self,
                                             gint64      document_id,
                                             GError    **error);
/* Returns the ids of the documents matching @query, in its order (a GArray of gint64). */
GArray     *prov_store_query_document_ids_sync (ProvStore               *self,
                                                const ProvDocumentQuery *query,
                                                GError                 **error);
/* Returns the ProvDocument rows of @ids, in the same order. */
GPtrArray  *prov_store_get_documents_sync (ProvStore     *self,
                                           const gint64  *ids,
                                           guint          n_ids,
                                           GError       **error);
/* Returns up to @limit (0: all) documents matching @query from @offset. */
GPtrArray  *prov_store_list_documents_sync (ProvStore               *self,
                                            const ProvDocumentQuery *query,
                                            guint                    offset,
                                            guint                    limit,
                                            GError                 **error);
/* Frees @info. */
void        prov_version_info_free      (ProvVersionInfo      *info);
/* Frees @contents. */
void        prov_document_contents_free (ProvDocumentContents *contents);

/* ---- claims and annotations (prov-store-claims.c) ---- */

/* Makes a claim from the reader's selection (origin user, accepted); returns its id. */
gint64      prov_store_add_claim_sync   (ProvStore             *self,
                                         gint64                 document_id,
                                         const ProvClaimSpans  *spans,
                                         GError               **error);
/* Applies @update to @claim_id in one transaction. */
gboolean    prov_store_update_claim_sync (ProvStore              *self,
                                          gint64                  claim_id,
                                          const ProvClaimUpdate  *update,
                                          GError                **error);
/* Deletes a claim made by the reader (suggestions are dismissed instead). */
gboolean    prov_store_delete_claim_sync (ProvStore  *self,
                                          gint64      claim_id,
                                          GError    **error);
/* Returns one claim. */
ProvClaim  *prov_store_get_claim_sync   (ProvStore  *self,
                                         gint64      claim_id,
                                         GError    **error);
/* Returns the claim ids of @document_id in document order; dismissed ones only if asked. */
GArray     *prov_store_query_claim_ids_sync (ProvStore  *self,
                                             gint64      document_id,
                                             gboolean    include_dismissed,
                                             GError    **error);
/* Returns the ProvClaim rows of @ids, in the same order. */
GPtrArray  *prov_store_get_claims_sync  (ProvStore     *self,
                                         const gint64  *ids,
                                         guint          n_ids,
                                         GError       **error);
/* Returns the claims of @document_id (0: of every document) in document order. */
GPtrArray  *prov_store_list_claims_sync (ProvStore  *self,
                                         gint64      document_id,
                                         gboolean    include_dismissed,
                                         GError    **error);
/* Returns the orphaned annotations of @document_id (ProvAnnotation*). */
GPtrArray  *prov_store_list_orphans_sync (ProvStore  *self,
                                          gint64      document_id,
                                          GError    **error);

/* ---- tags, notes, collections (prov-store-notes.c) ---- */

/* Tags a document (@claim_id 0) or a claim (@document_id 0); tagging twice is a no-op. */
gboolean    prov_store_add_tag_sync     (ProvStore   *self,
                                         gint64       document_id,
                                         gint64       claim_id,
                                         const char  *tag,
                                         GError     **error);
/* Removes a tag from a document or a claim. */
gboolean    prov_store_remove_tag_sync  (ProvStore   *self,
                                         gint64       document_id,
                                         gint64       claim_id,
                                         const char  *tag,
                                         GError     **error);
/* Returns every tag name in use, sorted (NULL-terminated). */
char      **prov_store_list_tags_sync   (ProvStore  *self,
                                         GError    **error);
/* Adds a Markdown note to a document, a claim or a collection; returns its id. */
gint64      prov_store_add_note_sync    (ProvStore       *self,
                                         ProvNoteTarget   target,
                                         gint64           target_id,
                                         const char      *markdown,
                                         GError         **error);
/* Replaces the text of a note. */
gboolean    prov_store_update_note_sync (ProvStore   *self,
                                         gint64       note_id,
                                         const char  *markdown,
                                         GError     **error);
/* Deletes a note. */
gboolean    prov_store_delete_note_sync (ProvStore  *self,
                                         gint64      note_id,
                                         GError    **error);
/* Returns the notes on a document, a claim or a collection, oldest first (ProvNote*). */
GPtrArray  *prov_store_list_notes_sync  (ProvStore       *self,
                                         ProvNoteTarget   target,
                                         gint64           target_id,
                                         GError         **error);
/* Returns the id of the collection @name, creating it when missing. */
gint64      prov_store_ensure_collection_sync (ProvStore   *self,
                                               const char  *name,
                                               GError     **error);
/* Returns the id of the collection @name, or 0 (no error) when there is none. */
gint64      prov_store_find_collection_sync (ProvStore   *self,
                                             const char  *name,
                                             GError     **error);
/* Moves a document into a collection (0: out of any). */
gboolean    prov_store_set_document_collection_sync (ProvStore  *self,
                                                     gint64      document_id,
                                                     gint64      collection_id,
                                                     GError    **error);
/* Returns every collection, by name (ProvCollection*). */
GPtrArray  *prov_store_list_collections_sync (ProvStore  *self,
                                              GError    **error);

/* ---- sources (prov-store-sources.c) ---- */

/* Returns the source named (or aliased) @name, creating it with @type and @reliability
 * ('\0': F) when missing. */
gint64      prov_store_ensure_source_sync (ProvStore   *self,
                                           const char  *name,
                                           const char  *type,
                                           char         reliability,
                                           GError     **error);
/* Returns the id of the source whose name or alias is @name (any case), or 0. */
gint64      prov_store_find_source_sync (ProvStore   *self,
                                         const char  *name,
                                         GError     **error);
/* Returns one source with its aliases and claim count. */
ProvSource *prov_store_get_source_sync  (ProvStore  *self,
                                         gint64      source_id,
                                         GError    **error);
/* Sets a source's name, type and reliability (NULL / '\0' leave them unchanged). */
gboolean    prov_store_update_source_sync (ProvStore   *self,
                                           gint64       source_id,
                                           const char  *name,
                                           const char  *type,
                                           char         reliability,
                                           GError     **error);
/* Adds an alias; fails when another source already uses that name. */
gboolean    prov_store_add_source_alias_sync (ProvStore   *self,
                                              gint64       source_id,
                                              const char  *alias,
                                              GError     **error);
/* Removes an alias. */
gboolean    prov_store_remove_source_alias_sync (ProvStore   *self,
                                                 gint64       source_id,
                                                 const char  *alias,
                                                 GError     **error);
/* Merges @from_id into @into_id: every claim, alias (and @from's name as an alias) moves. */
gboolean    prov_store_merge_sources_sync (ProvStore  *self,
                                           gint64      from_id,
                                           gint64      into_id,
                                           GError    **error);
/* Returns the source ids by name (case-insensitive); @search filters on name and aliases. */
GArray     *prov_store_query_source_ids_sync (ProvStore   *self,
                                              const char  *search,
                                              GError     **error);
/* Returns the ProvSource rows of @ids, in the same order. */
GPtrArray  *prov_store_get_sources_sync (ProvStore     *self,
                                         const gint64  *ids,
                                         guint          n_ids,
                                         GError       **error);
/* Returns every source, by name (ProvSource*). */
GPtrArray  *prov_store_list_sources_sync (ProvStore  *self,
                                          GError    **error);

/* ---- search (prov-store-search.c) ---- */

/* Full-text search (FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT) over titles, texts,
 * claims, notes and sources. Matches are wrapped in @open/@close (NULL: "[" and "]").
 * A malformed query fails with PROV_STORE_ERROR_QUERY and a readable message. */
GPtrArray  *prov_store_search_sync      (ProvStore   *self,
                                         const char  *query,
                                         guint        limit,
                                         const char  *open,
                                         const char  *close,
                                         GError     **error);
/* Frees @hit. */
void        prov_search_hit_free        (ProvSearchHit *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvVersionInfo, prov_version_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvDocumentContents, prov_document_contents_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvSearchHit, prov_search_hit_free)

G_END_DECLS
