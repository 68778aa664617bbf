/* prov-export-dialog.c — export a report of the chosen documents: format and options
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-export-dialog.h"
#include "prov-report-store.h"
#include "prov-window.h"

struct _ProvExportDialog
{
  AdwWindow             parent_instance;

  ProvWindow           *parent;
  ProvStore            *store;
  GArray               *ids;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;

  AdwComboRow          *format_row;
  AdwComboRow          *paper_row;
  GtkSwitch            *dismissed_switch;
  AdwPreferencesGroup  *kinds_group;
  AdwPreferencesGroup  *statuses_group;
  GtkCheckButton       *kind_checks[PROV_N_KINDS];
  GtkCheckButton       *status_checks[PROV_N_REVIEW_STATUSES];
  GtkButton            *export_button;
  GtkSpinner           *spinner;
};

G_DEFINE_FINAL_TYPE (ProvExportDialog, prov_export_dialog, ADW_TYPE_WINDOW)

ProvExportDialog *
prov_export_dialog_new (ProvWindow   *parent,
                        ProvStore    *store,
                        const gint64 *ids,
                        guint         n_ids)
{
  ProvExportDialog *self;

  g_return_val_if_fail (PROV_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PROV_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  self = g_object_new (PROV_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->parent = parent;
  self->store = g_object_ref (store);
  g_array_append_vals (self->ids, ids, n_ids);
  return self;
}

void
prov_export_dialog_set_format (ProvExportDialog *self,
                               ProvReportFormat  format)
{
  g_return_if_fail (PROV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < PROV_N_REPORT_FORMATS);

  adw_combo_row_set_selected (self->format_row, format);
}

static ProvReportFormat
get_format (ProvExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < PROV_N_REPORT_FORMATS ? (ProvReportFormat) selected : PROV_REPORT_FORMAT_HTML;
}

void
prov_export_dialog_get_options (ProvExportDialog  *self,
                                ProvReportOptions *options)
{
  static const ProvPaperSize papers[] = { PROV_PAPER_AUTO, PROV_PAPER_A4, PROV_PAPER_LETTER };
  guint paper;

  g_return_if_fail (PROV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  prov_report_options_init (options);
  options->include_dismissed = gtk_switch_get_active (self->dismissed_switch);
  for (guint i = 0; i < PROV_N_KINDS; i++)
    if (gtk_check_button_get_active (self->kind_checks[i]))
      options->kinds |= 1u << i;
  for (guint i = 0; i < PROV_N_REVIEW_STATUSES; i++)
    if (gtk_check_button_get_active (self->status_checks[i]))
      options->statuses |= 1u << i;
  paper = adw_combo_row_get_selected (self->paper_row);
  options->paper = papers[MIN (paper, G_N_ELEMENTS (papers) - 1)];
}

static void
open_report_cb (AdwToast *toast,
                GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (g_object_get_data (G_OBJECT (toast), "window")), uri,
                GDK_CURRENT_TIME);
}

/* Tells the main window how the export went; a saved report gets an Open button. */
static void
report_toast (ProvWindow *window,
              const char *message,
              GFile      *file)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  if (file != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data (G_OBJECT (toast), "window", window);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_report_cb),
                             g_object_ref (file), (GClosureNotify) g_object_unref, 0);
    }
  prov_window_add_toast (window, toast);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ProvExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = g_object_get_data (G_OBJECT (self), "file");

  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), TRUE);

  if (!prov_report_export_finish (PROV_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_toast (self->parent, error->message, NULL);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Report saved as “%s”"), name);

      report_toast (self->parent, message, file);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

void
prov_export_dialog_export_to_file (ProvExportDialog *self,
                                   GFile            *file)
{
  ProvReportOptions options;

  g_return_if_fail (PROV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  prov_export_dialog_get_options (self, &options);
  g_object_set_data_full (G_OBJECT (self), "file", g_object_ref (file), g_object_unref);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  prov_report_export_async (self->store, (const gint64 *) self->ids->data, self->ids->len, NULL,
                            get_format (self), &options, file, self->cancellable, export_cb,
                            g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     ProvExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    prov_export_dialog_export_to_file (self, file);
}

static void
export_button_clicked_cb (ProvExportDialog *self)
{
  ProvReportFormat format = get_format (self);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkFileFilter *filter;

  if (self->ids->len == 1)
    {
      g_autoptr(ProvDocument) doc = prov_store_get_document_sync (self->store,
                                                                  g_array_index (self->ids,
                                                                                 gint64, 0),
                                                                  NULL);

      if (doc != NULL)
        title = g_strdup (prov_document_get_title (doc));
    }
  name = prov_report_dup_file_name (title != NULL ? title : _("Report"), format);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, prov_report_format_get_label (format));
  gtk_file_filter_add_mime_type (filter, prov_report_format_get_mime_type (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_button_clicked_cb (ProvExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
format_row_selected_cb (ProvExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row),
                          get_format (self) == PROV_REPORT_FORMAT_PDF);
}

/* Adds one check button a row for each name, all active: nothing is left out by default. */
static void
add_checks (AdwPreferencesGroup *group,
            GtkCheckButton     **checks,
            guint                n,
            const char        *(*label) (guint))
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_check_button_set_active (checks[i], TRUE);
      gtk_widget_set_valign (GTK_WIDGET (checks[i]), GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label (i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (checks[i]));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (checks[i]));
      adw_preferences_group_add (group, row);
    }
}

static const char *
kind_label (guint i)
{
  return prov_report_kind_get_label ((ProvKind) i);
}

static const char *
status_label (guint i)
{
  /* Review statuses read as sentence case in a list of options, as kinds do. */
  static const char * const labels[PROV_N_REVIEW_STATUSES] = {
    N_("Unreviewed"), N_("In progress"), N_("Verified"), N_("False"), N_("Inconclusive"),
  };

  return _(labels[MIN (i, PROV_N_REVIEW_STATUSES - 1)]);
}

static void
prov_export_dialog_dispose (GObject *object)
{
  ProvExportDialog *self = PROV_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (prov_export_dialog_parent_class)->dispose (object);
}

static void
prov_export_dialog_class_init (ProvExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, dismissed_switch);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, statuses_group);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, ProvExportDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_row_selected_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prov_export_dialog_init (ProvExportDialog *self)
{
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();

  for (guint i = 0; i < PROV_N_REPORT_FORMATS; i++)
    gtk_string_list_append (formats, prov_report_format_get_label ((ProvReportFormat) i));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));

  add_checks (self->kinds_group, self->kind_checks, PROV_N_KINDS, kind_label);
  add_checks (self->statuses_group, self->status_checks, PROV_N_REVIEW_STATUSES, status_label);
  format_row_selected_cb (self);
}
