/* prov-kind-counts.c — a row's claim counts per kind: a coloured dot and a number for each kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library list shows one of these in every row, and a jump across a 100,000-document list
 * rebinds a screenful of rows in one frame. As a box of five badges of two labels each it cost
 * a third of that frame; drawn as one Pango layout it costs about what one label does. The
 * tooltip still names the kind under the pointer.
 */
#define G_LOG_DOMAIN "prov-kind-counts"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "prov-kind-counts.h"
#include "prov-reader-tags.h"

/* between a dot and its number, and between one kind and the next */
#define DOT_GAP  " "
#define KIND_GAP "\u2002\u2009"

struct _ProvKindCounts
{
  GtkWidget    parent_instance;

  guint        counts[PROV_N_KINDS];
  char        *summary;
  PangoLayout *layout;                  /* NULL until measured, and after a style change */
  int          starts[PROV_N_KINDS];    /* byte range of each kind in the layout's text */
  int          ends[PROV_N_KINDS];
};

G_DEFINE_FINAL_TYPE (ProvKindCounts, prov_kind_counts, GTK_TYPE_WIDGET)

GtkWidget *
prov_kind_counts_new (void)
{
  return g_object_new (PROV_TYPE_KIND_COUNTS, NULL);
}

/* Names @n claims of @kind for people ("named sources", "hedge"). */
static const char *
kind_name (ProvKind kind,
           guint    n)
{
  switch (kind)
    {
    case PROV_KIND_NAMED:
      return g_dngettext (GETTEXT_PACKAGE, "named source", "named sources", n);
    case PROV_KIND_ANONYMOUS:
      return g_dngettext (GETTEXT_PACKAGE, "anonymous source", "anonymous sources", n);
    case PROV_KIND_HEARSAY:
      return g_dngettext (GETTEXT_PACKAGE, "hearsay", "hearsay", n);
    case PROV_KIND_HEDGE:
      return g_dngettext (GETTEXT_PACKAGE, "hedge", "hedges", n);
    case PROV_KIND_QUOTE:
    case PROV_N_KINDS:
    default:
      return g_dngettext (GETTEXT_PACKAGE, "quote", "quotes", n);
    }
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
add_color (PangoAttrList *attrs,
           ProvKind       kind,
           gboolean       dark,
           int            start,
           int            end)
{
  PangoAttribute *attr;
  GdkRGBA rgba;

  prov_reader_kind_color (kind, dark, &rgba);
  attr = pango_attr_foreground_new ((guint16) (rgba.red * 65535), (guint16) (rgba.green * 65535),
                                    (guint16) (rgba.blue * 65535));
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (attrs, attr);
}

/* Returns the layout of the counts, built on first use in the widget's current font. */
static PangoLayout *
ensure_layout (ProvKindCounts *self)
{
  g_autoptr(GString) text = NULL;
  PangoAttrList *attrs;
  gboolean dark;

  if (self->layout != NULL)
    return self->layout;

  text = g_string_new (NULL);
  attrs = pango_attr_list_new ();
  dark = is_dark ();
  /* figures of one width, so that the rows' counts line up */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  for (guint kind = 0; kind < PROV_N_KINDS; kind++)
    {
      self->starts[kind] = self->ends[kind] = -1;
      if (self->counts[kind] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, KIND_GAP);
      self->starts[kind] = (int) text->len;
      g_string_append (text, "●");
      add_color (attrs, kind, dark, self->starts[kind], (int) text->len);
      g_string_append_printf (text, DOT_GAP "%u", self->counts[kind]);
      self->ends[kind] = (int) text->len;
    }

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text->str);
  pango_layout_set_attributes (self->layout, attrs);
  pango_attr_list_unref (attrs);
  return self->layout;
}

static void
drop_layout (ProvKindCounts *self)
{
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
prov_kind_counts_set_counts (ProvKindCounts *self,
                             const guint    *counts)
{
  g_autoptr(GString) summary = NULL;

  g_return_if_fail (PROV_IS_KIND_COUNTS (self));
  g_return_if_fail (counts != NULL);

  if (memcmp (self->counts, counts, sizeof self->counts) == 0 && self->summary != NULL)
    return;
  memcpy (self->counts, counts, sizeof self->counts);

  summary = g_string_new (NULL);
  for (guint kind = 0; kind < PROV_N_KINDS; kind++)
    {
      if (counts[kind] == 0)
        continue;
      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append_printf (summary, "%u %s", counts[kind],
                              kind_name (kind, counts[kind]));
    }
  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self), *self->summary != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  -1);
  drop_layout (self);
}

guint
prov_kind_counts_get_count (ProvKindCounts *self,
                            ProvKind        kind)
{
  g_return_val_if_fail (PROV_IS_KIND_COUNTS (self), 0);
  g_return_val_if_fail (kind < PROV_N_KINDS, 0);

  return self->counts[kind];
}

const char *
prov_kind_counts_get_summary (ProvKindCounts *self)
{
  g_return_val_if_fail (PROV_IS_KIND_COUNTS (self), NULL);

  return self->summary != NULL ? self->summary : "";
}

ProvKind
prov_kind_counts_kind_at (ProvKindCounts *self,
                          double          x)
{
  PangoLayout *layout;

  g_return_val_if_fail (PROV_IS_KIND_COUNTS (self), PROV_N_KINDS);

  layout = ensure_layout (self);
  for (guint kind = 0; kind < PROV_N_KINDS; kind++)
    {
      PangoRectangle first, last;
      double left, right;

      if (self->starts[kind] < 0)
        continue;
      /* the dot's left edge to the last figure's right edge (either way round in RTL) */
      pango_layout_index_to_pos (layout, self->starts[kind], &first);
      pango_layout_index_to_pos (layout, self->ends[kind] - 1, &last);
      left = MIN (first.x, last.x) / (double) PANGO_SCALE;
      right = MAX (first.x + first.width, last.x + last.width) / (double) PANGO_SCALE;
      if (x >= left && x < right)
        return kind;
    }
  return PROV_N_KINDS;
}

static gboolean
prov_kind_counts_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  ProvKindCounts *self = PROV_KIND_COUNTS (widget);
  ProvKind kind;
  g_autofree char *text = NULL;

  if (keyboard_tooltip)
    {
      gtk_tooltip_set_text (tooltip, prov_kind_counts_get_summary (self));
      return *prov_kind_counts_get_summary (self) != '\0';
    }
  kind = prov_kind_counts_kind_at (self, x);
  if (kind == PROV_N_KINDS)
    return FALSE;
  text = g_strdup_printf ("%u %s", self->counts[kind],
                          kind_name (kind, self->counts[kind]));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
prov_kind_counts_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PangoLayout *layout = ensure_layout (PROV_KIND_COUNTS (widget));
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = width;
      return;
    }
  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static void
prov_kind_counts_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PangoLayout *layout = ensure_layout (PROV_KIND_COUNTS (widget));
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, layout, &color);
}

static void
prov_kind_counts_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (prov_kind_counts_parent_class)->css_changed (widget, change);

  /* the font may have changed; the dark style changes the dots' colours */
  drop_layout (PROV_KIND_COUNTS (widget));
}

static void
prov_kind_counts_system_setting_changed (GtkWidget         *widget,
                                         GtkSystemSetting   setting)
{
  GTK_WIDGET_CLASS (prov_kind_counts_parent_class)->system_setting_changed (widget, setting);

  drop_layout (PROV_KIND_COUNTS (widget));
}

static void
prov_kind_counts_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (prov_kind_counts_parent_class)->direction_changed (widget, previous);

  drop_layout (PROV_KIND_COUNTS (widget));
}

static void
prov_kind_counts_finalize (GObject *object)
{
  ProvKindCounts *self = PROV_KIND_COUNTS (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (prov_kind_counts_parent_class)->finalize (object);
}

static void
prov_kind_counts_class_init (ProvKindCountsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = prov_kind_counts_finalize;

  widget_class->measure = prov_kind_counts_measure;
  widget_class->snapshot = prov_kind_counts_snapshot;
  widget_class->query_tooltip = prov_kind_counts_query_tooltip;
  widget_class->css_changed = prov_kind_counts_css_changed;
  widget_class->system_setting_changed = prov_kind_counts_system_setting_changed;
  widget_class->direction_changed = prov_kind_counts_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "kindcounts");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
prov_kind_counts_init (ProvKindCounts *self)
{
  for (guint kind = 0; kind < PROV_N_KINDS; kind++)
    self->starts[kind] = self->ends[kind] = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "caption");
}
