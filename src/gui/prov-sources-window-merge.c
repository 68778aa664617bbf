/* prov-sources-window-merge.c — ProvSourcesWindow: merging two sources into one
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-sources-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-sources-window-private.h"
#include "prov-store-async.h"

typedef struct
{
  ProvSourcesWindow *self;
  gint64             from_id;
  gint64             into_id;
  char              *message;
} Merge;

static void
merge_free (Merge *merge)
{
  g_object_unref (merge->self);
  g_free (merge->message);
  g_free (merge);
}

static void
merge_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Merge *merge = user_data;
  g_autoptr(GError) error = NULL;

  if (prov_store_merge_sources_finish (PROV_STORE (object), result, &error))
    {
      g_array_set_size (merge->self->selected_ids, 0);
      g_array_append_val (merge->self->selected_ids, merge->into_id);
      prov_sources_window_select_sources (merge->self, &merge->into_id, 1);
      _prov_sources_window_toast (merge->self, merge->message);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _prov_sources_window_toast (merge->self, error->message);
  merge_free (merge);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  Merge *merge = user_data;

  if (g_strcmp0 (response, "reverse") == 0)
    {
      gint64 from_id = merge->from_id;

      merge->from_id = merge->into_id;
      merge->into_id = from_id;
      g_free (merge->message);
      merge->message = g_strdup (_("Sources merged"));
    }
  else if (g_strcmp0 (response, "merge") != 0)
    {
      merge_free (merge);
      return;
    }
  prov_store_merge_sources_async (merge->self->store, merge->from_id, merge->into_id,
                                  merge->self->cancellable, merge_done_cb, merge);
}

static ProvSource *
get_source (ProvSourcesWindow *self,
            gint64             id)
{
  int position = prov_lazy_list_find (PROV_LAZY_LIST (self->sources), id);

  return position >= 0 ? g_list_model_get_item (G_LIST_MODEL (self->sources), (guint) position)
                       : NULL;
}

void
prov_sources_window_merge_selected (ProvSourcesWindow *self)
{
  g_autoptr(ProvSource) a = NULL;
  g_autoptr(ProvSource) b = NULL;
  ProvSource *from, *into;
  GtkWidget *dialog;
  Merge *merge;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *reverse = NULL;
  int moving;

  g_return_if_fail (PROV_IS_SOURCES_WINDOW (self));

  if (self->selected_ids->len != 2)
    return;
  a = get_source (self, g_array_index (self->selected_ids, gint64, 0));
  b = get_source (self, g_array_index (self->selected_ids, gint64, 1));
  if (a == NULL || b == NULL)
    return;
  /* the source cited more often keeps its name; the other becomes one of its aliases */
  into = prov_source_get_claim_count (b) > prov_source_get_claim_count (a) ? b : a;
  from = into == a ? b : a;
  moving = prov_source_get_claim_count (from);

  /* Translators: the heading of the dialog that merges two sources */
  heading = g_strdup_printf (_("Merge “%s” Into “%s”?"), prov_source_get_name (from),
                             prov_source_get_name (into));
  /* Translators: the body of the merge dialog; %d is a number of claims */
  body = g_strdup_printf (ngettext ("%d claim moves from “%s” to “%s”, and “%s” "
                                    "becomes one of its aliases. No claim is lost.",
                                    "%d claims move from “%s” to “%s”, and “%s” "
                                    "becomes one of its aliases. No claim is lost.", moving),
                          moving, prov_source_get_name (from), prov_source_get_name (into),
                          prov_source_get_name (from));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  /* Translators: a button of the merge dialog that merges the other way round */
  reverse = g_strdup_printf (_("_Keep “%s”"), prov_source_get_name (from));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reverse", reverse,
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  merge = g_new0 (Merge, 1);
  merge->self = g_object_ref (self);
  merge->from_id = prov_source_get_id (from);
  merge->into_id = prov_source_get_id (into);
  /* Translators: a toast after merging two sources */
  merge->message = g_strdup_printf (_("Merged “%s” into “%s”"), prov_source_get_name (from),
                                    prov_source_get_name (into));
  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), merge);
  gtk_window_present (GTK_WINDOW (dialog));
}
