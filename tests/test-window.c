/* test-window.c — the workbench window under a real (headless) display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-application.h"
#include "prov-window.h"
#include "test-gui-util.h"

typedef struct
{
  ProvApplication *app;
  ProvWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->app = prov_test_application_new ();
  fixture->window = prov_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  prov_test_iterate ();
  g_clear_object (&fixture->app);
}

static void
test_panes (Fixture       *fixture,
            gconstpointer  user_data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);

  g_assert_nonnull (prov_test_find_widget (root, g_type_from_name ("ProvLibrarySidebar"), NULL));
  g_assert_nonnull (prov_test_find_widget (root, g_type_from_name ("ProvReaderView"), NULL));
  g_assert_nonnull (prov_test_find_widget (root, g_type_from_name ("ProvClaimsPanel"), NULL));
  g_assert_true (gtk_widget_get_mapped (prov_test_find_widget (root,
                                                               g_type_from_name ("ProvReaderView"),
                                                               NULL)));
}

static void
test_empty_states (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);

  g_assert_nonnull (prov_test_find_widget (root, ADW_TYPE_STATUS_PAGE, "No Document Selected"));
  g_assert_nonnull (prov_test_find_widget (root, ADW_TYPE_STATUS_PAGE, "No Claims"));
}

static void
test_app_actions (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GActionGroup *group = G_ACTION_GROUP (fixture->app);
  g_auto(GStrv) quit_accels = NULL;

  g_assert_true (g_action_group_has_action (group, "about"));
  g_assert_true (g_action_group_has_action (group, "preferences"));
  g_assert_true (g_action_group_has_action (group, "quit"));
  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "app.quit");
  g_assert_cmpstr (quit_accels[0], ==, "<Control>q");
}

static void
test_header_bar (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *menu_button = prov_test_find_widget (root, GTK_TYPE_MENU_BUTTON, NULL);
  GMenuModel *menu;
  g_autofree char *labels = NULL;

  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  labels = prov_test_menu_actions (menu);
  g_assert_cmpstr (labels, ==, "app.preferences win.show-help-overlay app.about app.quit");
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GSettings *settings = prov_application_get_settings (fixture->app);
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  prov_test_iterate ();
  preferences = prov_test_find_toplevel (g_type_from_name ("ProvPreferences"));
  g_assert_nonnull (preferences);

  /* The style row writes the setting, and the setting drives libadwaita's style. */
  g_settings_set_string (settings, "color-scheme", "dark");
  prov_test_iterate ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_reset (settings, "color-scheme");
  gtk_window_destroy (preferences);
}

static void
test_window_state_saved (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GSettings *settings = prov_application_get_settings (fixture->app);
  int width = 0;
  int height = 0;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  prov_test_iterate ();
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, >, 0);
  gtk_window_close (GTK_WINDOW (fixture->window));
  prov_test_iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window opens at the saved size. */
  g_settings_set_int (settings, "window-width", 1111);
  g_settings_set_int (settings, "window-height", 777);
  fixture->window = prov_window_new (fixture->app);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add ("/prov/window/panes", Fixture, NULL, fixture_set_up, test_panes, fixture_tear_down);
  g_test_add ("/prov/window/empty-states", Fixture, NULL,
              fixture_set_up, test_empty_states, fixture_tear_down);
  g_test_add ("/prov/window/app-actions", Fixture, NULL,
              fixture_set_up, test_app_actions, fixture_tear_down);
  g_test_add ("/prov/window/header-bar", Fixture, NULL,
              fixture_set_up, test_header_bar, fixture_tear_down);
  g_test_add ("/prov/window/preferences", Fixture, NULL,
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/prov/window/state-saved", Fixture, NULL,
              fixture_set_up, test_window_state_saved, fixture_tear_down);

  return g_test_run ();
}
