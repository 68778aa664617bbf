/* prov-profile-bar.c — a document's sourcing profile: a stacked bar and a one-line summary
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-profile-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-profile-bar.h"
#include "prov-reader-tags.h"

#define BAR_HEIGHT 8
#define GAP        2.0

struct _ProvProfileBar
{
  GtkWidget       parent_instance;

  ProvProfile     profile;
  char           *summary;

  GtkDrawingArea *bar;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (ProvProfileBar, prov_profile_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_part (GString    *out,
             const char *separator,
             const char *part)
{
  if (out->len > 0)
    g_string_append (out, separator);
  g_string_append (out, part);
}

char *
prov_profile_format_summary (const ProvProfile *profile)
{
  GString *out = g_string_new (NULL);
  guint named, anonymous, hearsay, attributions, hedges, quotes, unattributed;

  g_return_val_if_fail (profile != NULL, NULL);

  named = profile->counts[PROV_KIND_NAMED];
  anonymous = profile->counts[PROV_KIND_ANONYMOUS];
  hearsay = profile->counts[PROV_KIND_HEARSAY];
  hedges = profile->counts[PROV_KIND_HEDGE];
  quotes = profile->counts[PROV_KIND_QUOTE];
  unattributed = profile->unattributed_sentences;
  attributions = named + anonymous + hearsay;

  if (attributions > 0)
    {
      GString *kinds = g_string_new (NULL);
      g_autofree char *part = NULL;
      g_autofree char *list = NULL;

      if (named > 0)
        {
          g_autofree char *s = g_strdup_printf (_("%u named"), named);
          append_part (kinds, ", ", s);
        }
      if (anonymous > 0)
        {
          g_autofree char *s = g_strdup_printf (_("%u anonymous"), anonymous);
          append_part (kinds, ", ", s);
        }
      if (hearsay > 0)
        {
          g_autofree char *s = g_strdup_printf (_("%u hearsay"), hearsay);
          append_part (kinds, ", ", s);
        }
      list = g_string_free (kinds, FALSE);
      /* TRANSLATORS: "9 attributions: 3 named, 1 anonymous, 5 hearsay" */
      part = g_strdup_printf (ngettext ("%u attribution: %s", "%u attributions: %s",
                                        attributions), attributions, list);
      append_part (out, "; ", part);
    }
  if (hedges > 0)
    {
      g_autofree char *s = g_strdup_printf (ngettext ("%u hedge", "%u hedges", hedges), hedges);
      append_part (out, "; ", s);
    }
  if (quotes > 0)
    {
      g_autofree char *s = g_strdup_printf (ngettext ("%u quote", "%u quotes", quotes), quotes);
      append_part (out, "; ", s);
    }
  if (unattributed > 0)
    {
      g_autofree char *s = g_strdup_printf (ngettext ("%u unattributed sentence",
                                                      "%u unattributed sentences",
                                                      unattributed), unattributed);
      append_part (out, "; ", s);
    }
  if (out->len == 0)
    g_string_append (out, _("No attributions or hedges found"));
  return g_string_free (out, FALSE);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
bar_draw (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  ProvProfileBar *self = user_data;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint values[PROV_N_KINDS + 1];
  guint total = 0;
  guint n_segments = 0;
  double x = 0;
  double usable;

  for (guint k = 0; k < PROV_N_KINDS; k++)
    values[k] = self->profile.counts[k];
  values[PROV_N_KINDS] = self->profile.unattributed_sentences;
  for (guint k = 0; k <= PROV_N_KINDS; k++)
    {
      total += values[k];
      n_segments += values[k] > 0;
    }

  /* The track, so that an empty profile still reads as a bar. */
  rounded_rect (cr, 0, 0, width, height, height / 2.0);
  cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.08);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  if (total == 0)
    return;

  usable = width - GAP * (n_segments - 1);
  for (guint k = 0; k <= PROV_N_KINDS; k++)
    {
      GdkRGBA rgba;
      double w;

      if (values[k] == 0)
        continue;
      w = MAX (2.0, usable * values[k] / total);
      prov_reader_kind_color (k, dark, &rgba);
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_rectangle (cr, x, 0, w, height);
      cairo_fill (cr);
      x += w + GAP;
    }
}

void
prov_profile_bar_set_profile (ProvProfileBar    *self,
                              const ProvProfile *profile)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (PROV_IS_PROFILE_BAR (self));
  g_return_if_fail (profile != NULL);

  self->profile = *profile;
  summary = prov_profile_format_summary (profile);
  gtk_widget_queue_draw (GTK_WIDGET (self->bar));
  if (g_strcmp0 (summary, self->summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_steal_pointer (&summary);
  gtk_label_set_label (self->label, self->summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const ProvProfile *
prov_profile_bar_get_profile (ProvProfileBar *self)
{
  g_return_val_if_fail (PROV_IS_PROFILE_BAR (self), NULL);

  return &self->profile;
}

const char *
prov_profile_bar_get_summary (ProvProfileBar *self)
{
  g_return_val_if_fail (PROV_IS_PROFILE_BAR (self), NULL);

  return self->summary;
}

GtkWidget *
prov_profile_bar_new (void)
{
  return g_object_new (PROV_TYPE_PROFILE_BAR, NULL);
}

static void
style_dark_changed_cb (ProvProfileBar *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->bar));
}

static void
prov_profile_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ProvProfileBar *self = PROV_PROFILE_BAR (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_profile_bar_dispose (GObject *object)
{
  ProvProfileBar *self = PROV_PROFILE_BAR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->bar = NULL;
  self->label = NULL;

  G_OBJECT_CLASS (prov_profile_bar_parent_class)->dispose (object);
}

static void
prov_profile_bar_finalize (GObject *object)
{
  ProvProfileBar *self = PROV_PROFILE_BAR (object);

  g_free (self->summary);

  G_OBJECT_CLASS (prov_profile_bar_parent_class)->finalize (object);
}

static void
prov_profile_bar_class_init (ProvProfileBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_profile_bar_dispose;
  object_class->finalize = prov_profile_bar_finalize;
  object_class->get_property = prov_profile_bar_get_property;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "profilebar");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
prov_profile_bar_init (ProvProfileBar *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  ProvProfile empty = { { 0, }, 0, 0 };

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->bar = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->bar, BAR_HEIGHT);
  gtk_drawing_area_set_draw_func (self->bar, bar_draw, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->bar), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->bar), "profile-track");
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0.0);
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_dark_changed_cb), self, G_CONNECT_SWAPPED);
  prov_profile_bar_set_profile (self, &empty);
}
