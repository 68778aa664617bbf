/* library-scroll-bench.c — how smoothly the library list scrolls through a large library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/library-scroll-bench LIBRARY.db [STEPS]
 *
 * Shows the library sidebar over LIBRARY.db (bench/store-bench makes a 100,000-document one;
 * give it a copy, since opening may migrate it) and scrolls it STEPS times: half small steps of
 * a few rows, as a wheel does, half jumps across the whole list, as dragging the scroll bar
 * does. For each step it times the frame that shows the new rows (from the scroll to the end
 * of the paint). The peer, in the same run, is a plain GtkListView over a GtkStringList with as
 * many one-line rows: the floor of GTK's list itself. Smooth means p95 under 16.7 ms (60 Hz).
 */
#define G_LOG_DOMAIN "library-scroll-bench"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "prov-library-sidebar.h"
#include "prov-store.h"

typedef struct
{
  gboolean painted;
} Wait;

static void
after_paint_cb (GdkFrameClock *clock,
                Wait          *wait)
{
  wait->painted = TRUE;
}

static GtkAdjustment *
find_vadjustment (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root) && gtk_widget_get_mapped (root))
    return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *found = find_vadjustment (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Scrolls @window's list @steps times and prints the frame times. */
static void
scroll_and_time (const char *name,
                 GtkWindow  *window,
                 guint       steps)
{
  GtkAdjustment *adjustment = find_vadjustment (GTK_WIDGET (window));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_autofree double *times = g_new0 (double, steps);
  Wait wait = { 0 };
  gulong handler;
  double upper, page, sum = 0;

  g_assert (adjustment != NULL && clock != NULL);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  upper = gtk_adjustment_get_upper (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);

  for (guint i = 0; i < steps; i++)
    {
      double value = i % 2 == 0
                     ? gtk_adjustment_get_value (adjustment) + 3 * 60.0
                     : g_random_double_range (0, MAX (1, upper - page));
      gint64 start;

      if (value > upper - page)
        value = 0;
      wait.painted = FALSE;
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      while (!wait.painted)
        g_main_context_iteration (NULL, TRUE);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      sum += times[i];
    }
  g_signal_handler_disconnect (clock, handler);

  qsort (times, steps, sizeof *times, compare_doubles);
  g_print ("  %-34s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  mean %6.2f ms\n", name,
           times[steps / 2], times[steps * 95 / 100], times[steps - 1], sum / steps);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkWidget *sidebar;
  GtkWidget *list;
  GtkWidget *scrolled;
  GtkWindow *window;
  GtkWindow *peer;
  guint steps = argc > 2 ? (guint) atoi (argv[2]) : 400;
  guint n;
  gint64 start;

  if (argc < 2)
    {
      g_printerr ("usage: library-scroll-bench LIBRARY.db [STEPS]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();

  start = g_get_monotonic_time ();
  store = prov_store_open_sync (argv[1], NULL, &error);
  if (store == NULL)
    {
      g_printerr ("library-scroll-bench: %s\n", error->message);
      return 1;
    }

  sidebar = g_object_new (PROV_TYPE_LIBRARY_SIDEBAR, NULL);
  prov_library_sidebar_set_store (PROV_LIBRARY_SIDEBAR (sidebar), store);
  n = prov_library_sidebar_get_n_documents (PROV_LIBRARY_SIDEBAR (sidebar));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 320, 760);
  gtk_window_set_child (window, sidebar);
  gtk_window_present (window);
  settle (1500);
  g_print ("library-scroll-bench: %u documents, list shown in %.0f ms (open + first page)\n",
           n, (g_get_monotonic_time () - start) / 1000.0);
  scroll_and_time ("Provenance library sidebar", window, steps);

  /* The peer: GTK's own list over as many plain strings. */
  for (guint i = 0; i < n; i++)
    {
      char row[64];

      g_snprintf (row, sizeof row, "Document %u", i);
      gtk_string_list_append (strings, row);
    }
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (strings)))),
                            factory);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  peer = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (peer, 320, 760);
  gtk_window_set_child (peer, scrolled);
  gtk_window_present (peer);
  settle (1000);
  scroll_and_time ("peer: GtkListView of plain strings", peer, steps);

  gtk_window_destroy (peer);
  gtk_window_destroy (window);
  return 0;
}
