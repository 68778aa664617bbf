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
 * does. For each step it times the frame that shows the new rows: from the scroll to the end
 * of the paint (latency, which includes waiting for the display's next frame), and the frame's
 * own work (binding the rows as the adjustment moves, then before-paint to after-paint: layout
 * and drawing), which must stay under a frame (16.7 ms at 60 Hz) for the scrolling to be
 * smooth. It also times loading a page of rows from the store on its own. The peer, in the
 * same run, is a plain GtkListView over a GtkStringList with as many one-line rows: the floor
 * of GTK's list itself.
 */
#define G_LOG_DOMAIN "library-scroll-bench"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "prov-library-model.h"
#include "prov-library-sidebar.h"
#include "prov-store.h"

typedef struct
{
  gboolean painted;
  gint64   frame_start;  /* when the frame that paints began (before-paint) */
  gint64   frame_end;
} Wait;

static void
before_paint_cb (GdkFrameClock *clock,
                 Wait          *wait)
{
  wait->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Wait          *wait)
{
  wait->frame_end = g_get_monotonic_time ();
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

static void
print_times (const char *name,
             double     *times,
             guint       n)
{
  double sum = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    sum += times[i];
  qsort (times, n, sizeof *times, compare_doubles);
  g_print ("  %-44s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  mean %6.2f ms\n", name,
           times[n / 2], times[n * 95 / 100], times[n - 1], sum / n);
}

/* Scrolls @window's list @steps times, alternating wheel steps and jumps, and prints the frame
 * times of each. */
static void
scroll_and_time (const char *name,
                 GtkWindow  *window,
                 guint       steps)
{
  GtkAdjustment *adjustment = find_vadjustment (GTK_WIDGET (window));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_autofree double *wheel = g_new0 (double, steps);
  g_autofree double *jumps = g_new0 (double, steps);
  g_autofree double *wheel_work = g_new0 (double, steps);
  g_autofree double *jump_work = g_new0 (double, steps);
  g_autofree char *wheel_name = g_strdup_printf ("%s, wheel steps", name);
  g_autofree char *jump_name = g_strdup_printf ("%s, jumps", name);
  g_autofree char *wheel_work_name = g_strdup ("  frame work of the wheel steps");
  g_autofree char *jump_work_name = g_strdup ("  frame work of the jumps");
  guint n_wheel = 0, n_jumps = 0;
  Wait wait = { 0 };
  gulong handler, before_handler;
  double upper, page;

  g_assert (adjustment != NULL && clock != NULL);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  before_handler = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &wait);
  upper = gtk_adjustment_get_upper (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);

  for (guint i = 0; i < steps; i++)
    {
      /* a wheel notch scrolls about 60 px; a burst of three as one frame */
      gboolean is_wheel = i % 2 == 0;
      double value = is_wheel
                     ? gtk_adjustment_get_value (adjustment) + 3 * 60.0
                     : g_random_double_range (0, MAX (1, upper - page));
      gint64 start;
      double ms, work, bind;

      if (value > upper - page)
        value = 0;
      wait.painted = FALSE;
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      bind = (g_get_monotonic_time () - start) / 1000.0;
      while (!wait.painted)
        g_main_context_iteration (NULL, TRUE);
      ms = (wait.frame_end - start) / 1000.0;
      /* GtkListView binds the rows that come into view as the adjustment moves, before the
       * frame; the frame then measures, lays out and draws them */
      work = bind + (wait.frame_end - wait.frame_start) / 1000.0;
      if (is_wheel)
        {
          wheel_work[n_wheel] = work;
          wheel[n_wheel++] = ms;
        }
      else
        {
          jump_work[n_jumps] = work;
          jumps[n_jumps++] = ms;
        }
    }
  g_signal_handler_disconnect (clock, handler);
  g_signal_handler_disconnect (clock, before_handler);

  print_times (wheel_name, wheel, n_wheel);
  print_times (wheel_work_name, wheel_work, n_wheel);
  print_times (jump_name, jumps, n_jumps);
  print_times (jump_work_name, jump_work, n_jumps);
}

/* Times loading one row at @n random positions of a fresh library model: each loads the page
 * around it from the store, as a jump across the list does. */
static void
time_page_loads (ProvStore *store,
                 guint      n)
{
  g_autoptr(ProvLibraryModel) model = prov_library_model_new (store);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_autofree double *times = g_new0 (double, n);

  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model),
                                                       g_random_int_range (0, (gint32) n_items));

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_times ("store: one page of rows at a random position", times, n);
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
  GtkNoSelection *selection;
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
  time_page_loads (store, 100);
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
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (strings)));
  list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
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
