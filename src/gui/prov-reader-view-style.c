/* prov-reader-view-style.c — the reader's look: palette (light, dark), text scale, measure,
 * the legend of kinds and the settings behind them
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-tags.h"
#include "prov-reader-view-private.h"

#define ALL_KINDS ((1u << PROV_N_KINDS) - 1)
/* The measure: about 70 characters of body text per line. */
#define MEASURE_SAMPLE "The harbour expansion will be delayed by at least a year, two official"

/* ---- look: palette, scale, measure ---- */

void
_prov_reader_view_update_measure (ProvReaderView *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *family = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  int width = 0;

  /* The sample as the text view sets it: its font, the body family (a list, resolved the way
   * tags resolve it) and the body scale. */
  g_object_get (prov_reader_tags_get (self->tags, PROV_READER_TAG_BODY), "family", &family, NULL);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->text_view), MEASURE_SAMPLE);
  if (family != NULL)
    pango_attr_list_insert (attrs, pango_attr_family_new (family));
  pango_attr_list_insert (attrs, pango_attr_scale_new (self->font_scale));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);

  width += gtk_text_view_get_left_margin (self->text_view) +
           gtk_text_view_get_right_margin (self->text_view);
  width = MAX (width, 360);
  adw_clamp_scrollable_set_maximum_size (self->clamp, width);
  adw_clamp_scrollable_set_tightening_threshold (self->clamp, width);
  /* The legend needs about 580 pixels in one row. */
  adw_clamp_set_maximum_size (self->toolbar_clamp, MAX (width, 580));
  adw_clamp_set_tightening_threshold (self->toolbar_clamp, MAX (width, 580));
}

static void
restyle (ProvReaderView *self)
{
  prov_reader_tags_style (self->tags, self->dark, self->shown_kinds, self->font_scale);
  for (guint k = 0; k < PROV_N_KINDS; k++)
    gtk_widget_queue_draw (gtk_widget_get_first_child (
      gtk_button_get_child (GTK_BUTTON (self->legend_toggles[k]))));
}

static void
style_dark_changed_cb (ProvReaderView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark == self->dark)
    return;
  self->dark = dark;
  restyle (self);
}

static void
set_font_scale (ProvReaderView *self,
                double          scale)
{
  scale = CLAMP (scale, 0.5, 3.0);
  if (G_APPROX_VALUE (scale, self->font_scale, 0.001))
    return;
  self->font_scale = scale;
  g_object_set (prov_reader_tags_get (self->tags, PROV_READER_TAG_BODY), "scale", scale, NULL);
  _prov_reader_view_update_measure (self);
}

/* ---- legend ---- */

static void
apply_shown_kinds (ProvReaderView *self,
                   guint           shown)
{
  shown &= ALL_KINDS;
  if (shown == self->shown_kinds)
    return;
  self->shown_kinds = shown;

  self->updating_legend = TRUE;
  for (guint k = 0; k < PROV_N_KINDS; k++)
    gtk_toggle_button_set_active (self->legend_toggles[k], (shown & (1u << k)) != 0);
  self->updating_legend = FALSE;

  prov_reader_tags_style (self->tags, self->dark, self->shown_kinds, self->font_scale);
}

static guint
shown_kinds_from_settings (GSettings *settings)
{
  g_auto(GStrv) names = g_settings_get_strv (settings, "shown-kinds");
  guint shown = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      ProvKind kind;

      if (prov_kind_from_string (names[i], &kind))
        shown |= 1u << kind;
    }
  return shown;
}

void
prov_reader_view_set_kind_shown (ProvReaderView *self,
                                 ProvKind        kind,
                                 gboolean        shown)
{
  guint mask;

  g_return_if_fail (PROV_IS_READER_VIEW (self));
  g_return_if_fail (kind < PROV_N_KINDS);

  mask = shown ? self->shown_kinds | (1u << kind) : self->shown_kinds & ~(1u << kind);
  if (self->settings != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;

      for (guint k = 0; k < PROV_N_KINDS; k++)
        if (mask & (1u << k))
          g_strv_builder_add (builder, prov_kind_to_string (k));
      names = g_strv_builder_end (builder);
      g_settings_set_strv (self->settings, "shown-kinds", (const char * const *) names);
    }
  /* The settings' changed signal may come later (delayed backends): apply now either way. */
  apply_shown_kinds (self, mask);
}

guint
prov_reader_view_get_shown_kinds (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->shown_kinds;
}

static void
legend_toggled_cb (GtkToggleButton *button,
                   ProvReaderView  *self)
{
  ProvKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "prov-kind"));

  if (self->updating_legend)
    return;
  prov_reader_view_set_kind_shown (self, kind, gtk_toggle_button_get_active (button));
}

static void
swatch_draw (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  ProvKind kind = GPOINTER_TO_UINT (user_data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA rgba;
  double r = MIN (width, height) / 2.0;

  prov_reader_kind_color (kind, dark, &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, r, 0, 2 * G_PI);
  cairo_fill (cr);
}

void
_prov_reader_view_init_style (ProvReaderView *self)
{
  static const char * const short_labels[PROV_N_KINDS] = {
    N_("Named"), N_("Anonymous"), N_("Hearsay"), N_("Hedges"), N_("Quotes"),
  };
  static const char * const tooltips[PROV_N_KINDS] = {
    N_("Show or hide named sources (underlined)"),
    N_("Show or hide anonymous sources (double underline)"),
    N_("Show or hide hearsay (wavy underline)"),
    N_("Show or hide hedges (italic)"),
    N_("Show or hide quotes (bold)"),
  };

  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(short_labels[k]));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 10);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 10);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw,
                                      GUINT_TO_POINTER (k), NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (swatch, "reader-legend-swatch");
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_widget_set_tooltip_text (button, _(tooltips[k]));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, prov_kind_to_string (k));
      g_object_set_data (G_OBJECT (button), "prov-kind", GUINT_TO_POINTER (k));
      g_signal_connect (button, "toggled", G_CALLBACK (legend_toggled_cb), self);
      gtk_flow_box_append (self->legend, button);
      /* The toggle takes the focus, not the flow box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->legend_toggles[k] = GTK_TOGGLE_BUTTON (button);
    }
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ---- settings ---- */

static void
settings_changed_cb (GSettings      *settings,
                     const char     *key,
                     ProvReaderView *self)
{
  if (key == NULL || g_str_equal (key, "reader-font-scale"))
    set_font_scale (self, g_settings_get_double (settings, "reader-font-scale"));
  if (key == NULL || g_str_equal (key, "shown-kinds"))
    apply_shown_kinds (self, shown_kinds_from_settings (settings));
}

GSettings *
prov_reader_view_get_settings (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), NULL);

  return self->settings;
}

void
prov_reader_view_set_settings (ProvReaderView *self,
                               GSettings      *settings)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, settings_changed_cb, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    {
      g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self, 0);
      settings_changed_cb (settings, NULL, self);
    }
  _prov_reader_view_notify_settings (self);
}

void
_prov_reader_view_dispose_style (ProvReaderView *self)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, settings_changed_cb, self);
  g_clear_object (&self->settings);
}
