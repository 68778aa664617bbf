/* prov-store-claims.c — ProvStore: claims, their ratings, review and suggestions
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-claims"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "prov-anchor.h"
#include "prov-store-private.h"

ProvClaim *
_prov_claim_from_row (sqlite3_stmt *stmt)
{
  ProvClaim *claim = prov_claim_new ();
  g_auto(GStrv) tags = _prov_split_list ((const char *) sqlite3_column_text (stmt, 16));
  gint64 start = sqlite3_column_int64 (stmt, 4);

  prov_claim_set_id (claim, sqlite3_column_int64 (stmt, 0));
  prov_claim_set_document_id (claim, sqlite3_column_int64 (stmt, 1));
  prov_claim_set_kind (claim, (const char *) sqlite3_column_text (stmt, 2));
  prov_claim_set_quote (claim, (const char *) sqlite3_column_text (stmt, 3));
  prov_claim_set_start (claim, start);
  prov_claim_set_end (claim, start >= 0 && sqlite3_column_type (stmt, 17) != SQLITE_NULL
                             ? sqlite3_column_int64 (stmt, 17) : -1);
  prov_claim_set_source_id (claim, sqlite3_column_int64 (stmt, 5));
  prov_claim_set_source_name (claim, (const char *) sqlite3_column_text (stmt, 6));
  prov_claim_set_reliability (claim, (const char *) sqlite3_column_text (stmt, 7));
  prov_claim_set_reliability_set (claim, sqlite3_column_int (stmt, 8));
  prov_claim_set_credibility (claim, sqlite3_column_int (stmt, 9));
  prov_claim_set_status (claim, (const char *) sqlite3_column_text (stmt, 10));
  prov_claim_set_suggestion (claim, (const char *) sqlite3_column_text (stmt, 11));
  prov_claim_set_origin (claim, (const char *) sqlite3_column_text (stmt, 12));
  prov_claim_set_rule (claim, (const char *) sqlite3_column_text (stmt, 13));
  prov_claim_set_changed (claim, sqlite3_column_int (stmt, 14));
  prov_claim_set_note (claim, (const char *) sqlite3_column_text (stmt, 15));
  prov_claim_set_tags (claim, (const char * const *) tags);
  prov_claim_set_orphaned (claim, sqlite3_column_int (stmt, 18));
  prov_claim_set_source_text (claim, (const char *) sqlite3_column_text (stmt, 19));
  return claim;
}

static gint64
claim_document (ProvDb  *db,
                gint64   claim_id,
                GError **error)
{
  gint64 document_id = 0;

  if (!_prov_db_get_int64 (db, "SELECT document_id FROM claims WHERE id = ?", claim_id,
                           &document_id, error))
    return 0;
  if (document_id == 0)
    g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND,
                 _("No claim with id %" PRId64 " in the library"), claim_id);
  return document_id;
}

gint64
prov_store_add_claim_sync (ProvStore             *self,
                           gint64                 document_id,
                           const ProvClaimSpans  *spans,
                           GError               **error)
{
  g_autoptr(ProvAnchorText) text = NULL;
  g_autofree char *latest = NULL;
  gint64 version_id;
  gint64 claim_id = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), 0);
  g_return_val_if_fail (spans != NULL, 0);
  g_return_val_if_fail (spans->kind < PROV_N_KINDS, 0);

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return 0;
    if (!_prov_store_latest_text (&self->w, document_id, &version_id, &latest, error))
      goto fail;
    text = prov_anchor_text_new (latest);
    if (!_prov_store_insert_claim (self, text, document_id, version_id, spans->kind, spans->cue,
                                   spans->source, spans->content, PROV_ORIGIN_USER, "user",
                                   &claim_id, error) ||
        !_prov_db_commit (&self->w, error))
      goto fail;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return claim_id;

fail:
  _prov_db_rollback (&self->w);
  return 0;
}

static gboolean
exec_claim (ProvDb      *db,
            const char  *sql,
            gint64       claim_id,
            const char  *text,
            gint64       number,
            GError     **error)
{
  sqlite3_stmt *stmt = _prov_db_stmt (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (text != NULL)
    _prov_bind_text (stmt, 1, text);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  sqlite3_bind_int64 (stmt, 2, claim_id);
  return _prov_db_step_done (db, stmt, error);
}

static gboolean
update_claim_locked (ProvStore              *self,
                     gint64                  claim_id,
                     const ProvClaimUpdate  *u,
                     GError                **error)
{
  ProvDb *db = &self->w;

  if (u->fields & PROV_CLAIM_UPDATE_RELIABILITY)
    {
      sqlite3_stmt *stmt = _prov_db_stmt (db, "UPDATE claims SET reliability = ? WHERE id = ?",
                                          error);
      char letter[2] = { u->reliability, '\0' };

      if (stmt == NULL)
        return FALSE;
      if (u->reliability != '\0')
        _prov_bind_text (stmt, 1, letter);
      sqlite3_bind_int64 (stmt, 2, claim_id);
      if (!_prov_db_step_done (db, stmt, error))
        return FALSE;
    }
  if ((u->fields & PROV_CLAIM_UPDATE_CREDIBILITY) &&
      !exec_claim (db, "UPDATE claims SET credibility = ? WHERE id = ?", claim_id, NULL,
                   u->credibility, error))
    return FALSE;
  /* Reviewing a claim acknowledges a "changed since" flag. */
  if ((u->fields & PROV_CLAIM_UPDATE_STATUS) &&
      !exec_claim (db, "UPDATE claims SET status = ?, changed = 0 WHERE id = ?", claim_id,
                   prov_review_status_to_string (u->status), 0, error))
    return FALSE;
  if ((u->fields & PROV_CLAIM_UPDATE_SOURCE) &&
      !exec_claim (db, "UPDATE claims SET source_id = nullif (?, 0) WHERE id = ?", claim_id,
                   NULL, u->source_id, error))
    return FALSE;
  if (u->fields & PROV_CLAIM_UPDATE_SUGGESTION)
    {
      const char *name = prov_suggestion_to_string (u->suggestion);

      if (!exec_claim (db, "UPDATE claims SET suggestion = ? WHERE id = ?", claim_id, name, 0,
                       error) ||
          !exec_claim (db, "UPDATE annotations SET status = ? WHERE claim_id = ?", claim_id,
                       name, 0, error))
        return FALSE;
    }
  if (u->fields & PROV_CLAIM_UPDATE_NOTE)
    {
      if (!exec_claim (db, "DELETE FROM notes WHERE claim_id = ?2 AND ?1 IS NOT NULL", claim_id,
                       NULL, 1, error))
        return FALSE;
      if (u->note != NULL && *u->note != '\0')
        {
          sqlite3_stmt *stmt = _prov_db_stmt (db, "INSERT INTO notes (claim_id, body, created, "
                                              "modified) VALUES (?, ?, ?, ?)", error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, claim_id);
          _prov_bind_text (stmt, 2, u->note);
          sqlite3_bind_int64 (stmt, 3, _prov_now ());
          sqlite3_bind_int64 (stmt, 4, _prov_now ());
          if (!_prov_db_step_done (db, stmt, error))
            return FALSE;
        }
    }
  return exec_claim (db, "UPDATE claims SET modified = ? WHERE id = ?", claim_id, NULL,
                     _prov_now (), error);
}

gboolean
prov_store_update_claim_sync (ProvStore              *self,
                              gint64                  claim_id,
                              const ProvClaimUpdate  *update,
                              GError                **error)
{
  gint64 document_id;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);
  g_return_val_if_fail (update != NULL, FALSE);

  if ((update->fields & PROV_CLAIM_UPDATE_RELIABILITY) && update->reliability != '\0' &&
      !prov_reliability_is_valid (update->reliability))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Reliability must be a letter from A to F"));
      return FALSE;
    }
  if ((update->fields & PROV_CLAIM_UPDATE_CREDIBILITY) &&
      !prov_credibility_is_valid (update->credibility))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("Credibility must be a number from 1 to 6"));
      return FALSE;
    }
  if ((update->fields & PROV_CLAIM_UPDATE_STATUS) && update->status >= PROV_N_REVIEW_STATUSES)
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID, _("Unknown review status"));
      return FALSE;
    }

  {
    PROV_DB_LOCK (&self->w);
    if (!_prov_db_begin (&self->w, error))
      return FALSE;
    document_id = claim_document (&self->w, claim_id, error);
    if (document_id == 0)
      goto fail;
    if ((update->fields & PROV_CLAIM_UPDATE_SOURCE) && update->source_id != 0 &&
        !_prov_db_check_exists (&self->w, "SELECT 1 FROM sources WHERE id = ?",
                                update->source_id, _("source"), error))
      goto fail;
    if (!update_claim_locked (self, claim_id, update, error) ||
        !_prov_db_commit (&self->w, error))
      goto fail;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  if (update->fields & PROV_CLAIM_UPDATE_SOURCE)
    _prov_store_emit (self, PROV_STORE_SIGNAL_SOURCES_CHANGED, 0);
  return TRUE;

fail:
  _prov_db_rollback (&self->w);
  return FALSE;
}

gboolean
prov_store_delete_claim_sync (ProvStore  *self,
                              gint64      claim_id,
                              GError    **error)
{
  gint64 document_id;
  gint64 is_user = 0;

  g_return_val_if_fail (PROV_IS_STORE (self), FALSE);

  {
    PROV_DB_LOCK (&self->w);
    document_id = claim_document (&self->w, claim_id, error);
    if (document_id == 0)
      return FALSE;
    if (!_prov_db_get_int64 (&self->w, "SELECT origin = 'user' FROM claims WHERE id = ?",
                             claim_id, &is_user, error))
      return FALSE;
    if (!is_user)
      {
        g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                     _("Claim %" PRId64 " is a suggestion: dismiss it instead"),
                     claim_id);
        return FALSE;
      }
    if (!exec_claim (&self->w, "DELETE FROM claims WHERE id = ?2 AND ?1", claim_id, NULL, 1,
                     error))
      return FALSE;
  }
  _prov_store_emit (self, PROV_STORE_SIGNAL_DOCUMENT_CHANGED, document_id);
  return TRUE;
}

GPtrArray *
prov_store_get_claims_sync (ProvStore     *self,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT " PROV_CLAIM_COLUMNS PROV_CLAIM_FROM "WHERE c.id = ?",
                        error);
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
                       _("No claim with id %" PRId64 " in the library"), ids[i]);
          return NULL;
        }
      g_ptr_array_add (claims, _prov_claim_from_row (stmt));
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&claims);
}

ProvClaim *
prov_store_get_claim_sync (ProvStore  *self,
                           gint64      claim_id,
                           GError    **error)
{
  g_autoptr(GPtrArray) claims = prov_store_get_claims_sync (self, &claim_id, 1, error);

  return claims != NULL ? g_object_ref (g_ptr_array_index (claims, 0)) : NULL;
}

GArray *
prov_store_query_claim_ids_sync (ProvStore  *self,
                                 gint64      document_id,
                                 gboolean    include_dismissed,
                                 GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT id FROM claims WHERE document_id = ? "
                        "AND (? OR suggestion != 'dismissed') ORDER BY start < 0, start, id",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int (stmt, 2, include_dismissed);
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
prov_store_list_claims_sync (ProvStore  *self,
                             gint64      document_id,
                             gboolean    include_dismissed,
                             GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT " PROV_CLAIM_COLUMNS PROV_CLAIM_FROM
                        "WHERE (?1 = 0 OR c.document_id = ?1) "
                        "AND (?2 OR c.suggestion != 'dismissed') "
                        "AND (?1 != 0 OR c.document_id NOT IN "
                        "     (SELECT id FROM documents WHERE trashed_at IS NOT NULL)) "
                        "ORDER BY c.document_id, c.start < 0, c.start, c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int (stmt, 2, include_dismissed);
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    g_ptr_array_add (claims, _prov_claim_from_row (stmt));
  if (row < 0)
    return NULL;
  return g_steal_pointer (&claims);
}

GPtrArray *
prov_store_list_orphans_sync (ProvStore  *self,
                              gint64      document_id,
                              GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              prov_annotation_free);
  sqlite3_stmt *stmt;
  int row;

  g_return_val_if_fail (PROV_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->r.lock);
  stmt = _prov_db_stmt (&self->r, "SELECT a.id, coalesce (a.claim_id, 0), a.role, a.exact, "
                        "a.prefix, a.suffix, a.rule, c.kind, a.status FROM annotations a "
                        "LEFT JOIN claims c ON c.id = a.claim_id "
                        "WHERE a.document_id = ? AND a.anchor = 'orphan' ORDER BY a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  while ((row = _prov_db_step_row (&self->r, stmt, error)) > 0)
    {
      ProvAnnotation *a = g_new0 (ProvAnnotation, 1);
      const char *role = (const char *) sqlite3_column_text (stmt, 2);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->claim_id = sqlite3_column_int64 (stmt, 1);
      a->role = g_str_equal (role, "cue") ? PROV_ROLE_CUE :
                g_str_equal (role, "source") ? PROV_ROLE_SOURCE :
                g_str_equal (role, "content") ? PROV_ROLE_CONTENT : PROV_ROLE_HIGHLIGHT;
      a->anchor = PROV_ANCHOR_ORPHAN;
      a->start = a->end = -1;
      a->exact = _prov_column_dup (stmt, 3);
      a->prefix = _prov_column_dup (stmt, 4);
      a->suffix = _prov_column_dup (stmt, 5);
      a->rule = _prov_column_dup (stmt, 6);
      a->kind = _prov_column_dup (stmt, 7);
      if (!prov_suggestion_from_string ((const char *) sqlite3_column_text (stmt, 8),
                                        &a->status))
        a->status = PROV_SUGGESTION_SUGGESTED;
      g_ptr_array_add (list, a);
    }
  if (row < 0)
    return NULL;
  return g_steal_pointer (&list);
}
