/* prov-store-library.c — ProvStore: which documents, in which order (the library view); the trash
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trashed document keeps every row (versions, claims, notes, tags) with documents.trashed_at
 * set; the library queries, the search, the source and collection counts skip it. Emptying the
 * trash deletes the documents for good, their rows going by the foreign keys' cascades.
 */
#define G_LOG_DOMAIN "prov-store-library"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-store-private.h"

GArray *
prov_store_query_document_ids_sync (ProvStore               *self,
                                    const ProvDocumentQuery *query,
                                    GError                 **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  static const char * const sort_columns[] = {
    "d.added", "d.published", "d.title COLLATE NOCASE",
  };
  /* "unreviewed" and "anonymous" read the counts the claim triggers keep on the document row;
   * the others probe the partial indexes of claims per document with EXISTS, in the order of
   * the sort index (about twice as fast as building the set of matching documents first).
   * "Mostly anonymous" is unnamed sourcing (anonymous and hearsay) outnumbering named. */
  static const char * const filters[] = {
    NULL,
    "d.unreviewed > 0",
    "EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id AND c.changed != 0)",
    "EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id "
    "AND c.suggestion = 'suggested')",
    "d.anonymous_count + d.hearsay_count > d.named_count",
  };
  ProvDocumentQuery defaults = { PROV_SORT_ADDED, TRUE, PROV_FILTER_ALL, NULL, 0, NULL };
  /* the sort indexes are partial: they hold the documents not in the trash */
  g_autoptr(GString) sql = g_string_new ("SELECT d.id FROM documents d "
                                         "WHERE d.trashed_at IS NULL");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean searching;
  int param = 0;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  if (query == NULL)
    query = &defaults;
  g_return_val_if_fail (query->sort <= PROV_SORT_TITLE, NULL);
  g_return_val_if_fail (query->filter <= PROV_FILTER_ANONYMOUS, NULL);

  /* a blank search (the search entry holds only spaces) filters nothing */
  searching = query->search != NULL && query->search[strspn (query->search, " \t\r\n")] != '\0';
  if (searching && !_prov_store_check_query (query->search, error))
    return NULL;
  if (searching)
    g_string_append (sql, " AND d.id IN (SELECT rowid / 4 FROM search WHERE search MATCH ? "
                     "AND rowid % 4 = 0)");
  if (filters[query->filter] != NULL)
    g_string_append_printf (sql, " AND %s", filters[query->filter]);
  if (query->collection_id != 0)
    g_string_append (sql, " AND d.collection_id = ?");
  if (query->tag != NULL)
    g_string_append (sql, " AND d.id IN (SELECT dt.document_id FROM document_tags dt "
                     "JOIN tags t ON t.id = dt.tag_id WHERE t.name = ?)");
  g_string_append_printf (sql, " ORDER BY %s %s, d.id %s", sort_columns[query->sort],
                          query->descending ? "DESC" : "ASC",
                          query->descending ? "DESC" : "ASC");

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, sql->str, error);
  if (stmt == NULL)
    return NULL;
  if (searching)
    _prov_bind_text (stmt, ++param, query->search);
  if (query->collection_id != 0)
    sqlite3_bind_int64 (stmt, ++param, query->collection_id);
  if (query->tag != NULL)
    _prov_bind_text (stmt, ++param, query->tag);
  while ((row = _prov_db_step_row (&self->r, stmt, &local_error)) > 0)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (row < 0)
    {
      if (searching)
        _prov_store_query_error (query->search, sqlite3_errcode (self->r.db),
                                 g_steal_pointer (&local_error), error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

GPtrArray *
prov_store_get_documents_sync (ProvStore     *self,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  for (guint i = 0; i < n_ids; i++)
    {
      ProvDocument *doc = _prov_store_get_document (&self->r, ids[i], error);

      if (doc == NULL)
        return NULL;
      g_ptr_array_add (docs, doc);
    }
  return g_steal_pointer (&docs);
}

GPtrArray *
prov_store_list_documents_sync (ProvStore               *self,
                                const ProvDocumentQuery *query,
                                guint                    offset,
                                guint                    limit,
                                GError                 **error)
{
  g_autoptr(GArray) ids = NULL;
  guint n;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  ids = prov_store_query_document_ids_sync (self, query, error);
  if (ids == NULL)
    return NULL;
  offset = MIN (offset, ids->len);
  n = ids->len - offset;
  if (limit > 0)
    n = MIN (n, limit);
  if (n == 0)  /* an empty GArray has no data: not even offset 0 may be taken from it */
    return g_ptr_array_new_with_free_func (g_object_unref);
  return prov_store_get_documents_sync (self, &g_array_index (ids, gint64, offset), n, error);
}

/* ---- the trash ---- */

/* Sets (@trash) or clears documents.trashed_at of @ids in one transaction. */
static gboolean
set_trashed (ProvStore     *self,
             const gint64  *ids,
             guint          n_ids,
             gboolean       trash,
             GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 now = _prov_now ();

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    for (guint i = 0; i < n_ids; i++)
      {
        if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM documents WHERE id = ?", ids[i],
                                    _("document"), error))
          goto fail;
        stmt = _prov_db_stmt (&self->w, trash
                              ? "UPDATE documents SET trashed_at = ?2 "
                                "WHERE id = ?1 AND trashed_at IS NULL"
                              : "UPDATE documents SET trashed_at = NULL "
                                "WHERE id = ?1 AND trashed_at IS NOT NULL", error);
        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, ids[i]);
        if (trash)
          sqlite3_bind_int64 (stmt, 2, now);
        if (!_prov_db_step_done (&self->w, stmt, error))
          goto fail;
      }
    if (!_prov_db_commit (&self->w, error))
      goto fail;
  }

  for (guint i = 0; i < n_ids; i++)
    _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, ids[i]);
  /* the sources' claim counts and the collections' document counts skip the trash */
  if (n_ids > 0)
    {
      _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
      _prov_store_emit (self, PROV_STORE_SIGNAL_COLLECTIONS_CHANGED, 0);
    }
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

gboolean
prov_store_trash_documents_sync (ProvStore     *self,
                                 const gint64  *ids,
                                 guint          n_ids,
                                 GError       **error)
{
  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return set_trashed (self, ids, n_ids, TRUE, error);
}

gboolean
prov_store_restore_documents_sync (ProvStore     *self,
                                   const gint64  *ids,
                                   guint          n_ids,
                                   GError       **error)
{
  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return set_trashed (self, ids, n_ids, FALSE, error);
}

GArray *
prov_store_list_trash_sync (ProvStore  *self,
                            GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT id FROM documents WHERE trashed_at IS NOT NULL "
                        "ORDER BY trashed_at DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (row < 0)
    return NULL;
  return g_steal_pointer (&ids);
}

gboolean
prov_store_empty_trash_sync (ProvStore  *self,
                             gint64      older_than_seconds,
                             GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 cutoff;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (older_than_seconds >= 0, FALSE);

  cutoff = _prov_now () - older_than_seconds;
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    stmt = _prov_db_stmt (&self->w, "DELETE FROM documents "
                          "WHERE trashed_at IS NOT NULL AND trashed_at <= ? RETURNING id", error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int64 (stmt, 1, cutoff);
    while ((row = _prov_db_step_row (&self->w, stmt, error)) > 0)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
    sqlite3_reset (stmt);
    if (row < 0 || !_prov_db_commit (&self->w, error))
      goto fail;
  }

  g_debug ("emptied %u documents from the trash", ids->len);
  for (guint i = 0; i < ids->len; i++)
    _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, g_array_index (ids, gint64, i));
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}
