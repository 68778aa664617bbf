/* prov-reader-view-actions.c — the reader's pointer and keyboard: clicks, links, tooltips and
 * making a claim from the selection
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Making a claim: select words, press h. A small popover asks for the kind, with "Named
 * source" focused, so h then Enter makes the common case, and 1–5 pick a kind at once (the
 * order of the legend). The selection (trimmed of white space) becomes the claim's cue; the
 * claim is stored as the reader's own (origin user, accepted, F6, unreviewed), then selected,
 * so the claims panel opens it for the source and the rating. An analyst classifies what they
 * mark: a kindless "highlight" would have to be classified later anyway.
 */
#define G_LOG_DOMAIN "prov-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-tags.h"
#include "prov-reader-view-private.h"

/* Pixels the pointer may move between press and release for a click. */
#define CLICK_SLOP 4.0

typedef struct
{
  gint64         document_id;
  ProvClaimSpans spans;
} ClaimData;

/* ---- hit testing ---- */

static gboolean
offset_at_point (ProvReaderView *self,
                 double          x,
                 double          y,
                 int            *offset)
{
  GtkTextIter iter;
  int bx, by;

  if (self->page == NULL)
    return FALSE;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return FALSE;
  /* get_iter_at_location () is FALSE past the end of a line; a line's end is no character. */
  if (gtk_text_iter_ends_line (&iter))
    return FALSE;
  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static void
text_view_clicked (ProvReaderView  *self,
                   double           x,
                   double           y,
                   GdkModifierType  state)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ProvReaderSpan *span;
  const char *href;
  int offset;

  if (gtk_text_buffer_get_has_selection (buffer) || !offset_at_point (self, x, y, &offset))
    return;

  span = prov_reader_page_span_at (self->page, offset, self->shown_kinds);
  href = prov_reader_page_link_at (self->page, offset);
  /* Over a highlight, a click selects its claim; Ctrl+click still follows a link there. */
  if (href != NULL && (span == NULL || span->claim_id == 0 || (state & GDK_CONTROL_MASK)))
    {
      gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), href,
                    GDK_CURRENT_TIME);
      return;
    }
  if (span != NULL && span->claim_id != 0)
    prov_reader_view_activate_offset (self, prov_reader_page_to_document (self->page, offset));
}

/* A legacy controller in the capture phase: the text view's own click gesture claims every
 * press (for the selection), which would cancel a GtkGestureClick of ours. */
static gboolean
text_view_event_cb (GtkEventControllerLegacy *controller,
                    GdkEvent                 *event,
                    ProvReaderView           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  GtkNative *native;
  double x, y, nx, ny;
  double *press;


  if ((type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE) ||
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;

  native = gtk_widget_get_native (GTK_WIDGET (self->text_view));
  if (native == NULL || !gdk_event_get_position (event, &x, &y))
    return GDK_EVENT_PROPAGATE;
  gtk_native_get_surface_transform (native, &nx, &ny);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (native), GTK_WIDGET (self->text_view),
                                         x - nx, y - ny, &x, &y))
    return GDK_EVENT_PROPAGATE;

  press = g_object_get_data (G_OBJECT (controller), "prov-press");
  if (type == GDK_BUTTON_PRESS)
    {
      press[0] = x;
      press[1] = y;
      press[2] = 1;
    }
  else if (press[2] != 0 && ABS (x - press[0]) <= CLICK_SLOP && ABS (y - press[1]) <= CLICK_SLOP)
    {
      press[2] = 0;
      text_view_clicked (self, x, y, gdk_event_get_modifier_state (event));
    }
  return GDK_EVENT_PROPAGATE;
}

static void
text_view_motion_cb (GtkEventControllerMotion *controller,
                     double                    x,
                     double                    y,
                     ProvReaderView           *self)
{
  const char *name = "text";
  int offset;
  if (offset_at_point (self, x, y, &offset) &&
      (prov_reader_page_link_at (self->page, offset) != NULL ||
       prov_reader_page_span_at (self->page, offset, self->shown_kinds) != NULL))
    name = "pointer";
  if (g_strcmp0 (name, self->cursor_name) == 0)
    return;
  self->cursor_name = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), name);
}

static gboolean
text_view_query_tooltip_cb (GtkWidget      *widget,
                            int             x,
                            int             y,
                            gboolean        keyboard_mode,
                            GtkTooltip     *tooltip,
                            ProvReaderView *self)
{
  const ProvReaderSpan *span;
  g_autofree char *text = NULL;
  const char *href;
  GdkRectangle rect;
  GtkTextIter iter;
  int offset;

  if (self->page == NULL)
    return FALSE;
  if (keyboard_mode)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
      offset = gtk_text_iter_get_offset (&iter);
    }
  else if (!offset_at_point (self, x, y, &offset))
    return FALSE;

  span = prov_reader_page_span_at (self->page, offset, self->shown_kinds);
  href = prov_reader_page_link_at (self->page, offset);
  if (span != NULL)
    text = prov_reader_page_describe (self->page, span);
  else if (href != NULL)
    text = g_strdup (href);
  else
    return FALSE;

  /* The tip belongs to this character: moving to the next one asks again. */
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->text_view), &iter, offset);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &rect.x, &rect.y);
  gtk_tooltip_set_tip_area (tooltip, &rect);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_prov_reader_view_init_pointer (ProvReaderView *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_object_set_data_full (G_OBJECT (legacy), "prov-press", g_new0 (double, 3), g_free);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (text_view_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), legacy);

  g_signal_connect (motion, "motion", G_CALLBACK (text_view_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), motion);

  g_signal_connect (self->text_view, "query-tooltip",
                    G_CALLBACK (text_view_query_tooltip_cb), self);
}

/* ---- making a claim ---- */

/* The selection, trimmed of white space and clipped to the document, in document offsets. */
static gboolean
selection_span (ProvReaderView *self,
                ProvSpan       *span)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter a, b;

  if (self->page == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;
  if (gtk_text_iter_get_offset (&a) < self->page->body_start)
    gtk_text_iter_set_offset (&a, self->page->body_start);
  while (gtk_text_iter_compare (&a, &b) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&a)))
    gtk_text_iter_forward_char (&a);
  while (gtk_text_iter_compare (&a, &b) < 0)
    {
      GtkTextIter before = b;

      gtk_text_iter_backward_char (&before);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&before)))
        break;
      b = before;
    }
  if (gtk_text_iter_compare (&a, &b) >= 0)
    return FALSE;

  span->start = prov_reader_page_to_document (self->page, gtk_text_iter_get_offset (&a));
  span->end = prov_reader_page_to_document (self->page, gtk_text_iter_get_offset (&b));
  return span->end > span->start;
}

static void
add_claim_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ClaimData *data = task_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = prov_store_add_claim_sync (PROV_STORE (source_object), data->document_id, &data->spans,
                                  &error);
  if (id == 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_memdup2 (&id, sizeof id), g_free);
}

static void
add_claim_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ProvReaderView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *id = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (id == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot make the claim: %s"),
                                                  error->message);

      _prov_reader_view_toast (self, message);
      return;
    }
  /* The store's document-changed reloads the page, which then marks the new claim. */
  prov_reader_view_set_selected_claim_id (self, *id);
}

static void
add_claim_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ProvReaderView *self = PROV_READER_VIEW (widget);
  g_autoptr(GTask) task = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  ClaimData *data;
  ProvSpan span;
  ProvKind kind;

  if (self->kinds_popover != NULL)
    gtk_popover_popdown (self->kinds_popover);
  if (self->store == NULL || self->page == NULL)
    return;
  if (!prov_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    {
      g_warning ("Unknown claim kind “%s”", g_variant_get_string (parameter, NULL));
      return;
    }
  if (!selection_span (self, &span))
    {
      _prov_reader_view_toast (self, _("Select the words of the claim first"));
      return;
    }

  data = g_new0 (ClaimData, 1);
  data->document_id = self->document_id;
  data->spans.kind = kind;
  data->spans.cue = span;
  data->spans.source = PROV_SPAN_NONE;
  data->spans.content = PROV_SPAN_NONE;

  /* The new highlight shows once the selection is gone. */
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &cursor,
                                      prov_reader_page_to_buffer (self->page, span.end, TRUE));
  gtk_text_buffer_select_range (buffer, &cursor, &cursor);

  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();
  task = g_task_new (self->store, self->cancellable, add_claim_cb, g_object_ref (self));
  g_task_set_source_tag (task, add_claim_action);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, add_claim_thread);
}

static gboolean
kinds_popover_key_pressed_cb (GtkEventControllerKey *controller,
                              guint                  keyval,
                              guint                  keycode,
                              GdkModifierType        state,
                              ProvReaderView        *self)
{
  guint kind;

  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5)
    kind = keyval - GDK_KEY_1;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_5)
    kind = keyval - GDK_KEY_KP_1;
  else
    return GDK_EVENT_PROPAGATE;

  gtk_widget_activate_action (GTK_WIDGET (self), "reader.add-claim", "s",
                              prov_kind_to_string (kind));
  return GDK_EVENT_STOP;
}

static void
kind_swatch_draw (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  GdkRGBA rgba;

  prov_reader_kind_color (GPOINTER_TO_UINT (user_data),
                          adw_style_manager_get_dark (adw_style_manager_get_default ()), &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GtkPopover *
build_kinds_popover (ProvReaderView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (_("Make a Claim"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_add_css_class (popover, "reader-claim-kinds");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_margin_start (title, 10);
  gtk_widget_set_margin_bottom (title, 4);
  gtk_box_append (GTK_BOX (box), title);

  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (prov_reader_kind_label (k));
      g_autofree char *number = g_strdup_printf ("%u", k + 1);
      GtkWidget *accel = gtk_label_new (number);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 10);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 10);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), kind_swatch_draw,
                                      GUINT_TO_POINTER (k), NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (accel, "accel");
      gtk_box_append (GTK_BOX (row), swatch);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), accel);
      gtk_button_set_child (GTK_BUTTON (button), row);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "reader.add-claim");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", prov_kind_to_string (k));
      gtk_box_append (GTK_BOX (box), button);
    }

  g_signal_connect (keys, "key-pressed", G_CALLBACK (kinds_popover_key_pressed_cb), self);
  gtk_widget_add_controller (popover, keys);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (popover, GTK_WIDGET (self->text_view));
  return GTK_POPOVER (popover);
}

static void
make_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ProvReaderView *self = PROV_READER_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  GdkRectangle first, last, area;
  GtkWidget *button;
  ProvSpan span;

  if (self->page == NULL)
    return;
  if (!selection_span (self, &span))
    {
      _prov_reader_view_toast (self, _("Select the words of the claim first, then press H"));
      return;
    }
  if (self->kinds_popover == NULL)
    self->kinds_popover = build_kinds_popover (self);

  /* Point at the selection: its first line, or its last when it starts off screen. */
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_view_get_iter_location (self->text_view, &start, &first);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);
  area = first;
  if (last.y == first.y)
    area.width = MAX (1, last.x - first.x);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         area.x, area.y, &area.x, &area.y);
  if (area.y < 0)
    {
      area = last;
      gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                             area.x, area.y, &area.x, &area.y);
    }
  gtk_popover_set_pointing_to (self->kinds_popover, &area);
  gtk_popover_popup (self->kinds_popover);

  /* Enter makes a named claim: the first kind has the focus. */
  button = gtk_widget_get_next_sibling (gtk_widget_get_first_child (
    gtk_popover_get_child (self->kinds_popover)));
  gtk_widget_grab_focus (button);
}

void
_prov_reader_view_update_actions (ProvReaderView *self)
{
  gboolean shown = self->page != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.make-claim", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.add-claim", shown);
}

void
_prov_reader_view_class_init_actions (GtkWidgetClass *widget_class)
{
  /* Asks for a kind, then makes a claim of the selection. */
  gtk_widget_class_install_action (widget_class, "reader.make-claim", NULL, make_claim_action);
  /* Makes a claim of the given kind ("named", …) from the selection at once. */
  gtk_widget_class_install_action (widget_class, "reader.add-claim", "s", add_claim_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, 0, "reader.make-claim", NULL);
}
