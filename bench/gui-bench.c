/* gui-bench.c — how long the reader takes to show a document with 2,000 highlights
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/gui-bench [RUNS]
 *
 * Builds a temporary library with the sample article and a 2,000-sentence article (one claim
 * per sentence, five kinds, about 5,000 highlighted spans), then times, RUNS times, the switch
 * from the sample to the long article: from prov_reader_view_set_document_id () to the end of
 * the first frame painted with the tagged text. The peer, in the same run, is a plain
 * GtkTextView given the same text with no tags: the floor any reader pays. Target: < 150 ms.
 */
#define G_LOG_DOMAIN "gui-bench"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "test-reader-util.h"

typedef struct
{
  gboolean loaded;
  gboolean painted;
  gint64   painted_at;
} Wait;

static void
after_paint_cb (GdkFrameClock *clock,
                Wait          *wait)
{
  if (wait->loaded && !wait->painted)
    {
      wait->painted = TRUE;
      wait->painted_at = g_get_monotonic_time ();
    }
}

static void
loaded_cb (ProvReaderView *reader,
           Wait           *wait)
{
  wait->loaded = TRUE;
}

static void
spin_until_painted (Wait *wait)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!wait->painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!wait->painted)
    {
      g_printerr ("gui-bench: nothing was painted within 20 s\n");
      exit (1);
    }
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

int
main (int    argc,
      char **argv)
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 7;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GArray) reader_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tagged_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_ms = g_array_new (FALSE, FALSE, sizeof (double));
  ProvDocumentInfo info = { .uri = "https://bench.example/long", .title = "A long article" };
  ProvReaderView *reader;
  GtkWidget *window, *plain_window, *plain_view, *scroller;
  GdkFrameClock *clock;
  gint64 sample_id, long_id;
  Wait wait = { 0, };
  double r, p, t;

  gtk_init ();
  adw_init ();
  runs = MAX (runs, 1);

  store = prov_reader_test_store_new (&dir);
  sample_id = prov_reader_test_add_sample (store);
  text = prov_reader_test_long_text (2000);
  long_id = prov_reader_test_add (store, &info, text, NULL);
  claims = prov_store_list_claims_sync (store, long_id, FALSE, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 760);
  reader = g_object_new (PROV_TYPE_READER_VIEW, "store", store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  gtk_window_present (GTK_WINDOW (window));
  settle (300);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  g_signal_connect (reader, "loaded", G_CALLBACK (loaded_cb), &wait);

  for (guint i = 0; i <= runs; i++)
    {
      gint64 start;

      prov_reader_view_set_document_id (reader, sample_id);
      prov_reader_test_wait_loaded (reader);
      settle (150);

      wait = (Wait) { 0, };
      start = g_get_monotonic_time ();
      prov_reader_view_set_document_id (reader, long_id);
      spin_until_painted (&wait);
      if (i == 0)
        continue;  /* warm-up: fonts, glyph caches */
      r = (wait.painted_at - start) / 1000.0;
      g_array_append_val (reader_ms, r);
      r = prov_reader_view_get_last_load_time (reader) / 1000.0;
      g_array_append_val (tagged_ms, r);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  settle (100);

  /* The peer: the same text in a plain text view, no tags, no thread. */
  plain_window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (plain_window), 900, 760);
  scroller = gtk_scrolled_window_new ();
  plain_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (plain_view), GTK_WRAP_WORD_CHAR);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), plain_view);
  gtk_window_set_child (GTK_WINDOW (plain_window), scroller);
  gtk_window_present (GTK_WINDOW (plain_window));
  settle (300);
  clock = gtk_widget_get_frame_clock (plain_window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  for (guint i = 0; i <= runs; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (plain_view));
      gint64 start;

      gtk_text_buffer_set_text (buffer, "A short text.", -1);
      settle (150);
      wait = (Wait) { 0, };
      start = g_get_monotonic_time ();
      gtk_text_buffer_set_text (buffer, text, -1);
      wait.loaded = TRUE;
      spin_until_painted (&wait);
      if (i == 0)
        continue;
      p = (wait.painted_at - start) / 1000.0;
      g_array_append_val (plain_ms, p);
    }
  gtk_window_destroy (GTK_WINDOW (plain_window));
  settle (100);

  /* Sorted by median (): index 0 is the minimum, the last one the maximum. */
  r = median (reader_ms);
  p = median (plain_ms);
  t = median (tagged_ms);
  g_print ("gui-bench: a %u-claim document (%ld characters), %u runs, median of each\n",
           claims->len, g_utf8_strlen (text, -1), runs);
  g_print ("  reader: selected -> tagged text      %7.1f ms (min %.1f, max %.1f)\n",
           t, g_array_index (tagged_ms, double, 0),
           g_array_index (tagged_ms, double, tagged_ms->len - 1));
  g_print ("  reader: selected -> first frame      %7.1f ms (min %.1f, max %.1f)  target < 150\n",
           r, g_array_index (reader_ms, double, 0),
           g_array_index (reader_ms, double, reader_ms->len - 1));
  g_print ("  peer:   plain GtkTextView, no tags   %7.1f ms (min %.1f, max %.1f)\n",
           p, g_array_index (plain_ms, double, 0),
           g_array_index (plain_ms, double, plain_ms->len - 1));
  g_print ("  ratio reader / plain text view: %.2f\n", r / p);

  g_clear_object (&store);
  prov_reader_test_remove_dir (dir);
  return r < 150.0 ? 0 : 1;
}
