/* prov-claims-panel-edits.c — ProvClaimsPanel: writing changes and undoing them
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claims-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claims-panel-private.h"
#include "prov-store-async.h"
#include "prov-store-job.h"

/* How a change is undone. */
typedef enum
{
  UNDO_UPDATE,        /* write @update (the claim's previous values) back */
  UNDO_ADD_TAG,       /* the change removed @text from the claim */
  UNDO_REMOVE_TAG,    /* the change added @text to the claim */
  UNDO_REMOVE_ALIAS,  /* the change added @text as an alias of @source_id */
} UndoKind;

typedef struct
{
  UndoKind         kind;
  gint64           claim_id;
  gint64           source_id;
  ProvClaimUpdate  update;   /* its note points at @text */
  char            *text;
} UndoEntry;

/* What a pending store call reports when it is done. */
typedef struct
{
  ProvClaimsPanel *self;     /* a reference */
  UndoEntry       *entry;    /* the undo step it pushed (dropped if the change failed), or NULL */
  char            *message;  /* the toast on success, or NULL */
  gboolean         undo;     /* whether the toast offers Undo */
} Pending;

typedef struct
{
  gint64  id;
  char   *text;
} JobData;

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_free (entry->text);
  g_free (entry);
}

static Pending *
pending_new (ProvClaimsPanel *self,
             UndoEntry       *entry,
             const char      *message,
             gboolean         undo)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->entry = entry;
  pending->message = g_strdup (message);
  pending->undo = undo;
  return pending;
}

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_free (pending->message);
  g_free (pending);
}

static JobData *
job_data_new (gint64      id,
              const char *text)
{
  JobData *data = g_new0 (JobData, 1);

  data->id = id;
  data->text = g_strdup (text);
  return data;
}

static void
job_data_free (gpointer user_data)
{
  JobData *data = user_data;

  g_free (data->text);
  g_free (data);
}

void
_prov_claims_panel_notify_can_undo (ProvClaimsPanel *self)
{
  g_object_notify (G_OBJECT (self), "can-undo");
}

void
_prov_claims_panel_toast (ProvClaimsPanel *self,
                          const char      *message,
                          gboolean         undo)
{
  gtk_widget_activate_action (GTK_WIDGET (self), undo ? "win.toast-undo" : "win.toast", "s",
                              message);
}

void
_prov_claims_panel_clear_undo (ProvClaimsPanel *self)
{
  if (g_queue_is_empty (&self->undo))
    return;
  g_queue_clear_full (&self->undo, undo_entry_free);
  _prov_claims_panel_notify_can_undo (self);
}

static void
push_undo (ProvClaimsPanel *self,
           UndoEntry       *entry)
{
  g_queue_push_head (&self->undo, entry);
  _prov_claims_panel_notify_can_undo (self);
}

/* The change behind @pending failed or succeeded: drop its undo step, or toast it. */
static void
pending_done (Pending      *pending,
              const GError *error)
{
  ProvClaimsPanel *self = pending->self;

  if (error != NULL)
    {
      if (pending->entry != NULL && g_queue_remove (&self->undo, pending->entry))
        {
          undo_entry_free (pending->entry);
          _prov_claims_panel_notify_can_undo (self);
        }
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _prov_claims_panel_toast (self, error->message, FALSE);
      return;
    }
  if (pending->message != NULL)
    _prov_claims_panel_toast (self, pending->message, pending->undo);
}

ProvClaim *
_prov_claims_panel_lookup (ProvClaimsPanel *self,
                           gint64           claim_id)
{
  int position;

  if (self->claims == NULL)
    return NULL;
  position = prov_lazy_list_find (PROV_LAZY_LIST (self->claims), claim_id);
  if (position < 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->claims), (guint) position);
}

/* The values of @claim that @update would change, as an update that restores them. */
static UndoEntry *
undo_entry_for_update (ProvClaim             *claim,
                       const ProvClaimUpdate *update)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);
  ProvClaimUpdate *prev = &entry->update;
  const char *reliability = prov_claim_get_reliability (claim);

  entry->kind = UNDO_UPDATE;
  entry->claim_id = prov_claim_get_id (claim);
  prev->fields = update->fields;
  prev->reliability = prov_claim_get_reliability_set (claim) && reliability != NULL
                      ? reliability[0] : '\0';
  prev->credibility = prov_claim_get_credibility (claim);
  if (!prov_review_status_from_string (prov_claim_get_status (claim), &prev->status))
    prev->status = PROV_REVIEW_UNREVIEWED;
  entry->text = g_strdup (prov_claim_get_note (claim));
  prev->note = entry->text;
  prev->source_id = prov_claim_get_source_id (claim);
  if (!prov_suggestion_from_string (prov_claim_get_suggestion (claim), &prev->suggestion))
    prev->suggestion = PROV_SUGGESTION_SUGGESTED;
  return entry;
}

static void
update_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  prov_store_update_claim_finish (PROV_STORE (object), result, &error);
  pending_done (pending, error);
  pending_free (pending);
}

void
_prov_claims_panel_apply (ProvClaimsPanel       *self,
                          gint64                 claim_id,
                          const ProvClaimUpdate *update,
                          const char            *message)
{
  g_autoptr(ProvClaim) claim = NULL;
  UndoEntry *entry = NULL;
  UndoEntry *top;

  if (self->store == NULL || claim_id == 0)
    return;

  claim = _prov_claims_panel_lookup (self, claim_id);
  if (claim == NULL)
    claim = prov_store_get_claim_sync (self->store, claim_id, NULL);
  top = g_queue_peek_head (&self->undo);
  /* consecutive saves of one note are one step: undo goes back to the note before the edit */
  if (update->fields == PROV_CLAIM_UPDATE_NOTE && top != NULL && top->kind == UNDO_UPDATE &&
      top->update.fields == PROV_CLAIM_UPDATE_NOTE && top->claim_id == claim_id)
    entry = NULL;
  else if (claim != NULL)
    {
      entry = undo_entry_for_update (claim, update);
      push_undo (self, entry);
    }

  prov_store_update_claim_async (self->store, claim_id, update, self->cancellable,
                                 update_done_cb, pending_new (self, entry, message, TRUE));
}

/* ---- sources ---- */

static gint64
create_source_job (ProvStore  *store,
                   gpointer    user_data,
                   GError    **error)
{
  JobData *data = user_data;
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_SOURCE };

  update.source_id = prov_store_ensure_source_sync (store, data->text, "unknown", '\0', error);
  if (update.source_id == 0 ||
      !prov_store_update_claim_sync (store, data->id, &update, error))
    return 0;
  return update.source_id;
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  prov_store_job_finish (PROV_STORE (object), result, &error);
  pending_done (pending, error);
  pending_free (pending);
}

void
_prov_claims_panel_create_source (ProvClaimsPanel *self,
                                  gint64           claim_id,
                                  const char      *name)
{
  g_autoptr(ProvClaim) claim = _prov_claims_panel_lookup (self, claim_id);
  ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_SOURCE };
  UndoEntry *entry = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL || claim_id == 0)
    return;
  if (claim != NULL)
    {
      entry = undo_entry_for_update (claim, &update);
      push_undo (self, entry);
    }
  /* Translators: a toast after linking a claim to a source typed in the source picker */
  message = g_strdup_printf (_("Source set to “%s”"), name);
  prov_store_job_run_async (self->store, create_source_job, job_data_new (claim_id, name),
                            job_data_free, self->cancellable, job_done_cb,
                            pending_new (self, entry, message, TRUE));
}

static gint64
add_alias_job (ProvStore  *store,
               gpointer    user_data,
               GError    **error)
{
  JobData *data = user_data;

  return prov_store_add_source_alias_sync (store, data->id, data->text, error) ? 1 : 0;
}

static gint64
remove_alias_job (ProvStore  *store,
                  gpointer    user_data,
                  GError    **error)
{
  JobData *data = user_data;

  return prov_store_remove_source_alias_sync (store, data->id, data->text, error) ? 1 : 0;
}

void
_prov_claims_panel_add_alias (ProvClaimsPanel *self,
                              gint64           source_id,
                              const char      *alias)
{
  UndoEntry *entry;
  g_autofree char *message = NULL;

  if (self->store == NULL || source_id == 0)
    return;
  entry = g_new0 (UndoEntry, 1);
  entry->kind = UNDO_REMOVE_ALIAS;
  entry->source_id = source_id;
  entry->text = g_strdup (alias);
  push_undo (self, entry);
  /* Translators: a toast after adding another name to a source */
  message = g_strdup_printf (_("Alias “%s” added"), alias);
  prov_store_job_run_async (self->store, add_alias_job, job_data_new (source_id, alias),
                            job_data_free, self->cancellable, job_done_cb,
                            pending_new (self, entry, message, TRUE));
}

/* ---- tags ---- */

static gint64
add_tag_job (ProvStore  *store,
             gpointer    user_data,
             GError    **error)
{
  JobData *data = user_data;

  return prov_store_add_tag_sync (store, 0, data->id, data->text, error) ? 1 : 0;
}

static gint64
remove_tag_job (ProvStore  *store,
                gpointer    user_data,
                GError    **error)
{
  JobData *data = user_data;

  return prov_store_remove_tag_sync (store, 0, data->id, data->text, error) ? 1 : 0;
}

static void
run_tag_job (ProvClaimsPanel *self,
             gint64           claim_id,
             const char      *tag,
             gboolean         add,
             Pending         *pending)
{
  prov_store_job_run_async (self->store, add ? add_tag_job : remove_tag_job,
                            job_data_new (claim_id, tag), job_data_free, self->cancellable,
                            job_done_cb, pending);
}

void
_prov_claims_panel_tag (ProvClaimsPanel *self,
                        gint64           claim_id,
                        const char      *tag,
                        gboolean         add)
{
  UndoEntry *entry;
  g_autofree char *message = NULL;

  if (self->store == NULL || claim_id == 0)
    return;
  entry = g_new0 (UndoEntry, 1);
  entry->kind = add ? UNDO_REMOVE_TAG : UNDO_ADD_TAG;
  entry->claim_id = claim_id;
  entry->text = g_strdup (tag);
  push_undo (self, entry);
  /* Translators: toasts after tagging or untagging a claim */
  message = g_strdup_printf (add ? _("Tag “%s” added") : _("Tag “%s” removed"), tag);
  run_tag_job (self, claim_id, tag, add, pending_new (self, entry, message, TRUE));
}

/* ---- undo ---- */

gboolean
prov_claims_panel_can_undo (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

void
prov_claims_panel_undo (ProvClaimsPanel *self)
{
  UndoEntry *entry;
  Pending *pending;

  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  if (self->store == NULL || g_queue_is_empty (&self->undo))
    return;

  /* a note being typed is saved first, so that undo sees it */
  prov_claim_editor_flush_note (self->editor);
  entry = g_queue_pop_head (&self->undo);
  _prov_claims_panel_notify_can_undo (self);
  pending = pending_new (self, NULL, _("Change undone"), FALSE);

  switch (entry->kind)
    {
    case UNDO_UPDATE:
      prov_store_update_claim_async (self->store, entry->claim_id, &entry->update,
                                     self->cancellable, update_done_cb, pending);
      break;

    case UNDO_ADD_TAG:
    case UNDO_REMOVE_TAG:
      run_tag_job (self, entry->claim_id, entry->text, entry->kind == UNDO_ADD_TAG, pending);
      break;

    case UNDO_REMOVE_ALIAS:
      prov_store_job_run_async (self->store, remove_alias_job,
                                job_data_new (entry->source_id, entry->text), job_data_free,
                                self->cancellable, job_done_cb, pending);
      break;

    default:
      g_assert_not_reached ();
    }
  undo_entry_free (entry);
}
