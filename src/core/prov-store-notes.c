/* prov-store-notes.c — ProvStore: tags, Markdown notes and collections
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-store-private.h"

static char *
clean_name (const char  *name,
            const char  *what,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*clean == '\0' || !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A %s name cannot be empty"), what);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* The document of a claim, or @document_id itself after checking it exists. */
static gint64
tag_target_document (ProvDb  *db,
                     gint64   document_id,
                     gint64   claim_id,
                     GError **error)
{
  gint64 id = 0;

  if ((document_id == 0) == (claim_id == 0))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Give either a document or a claim"));
      return 0;
    }
  if (document_id != 0)
    return _prov_db_check_exists (db, "SELECT 1 FROM documents WHERE id = ?", document_id,
                                  _("document"), error) ? document_id : 0;
  if (!_prov_db_get_int64 (db, "SELECT document_id FROM claims WHERE id = ?", claim_id, &id,
                           error))
    return 0;
  if (id == 0)
    g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                 _("No claim with id %" G_GINT64_FORMAT " in the library"), claim_id);
  return id;
}

gboolean
prov_store_add_tag_sync (ProvStore   *self,
                         gint64       document_id,
                         gint64       claim_id,
                         const char  *tag,
                         GError     **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 owner;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  name = clean_name (tag, _("tag"), error);
  if (name == NULL)
    return FALSE;
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    owner = tag_target_document (&self->w, document_id, claim_id, error);
    if (owner == 0)
      goto fail;
    stmt = _prov_db_stmt (&self->w, "INSERT OR IGNORE INTO tags (name) VALUES (?)", error);
    if (stmt == NULL)
      goto fail;
    _prov_bind_text (stmt, 1, name);
    if (!_prov_db_step_done (&self->w, stmt, error))
      goto fail;
    stmt = _prov_db_stmt (&self->w, document_id != 0
                          ? "INSERT OR IGNORE INTO document_tags (document_id, tag_id) "
                            "SELECT ?, id FROM tags WHERE name = ?"
                          : "INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) "
                            "SELECT ?, id FROM tags WHERE name = ?", error);
    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int64 (stmt, 1, document_id != 0 ? document_id : claim_id);
    _prov_bind_text (stmt, 2, name);
    if (!_prov_db_step_done (&self->w, stmt, error) || !_prov_db_commit (&self->w, error))
      goto fail;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, owner);
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

gboolean
prov_store_remove_tag_sync (ProvStore   *self,
                            gint64       document_id,
                            gint64       claim_id,
                            const char  *tag,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 owner;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  {
    PROV_DB_LOCK (&self->w);
    owner = tag_target_document (&self->w, document_id, claim_id, error);
    if (owner == 0)
      return FALSE;
    stmt = _prov_db_stmt (&self->w, document_id != 0
                          ? "DELETE FROM document_tags WHERE document_id = ? AND tag_id = "
                            "(SELECT id FROM tags WHERE name = ?)"
                          : "DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = "
                            "(SELECT id FROM tags WHERE name = ?)", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, document_id != 0 ? document_id : claim_id);
    _prov_bind_text (stmt, 2, tag);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, owner);
  return TRUE;
}

char **
prov_store_list_tags_sync (ProvStore  *self,
                           GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM "
                        "document_tags UNION SELECT tag_id FROM claim_tags) ORDER BY name",
                        error);
  if (stmt == NULL)
    return NULL;
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (row < 0)
    return NULL;
  return g_strv_builder_end (builder);
}

static const char *
note_target_sql (ProvNoteTarget target)
{
  switch (target)
    {
    case PROV_NOTE_DOCUMENT:
      return "SELECT 1 FROM documents WHERE id = ?";
    case PROV_NOTE_CLAIM:
      return "SELECT 1 FROM claims WHERE id = ?";
    case PROV_NOTE_COLLECTION:
    default:
      return "SELECT 1 FROM collections WHERE id = ?";
    }
}

static const char * const note_target_names[] = { "document", "claim", "collection" };

static gint64
note_document (ProvDb         *db,
               ProvNoteTarget  target,
               gint64          target_id)
{
  gint64 id = 0;

  if (target == PROV_NOTE_DOCUMENT)
    return target_id;
  if (target == PROV_NOTE_CLAIM)
    _prov_db_get_int64 (db, "SELECT document_id FROM claims WHERE id = ?", target_id, &id, NULL);
  return id;
}

gint64
prov_store_add_note_sync (ProvStore       *self,
                          ProvNoteTarget   target,
                          gint64           target_id,
                          const char      *markdown,
                          GError         **error)
{
  static const char * const inserts[] = {
    "INSERT INTO notes (document_id, body, created, modified) VALUES (?, ?, ?, ?)",
    "INSERT INTO notes (claim_id, body, created, modified) VALUES (?, ?, ?, ?)",
    "INSERT INTO notes (collection_id, body, created, modified) VALUES (?, ?, ?, ?)",
  };
  sqlite3_stmt *stmt;
  gint64 note_id;
  gint64 document_id;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);
  g_return_val_if_fail (target <= PROV_NOTE_COLLECTION, 0);

  if (markdown == NULL || *markdown == '\0' || !g_utf8_validate (markdown, -1, NULL))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A note cannot be empty"));
      return 0;
    }
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, note_target_sql (target), target_id,
                                note_target_names[target], error))
      return 0;
    stmt = _prov_db_stmt (&self->w, inserts[target], error);
    if (stmt == NULL)
      return 0;
    sqlite3_bind_int64 (stmt, 1, target_id);
    _prov_bind_text (stmt, 2, markdown);
    sqlite3_bind_int64 (stmt, 3, _prov_now ());
    sqlite3_bind_int64 (stmt, 4, _prov_now ());
    if (!_prov_db_step_done (&self->w, stmt, error))
      return 0;
    note_id = sqlite3_last_insert_rowid (self->w.db);
    document_id = note_document (&self->w, target, target_id);
  }
  if (document_id != 0)
    _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  else
    _prov_store_emit (self, PROV_STORE_SIGNAL_COLLECTIONS_CHANGED, 0);
  return note_id;
}

gboolean
prov_store_update_note_sync (ProvStore   *self,
                             gint64       note_id,
                             const char  *markdown,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 document_id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  if (markdown == NULL || *markdown == '\0' || !g_utf8_validate (markdown, -1, NULL))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A note cannot be empty"));
      return FALSE;
    }
  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM notes WHERE id = ?", note_id,
                                _("note"), error))
      return FALSE;
    stmt = _prov_db_stmt (&self->w, "UPDATE notes SET body = ?, modified = ? WHERE id = ?",
                          error);
    if (stmt == NULL)
      return FALSE;
    _prov_bind_text (stmt, 1, markdown);
    sqlite3_bind_int64 (stmt, 2, _prov_now ());
    sqlite3_bind_int64 (stmt, 3, note_id);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
    _prov_db_get_int64 (&self->w, "SELECT coalesce (n.document_id, c.document_id, 0) FROM notes n "
                        "LEFT JOIN claims c ON c.id = n.claim_id WHERE n.id = ?", note_id,
                        &document_id, NULL);
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  return TRUE;
}

gboolean
prov_store_delete_note_sync (ProvStore  *self,
                             gint64      note_id,
                             GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 document_id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM notes WHERE id = ?", note_id,
                                _("note"), error))
      return FALSE;
    _prov_db_get_int64 (&self->w, "SELECT coalesce (n.document_id, c.document_id, 0) FROM notes n "
                        "LEFT JOIN claims c ON c.id = n.claim_id WHERE n.id = ?", note_id,
                        &document_id, NULL);
    stmt = _prov_db_stmt (&self->w, "DELETE FROM notes WHERE id = ?", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, note_id);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  return TRUE;
}

GPtrArray *
prov_store_list_notes_sync (ProvStore       *self,
                            ProvNoteTarget   target,
                            gint64           target_id,
                            GError         **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  static const char * const selects[] = {
    "SELECT id, body, created, modified FROM notes WHERE document_id = ? ORDER BY id",
    "SELECT id, body, created, modified FROM notes WHERE claim_id = ? ORDER BY id",
    "SELECT id, body, created, modified FROM notes WHERE collection_id = ? ORDER BY id",
  };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);
  g_return_val_if_fail (target <= PROV_NOTE_COLLECTION, NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, selects[target], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, target_id);
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    {
      ProvNote *note = prov_note_new ();

      prov_note_set_id (note, sqlite3_column_int64 (stmt, 0));
      prov_note_set_target (note, target);
      prov_note_set_target_id (note, target_id);
      prov_note_set_body (note, (const char *) sqlite3_column_text (stmt, 1));
      prov_note_set_created (note, sqlite3_column_int64 (stmt, 2));
      prov_note_set_modified (note, sqlite3_column_int64 (stmt, 3));
      g_ptr_array_add (notes, note);
    }
  if (row < 0)
    return NULL;
  return g_steal_pointer (&notes);
}

gboolean
_prov_store_collection_id_locked (ProvStore   *self,
                                  const char  *name,
                                  gboolean     create,
                                  gint64      *id,
                                  GError     **error)
{
  g_autofree char *clean = clean_name (name, _("collection"), error);
  sqlite3_stmt *stmt;
  int row;

  if (clean == NULL)
    return FALSE;
  stmt = _prov_db_stmt (&self->w, "SELECT id FROM collections WHERE name = ?", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, clean);
  row = _prov_db_step_row (&self->w, stmt, error);
  if (row < 0)
    return FALSE;
  *id = row > 0 ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (*id != 0 || !create)
    return TRUE;

  stmt = _prov_db_stmt (&self->w, "INSERT INTO collections (name, created) VALUES (?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, clean);
  sqlite3_bind_int64 (stmt, 2, _prov_now ());
  if (!_prov_db_step_done (&self->w, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (self->w.db);
  return TRUE;
}

gint64
prov_store_ensure_collection_sync (ProvStore   *self,
                                   const char  *name,
                                   GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);

  locker = g_rec_mutex_locker_new (&self->w.lock);
  if (!_prov_store_collection_id_locked (self, name, TRUE, &id, error))
    return 0;
  g_clear_pointer (&locker, g_rec_mutex_locker_free);
  _prov_store_emit (self, PROV_STORE_SIGNAL_COLLECTIONS_CHANGED, 0);
  return id;
}

gint64
prov_store_find_collection_sync (ProvStore   *self,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);

  locker = g_rec_mutex_locker_new (&self->w.lock);
  if (!_prov_store_collection_id_locked (self, name, FALSE, &id, error))
    return 0;
  return id;
}

gboolean
prov_store_set_document_collection_sync (ProvStore  *self,
                                         gint64      document_id,
                                         gint64      collection_id,
                                         GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_check_exists (&self->w, "SELECT 1 FROM documents WHERE id = ?", document_id,
                                _("document"), error))
      return FALSE;
    if (collection_id != 0 &&
        !_prov_db_check_exists (&self->w, "SELECT 1 FROM collections WHERE id = ?",
                                collection_id, _("collection"), error))
      return FALSE;
    stmt = _prov_db_stmt (&self->w, "UPDATE documents SET collection_id = nullif (?, 0) "
                          "WHERE id = ?", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, collection_id);
    sqlite3_bind_int64 (stmt, 2, document_id);
    if (!_prov_db_step_done (&self->w, stmt, error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  _prov_store_emit (self, PROV_STORE_SIGNAL_COLLECTIONS_CHANGED, 0);
  return TRUE;
}

GPtrArray *
prov_store_list_collections_sync (ProvStore  *self,
                                  GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT c.id, c.name, (SELECT count(*) FROM documents "
                        "WHERE collection_id = c.id) FROM collections c ORDER BY c.name", error);
  if (stmt == NULL)
    return NULL;
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    {
      ProvCollection *collection = prov_collection_new ();

      prov_collection_set_id (collection, sqlite3_column_int64 (stmt, 0));
      prov_collection_set_name (collection, (const char *) sqlite3_column_text (stmt, 1));
      prov_collection_set_document_count (collection, sqlite3_column_int (stmt, 2));
      g_ptr_array_add (list, collection);
    }
  if (row < 0)
    return NULL;
  return g_steal_pointer (&list);
}
