/* prov-window.c — the workbench window: library, reader and claims
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-window-private.h"

G_DEFINE_FINAL_TYPE (ProvWindow, prov_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  PROP_IMPORTER,
  PROP_ANALYZER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ProvWindow *
prov_window_new (ProvApplication *application)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (application), NULL);

  return g_object_new (PROV_TYPE_WINDOW,
                       "application", application,
                       "settings", prov_application_get_settings (application),
                       "store", prov_application_get_store (application),
                       "importer", prov_application_get_importer (application),
                       "analyzer", prov_application_get_analyzer (application),
                       NULL);
}

void
prov_window_show_toast (ProvWindow *self,
                        const char *message)
{
  AdwToast *toast;

  g_return_if_fail (PROV_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
prov_window_add_toast (ProvWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (PROV_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

gint64
prov_window_get_document_id (ProvWindow *self)
{
  g_return_val_if_fail (PROV_IS_WINDOW (self), 0);

  return prov_reader_view_get_document_id (self->reader_view);
}

static void
update_title (ProvWindow *self)
{
  gint64 id = prov_reader_view_get_document_id (self->reader_view);
  g_autoptr(ProvDocument) document = NULL;
  const char *title = NULL;

  if (id > 0 && self->store != NULL)
    document = prov_store_get_document_sync (self->store, id, NULL);
  if (document != NULL)
    title = prov_document_get_title (document);

  adw_window_title_set_subtitle (self->window_title, title != NULL ? title : "");
  gtk_window_set_title (GTK_WINDOW (self),
                        title != NULL && *title != '\0' ? title : _("Provenance"));
}

void
prov_window_show_document (ProvWindow *self,
                           gint64      document_id)
{
  g_return_if_fail (PROV_IS_WINDOW (self));

  prov_library_sidebar_select_document (self->library_sidebar, document_id);
  /* The selection drives the panes; set them too in case the library hides the document. */
  prov_reader_view_set_document_id (self->reader_view, document_id);
  prov_claims_panel_set_document_id (self->claims_panel, document_id);
  update_title (self);
}

static void
sidebar_selection_cb (ProvWindow *self)
{
  gint64 id = prov_library_sidebar_get_selected_document_id (self->library_sidebar);

  /* A multiple selection keeps the document shown; an empty one clears the panes. */
  if (id == 0)
    {
      g_autoptr(GArray) ids = prov_library_sidebar_get_selected_ids (self->library_sidebar);

      if (ids->len > 1)
        {
          _prov_window_update_actions (self);
          return;
        }
    }

  prov_reader_view_set_document_id (self->reader_view, id);
  prov_claims_panel_set_document_id (self->claims_panel, id);
  update_title (self);
  _prov_window_update_actions (self);
}

/* ---- importing ---------------------------------------------------------------------------- */

typedef struct
{
  ProvWindow *window;
  guint       total;
  guint       failed;
  gint64      last_document_id;
} ImportData;

static void
import_item_finished_cb (ProvImporter     *importer,
                         guint             index,
                         ProvImportResult *result,
                         ImportData       *data)
{
  if (result->error != NULL)
    {
      if (!g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          data->failed++;
          prov_window_show_toast (data->window, result->error->message);
        }
    }
  else if (result->document_id > 0)
    data->last_document_id = result->document_id;
}

static void
import_progress_cb (ProvImporter *importer,
                    guint         done,
                    guint         total,
                    ImportData   *data)
{
  g_autofree char *title = NULL;

  if (total < 2)
    return;

  /* Translators: progress of a batch import, e.g. "Adding 3 of 10…" */
  title = g_strdup_printf (_("Adding %u of %u…"), MIN (done + 1, total), total);
  gtk_label_set_label (data->window->progress_label, title);
  gtk_progress_bar_set_fraction (data->window->progress_bar, (double) done / total);
}

/* Shows the import bar while at least one import runs. */
static void
show_progress (ProvWindow *self,
               const char *label,
               gboolean    running)
{
  if (running)
    self->imports_running++;
  else if (self->imports_running > 0)
    self->imports_running--;
  if (label != NULL)
    gtk_label_set_label (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_spinner_set_spinning (self->progress_spinner, self->imports_running > 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->imports_running > 0);
}

static void
import_batch_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ImportData *data = user_data;
  ProvWindow *self = data->window;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = prov_importer_import_batch_finish (PROV_IMPORTER (object), result, &error);
  g_signal_handlers_disconnect_by_data (object, data);
  show_progress (self, NULL, FALSE);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    prov_window_show_toast (self, error->message);
  else if (data->last_document_id > 0)
    {
      guint added = data->total - data->failed;

      prov_window_show_document (self, data->last_document_id);
      if (data->total > 1)
        {
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u document",
                                          "Added %u documents", added), added);
          prov_window_show_toast (self, message);
        }
    }

  g_object_unref (self);
  g_free (data);
}

void
prov_window_import (ProvWindow         *self,
                    const char * const *sources)
{
  ImportData *data;

  g_return_if_fail (PROV_IS_WINDOW (self));
  g_return_if_fail (sources != NULL);

  if (sources[0] == NULL)
    return;
  if (self->importer == NULL)
    {
      prov_window_show_toast (self, _("Cannot add documents: the library is not open"));
      return;
    }

  data = g_new0 (ImportData, 1);
  data->window = g_object_ref (self);
  data->total = g_strv_length ((char **) sources);
  g_signal_connect (self->importer, "item-finished", G_CALLBACK (import_item_finished_cb), data);
  g_signal_connect (self->importer, "progress", G_CALLBACK (import_progress_cb), data);

  show_progress (self, data->total > 1 ? _("Adding documents…") : _("Adding the document…"),
                 TRUE);

  prov_importer_import_batch_async (self->importer, sources, self->cancellable,
                                    import_batch_cb, data);
}

typedef struct
{
  char *title;
  char *text;
} TextImport;

static void
text_import_free (TextImport *import)
{
  g_free (import->title);
  g_free (import->text);
  g_free (import);
}

static void
import_text_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ProvWindow *self = source_object;
  TextImport *import = task_data;
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *structure = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult added = { 0 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (import->text, strlen (import->text));

  /* Pasted text is read as a text file is: it is not Markdown, whatever it contains. */
  extraction = prov_importer_read_text (_("Pasted text"), bytes, &error);
  if (extraction != NULL)
    analysis = prov_analyzer_analyze (self->analyzer, extraction->text, -1, &error);
  if (analysis == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Pasted text has no address: its identity is its content. */
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, import->text, -1);
  uri = g_strdup_printf ("urn:provenance:text:%s", hash);
  structure = prov_extraction_structure_to_json (extraction);
  info.uri = uri;
  info.title = import->title != NULL && *import->title != '\0' ? import->title : extraction->title;
  /* Store the text as written (curly quotes, dashes); the analysis's normalised twin has the
   * same code points, so its offsets hold for it. */
  if (!prov_store_add_document_version_sync (self->store, &info, extraction->text, structure, NULL,
                                             NULL, NULL, analysis, &added, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_int (task, added.document_id);
}

static void
import_text_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ProvWindow *self = PROV_WINDOW (object);
  g_autoptr(GError) error = NULL;
  gint64 id = g_task_propagate_int (G_TASK (result), &error);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prov_window_show_toast (self, error->message);
      return;
    }
  prov_window_show_document (self, id);
}

void
_prov_window_import_text (ProvWindow *self,
                          const char *title,
                          const char *text)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *stripped = NULL;
  TextImport *import;

  g_return_if_fail (PROV_IS_WINDOW (self));

  if (self->store == NULL || self->analyzer == NULL)
    {
      prov_window_show_toast (self, _("Cannot add documents: the library is not open"));
      return;
    }
  if (text == NULL || *g_strstrip (stripped = g_strdup (text)) == '\0')
    {
      prov_window_show_toast (self, _("There is no text to add"));
      return;
    }

  import = g_new0 (TextImport, 1);
  import->title = g_strdup (title);
  import->text = g_strdup (text);
  task = g_task_new (self, self->cancellable, import_text_cb, NULL);
  g_task_set_source_tag (task, _prov_window_import_text);
  g_task_set_task_data (task, import, (GDestroyNotify) text_import_free);
  g_task_run_in_thread (task, import_text_thread);
}

/* ---- drag and drop ------------------------------------------------------------------------ */

static gboolean
drop_target_drop_cb (GtkDropTarget *target,
                     const GValue  *value,
                     double         x,
                     double         y,
                     ProvWindow    *self)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        {
          char *path = g_file_get_path (l->data);

          g_ptr_array_add (sources, path != NULL ? path : g_file_get_uri (l->data));
        }
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    {
      g_auto(GStrv) lines = g_strsplit_set (g_value_get_string (value), "\r\n", -1);

      /* Browsers drop a link as its address; anything else dropped is text to read. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (g_str_has_prefix (lines[i], "http://") || g_str_has_prefix (lines[i], "https://"))
            g_ptr_array_add (sources, g_strdup (lines[i]));
        }
      if (sources->len == 0)
        {
          _prov_window_import_text (self, NULL, g_value_get_string (value));
          return TRUE;
        }
    }

  if (sources->len == 0)
    return FALSE;

  g_ptr_array_add (sources, NULL);
  prov_window_import (self, (const char * const *) sources->pdata);
  return TRUE;
}

/* Below about 900 pixels the claims fold under the reader instead of beside it. */
static GtkOrientation
wanted_orientation (ProvWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  return width > 0 && width < 900 ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;
}

static gboolean
update_layout_idle_cb (gpointer user_data)
{
  ProvWindow *self = user_data;
  GtkOrientation orientation = wanted_orientation (self);

  self->layout_idle = 0;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->inner_paned)) == orientation)
    return G_SOURCE_REMOVE;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->inner_paned), orientation);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    gtk_paned_set_position (self->inner_paned,
                            MAX (200, gtk_widget_get_height (GTK_WIDGET (self)) * 3 / 5));
  else
    gtk_paned_set_position (self->inner_paned,
                            MAX (320, gtk_widget_get_width (GTK_WIDGET (self)) - 300 - 340));
  return G_SOURCE_REMOVE;
}

static void
prov_window_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  ProvWindow *self = PROV_WINDOW (widget);

  GTK_WIDGET_CLASS (prov_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Changing the layout while allocating would resize in the middle of it: do it next. */
  if (self->layout_idle == 0
      && gtk_orientable_get_orientation (GTK_ORIENTABLE (self->inner_paned))
         != wanted_orientation (self))
    self->layout_idle = g_idle_add (update_layout_idle_cb, self);
}

/* ---- state -------------------------------------------------------------------------------- */

static void
prov_window_save_state (ProvWindow *self)
{
  int width = 0;
  int height = 0;

  if (self->settings == NULL)
    return;

  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
prov_window_close_request (GtkWindow *window)
{
  prov_window_save_state (PROV_WINDOW (window));

  return GTK_WINDOW_CLASS (prov_window_parent_class)->close_request (window);
}

static void
prov_window_constructed (GObject *object)
{
  ProvWindow *self = PROV_WINDOW (object);

  G_OBJECT_CLASS (prov_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_object_set (self->library_sidebar, "settings", self->settings, NULL);
      prov_reader_view_set_settings (self->reader_view, self->settings);
    }

  if (self->store == NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      const GError *error = PROV_IS_APPLICATION (app)
                            ? prov_application_get_store_error (PROV_APPLICATION (app)) : NULL;

      adw_status_page_set_description (self->error_page,
                                       error != NULL ? error->message
                                                     : _("The library could not be opened."));
      gtk_stack_set_visible_child_name (self->main_stack, "error");
    }

  prov_library_sidebar_set_store (self->library_sidebar, self->store);
  prov_reader_view_set_store (self->reader_view, self->store);
  prov_claims_panel_set_store (self->claims_panel, self->store);
  g_object_bind_property (self->reader_view, "selected-claim-id",
                          self->claims_panel, "selected-claim-id",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->library_sidebar, "notify::selected-document-id",
                            G_CALLBACK (sidebar_selection_cb), self);
  g_signal_connect_swapped (self->claims_panel, "notify::can-undo",
                            G_CALLBACK (_prov_window_update_actions), self);

  /* Open on the first row of the library, so the window is never blank when the library is
   * not. */
  if (self->store != NULL && prov_library_sidebar_get_n_documents (self->library_sidebar) > 0)
    {
      g_autoptr(GArray) none = prov_library_sidebar_get_selected_ids (self->library_sidebar);
      gint64 first = prov_library_sidebar_get_first_document_id (self->library_sidebar);

      if (none->len == 0 && first != 0)
        prov_window_show_document (self, first);
    }

  _prov_window_update_actions (self);
}

static void
prov_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ProvWindow *self = PROV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_IMPORTER:
      g_value_set_object (value, self->importer);
      break;

    case PROP_ANALYZER:
      g_value_set_object (value, self->analyzer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ProvWindow *self = PROV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_IMPORTER:
      g_set_object (&self->importer, g_value_get_object (value));
      break;

    case PROP_ANALYZER:
      g_set_object (&self->analyzer, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_window_dispose (GObject *object)
{
  ProvWindow *self = PROV_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  if (self->library_sidebar != NULL)
    g_signal_handlers_disconnect_by_data (self->library_sidebar, self);
  if (self->claims_panel != NULL)
    g_signal_handlers_disconnect_by_data (self->claims_panel, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->importer);
  g_clear_object (&self->analyzer);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prov_window_parent_class)->dispose (object);
}

static void
prov_window_class_init (ProvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (PROV_TYPE_LIBRARY_SIDEBAR);
  g_type_ensure (PROV_TYPE_READER_VIEW);
  g_type_ensure (PROV_TYPE_CLAIMS_PANEL);

  object_class->constructed = prov_window_constructed;
  object_class->dispose = prov_window_dispose;
  object_class->get_property = prov_window_get_property;
  object_class->set_property = prov_window_set_property;
  widget_class->size_allocate = prov_window_size_allocate;
  window_class->close_request = prov_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTER] =
    g_param_spec_object ("importer", NULL, NULL,
                         PROV_TYPE_IMPORTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANALYZER] =
    g_param_spec_object ("analyzer", NULL, NULL,
                         PROV_TYPE_ANALYZER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, library_sidebar);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, reader_view);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, claims_panel);

  _prov_window_class_actions_init (widget_class);
}

static void
prov_window_init (ProvWindow *self)
{
  GtkDropTarget *drop_target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, types, G_N_ELEMENTS (types));
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}
