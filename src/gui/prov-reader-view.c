/* prov-reader-view.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is loaded in a worker thread (store query, structure parsing, layout of every
 * highlight: ProvReaderPage), then shown in one pass on the main thread: a fresh buffer gets
 * its text once and all its tags, and only then goes into the view. A reload of the same text
 * (a claim accepted or dismissed) re-tags the buffer in place, so the reading position stays.
 */
#define G_LOG_DOMAIN "prov-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-tags.h"
#include "prov-reader-view-private.h"

#define CSS_KEY "prov-reader-css"
/* Beyond this many changed highlights a reload swaps the whole buffer instead. */
#define MAX_RETAG 400

G_DEFINE_FINAL_TYPE (ProvReaderView, prov_reader_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DOCUMENT_ID,
  PROP_SELECTED_CLAIM_ID,
  PROP_SETTINGS,
  PROP_LOADING,
  N_PROPS
};

enum {
  LOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_prov_reader_view_notify_settings (ProvReaderView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

static void prov_reader_view_load (ProvReaderView *self);

void
_prov_reader_view_toast (ProvReaderView *self,
                         const char     *message)
{
  g_debug ("%s", message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

/* ---- selection of a claim ---- */

static void
mark_selected_claim (ProvReaderView *self,
                     gboolean        scroll)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTag *tag = prov_reader_tags_get (self->tags, PROV_READER_TAG_SELECTED);
  GtkTextIter start, end;
  int lo, hi;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  if (self->page == NULL ||
      !prov_reader_page_claim_range (self->page, self->selected_claim_id, &lo, &hi))
    return;

  /* The cue and the source stand out; a long content span would drown the page. */
  for (guint i = 0; i < self->page->spans->len; i++)
    {
      const ProvReaderSpan *span = &g_array_index (self->page->spans, ProvReaderSpan, i);

      if (span->claim_id != self->selected_claim_id || span->role == PROV_ROLE_CONTENT)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
    }

  if (scroll)
    {
      GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "selected-claim");

      gtk_text_buffer_get_iter_at_offset (buffer, &start, lo);
      if (mark == NULL)
        mark = gtk_text_buffer_create_mark (buffer, "selected-claim", &start, TRUE);
      else
        gtk_text_buffer_move_mark (buffer, mark, &start);
      gtk_text_view_scroll_to_mark (self->text_view, mark, 0.15, FALSE, 0, 0);
    }
}

static void
set_selected_claim (ProvReaderView *self,
                    gint64          claim_id,
                    gboolean        scroll)
{
  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  mark_selected_claim (self, scroll);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

gint64
prov_reader_view_activate_offset (ProvReaderView *self,
                                  gint64          offset)
{
  const ProvReaderSpan *span;

  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  if (self->page == NULL)
    return 0;
  span = prov_reader_page_span_at (self->page,
                                   prov_reader_page_to_buffer (self->page, offset, FALSE),
                                   self->shown_kinds);
  if (span == NULL || span->claim_id == 0)
    return 0;
  set_selected_claim (self, span->claim_id, FALSE);
  return span->claim_id;
}

/* ---- loading ---- */

/* What the worker needs to know of the look, and what it hands back. */
typedef struct
{
  gint64          document_id;
  gboolean        dark;
  guint           shown_kinds;
  double          scale;
} LoadData;

typedef struct
{
  ProvReaderPage *page;
  GtkTextBuffer  *buffer;
  LoadData        style;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->page, prov_reader_page_free);
  g_clear_object (&result->buffer);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* The worker loads the document, lays it out and fills a buffer of its own (with a tag table
 * of its own, styled as the reader is): a buffer no widget has seen yet is plain data, so the
 * main thread only swaps it in. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ProvStore *store = source_object;
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkTextTagTable) table = NULL;
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  ProvDocumentContents *contents;
  GPtrArray *orphans = NULL;
  GtkTextIter start;
  gint64 started = g_get_monotonic_time ();
  gint64 loaded, laid_out;

  contents = prov_store_load_document_sync (store, data->document_id, 0, &error);
  if (contents == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  loaded = g_get_monotonic_time ();
  if (prov_document_get_version_count (contents->document) > 1)
    {
      orphans = prov_store_list_orphans_sync (store, data->document_id, &error);
      if (orphans == NULL)
        g_debug ("Cannot list the orphans of document %" G_GINT64_FORMAT ": %s",
                 data->document_id, error->message);
    }
  result->page = prov_reader_page_new (contents, orphans);
  laid_out = g_get_monotonic_time ();
  if (g_task_return_error_if_cancelled (task))
    return;

  table = prov_reader_tags_new_table ();
  prov_reader_tags_style (table, data->dark, data->shown_kinds, data->scale);
  result->style = *data;
  result->buffer = gtk_text_buffer_new (table);
  prov_reader_page_fill (result->page, result->buffer);
  gtk_text_buffer_get_start_iter (result->buffer, &start);
  gtk_text_buffer_place_cursor (result->buffer, &start);
  g_debug ("Document %" G_GINT64_FORMAT ": %.1f ms in the store, %.1f ms laying out, "
           "%.1f ms filling the buffer", data->document_id, (loaded - started) / 1000.0,
           (laid_out - loaded) / 1000.0, (g_get_monotonic_time () - laid_out) / 1000.0);
  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) load_result_free);
}

static void
set_loading (ProvReaderView *self,
             gboolean        loading)
{
  if ((self->load_cancellable != NULL) == loading)
    return;
  if (!loading)
    g_clear_object (&self->load_cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_page (ProvReaderView *self,
           LoadResult     *result)
{
  ProvReaderPage *page = g_steal_pointer (&result->page);
  g_autoptr(GtkTextBuffer) buffer = g_steal_pointer (&result->buffer);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  gboolean same_text = self->page != NULL &&
                       prov_document_get_id (self->page->contents->document) ==
                       prov_document_get_id (page->contents->document) &&
                       g_strcmp0 (self->page->text, page->text) == 0;

  /* Same words (a claim accepted, dismissed or made): re-tag what changed in place, so the
   * reading position and the text selection stay. */
  if (same_text)
    same_text = prov_reader_page_retag (page, self->page,
                                        gtk_text_view_get_buffer (self->text_view),
                                        MAX_RETAG);
  g_clear_pointer (&self->page, prov_reader_page_free);
  self->page = page;

  if (!same_text)
    {
      /* The look changed while the worker filled the buffer: restyle it before it shows. */
      if (result->style.dark != self->dark || result->style.shown_kinds != self->shown_kinds ||
          !G_APPROX_VALUE (result->style.scale, self->font_scale, 0.001))
        prov_reader_tags_style (table, self->dark, self->shown_kinds, self->font_scale);
      g_set_object (&self->tags, table);
      gtk_text_view_set_buffer (self->text_view, buffer);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }

  prov_profile_bar_set_profile (self->profile_bar, &page->profile);
  _prov_reader_view_update_banner (self);
  mark_selected_claim (self, !same_text);
  gtk_stack_set_visible_child_name (self->stack, "document");
  _prov_reader_view_update_actions (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(ProvReaderView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadResult) loaded = NULL;
  guint n_spans;
  gint64 shown;

  loaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->load_cancellable)
    return;

  if (loaded == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot show the document: %s"),
                                                  error->message);

      g_clear_pointer (&self->page, prov_reader_page_free);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      _prov_reader_view_update_actions (self);
      set_loading (self, FALSE);
      _prov_reader_view_toast (self, message);
      return;
    }

  shown = g_get_monotonic_time ();
  n_spans = loaded->page->spans->len;
  show_page (self, loaded);
  self->last_load_us = g_get_monotonic_time () - self->load_started;
  g_debug ("Document %" G_GINT64_FORMAT " shown in %.1f ms (%u highlights; %.1f ms of it "
           "on the main thread)", self->document_id, self->last_load_us / 1000.0,
           n_spans, (g_get_monotonic_time () - shown) / 1000.0);
  set_loading (self, FALSE);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
prov_reader_view_load (ProvReaderView *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  if (self->store == NULL || self->document_id == 0)
    {
      g_clear_pointer (&self->page, prov_reader_page_free);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      _prov_reader_view_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  self->load_cancellable = g_cancellable_new ();
  data = g_new0 (LoadData, 1);
  data->document_id = self->document_id;
  data->dark = self->dark;
  data->shown_kinds = self->shown_kinds;
  data->scale = self->font_scale;
  task = g_task_new (self->store, self->load_cancellable, load_cb, g_object_ref (self));
  g_task_set_source_tag (task, prov_reader_view_load);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, load_thread);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
reload_cb (gpointer user_data)
{
  ProvReaderView *self = user_data;

  self->reload_source = 0;
  prov_reader_view_load (self);
  return G_SOURCE_REMOVE;
}

static void
store_document_changed_cb (ProvStore      *store,
                           gint64          document_id,
                           ProvReaderView *self)
{
  if (self->document_id == 0 || (document_id != 0 && document_id != self->document_id))
    return;
  /* Coalesce a burst of changes into one reload. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT, reload_cb, self, NULL);
}

/* ---- properties ---- */

ProvStore *
prov_reader_view_get_store (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), NULL);

  return self->store;
}

void
prov_reader_view_set_store (ProvReaderView *self,
                            ProvStore      *store)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_document_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "document-changed",
                             G_CALLBACK (store_document_changed_cb), self, 0);
  g_clear_pointer (&self->page, prov_reader_page_free);
  prov_reader_view_load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
prov_reader_view_get_document_id (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->document_id;
}

void
prov_reader_view_set_document_id (ProvReaderView *self,
                                  gint64          document_id)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));

  if (self->document_id == document_id)
    return;

  self->document_id = document_id;
  self->load_started = g_get_monotonic_time ();
  prov_reader_view_load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

gint64
prov_reader_view_get_selected_claim_id (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->selected_claim_id;
}

void
prov_reader_view_set_selected_claim_id (ProvReaderView *self,
                                        gint64          claim_id)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));

  set_selected_claim (self, claim_id, TRUE);
}

gboolean
prov_reader_view_get_loading (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), FALSE);

  return self->load_cancellable != NULL;
}

int
prov_reader_view_to_buffer_offset (ProvReaderView *self,
                                   gint64          offset)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), -1);

  if (self->page == NULL)
    return -1;
  return prov_reader_page_to_buffer (self->page, offset, FALSE);
}

void
prov_reader_view_select_range (ProvReaderView *self,
                               gint64          start,
                               gint64          end)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;

  g_return_if_fail (PROV_IS_READER_VIEW (self));

  if (self->page == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, prov_reader_page_to_buffer (self->page,
                                                                              start, FALSE));
  gtk_text_buffer_get_iter_at_offset (buffer, &b, prov_reader_page_to_buffer (self->page,
                                                                              end, TRUE));
  gtk_text_buffer_select_range (buffer, &a, &b);
}

GtkTextView *
prov_reader_view_get_text_view (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), NULL);

  return self->text_view;
}

ProvProfileBar *
prov_reader_view_get_profile_bar (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), NULL);

  return self->profile_bar;
}

gint64
prov_reader_view_get_last_load_time (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->last_load_us;
}

static void
prov_reader_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, prov_reader_view_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_reader_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_reader_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_DOCUMENT_ID:
      prov_reader_view_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_SELECTED_CLAIM_ID:
      prov_reader_view_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    case PROP_SETTINGS:
      prov_reader_view_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_reader_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (prov_reader_view_parent_class)->map (widget);

  _prov_reader_view_update_measure (PROV_READER_VIEW (widget));
}

static void
prov_reader_view_dispose (GObject *object)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->kinds_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->kinds_popover));
  self->kinds_popover = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_READER_VIEW);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_document_changed_cb, self);
  g_clear_object (&self->store);
  _prov_reader_view_dispose_style (self);
  g_clear_pointer (&self->page, prov_reader_page_free);
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (prov_reader_view_parent_class)->dispose (object);
}

static void
prov_reader_view_class_init (ProvReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PROV_TYPE_PROFILE_BAR);

  object_class->dispose = prov_reader_view_dispose;
  object_class->get_property = prov_reader_view_get_property;
  object_class->set_property = prov_reader_view_set_property;
  widget_class->map = prov_reader_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The document is shown with all its highlights (after a switch or a reload). */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-reader-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, stack);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, error_page);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, orphans_button);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, banner_close_button);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, orphans_list);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, toolbar_clamp);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, profile_bar);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, legend);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, scroller);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, clamp);
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, text_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _prov_reader_view_class_init_actions (widget_class);
}

static void
load_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  /* Once per display, kept by the display itself. */
  if (g_object_get_data (G_OBJECT (display), CSS_KEY) != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/provenance/Provenance/prov-reader.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), CSS_KEY, g_steal_pointer (&provider),
                          g_object_unref);
}

static void
prov_reader_view_init (ProvReaderView *self)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  load_css (GTK_WIDGET (self));

  self->shown_kinds = (1u << PROV_N_KINDS) - 1;
  self->font_scale = 1.0;
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  self->tags = prov_reader_tags_new_table ();
  prov_reader_tags_style (self->tags, self->dark, self->shown_kinds, self->font_scale);
  buffer = gtk_text_buffer_new (self->tags);
  gtk_text_view_set_buffer (self->text_view, buffer);

  _prov_reader_view_init_style (self);
  _prov_reader_view_init_banner (self);
  _prov_reader_view_init_pointer (self);
  _prov_reader_view_update_actions (self);
}
