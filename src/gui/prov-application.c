/* prov-application.c — the Provenance application: services, app actions, windows
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-application"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-application.h"
#include "prov-paths.h"
#include "prov-store-async.h"
#include "prov-preferences.h"
#include "prov-sample.h"
#include "prov-window.h"

struct _ProvApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  ProvStore      *store;
  GError         *store_error;
  ProvAnalyzer   *analyzer;
  ProvImporter   *importer;
};

G_DEFINE_FINAL_TYPE (ProvApplication, prov_application, ADW_TYPE_APPLICATION)

ProvApplication *
prov_application_new (void)
{
  return g_object_new (PROV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/org/provenance/Provenance",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
prov_application_get_settings (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->settings;
}

ProvStore *
prov_application_get_store (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->store;
}

const GError *
prov_application_get_store_error (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->store_error;
}

ProvImporter *
prov_application_get_importer (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->importer;
}

ProvAnalyzer *
prov_application_get_analyzer (ProvApplication *self)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (self), NULL);

  return self->analyzer;
}

/* Opens the library; a new one gets the sample article so that nobody starts on a blank page. */
static void
prov_application_open_library (ProvApplication *self)
{
  g_autofree char *path = prov_paths_library (NULL);
  g_autoptr(GError) error = NULL;

  self->store = prov_store_open_sync (path, NULL, &self->store_error);
  if (self->store == NULL)
    {
      g_debug ("Cannot open the library %s: %s", path, self->store_error->message);
      return;
    }

  if (prov_store_get_created (self->store)
      && prov_sample_add_sync (self->store, self->analyzer, &error) == 0)
    g_debug ("Cannot add the sample article: %s", error->message);

  /* What was deleted in an earlier session had its Undo then; it goes for good now. */
  prov_store_empty_trash_async (self->store, 60, NULL, NULL, NULL);

  self->importer = prov_importer_new (self->store, NULL, self->analyzer);
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
prov_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  ProvApplication *self = PROV_APPLICATION (app);
  ProvWindow *window = prov_application_get_main_window (self);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      /* Local files by path; web addresses (and anything else) by URI, for the importer to
       * accept or refuse with a clear message. */
      g_ptr_array_add (sources, path != NULL ? g_steal_pointer (&path) : g_file_get_uri (files[i]));
    }
  g_ptr_array_add (sources, NULL);

  gtk_window_present (GTK_WINDOW (window));
  prov_window_import (window, (const char * const *) sources->pdata);
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

  self->analyzer = prov_analyzer_new ();
  prov_application_open_library (self);
}

static void
prov_application_dispose (GObject *object)
{
  ProvApplication *self = PROV_APPLICATION (object);

  g_clear_object (&self->importer);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->analyzer);
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
  app_class->open = prov_application_open;
  app_class->startup = prov_application_startup;
}

static void
prov_application_init (ProvApplication *self)
{
  self->settings = g_settings_new (APP_ID);
}
