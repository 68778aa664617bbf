/* test-document-row.c — a library row and its claim counts per kind, under a headless display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-document-row.h"
#include "prov-kind-counts.h"
#include "test-gui-util.h"

typedef struct
{
  GtkWindow       *window;
  ProvDocumentRow *row;
  ProvDocument    *document;
} Fixture;

static GtkWidget *
find_kind_counts (GtkWidget *root)
{
  if (PROV_IS_KIND_COUNTS (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_kind_counts (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->document = prov_document_new ();
  prov_document_set_id (fixture->document, 7);
  prov_document_set_title (fixture->document, "Harbour plan delayed again");
  prov_document_set_site (fixture->document, "The Coastal Ledger");
  prov_document_set_published (fixture->document, "2026-11-17");
  prov_document_set_kind_count (fixture->document, PROV_KIND_NAMED, 3);
  prov_document_set_kind_count (fixture->document, PROV_KIND_HEDGE, 1);

  fixture->row = PROV_DOCUMENT_ROW (prov_document_row_new ());
  prov_document_row_set_document (fixture->row, fixture->document);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 320, 120);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->row));
  gtk_window_present (fixture->window);
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  prov_test_iterate ();
  g_clear_object (&fixture->document);
}

/* The kinds met from left to right across the strip, each once, as a string of kind numbers. */
static char *
kinds_across (ProvKindCounts *counts)
{
  GString *seen = g_string_new (NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (counts));
  ProvKind last = PROV_N_KINDS;

  for (int x = 0; x < width; x++)
    {
      ProvKind kind = prov_kind_counts_kind_at (counts, x + 0.5);

      if (kind != PROV_N_KINDS && kind != last)
        g_string_append_printf (seen, "%d", kind);
      if (kind != PROV_N_KINDS)
        last = kind;
    }
  return g_string_free (seen, FALSE);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  user_data)
{
  ProvKindCounts *counts = PROV_KIND_COUNTS (find_kind_counts (GTK_WIDGET (fixture->row)));
  g_autofree char *across = NULL;

  g_assert_nonnull (counts);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (counts)));
  g_assert_cmpuint (prov_kind_counts_get_count (counts, PROV_KIND_NAMED), ==, 3);
  g_assert_cmpuint (prov_kind_counts_get_count (counts, PROV_KIND_ANONYMOUS), ==, 0);
  g_assert_cmpuint (prov_kind_counts_get_count (counts, PROV_KIND_HEDGE), ==, 1);
  g_assert_cmpstr (prov_kind_counts_get_summary (counts), ==, "3 named sources, 1 hedge");

  /* the pointer finds the named dot and number first, then the hedge's; nothing past the end */
  across = kinds_across (counts);
  g_assert_cmpstr (across, ==, "03");
  g_assert_cmpint (prov_kind_counts_kind_at (counts, -1), ==, PROV_N_KINDS);
  g_assert_cmpint (prov_kind_counts_kind_at (counts, gtk_widget_get_width (GTK_WIDGET (counts))),
                   ==, PROV_N_KINDS);
}

static void
test_counts_follow_document (Fixture       *fixture,
                             gconstpointer  user_data)
{
  ProvKindCounts *counts = PROV_KIND_COUNTS (find_kind_counts (GTK_WIDGET (fixture->row)));
  int width = gtk_widget_get_width (GTK_WIDGET (counts));
  g_autofree char *across = NULL;

  /* a claim is accepted elsewhere: the row's document changes, the strip grows */
  prov_document_set_kind_count (fixture->document, PROV_KIND_ANONYMOUS, 12);
  prov_document_set_kind_count (fixture->document, PROV_KIND_QUOTE, 2);
  prov_test_run_for (100);
  g_assert_cmpuint (prov_kind_counts_get_count (counts, PROV_KIND_ANONYMOUS), ==, 12);
  g_assert_cmpstr (prov_kind_counts_get_summary (counts), ==,
                   "3 named sources, 12 anonymous sources, 1 hedge, 2 quotes");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (counts)), >, width);
  across = kinds_across (counts);
  g_assert_cmpstr (across, ==, "0134");

  /* no claims at all: the strip is hidden */
  for (ProvKind kind = PROV_KIND_NAMED; kind < PROV_N_KINDS; kind++)
    prov_document_set_kind_count (fixture->document, kind, 0);
  prov_test_run_for (100);
  g_assert_cmpstr (prov_kind_counts_get_summary (counts), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (counts)));
}

static void
test_counts_dark_style (Fixture       *fixture,
                        gconstpointer  user_data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  ProvKindCounts *counts = PROV_KIND_COUNTS (find_kind_counts (GTK_WIDGET (fixture->row)));
  int width = gtk_widget_get_width (GTK_WIDGET (counts));

  /* the dark style gives the dots their dark variants; the strip keeps its size and kinds */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  prov_test_run_for (200);
  g_assert_true (adw_style_manager_get_dark (style));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (counts)), ==, width);
  g_assert_cmpint (prov_kind_counts_kind_at (counts, 1), ==, PROV_KIND_NAMED);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  prov_test_run_for (100);
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add ("/prov/document-row/kind-counts", Fixture, NULL,
              fixture_set_up, test_counts, fixture_tear_down);
  g_test_add ("/prov/document-row/kind-counts-follow-document", Fixture, NULL,
              fixture_set_up, test_counts_follow_document, fixture_tear_down);
  g_test_add ("/prov/document-row/kind-counts-dark-style", Fixture, NULL,
              fixture_set_up, test_counts_dark_style, fixture_tear_down);
  return g_test_run ();
}
