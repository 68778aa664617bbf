/* prov-preferences.c — the Preferences window, bound to the app's GSettings
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-preferences.h"

struct _ProvPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *style_row;
  GtkAdjustment        *font_scale_adjustment;
  AdwComboRow          *sort_row;
};

G_DEFINE_FINAL_TYPE (ProvPreferences, prov_preferences, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order of the rows' string lists in prov-preferences.ui. */
static const char * const style_values[] = { "default", "light", "dark" };
static const char * const sort_values[] = { "added", "published", "title" };

ProvPreferences *
prov_preferences_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PROV_TYPE_PREFERENCES, "settings", settings, NULL);
}

static gboolean
index_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char * const *values = user_data;
  const char *current = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < 3; i++)
    {
      if (g_strcmp0 (values[i], current) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
index_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  const char * const *values = user_data;
  guint index = g_value_get_uint (value);

  return g_variant_new_string (values[MIN (index, 2)]);
}

static void
prov_preferences_constructed (GObject *object)
{
  ProvPreferences *self = PROV_PREFERENCES (object);

  G_OBJECT_CLASS (prov_preferences_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, index_get_mapping, index_set_mapping,
                                (gpointer) style_values, NULL);
  g_settings_bind_with_mapping (self->settings, "library-sort", self->sort_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, index_get_mapping, index_set_mapping,
                                (gpointer) sort_values, NULL);
  g_settings_bind (self->settings, "reader-font-scale", self->font_scale_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
prov_preferences_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ProvPreferences *self = PROV_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_preferences_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ProvPreferences *self = PROV_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_preferences_dispose (GObject *object)
{
  ProvPreferences *self = PROV_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prov_preferences_parent_class)->dispose (object);
}

static void
prov_preferences_class_init (ProvPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prov_preferences_constructed;
  object_class->dispose = prov_preferences_dispose;
  object_class->get_property = prov_preferences_get_property;
  object_class->set_property = prov_preferences_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvPreferences, style_row);
  gtk_widget_class_bind_template_child (widget_class, ProvPreferences, font_scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, ProvPreferences, sort_row);
}

static void
prov_preferences_init (ProvPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
