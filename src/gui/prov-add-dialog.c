/* prov-add-dialog.c — add articles by web address, from files, or as pasted text
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-add-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-add-dialog.h"
#include "prov-window-private.h"

struct _ProvAddDialog
{
  AdwWindow             parent_instance;

  ProvWindow           *window;
  GPtrArray            *files;   /* paths chosen on the Files page */
  GtkFileChooserNative *chooser;

  AdwViewStack         *view_stack;
  GtkTextView          *urls_view;
  GtkLabel             *files_label;
  GtkEntry             *title_entry;
  GtkTextView          *text_view;
  GtkButton            *add_button;
};

G_DEFINE_FINAL_TYPE (ProvAddDialog, prov_add_dialog, ADW_TYPE_WINDOW)

ProvAddDialog *
prov_add_dialog_new (ProvWindow *window)
{
  ProvAddDialog *self;

  g_return_val_if_fail (PROV_IS_WINDOW (window), NULL);

  self = g_object_new (PROV_TYPE_ADD_DIALOG,
                       "transient-for", window,
                       "modal", TRUE,
                       NULL);
  self->window = g_object_ref (window);
  return self;
}

void
prov_add_dialog_set_page (ProvAddDialog *self,
                          const char    *page)
{
  g_return_if_fail (PROV_IS_ADD_DIALOG (self));

  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GStrv
prov_add_dialog_get_urls (ProvAddDialog *self)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PROV_IS_ADD_DIALOG (self), NULL);

  text = text_view_get_text (self->urls_view);
  lines = g_strsplit_set (text, "\n\r", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0' && *lines[i] != '#')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

static void
update_add_button (ProvAddDialog *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean can_add = FALSE;

  if (g_strcmp0 (page, "web") == 0)
    {
      g_auto(GStrv) urls = prov_add_dialog_get_urls (self);

      can_add = urls[0] != NULL;
    }
  else if (g_strcmp0 (page, "files") == 0)
    can_add = self->files->len > 0;
  else if (g_strcmp0 (page, "text") == 0)
    {
      g_autofree char *text = text_view_get_text (self->text_view);

      can_add = *g_strstrip (text) != '\0';
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), can_add);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ProvAddDialog   *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_ptr_array_set_size (self->files, 0);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);

      if (path == NULL)
        continue;
      g_ptr_array_add (self->files, g_steal_pointer (&path));
      g_string_append_printf (names, "%s%s", names->len > 0 ? "\n" : "", name);
    }
  gtk_label_set_label (self->files_label, names->len > 0 ? names->str : _("No files chosen"));
  update_add_button (self);
}

static void
choose_button_clicked_cb (ProvAddDialog *self)
{
  GtkFileFilter *filter;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose Articles"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Articles and Reports"));
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_button_clicked_cb (ProvAddDialog *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "web") == 0)
    {
      g_auto(GStrv) urls = prov_add_dialog_get_urls (self);

      prov_window_import (self->window, (const char * const *) urls);
    }
  else if (g_strcmp0 (page, "files") == 0)
    {
      g_ptr_array_add (self->files, NULL);
      prov_window_import (self->window, (const char * const *) self->files->pdata);
      g_ptr_array_remove_index (self->files, self->files->len - 1);
    }
  else
    {
      g_autofree char *text = text_view_get_text (self->text_view);

      _prov_window_import_text (self->window,
                                gtk_editable_get_text (GTK_EDITABLE (self->title_entry)), text);
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_button_clicked_cb (ProvAddDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
prov_add_dialog_dispose (GObject *object)
{
  ProvAddDialog *self = PROV_ADD_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->window);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_ADD_DIALOG);

  G_OBJECT_CLASS (prov_add_dialog_parent_class)->dispose (object);
}

static void
prov_add_dialog_class_init (ProvAddDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_add_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-add-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, urls_view);
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, files_label);
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, ProvAddDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, update_add_button);
  gtk_widget_class_bind_template_callback (widget_class, choose_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prov_add_dialog_init (ProvAddDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->files = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->urls_view), "changed",
                            G_CALLBACK (update_add_button), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (update_add_button), self);
  update_add_button (self);
}
