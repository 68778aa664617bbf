/* test-library-list.c — the library list of a window over a library of hundreds of documents
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-application.h"
#include "prov-document-row.h"
#include "prov-library-sidebar.h"
#include "prov-window.h"
#include "test-gui-util.h"
#include "test-store-util.h"

#define N_DOCUMENTS 300

typedef struct
{
  ProvApplication *app;
  ProvWindow      *window;
  gint64           ids[N_DOCUMENTS];  /* in the order added */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ProvStore *store;

  fixture->app = prov_test_application_new ();
  store = prov_application_get_store (fixture->app);
  g_assert_nonnull (store);

  /* the library holds the sample article and N_DOCUMENTS more before the window opens */
  for (guint i = 0; i < N_DOCUMENTS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = g_strdup_printf ("https://news.example/%03u", i);
      g_autofree char *title = g_strdup_printf ("Report number %03u on the harbour", i);
      g_autofree char *text = g_strdup_printf ("The port said report %u was late.", i);
      ProvDocumentInfo info = { uri, title, NULL, "news.example", NULL, NULL, NULL };
      ProvAnalysis *analysis = test_analysis_new (text);
      ProvStoreAddResult res;

      test_analysis_add (analysis, PROV_KIND_NAMED, "said", "The port", NULL);
      g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL,
                                                           NULL, analysis, &res, &error));
      g_assert_no_error (error);
      test_analysis_free (analysis);
      fixture->ids[i] = res.document_id;
    }

  fixture->window = prov_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
  prov_test_run_for (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  prov_test_iterate ();
  g_clear_object (&fixture->app);
}

static ProvLibrarySidebar *
sidebar_of (Fixture *fixture)
{
  return PROV_LIBRARY_SIDEBAR (prov_test_find_widget (GTK_WIDGET (fixture->window),
                                                      PROV_TYPE_LIBRARY_SIDEBAR, NULL));
}

typedef struct
{
  GtkWidget *viewport;     /* the scrolled window of the list */
  guint      bound;        /* rows showing a document */
  guint      in_view;      /* of them, rows inside the visible part of the list */
  gint64     wanted;       /* a document to look for */
  gboolean   wanted_in_view;
} RowCount;

static void
count_rows (GtkWidget *root,
            RowCount  *count)
{
  if (PROV_IS_DOCUMENT_ROW (root))
    {
      ProvDocument *doc = prov_document_row_get_document (PROV_DOCUMENT_ROW (root));
      graphene_rect_t bounds;
      double top, bottom;

      if (doc == NULL || !gtk_widget_get_mapped (root))
        return;
      count->bound++;
      if (!gtk_widget_compute_bounds (root, count->viewport, &bounds))
        return;
      top = bounds.origin.y;
      bottom = top + bounds.size.height;
      if (bounds.size.height > 0 && bottom > 0 &&
          top < gtk_widget_get_height (count->viewport))
        {
          count->in_view++;
          if (prov_document_get_id (doc) == count->wanted)
            count->wanted_in_view = TRUE;
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_rows (child, count);
}

static RowCount
rows_of (Fixture *fixture,
         gint64   wanted)
{
  RowCount count = { NULL, 0, 0, wanted, FALSE };
  GtkWidget *view = prov_test_find_widget (GTK_WIDGET (sidebar_of (fixture)),
                                           GTK_TYPE_GRID_VIEW, NULL);

  g_assert_nonnull (view);
  count.viewport = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (count.viewport);
  count_rows (view, &count);
  return count;
}

/* The window opens on the first row of the list (the newest document), and the list shows
 * rows at once, not an empty area until it is scrolled. */
static void
test_opens_on_first_row (Fixture       *fixture,
                         gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  gint64 newest = fixture->ids[N_DOCUMENTS - 1];
  RowCount count;

  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, N_DOCUMENTS + 1);
  g_assert_cmpint (prov_library_sidebar_get_first_document_id (sidebar), ==, newest);
  g_assert_cmpint (prov_window_get_document_id (fixture->window), ==, newest);
  g_assert_cmpint (prov_library_sidebar_get_selected_document_id (sidebar), ==, newest);

  count = rows_of (fixture, newest);
  g_test_message ("%u rows bound, %u in view", count.bound, count.in_view);
  g_assert_cmpuint (count.in_view, >=, 5);
  g_assert_true (count.wanted_in_view);
}

/* Selecting a document far down the list scrolls its row into view; a jump keeps only a few
 * dozen rows bound (a GtkListView would rebind 200). */
static void
test_select_far_document (Fixture       *fixture,
                          gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  gint64 far = fixture->ids[20];  /* near the end of a newest-first list */
  RowCount count;

  prov_window_show_document (fixture->window, far);
  prov_test_run_for (300);
  g_assert_cmpint (prov_library_sidebar_get_selected_document_id (sidebar), ==, far);
  count = rows_of (fixture, far);
  g_test_message ("%u rows bound, %u in view", count.bound, count.in_view);
  g_assert_true (count.wanted_in_view);
  g_assert_cmpuint (count.in_view, >=, 5);
  g_assert_cmpuint (count.bound, <=, 60);
}

/* The list scrolled by its adjustment (a wheel, the scroll bar) shows the rows it reaches. */
static void
test_scroll_shows_rows (Fixture       *fixture,
                        gconstpointer  user_data)
{
  RowCount count = rows_of (fixture, 0);
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (count.viewport));
  double upper = gtk_adjustment_get_upper (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  g_assert_cmpfloat (upper, >, 10 * page);
  for (guint i = 1; i <= 4; i++)
    {
      gtk_adjustment_set_value (adjustment, (upper - page) * i / 4);
      prov_test_run_for (150);
      count = rows_of (fixture, 0);
      g_assert_cmpuint (count.in_view, >=, 5);
      g_assert_cmpuint (count.bound, <=, 60);
    }
}

/* Shift+F10 or the Menu key opens the menu of the selected documents (Fetch Again, Export,
 * Move, Delete), as a right click does. */
static void
test_keyboard_context_menu (Fixture       *fixture,
                            gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GtkWidget *view = prov_test_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_GRID_VIEW, NULL);
  GtkWidget *menu = NULL;

  /* the documents' menu is the popover of the list (the sort button has its own) */
  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      menu = child;

  g_assert_nonnull (menu);
  g_assert_false (gtk_widget_get_visible (menu));
  gtk_widget_grab_focus (view);
  prov_test_run_for (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "library.context-menu",
                                             NULL));
  prov_test_run_for (200);
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  prov_test_run_for (100);

  /* nothing selected: no menu */
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (gtk_grid_view_get_model (
                                                           GTK_GRID_VIEW (view))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "library.context-menu",
                                             NULL));
  prov_test_run_for (100);
  g_assert_false (gtk_widget_get_visible (menu));
}

/* The sort menu of the sidebar sorts the list (and keeps the choice, as Preferences does). */
static void
test_sort_menu (Fixture       *fixture,
                gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GSettings *settings = prov_application_get_settings (fixture->app);
  g_autoptr(ProvDocument) first_doc = NULL;
  g_autofree char *sort = NULL;
  gint64 first;

  g_assert_cmpint (prov_library_sidebar_get_first_document_id (sidebar), ==,
                   fixture->ids[N_DOCUMENTS - 1]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.library-sort", "s",
                                             "title"));
  prov_test_run_for (200);
  sort = g_settings_get_string (settings, "library-sort");
  g_assert_cmpstr (sort, ==, "title");
  /* by title: "Port Calder harbour …" (the sample article) comes before "Report number …" */
  first = prov_library_sidebar_get_first_document_id (sidebar);
  first_doc = prov_store_get_document_sync (prov_application_get_store (fixture->app), first,
                                            NULL);
  g_assert_nonnull (first_doc);
  g_assert_true (g_str_has_prefix (prov_document_get_title (first_doc), "Port Calder"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.library-sort", "s",
                                             "added"));
  prov_test_run_for (200);
  g_assert_cmpint (prov_library_sidebar_get_first_document_id (sidebar), ==,
                   fixture->ids[N_DOCUMENTS - 1]);
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add ("/prov/library-list/opens-on-first-row", Fixture, NULL,
              fixture_set_up, test_opens_on_first_row, fixture_tear_down);
  g_test_add ("/prov/library-list/select-far-document", Fixture, NULL,
              fixture_set_up, test_select_far_document, fixture_tear_down);
  g_test_add ("/prov/library-list/scroll-shows-rows", Fixture, NULL,
              fixture_set_up, test_scroll_shows_rows, fixture_tear_down);
  g_test_add ("/prov/library-list/keyboard-context-menu", Fixture, NULL,
              fixture_set_up, test_keyboard_context_menu, fixture_tear_down);
  g_test_add ("/prov/library-list/sort-menu", Fixture, NULL,
              fixture_set_up, test_sort_menu, fixture_tear_down);
  return g_test_run ();
}
