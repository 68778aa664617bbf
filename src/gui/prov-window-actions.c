/* prov-window-actions.c — ProvWindow's win.* actions and their keyboard shortcuts
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-window-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-add-dialog.h"
#include "prov-export-dialog.h"
#include "prov-sources-window.h"
#include "prov-window-private.h"

void
_prov_window_update_actions (ProvWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GArray) selected = prov_library_sidebar_get_selected_ids (self->library_sidebar);
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (widget, "win.add", has_store);
  gtk_widget_action_set_enabled (widget, "win.paste", has_store);
  gtk_widget_action_set_enabled (widget, "win.search", has_store);
  gtk_widget_action_set_enabled (widget, "win.show-sources", has_store);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 prov_claims_panel_can_undo (self->claims_panel));
  gtk_widget_action_set_enabled (widget, "win.refetch-selected", has_store && selected->len > 0);
  gtk_widget_action_set_enabled (widget, "win.move-selected", has_store && selected->len > 0);
  gtk_widget_action_set_enabled (widget, "win.delete-selected", has_store && selected->len > 0);
  gtk_widget_action_set_enabled (widget, "win.export",
                                 has_store && (selected->len > 0
                                               || prov_window_get_document_id (self) > 0));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  ProvAddDialog *dialog = prov_add_dialog_new (self);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  g_autoptr(GArray) ids = prov_library_sidebar_get_selected_ids (self->library_sidebar);
  gint64 shown = prov_window_get_document_id (self);
  ProvExportDialog *dialog;

  /* The selected documents, or the one being read. */
  if (ids->len == 0 && shown > 0)
    g_array_append_val (ids, shown);
  if (ids->len == 0)
    return;

  dialog = prov_export_dialog_new (self, self->store, (const gint64 *) ids->data, ids->len);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  prov_claims_panel_undo (PROV_WINDOW (widget)->claims_panel);
}

static void
next_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  prov_claims_panel_select_next (PROV_WINDOW (widget)->claims_panel);
}

static void
previous_claim_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  prov_claims_panel_select_previous (PROV_WINDOW (widget)->claims_panel);
}

static void
accept_claim_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  prov_claims_panel_accept_selected (PROV_WINDOW (widget)->claims_panel);
}

static void
dismiss_claim_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  prov_claims_panel_dismiss_selected (PROV_WINDOW (widget)->claims_panel);
}

static void
credibility_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  prov_claims_panel_set_selected_credibility (PROV_WINDOW (widget)->claims_panel,
                                              g_variant_get_int32 (parameter));
}

static void
reliability_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *letter = g_variant_get_string (parameter, NULL);

  prov_claims_panel_set_selected_reliability (PROV_WINDOW (widget)->claims_panel, letter[0]);
}

static void
show_sources_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  GtkWidget *sources = prov_sources_window_new (self->store);

  gtk_window_set_transient_for (GTK_WINDOW (sources), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (sources));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  prov_library_sidebar_focus_search (PROV_WINDOW (widget)->library_sidebar);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  prov_window_show_toast (PROV_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);

  /* Cancel what runs, and keep a fresh cancellable for what comes next. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static gboolean
looks_like_url (const char *text)
{
  return (g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://"))
         && strpbrk (text, " \t\n") == NULL;
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ProvWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  if (text == NULL)
    {
      prov_window_show_toast (self, _("The clipboard holds no text to add"));
      return;
    }

  g_strstrip (text);
  if (looks_like_url (text))
    {
      const char *sources[] = { text, NULL };

      prov_window_import (self, sources);
    }
  else
    _prov_window_import_text (self, NULL, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 clipboard_read_cb, g_object_ref (widget));
}

static void
refetch_selected_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  g_autoptr(GArray) ids = prov_library_sidebar_get_selected_ids (self->library_sidebar);
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ProvDocument) doc = prov_store_get_document_sync (self->store,
                                                                  g_array_index (ids, gint64, i),
                                                                  NULL);
      const char *uri = doc != NULL ? prov_document_get_uri (doc) : NULL;

      if (uri != NULL && looks_like_url (uri))
        g_ptr_array_add (urls, g_strdup (uri));
      else if (doc != NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” has no web address to fetch again"),
                             prov_document_get_title (doc));

          prov_window_show_toast (self, message);
        }
    }
  g_ptr_array_add (urls, NULL);
  prov_window_import (self, (const char * const *) urls->pdata);
}

static void
move_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  ProvWindow       *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr(GArray) ids = g_object_steal_data (G_OBJECT (dialog), "ids");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gint64 collection_id = 0;

  if (g_strcmp0 (response, "move") != 0)
    return;

  if (*name != '\0')
    collection_id = prov_store_ensure_collection_sync (self->store, name, &error);
  for (guint i = 0; error == NULL && i < ids->len; i++)
    prov_store_set_document_collection_sync (self->store, g_array_index (ids, gint64, i),
                                             collection_id, &error);
  if (error != NULL)
    prov_window_show_toast (self, error->message);
}

static void
move_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  GArray *ids = prov_library_sidebar_get_selected_ids (self->library_sidebar);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Move to Collection"),
                                   _("Type the name of a collection; a new name creates it, and "
                                     "an empty name takes the documents out of their collection."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Collection name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "move");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify) g_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (move_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_toast_undo_cb (AdwToast   *toast,
                      ProvWindow *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (toast), "document-ids");
  g_autoptr(GError) error = NULL;

  if (!prov_store_restore_documents_sync (self->store, (const gint64 *) (gpointer) ids->data,
                                          ids->len, &error))
    prov_window_show_toast (self, error->message);
  else if (ids->len > 0)
    prov_window_show_document (self, g_array_index (ids, gint64, 0));
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ProvWindow *self = PROV_WINDOW (widget);
  g_autoptr(GArray) ids = prov_library_sidebar_get_selected_ids (self->library_sidebar);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (ids->len == 0)
    return;
  if (ids->len == 1)
    {
      g_autoptr(ProvDocument) doc =
        prov_store_get_document_sync (self->store, g_array_index (ids, gint64, 0), NULL);

      title = g_strdup_printf (_("“%s” deleted"),
                               doc != NULL ? prov_document_get_title (doc) : "");
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document deleted",
                                          "%u documents deleted", ids->len),
                             ids->len);

  /* Deleted documents wait in the trash, for Undo, until the app next starts. */
  if (!prov_store_trash_documents_sync (self->store, (const gint64 *) (gpointer) ids->data,
                                        ids->len, &error))
    {
      prov_window_show_toast (self, error->message);
      return;
    }
  prov_reader_view_set_document_id (self->reader_view, 0);
  prov_claims_panel_set_document_id (self->claims_panel, 0);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "document-ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (delete_toast_undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_prov_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.toast-undo", "s", toast_undo_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.next-claim", NULL, next_claim_action);
  gtk_widget_class_install_action (widget_class, "win.previous-claim", NULL,
                                   previous_claim_action);
  gtk_widget_class_install_action (widget_class, "win.accept-claim", NULL, accept_claim_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-claim", NULL,
                                   dismiss_claim_action);
  gtk_widget_class_install_action (widget_class, "win.credibility", "i", credibility_action);
  gtk_widget_class_install_action (widget_class, "win.reliability", "s", reliability_action);
  gtk_widget_class_install_action (widget_class, "win.show-sources", NULL, show_sources_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.refetch-selected", NULL,
                                   refetch_selected_action);
  gtk_widget_class_install_action (widget_class, "win.move-selected", NULL,
                                   move_selected_action);
  gtk_widget_class_install_action (widget_class, "win.delete-selected", NULL,
                                   delete_selected_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK,
                                       "win.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "win.delete-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);

  /* Keyboard triage: plain keys, which text entries take first when they have the focus. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, 0, "win.next-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "win.previous-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, 0, "win.accept-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, 0, "win.dismiss-claim", NULL);
  for (int n = 1; n <= 6; n++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + n, 0,
                                           "win.credibility", "i", n);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + n, 0,
                                           "win.credibility", "i", n);
    }
  for (char letter = 'A'; letter <= 'F'; letter++)
    {
      char name[2] = { letter, '\0' };

      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_A + (letter - 'A'),
                                           GDK_SHIFT_MASK, "win.reliability", "s", name);
    }
}
