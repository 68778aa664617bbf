/* prov-store-documents.c — ProvStore: documents, versions, and loading a document for reading
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-documents"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "prov-store-private.h"

#define DOCUMENT_COLUMNS \
  "d.id, d.uri, d.title, d.byline, d.site, d.published, d.language, d.added, " \
  "coalesce (d.collection_id, 0), col.name, coalesce (d.latest_version, 0), " \
  "(SELECT count(*) FROM versions WHERE document_id = d.id), " \
  "(SELECT content_hash FROM versions WHERE id = d.latest_version), " \
  "d.claim_count, d.unreviewed, " \
  "(SELECT group_concat (name, char (31)) FROM (SELECT t.name FROM document_tags dt " \
  "   JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = d.id ORDER BY t.name)), " \
  "d.named_count, d.anonymous_count, d.hearsay_count, d.hedge_count, d.quote_count " \
  "FROM documents d LEFT JOIN collections col ON col.id = d.collection_id "

static ProvDocument *
document_from_row (sqlite3_stmt *stmt)
{
  ProvDocument *doc = prov_document_new ();
  g_auto(GStrv) tags = _prov_split_list ((const char *) sqlite3_column_text (stmt, 15));

  prov_document_set_id (doc, sqlite3_column_int64 (stmt, 0));
  prov_document_set_uri (doc, (const char *) sqlite3_column_text (stmt, 1));
  prov_document_set_title (doc, (const char *) sqlite3_column_text (stmt, 2));
  prov_document_set_byline (doc, (const char *) sqlite3_column_text (stmt, 3));
  prov_document_set_site (doc, (const char *) sqlite3_column_text (stmt, 4));
  prov_document_set_published (doc, (const char *) sqlite3_column_text (stmt, 5));
  prov_document_set_language (doc, (const char *) sqlite3_column_text (stmt, 6));
  prov_document_set_added (doc, sqlite3_column_int64 (stmt, 7));
  prov_document_set_collection_id (doc, sqlite3_column_int64 (stmt, 8));
  prov_document_set_collection (doc, (const char *) sqlite3_column_text (stmt, 9));
  prov_document_set_version_id (doc, sqlite3_column_int64 (stmt, 10));
  prov_document_set_version_count (doc, sqlite3_column_int (stmt, 11));
  prov_document_set_content_hash (doc, (const char *) sqlite3_column_text (stmt, 12));
  prov_document_set_claim_count (doc, sqlite3_column_int (stmt, 13));
  prov_document_set_unreviewed_count (doc, sqlite3_column_int (stmt, 14));
  prov_document_set_tags (doc, (const char * const *) tags);
  for (ProvKind kind = PROV_KIND_NAMED; kind < PROV_N_KINDS; kind++)
    prov_document_set_kind_count (doc, kind, sqlite3_column_int (stmt, 16 + kind));
  return doc;
}

ProvDocument *
_prov_store_get_document (ProvDb  *db,
                          gint64   document_id,
                          GError **error)
{
  sqlite3_stmt *stmt = _prov_db_stmt (db, "SELECT " DOCUMENT_COLUMNS "WHERE d.id = ?", error);
  ProvDocument *doc;
  int row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  row = _prov_db_step_row (db, stmt, error);
  if (row < 0)
    return NULL;
  if (row == 0)
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                   _("No document with id %" PRId64 " in the library"), document_id);
      return NULL;
    }
  doc = document_from_row (stmt);
  sqlite3_reset (stmt);
  return doc;
}

static char *
profile_to_string (const ProvProfile *profile)
{
  return g_strdup_printf ("%u %u %u %u %u %u %u",
                          profile->counts[PROV_KIND_NAMED], profile->counts[PROV_KIND_ANONYMOUS],
                          profile->counts[PROV_KIND_HEARSAY], profile->counts[PROV_KIND_HEDGE],
                          profile->counts[PROV_KIND_QUOTE], profile->unattributed_sentences,
                          profile->sentences);
}

static void
profile_from_string (const char  *text,
                     ProvProfile *profile)
{
  memset (profile, 0, sizeof *profile);
  if (text == NULL)
    return;
  if (sscanf (text, "%u %u %u %u %u %u %u", &profile->counts[PROV_KIND_NAMED],
              &profile->counts[PROV_KIND_ANONYMOUS], &profile->counts[PROV_KIND_HEARSAY],
              &profile->counts[PROV_KIND_HEDGE], &profile->counts[PROV_KIND_QUOTE],
              &profile->unattributed_sentences, &profile->sentences) != 7)
    memset (profile, 0, sizeof *profile);
}

gint64
prov_store_find_document_by_uri_sync (ProvStore   *self,
                                      const char  *uri,
                                      GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);
  g_return_val_if_fail (uri != NULL, 0);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT id FROM documents WHERE uri = ?", error);
  if (stmt == NULL)
    return 0;
  _prov_bind_text (stmt, 1, uri);
  row = _prov_db_step_row (&self->r, stmt, error);
  if (row > 0)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
update_document_locked (ProvStore              *self,
                        gint64                  document_id,
                        const ProvDocumentInfo *info,
                        GError                **error)
{
  sqlite3_stmt *stmt;

  if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM documents WHERE id = ?", document_id,
                              _("document"), error))
    return FALSE;
  stmt = _prov_db_stmt (&self->w, "UPDATE documents SET title = coalesce (?, title), "
                        "byline = coalesce (?, byline), site = coalesce (?, site), "
                        "published = coalesce (?, published), "
                        "language = coalesce (?, language) WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, info->title);
  _prov_bind_text (stmt, 2, info->byline);
  _prov_bind_text (stmt, 3, info->site);
  _prov_bind_text (stmt, 4, info->published);
  _prov_bind_text (stmt, 5, info->language);
  sqlite3_bind_int64 (stmt, 6, document_id);
  return _prov_db_step_done (&self->w, stmt, error);
}

/* In the writer's transaction: the document of @info, created or updated. */
static gboolean
upsert_document (ProvStore              *self,
                 const ProvDocumentInfo *info,
                 gint64                 *document_id,
                 gint64                 *latest_version,
                 gboolean               *created,
                 GError                **error)
{
  ProvDb *db = &self->w;
  sqlite3_stmt *stmt;
  gint64 collection_id = 0;
  int row;

  if (info->collection != NULL && *info->collection != '\0')
    {
      if (!_prov_store_collection_id_locked (self, info->collection, TRUE, &collection_id,
                                             error))
        return FALSE;
    }

  stmt = _prov_db_stmt (db, "SELECT id, coalesce (latest_version, 0) FROM documents "
                        "WHERE uri = ?", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, info->uri);
  row = _prov_db_step_row (db, stmt, error);
  if (row < 0)
    return FALSE;
  *created = row == 0;
  if (row > 0)
    {
      *document_id = sqlite3_column_int64 (stmt, 0);
      *latest_version = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);
      if (!update_document_locked (self, *document_id, info, error))
        return FALSE;
      /* adding a document again takes it out of the trash */
      stmt = _prov_db_stmt (db, "UPDATE documents SET trashed_at = NULL "
                            "WHERE id = ? AND trashed_at IS NOT NULL", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *document_id);
      if (!_prov_db_step_done (db, stmt, error))
        return FALSE;
      if (collection_id == 0)
        return TRUE;
      stmt = _prov_db_stmt (db, "UPDATE documents SET collection_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, collection_id);
      sqlite3_bind_int64 (stmt, 2, *document_id);
      return _prov_db_step_done (db, stmt, error);
    }
  sqlite3_reset (stmt);

  stmt = _prov_db_stmt (db, "INSERT INTO documents (uri, title, byline, site, published, "
                        "language, added, collection_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, info->uri);
  _prov_bind_text (stmt, 2, info->title);
  _prov_bind_text (stmt, 3, info->byline);
  _prov_bind_text (stmt, 4, info->site);
  _prov_bind_text (stmt, 5, info->published);
  _prov_bind_text (stmt, 6, info->language);
  sqlite3_bind_int64 (stmt, 7, _prov_now ());
  if (collection_id != 0)
    sqlite3_bind_int64 (stmt, 8, collection_id);
  if (!_prov_db_step_done (db, stmt, error))
    return FALSE;
  *document_id = sqlite3_last_insert_rowid (db->db);
  *latest_version = 0;
  return TRUE;
}

gboolean
prov_store_add_document_version_sync (ProvStore              *self,
                                      const ProvDocumentInfo *info,
                                      const char             *text,
                                      const char             *structure,
                                      GBytes                 *raw,
                                      const char             *etag,
                                      const char             *last_modified,
                                      const ProvAnalysis     *analysis,
                                      ProvStoreAddResult     *result,
                                      GError                **error)
{
  ProvStoreAddResult res = { 0 };
  g_autofree char *hash = NULL;
  g_autofree char *old_hash = NULL;
  g_autofree char *profile = NULL;
  sqlite3_stmt *stmt;
  ProvDb *db;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (info->uri == NULL || *info->uri == '\0')
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A document needs a URI"));
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("The text of “%s” is not valid UTF-8"), info->uri);
      return FALSE;
    }

  if (analysis != NULL && analysis->text != NULL &&
      g_utf8_strlen (analysis->text, -1) != g_utf8_strlen (text, -1))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("The analysis of “%s” is of another text"), info->uri);
      return FALSE;
    }

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  db = &self->w;
  {
    PROV_DB_LOCK (db);

    if (!_prov_db_begin (db, error))
      return FALSE;
    if (!upsert_document (self, info, &res.document_id, &res.version_id, &res.new_document,
                          error))
      goto fail;

    if (res.version_id != 0)
      {
        stmt = _prov_db_stmt (db, "SELECT content_hash FROM versions WHERE id = ?", error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, res.version_id);
        if (_prov_db_step_row (db, stmt, error) < 0)
          goto fail;
        old_hash = _prov_column_dup (stmt, 0);
        sqlite3_reset (stmt);
      }

    if (old_hash != NULL && strcmp (old_hash, hash) == 0)
      {
        stmt = _prov_db_stmt (db, "UPDATE versions SET fetched_at = ?, "
                              "etag = coalesce (?, etag), "
                              "last_modified = coalesce (?, last_modified) WHERE id = ?", error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, _prov_now ());
        _prov_bind_text (stmt, 2, etag);
        _prov_bind_text (stmt, 3, last_modified);
        sqlite3_bind_int64 (stmt, 4, res.version_id);
        if (!_prov_db_step_done (db, stmt, error))
          goto fail;
      }
    else
      {
        gint64 old_version = res.version_id;

        stmt = _prov_db_stmt (db, "INSERT INTO versions (document_id, fetched_at, etag, "
                              "last_modified, content_hash, profile, structure, text, raw) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
        if (stmt == NULL)
          goto fail;
        profile = analysis != NULL ? profile_to_string (&analysis->profile) : NULL;
        sqlite3_bind_int64 (stmt, 1, res.document_id);
        sqlite3_bind_int64 (stmt, 2, _prov_now ());
        _prov_bind_text (stmt, 3, etag);
        _prov_bind_text (stmt, 4, last_modified);
        _prov_bind_text (stmt, 5, hash);
        _prov_bind_text (stmt, 6, profile);
        _prov_bind_text (stmt, 7, structure);
        _prov_bind_text (stmt, 8, text);
        if (raw != NULL)
          sqlite3_bind_blob64 (stmt, 9, g_bytes_get_data (raw, NULL), g_bytes_get_size (raw),
                               SQLITE_TRANSIENT);
        if (!_prov_db_step_done (db, stmt, error))
          goto fail;
        res.version_id = sqlite3_last_insert_rowid (db->db);
        res.new_version = TRUE;

        if (old_version != 0 &&
            !_prov_store_reanchor (self, res.document_id, old_version, res.version_id, text,
                                   &res.reanchored, &res.orphaned, error))
          goto fail;

        stmt = _prov_db_stmt (db, "UPDATE documents SET latest_version = ? WHERE id = ?", error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, res.version_id);
        sqlite3_bind_int64 (stmt, 2, res.document_id);
        if (!_prov_db_step_done (db, stmt, error))
          goto fail;
      }

    if (analysis != NULL &&
        !_prov_store_apply_analysis (self, res.document_id, res.version_id, text, analysis,
                                     &res.suggestions, error))
      goto fail;

    if (!_prov_db_commit (db, error))
      goto fail;
  }

  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, res.document_id);
  if (info->collection != NULL)
    _prov_store_emit (self, PROV_STORE_SIGNAL_COLLECTIONS_CHANGED, 0);
  if (res.suggestions > 0)
    _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  if (result != NULL)
    *result = res;
  return TRUE;

fail:
  _prov_db_rollback (db);
  g_prefix_error (error, _("Cannot store “%s”: "), info->uri);
  return FALSE;
}

gboolean
_prov_store_latest_text (ProvDb      *db,
                         gint64       document_id,
                         gint64      *version_id,
                         char       **text,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  int row;

  stmt = _prov_db_stmt (db, "SELECT v.id, v.text FROM documents d JOIN versions v "
                        "ON v.id = d.latest_version WHERE d.id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  row = _prov_db_step_row (db, stmt, error);
  if (row <= 0)
    {
      if (row == 0)
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                     _("No document with id %" PRId64 " in the library"), document_id);
      return FALSE;
    }
  *version_id = sqlite3_column_int64 (stmt, 0);
  *text = _prov_column_dup (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
prov_store_reanalyze_sync (ProvStore           *self,
                           gint64               document_id,
                           const ProvAnalysis  *analysis,
                           guint               *n_added,
                           GError             **error)
{
  g_autofree char *text = NULL;
  g_autofree char *profile = NULL;
  sqlite3_stmt *stmt;
  gint64 version_id;
  guint added = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (analysis != NULL, FALSE);

  {
    PROV_DB_LOCK (&self->w);

    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    if (!_prov_store_latest_text (&self->w, document_id, &version_id, &text, error))
      goto fail;

    if (g_utf8_strlen (text, -1) != g_utf8_strlen (analysis->text, -1))
      {
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                     _("The analysis is of another text than document %" PRId64),
                     document_id);
        goto fail;
      }
    profile = profile_to_string (&analysis->profile);
    stmt = _prov_db_stmt (&self->w, "UPDATE versions SET profile = ? WHERE id = ?", error);
    if (stmt == NULL)
      goto fail;
    _prov_bind_text (stmt, 1, profile);
    sqlite3_bind_int64 (stmt, 2, version_id);
    if (!_prov_db_step_done (&self->w, stmt, error) ||
        !_prov_store_apply_analysis (self, document_id, version_id, text, analysis, &added,
                                     error) ||
        !_prov_db_commit (&self->w, error))
      goto fail;
  }

  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  if (n_added != NULL)
    *n_added = added;
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

static ProvVersionInfo *
version_from_row (sqlite3_stmt *stmt)
{
  ProvVersionInfo *info = g_new0 (ProvVersionInfo, 1);

  info->version_id = sqlite3_column_int64 (stmt, 0);
  info->etag = _prov_column_dup (stmt, 1);
  info->last_modified = _prov_column_dup (stmt, 2);
  info->content_hash = _prov_column_dup (stmt, 3);
  info->fetched_at = sqlite3_column_int64 (stmt, 4);
  return info;
}

ProvVersionInfo *
prov_store_get_latest_version_sync (ProvStore  *self,
                                    gint64      document_id,
                                    GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  sqlite3_stmt *stmt;
  ProvVersionInfo *info;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT v.id, v.etag, v.last_modified, v.content_hash, "
                        "v.fetched_at FROM documents d JOIN versions v "
                        "ON v.id = d.latest_version WHERE d.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  row = _prov_db_step_row (&self->r, stmt, error);
  if (row <= 0)
    {
      if (row == 0)
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                     _("No document with id %" PRId64 " in the library"), document_id);
      return NULL;
    }
  info = version_from_row (stmt);
  sqlite3_reset (stmt);
  return info;
}

GPtrArray *
prov_store_list_versions_sync (ProvStore  *self,
                               gint64      document_id,
                               GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              prov_version_info_free);
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT id, etag, last_modified, content_hash, fetched_at "
                        "FROM versions WHERE document_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    g_ptr_array_add (list, version_from_row (stmt));
  if (row < 0)
    return NULL;
  return g_steal_pointer (&list);
}

GBytes *
prov_store_get_raw_snapshot_sync (ProvStore  *self,
                                  gint64      version_id,
                                  GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT raw FROM versions WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, version_id);
  row = _prov_db_step_row (&self->r, stmt, error);
  if (row == 0)
    g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                 _("No version with id %" PRId64 " in the library"), version_id);
  if (row > 0 && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  return bytes;
}

ProvDocument *
prov_store_get_document_sync (ProvStore  *self,
                              gint64      document_id,
                              GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  return _prov_store_get_document (&self->r, document_id, error);
}

ProvDocumentContents *
prov_store_load_document_sync (ProvStore  *self,
                               gint64      document_id,
                               gint64      version_id,
                               GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(ProvDocumentContents) contents = g_new0 (ProvDocumentContents, 1);
  ProvDb *db = &self->r;
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&db->lock);
  if (!_prov_db_exec (db, "BEGIN", error))
    return NULL;
  contents->document = _prov_store_get_document (db, document_id, error);
  if (contents->document == NULL)
    goto fail;
  if (version_id == 0)
    version_id = prov_document_get_version_id (contents->document);

  stmt = _prov_db_stmt (db, "SELECT fetched_at, content_hash, etag, last_modified, text, "
                        "structure, profile FROM versions WHERE id = ? AND document_id = ?",
                        error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, version_id);
  sqlite3_bind_int64 (stmt, 2, document_id);
  row = _prov_db_step_row (db, stmt, error);
  if (row <= 0)
    {
      if (row == 0)
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                     _("Document %" PRId64 " has no version %" PRId64),
                     document_id, version_id);
      goto fail;
    }
  contents->version_id = version_id;
  contents->fetched_at = sqlite3_column_int64 (stmt, 0);
  contents->content_hash = _prov_column_dup (stmt, 1);
  contents->etag = _prov_column_dup (stmt, 2);
  contents->last_modified = _prov_column_dup (stmt, 3);
  contents->text = _prov_column_dup (stmt, 4);
  contents->structure = _prov_column_dup (stmt, 5);
  profile_from_string ((const char *) sqlite3_column_text (stmt, 6), &contents->profile);
  sqlite3_reset (stmt);

  contents->annotations = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                          prov_annotation_free);
  stmt = _prov_db_stmt (db, "SELECT a.id, coalesce (a.claim_id, 0), a.role, a.origin, a.status, "
                        "a.anchor, a.start, a.end, a.exact, a.prefix, a.suffix, a.rule, c.kind "
                        "FROM annotations a LEFT JOIN claims c ON c.id = a.claim_id "
                        "WHERE a.version_id = ? ORDER BY a.start < 0, a.start, a.end", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, version_id);
  while ((row = _prov_db_step_row (db, stmt, error)) > 0)
    {
      ProvAnnotation *a = g_new0 (ProvAnnotation, 1);
      const char *role = (const char *) sqlite3_column_text (stmt, 2);
      const char *status = (const char *) sqlite3_column_text (stmt, 4);
      const char *anchor = (const char *) sqlite3_column_text (stmt, 5);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->claim_id = sqlite3_column_int64 (stmt, 1);
      a->role = g_str_equal (role, "cue") ? PROV_ROLE_CUE :
                g_str_equal (role, "source") ? PROV_ROLE_SOURCE :
                g_str_equal (role, "content") ? PROV_ROLE_CONTENT : PROV_ROLE_HIGHLIGHT;
      a->origin = g_str_equal ((const char *) sqlite3_column_text (stmt, 3), "user")
                  ? PROV_ORIGIN_USER : PROV_ORIGIN_AUTO;
      if (!prov_suggestion_from_string (status, &a->status))
        a->status = PROV_SUGGESTION_SUGGESTED;
      a->anchor = g_str_equal (anchor, "orphan") ? PROV_ANCHOR_ORPHAN :
                  g_str_equal (anchor, "fuzzy") ? PROV_ANCHOR_FUZZY : PROV_ANCHOR_EXACT;
      a->start = sqlite3_column_int64 (stmt, 6);
      a->end = sqlite3_column_int64 (stmt, 7);
      a->exact = _prov_column_dup (stmt, 8);
      a->prefix = _prov_column_dup (stmt, 9);
      a->suffix = _prov_column_dup (stmt, 10);
      a->rule = _prov_column_dup (stmt, 11);
      a->kind = _prov_column_dup (stmt, 12);
      g_ptr_array_add (contents->annotations, a);
    }
  if (row < 0)
    goto fail;

  contents->claims = g_ptr_array_new_with_free_func (g_object_unref);
  stmt = _prov_db_stmt (db, "SELECT " PROV_CLAIM_COLUMNS PROV_CLAIM_FROM
                        "WHERE c.document_id = ? ORDER BY c.start < 0, c.start, c.id", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, document_id);
  while ((row = _prov_db_step_row (db, stmt, error)) > 0)
    g_ptr_array_add (contents->claims, _prov_claim_from_row (stmt));
  if (row < 0)
    goto fail;

  _prov_db_exec (db, "COMMIT", NULL);
  return g_steal_pointer (&contents);

fail:
  _prov_db_rollback (db);
  return NULL;
}

gboolean
prov_store_update_document_sync (ProvStore              *self,
                                 gint64                  document_id,
                                 const ProvDocumentInfo *info,
                                 GError                **error)
{
  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  {
    PROV_DB_LOCK (&self->w);
    if (!update_document_locked (self, document_id, info, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  return TRUE;
}

gboolean
prov_store_delete_document_sync (ProvStore  *self,
                                 gint64      document_id,
                                 GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM documents WHERE id = ?", document_id,
                                _("document"), error))
      goto fail;
    stmt = _prov_db_stmt (&self->w, "DELETE FROM documents WHERE id = ?", error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int64 (stmt, 1, document_id);
    if (!_prov_db_step_done (&self->w, stmt, error) || !_prov_db_commit (&self->w, error))
      goto fail;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

void
prov_version_info_free (ProvVersionInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->etag);
  g_free (info->last_modified);
  g_free (info->content_hash);
  g_free (info);
}

void
prov_document_contents_free (ProvDocumentContents *contents)
{
  if (contents == NULL)
    return;
  g_clear_object (&contents->document);
  g_free (contents->content_hash);
  g_free (contents->etag);
  g_free (contents->last_modified);
  g_free (contents->text);
  g_free (contents->structure);
  g_clear_pointer (&contents->annotations, g_ptr_array_unref);
  g_clear_pointer (&contents->claims, g_ptr_array_unref);
  g_free (contents);
}
