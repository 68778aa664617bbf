/* prov-store-sources.c — ProvStore: the source registry, aliases and merging
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-sources"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "prov-store-private.h"

#define SOURCE_COLUMNS \
  "s.id, s.name, s.type, s.reliability, " \
  "(SELECT group_concat (alias, char (31)) FROM " \
  "  (SELECT alias FROM source_aliases WHERE source_id = s.id ORDER BY alias)), " \
  "(SELECT count(*) FROM claims c WHERE c.source_id = s.id AND c.suggestion != 'dismissed' " \
  "   AND c.document_id NOT IN (SELECT id FROM documents WHERE trashed_at IS NOT NULL)) " \
  "FROM sources s "

static gboolean
lookup_source (ProvDb      *db,
               const char  *name,
               gint64      *id,
               GError     **error)
{
  sqlite3_stmt *stmt = _prov_db_stmt (db, "SELECT id FROM sources WHERE name = ?1 UNION ALL "
                                      "SELECT source_id FROM source_aliases WHERE alias = ?1",
                                      error);
  int row;

  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, name);
  row = _prov_db_step_row (db, stmt, error);
  if (row < 0)
    return FALSE;
  *id = row > 0 ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_prov_store_source_id_locked (ProvStore   *self,
                              const char  *name,
                              const char  *type,
                              char         reliability,
                              gboolean     create,
                              gint64      *id,
                              GError     **error)
{
  char letter[2] = { reliability != '\0' ? reliability : 'F', '\0' };
  sqlite3_stmt *stmt;

  if (!lookup_source (&self->w, name, id, error))
    return FALSE;
  if (*id != 0 || !create)
    return TRUE;
  stmt = _prov_db_stmt (&self->w, "INSERT INTO sources (name, type, reliability, created) "
                        "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, name);
  _prov_bind_text (stmt, 2, type != NULL ? type : "unknown");
  _prov_bind_text (stmt, 3, letter);
  sqlite3_bind_int64 (stmt, 4, _prov_now ());
  if (!_prov_db_step_done (&self->w, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (self->w.db);
  return TRUE;
}

static char *
clean_source_name (const char  *name,
                   GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*clean == '\0' || !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A source name cannot be empty"));
      return NULL;
    }
  return g_steal_pointer (&clean);
}

gint64
prov_store_ensure_source_sync (ProvStore   *self,
                               const char  *name,
                               const char  *type,
                               char         reliability,
                               GError     **error)
{
  g_autofree char *clean = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);

  if (reliability != '\0' && !prov_reliability_is_valid (reliability))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Reliability must be a letter from A to F"));
      return 0;
    }
  clean = clean_source_name (name, error);
  if (clean == NULL)
    return 0;
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_store_source_id_locked (self, clean, type, reliability, TRUE, &id, error))
      return 0;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return id;
}

gint64
prov_store_find_source_sync (ProvStore   *self,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *clean = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);

  clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  locker = g_rec_mutex_locker_new (&self->r.lock);
  if (!lookup_source (&self->r, clean, &id, error))
    return 0;
  return id;
}

static ProvSource *
source_from_row (sqlite3_stmt *stmt)
{
  ProvSource *source = prov_source_new ();
  g_auto(GStrv) aliases = _prov_split_list ((const char *) sqlite3_column_text (stmt, 4));

  prov_source_set_id (source, sqlite3_column_int64 (stmt, 0));
  prov_source_set_name (source, (const char *) sqlite3_column_text (stmt, 1));
  prov_source_set_source_type (source, (const char *) sqlite3_column_text (stmt, 2));
  prov_source_set_reliability (source, (const char *) sqlite3_column_text (stmt, 3));
  prov_source_set_aliases (source, (const char * const *) aliases);
  prov_source_set_claim_count (source, sqlite3_column_int (stmt, 5));
  return source;
}

GPtrArray *
prov_store_get_sources_sync (ProvStore     *self,
                             const gint64  *ids,
                             guint          n_ids,
                             GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT " SOURCE_COLUMNS "WHERE s.id = ?", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      int row;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      row = _prov_db_step_row (&self->r, stmt, error);
      if (row < 0)
        return NULL;
      if (row == 0)
        {
          g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                       _("No source with id %" PRId64 " in the library"), ids[i]);
          return NULL;
        }
      g_ptr_array_add (list, source_from_row (stmt));
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

ProvSource *
prov_store_get_source_sync (ProvStore  *self,
                            gint64      source_id,
                            GError    **error)
{
  g_autoptr(GPtrArray) list = prov_store_get_sources_sync (self, &source_id, 1, error);

  return list != NULL ? g_object_ref (g_ptr_array_index (list, 0)) : NULL;
}

gboolean
prov_store_update_source_sync (ProvStore   *self,
                               gint64       source_id,
                               const char  *name,
                               const char  *type,
                               char         reliability,
                               GError     **error)
{
  g_autofree char *clean = NULL;
  char letter[2] = { reliability, '\0' };
  sqlite3_stmt *stmt;
  gint64 other = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  if (reliability != '\0' && !prov_reliability_is_valid (reliability))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Reliability must be a letter from A to F"));
      return FALSE;
    }
  if (name != NULL && (clean = clean_source_name (name, error)) == NULL)
    return FALSE;
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM sources WHERE id = ?", source_id,
                                _("source"), error))
      return FALSE;
    if (clean != NULL && !lookup_source (&self->w, clean, &other, error))
      return FALSE;
    if (other != 0 && other != source_id)
      {
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                     _("Another source is already called “%s”: merge them instead"), clean);
        return FALSE;
      }
    stmt = _prov_db_stmt (&self->w, "UPDATE sources SET name = coalesce (?, name), "
                          "type = coalesce (?, type), reliability = coalesce (?, reliability) "
                          "WHERE id = ?", error);
    if (stmt == NULL)
      return FALSE;
    _prov_bind_text (stmt, 1, clean);
    _prov_bind_text (stmt, 2, type);
    _prov_bind_text (stmt, 3, reliability != '\0' ? letter : NULL);
    sqlite3_bind_int64 (stmt, 4, source_id);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, 0);
  return TRUE;
}

gboolean
prov_store_add_source_alias_sync (ProvStore   *self,
                                  gint64       source_id,
                                  const char  *alias,
                                  GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  gint64 other = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  clean = clean_source_name (alias, error);
  if (clean == NULL)
    return FALSE;
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM sources WHERE id = ?", source_id,
                                _("source"), error) ||
        !lookup_source (&self->w, clean, &other, error))
      return FALSE;
    if (other == source_id)
      return TRUE;
    if (other != 0)
      {
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                     _("Another source is already called “%s”: merge them instead"), clean);
        return FALSE;
      }
    stmt = _prov_db_stmt (&self->w, "INSERT INTO source_aliases (alias, source_id) "
                          "VALUES (?, ?)", error);
    if (stmt == NULL)
      return FALSE;
    _prov_bind_text (stmt, 1, clean);
    sqlite3_bind_int64 (stmt, 2, source_id);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return TRUE;
}

gboolean
prov_store_remove_source_alias_sync (ProvStore   *self,
                                     gint64       source_id,
                                     const char  *alias,
                                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  {
    PROV_DB_LOCK (&self->w);
    stmt = _prov_db_stmt (&self->w, "DELETE FROM source_aliases WHERE source_id = ? "
                          "AND alias = ?", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, source_id);
    _prov_bind_text (stmt, 2, alias);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return TRUE;
}

gboolean
prov_store_merge_sources_sync (ProvStore  *self,
                               gint64      from_id,
                               gint64      into_id,
                               GError    **error)
{
  static const char * const steps[] = {
    "UPDATE claims SET source_id = ?2 WHERE source_id = ?1",
    "UPDATE source_aliases SET source_id = ?2 WHERE source_id = ?1",
    "INSERT OR IGNORE INTO source_aliases (alias, source_id) "
    "SELECT name, ?2 FROM sources WHERE id = ?1",
    "DELETE FROM sources WHERE id = ?1",
  };

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  if (from_id == into_id)
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Cannot merge a source into itself"));
      return FALSE;
    }
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM sources WHERE id = ?", from_id,
                                _("source"), error) ||
        !_prov_db_check_exists (&self->w, "SELECT 1 FROM sources WHERE id = ?", into_id,
                                _("source"), error))
      goto fail;
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        sqlite3_stmt *stmt = _prov_db_stmt (&self->w, steps[i], error);

        if (stmt == NULL)
          goto fail;
        sqlite3_bind_int64 (stmt, 1, from_id);
        sqlite3_bind_int64 (stmt, 2, into_id);
        if (!_prov_db_step_done (&self->w, stmt, error))
          goto fail;
      }
    if (!_prov_db_commit (&self->w, error))
      goto fail;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, 0);
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

GArray *
prov_store_query_source_ids_sync (ProvStore   *self,
                                  const char  *search,
                                  GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  if (search != NULL && *search != '\0')
    pattern = g_strdup_printf ("%%%s%%", search);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT s.id FROM sources s WHERE ?1 IS NULL "
                        "OR s.name LIKE ?1 OR s.id IN (SELECT source_id FROM source_aliases "
                        "WHERE alias LIKE ?1) ORDER BY s.name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  _prov_bind_text (stmt, 1, pattern);
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (row < 0)
    return NULL;
  return g_steal_pointer (&ids);
}

GPtrArray *
prov_store_list_sources_sync (ProvStore  *self,
                              GError    **error)
{
  g_autoptr(GArray) ids = prov_store_query_source_ids_sync (self, NULL, error);

  if (ids == NULL)
    return NULL;
  return prov_store_get_sources_sync (self, (const gint64 *) ids->data, ids->len, error);
}
