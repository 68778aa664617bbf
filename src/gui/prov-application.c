/* prov-application.c — the Provenance application: services, app actions, windows
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-application"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-application.h"
#include "prov-preferences.h"
#include "prov-window.h"

struct _ProvApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ProvApplication, prov_application, ADW_TYPE_APPLICATION)

ProvApplication *
prov_application_new (void)
{
  return g_object_new (PROV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/org/provenance/Provenance",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

GSettings *
prov_application_get_settings (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->settings;
}

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (scheme, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (scheme, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

static ProvWindow *
prov_application_get_main_window (ProvApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PROV_IS_WINDOW (window))
    return PROV_WINDOW (window);

  return prov_window_new (self);
}

static void
prov_application_activate (GApplication *app)
{
  ProvApplication *self = PROV_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (prov_application_get_main_window (self)));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  ProvApplication *self = user_data;
  static const char *developers[] = { "The Provenance developers", NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Provenance"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Provenance developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Find who says so: every attribution, hedge and quote "
                                      "in the news you read, rated and exported."),
                        "website", "https://provenance.example/",
                        "issue-url", "https://provenance.example/issues",
                        "copyright", "© 2026 The Provenance developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  ProvApplication *self = user_data;
  ProvPreferences *preferences;

  preferences = prov_preferences_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ProvApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close each window so that it saves its state; the app quits with the last one. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
  { "quit", quit_action_cb },
};

static void
prov_application_startup (GApplication *app)
{
  ProvApplication *self = PROV_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (prov_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET, color_scheme_get_mapping, NULL, NULL, NULL);
}

static void
prov_application_dispose (GObject *object)
{
  ProvApplication *self = PROV_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prov_application_parent_class)->dispose (object);
}

static void
prov_application_class_init (ProvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = prov_application_dispose;
  app_class->activate = prov_application_activate;
  app_class->startup = prov_application_startup;
}

static void
prov_application_init (ProvApplication *self)
{
  self->settings = g_settings_new (APP_ID);
}
