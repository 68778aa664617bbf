/* test-gui-util.h — helpers for widget tests under a headless display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <stdio.h>

#include "prov-application.h"

/* Initialises GTK and libadwaita; prints a TAP skip and returns FALSE without a display. */
static inline gboolean
prov_test_gui_init (int    *argc,
                    char ***argv)
{
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display available\n");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

/* Runs the main context for @ms milliseconds (animations, timeouts). */
static inline void
prov_test_run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Runs the main context until nothing is pending. */
static inline void
prov_test_iterate (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/* Runs the main context until @predicate (@data) holds or @timeout_ms passes. */
static inline gboolean
prov_test_wait_for (gboolean (*predicate) (gpointer),
                    gpointer   data,
                    guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static inline gboolean
prov_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Waits until @widget is mapped, then lets pending work settle. */
static inline void
prov_test_wait_mapped (GtkWidget *widget)
{
  g_assert_true (prov_test_wait_for (prov_test_is_mapped, widget, 5000));
  prov_test_iterate ();
}

/* Creates the application as the app does, registered but not running, over a new library
 * in a temporary folder (so it starts with the sample article), for tests. */
static inline ProvApplication *
prov_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("provenance-gui-XXXXXX", &error);
  g_autofree char *db = NULL;
  ProvApplication *app;

  g_assert_no_error (error);
  db = g_build_filename (dir, "library.db", NULL);
  g_setenv ("PROVENANCE_DB", db, TRUE);
  app = prov_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static inline const char *
prov_test_widget_text (GtkWidget *widget)
{
  if (ADW_IS_STATUS_PAGE (widget))
    return adw_status_page_get_title (ADW_STATUS_PAGE (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  return NULL;
}

/* Finds the first descendant of @root of @type (and with @text as its title or label). */
static inline GtkWidget *
prov_test_find_widget (GtkWidget  *root,
                       GType       type,
                       const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (text == NULL || g_strcmp0 (prov_test_widget_text (root), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = prov_test_find_widget (child, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline GtkTextView *
prov_test_find_text_view (GtkWidget *root,
                          gboolean   monospace)
{
  if (GTK_IS_TEXT_VIEW (root) && gtk_text_view_get_monospace (GTK_TEXT_VIEW (root)) == monospace)
    return GTK_TEXT_VIEW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = prov_test_find_text_view (child, monospace);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Finds the GtkStack under @root that has a page named @page. */
static inline GtkStack *
prov_test_find_stack (GtkWidget  *root,
                      const char *page)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), page) != NULL)
    return GTK_STACK (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = prov_test_find_stack (child, page);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Presses the button of the toast shown in @overlay (its Undo, say). */
static inline void
prov_test_activate_toast_button (AdwToastOverlay *overlay)
{
  GtkWidget *toast = prov_test_find_widget (GTK_WIDGET (overlay),
                                            g_type_from_name ("AdwToastWidget"), NULL);
  GtkWidget *button = NULL;

  g_assert_nonnull (toast);
  for (GtkWidget *child = gtk_widget_get_first_child (toast);
       child != NULL && button == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) != NULL)
      button = child;
  g_assert_nonnull (button);
  g_test_message ("pressing the toast button “%s”", gtk_button_get_label (GTK_BUTTON (button)));
  g_signal_emit_by_name (button, "clicked");
}

/* Finds an open toplevel window of @type. */
static inline GtkWindow *
prov_test_find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static inline void
prov_test_collect_menu_actions (GMenuModel *menu,
                                GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", action);
      section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        prov_test_collect_menu_actions (section, out);
    }
}

/* Returns the actions of @menu's items in order, separated by spaces. */
static inline char *
prov_test_menu_actions (GMenuModel *menu)
{
  GString *out = g_string_new (NULL);

  prov_test_collect_menu_actions (menu, out);
  return g_string_free (out, FALSE);
}
