/* test-sources-window.c — the source registry window under a headless display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-sources-window.h"
#include "test-claims-util.h"

#define SOURCES_TEXT \
  "The plan is late, the Port Authority said on Monday. " \
  "The cost rose sharply, the Port Authority said on Friday. " \
  "The Calder Bay Port Authority said the tender was still open. " \
  "Ruth Okafor, a spokesperson for Haldane, said the company stood by its figures."

typedef struct
{
  TestLibrary        lib;
  ProvSourcesWindow *window;
  gint64             short_name;   /* "the Port Authority", 2 claims */
  gint64             long_name;    /* "The Calder Bay Port Authority", 1 claim */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  test_library_open (&fixture->lib);
  test_library_add (&fixture->lib, "https://example.test/port", "Port", SOURCES_TEXT);
  fixture->short_name = prov_store_find_source_sync (fixture->lib.store, "the Port Authority",
                                                     NULL);
  fixture->long_name = prov_store_find_source_sync (fixture->lib.store,
                                                    "The Calder Bay Port Authority", NULL);
  g_assert_cmpint (fixture->short_name, !=, 0);
  g_assert_cmpint (fixture->long_name, !=, 0);

  fixture->window = PROV_SOURCES_WINDOW (prov_sources_window_new (fixture->lib.store));
  gtk_window_present (GTK_WINDOW (fixture->window));
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  prov_test_iterate ();
  test_library_close (&fixture->lib);
}

static guint
count_claims (Fixture *fixture)
{
  g_autoptr(GPtrArray) claims = prov_store_list_claims_sync (fixture->lib.store, 0, TRUE, NULL);

  return claims->len;
}

static int
claims_of (Fixture *fixture,
           gint64   source_id)
{
  g_autoptr(ProvSource) source = prov_store_get_source_sync (fixture->lib.store, source_id,
                                                             NULL);

  return source != NULL ? prov_source_get_claim_count (source) : -1;
}

static gboolean
has_label (gpointer data)
{
  gpointer *args = data;

  return prov_test_find_widget (args[0], GTK_TYPE_LABEL, args[1]) != NULL;
}

static void
wait_label (Fixture    *fixture,
            const char *text)
{
  gpointer args[] = { fixture->window, (gpointer) text };

  g_assert_true (prov_test_wait_for (has_label, args, 15000));
}

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = prov_store_list_sources_sync (fixture->lib.store, NULL);
  GtkWidget *search;

  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpuint (prov_sources_window_get_n_sources (fixture->window), ==, 3);
  wait_label (fixture, "the Port Authority");
  wait_label (fixture, "2 claims");
  wait_label (fixture, "1 claim");
  g_assert_cmpstr (adw_window_title_get_subtitle
                     (ADW_WINDOW_TITLE (prov_test_find_widget (GTK_WIDGET (fixture->window),
                                                               ADW_TYPE_WINDOW_TITLE, NULL))),
                   ==, "3 sources");

  /* search names and aliases */
  search = prov_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "Calder");
  g_signal_emit_by_name (search, "search-changed");
  prov_test_iterate ();
  g_assert_cmpuint (prov_sources_window_get_n_sources (fixture->window), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  prov_test_iterate ();
  g_assert_cmpuint (prov_sources_window_get_n_sources (fixture->window), ==, 3);
}

static gboolean
source_named (gpointer data)
{
  gpointer *args = data;
  Fixture *fixture = args[0];
  g_autoptr(ProvSource) source = prov_store_get_source_sync (fixture->lib.store,
                                                             fixture->long_name, NULL);

  return g_strcmp0 (prov_source_get_name (source), args[1]) == 0 &&
         g_strcmp0 (prov_source_get_reliability (source), args[2]) == 0;
}

static gboolean
source_typed (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(ProvSource) source = prov_store_get_source_sync (fixture->lib.store,
                                                             fixture->long_name, NULL);

  return g_strcmp0 (prov_source_get_source_type (source), "organisation") == 0;
}

static gboolean
alias_found (gpointer data)
{
  gpointer *args = data;
  Fixture *fixture = args[0];

  return (prov_store_find_source_sync (fixture->lib.store, args[1], NULL) ==
          fixture->long_name) == GPOINTER_TO_INT (args[2]);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  user_data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *name_row;
  GtkWidget *alias_row;
  GtkWidget *remove;
  gpointer named[] = { fixture, (gpointer) "Calder Bay Port Authority", (gpointer) "B" };
  gpointer alias_on[] = { fixture, (gpointer) "CBPA", GINT_TO_POINTER (TRUE) };
  gpointer alias_off[] = { fixture, (gpointer) "CBPA", GINT_TO_POINTER (FALSE) };
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();

  prov_sources_window_select_sources (fixture->window, &fixture->long_name, 1);
  prov_test_iterate ();
  name_row = prov_test_find_widget (root, ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_true (gtk_widget_get_mapped (name_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==,
                   "The Calder Bay Port Authority");

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Calder Bay Port Authority");
  g_signal_emit_by_name (name_row, "apply");
  /* the second combo row is the reliability */
  for (GtkWidget *w = prov_test_find_widget (root, ADW_TYPE_COMBO_ROW, NULL);
       w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (ADW_IS_COMBO_ROW (w))
        g_ptr_array_add (combos, w);
    }
  g_assert_cmpuint (combos->len, ==, 2);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 1);
  g_assert_true (prov_test_wait_for (source_named, named, 5000));
  /* the first is the type: organisation */
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), 1);
  g_assert_true (prov_test_wait_for (source_typed, fixture, 5000));
  g_assert_cmpstr (adw_action_row_get_subtitle
                     (ADW_ACTION_ROW (gtk_widget_get_ancestor
                                        (prov_test_find_widget (root, GTK_TYPE_LABEL,
                                                                "Cited By"),
                                         ADW_TYPE_ACTION_ROW))), ==, "1 claim");

  /* aliases: add one, then remove it with its row's button */
  /* the first entry row is the name, the other one adds aliases */
  {
    GtkWidget *page = gtk_widget_get_ancestor (name_row, ADW_TYPE_PREFERENCES_PAGE);
    GtkWidget *found = NULL;
    GQueue queue = G_QUEUE_INIT;

    g_queue_push_tail (&queue, page);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *w = g_queue_pop_head (&queue);

        if (ADW_IS_ENTRY_ROW (w) && w != name_row)
          found = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          g_queue_push_tail (&queue, c);
      }
    alias_row = found;
  }
  g_assert_nonnull (alias_row);
  gtk_editable_set_text (GTK_EDITABLE (alias_row), "CBPA");
  g_signal_emit_by_name (alias_row, "apply");
  g_assert_true (prov_test_wait_for (alias_found, alias_on, 5000));
  wait_label (fixture, "CBPA");

  remove = NULL;
  {
    GtkWidget *label = prov_test_find_widget (gtk_widget_get_ancestor (alias_row,
                                                                       ADW_TYPE_PREFERENCES_GROUP),
                                              GTK_TYPE_LABEL, "CBPA");
    GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);

    remove = prov_test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  }
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_activate (remove));
  g_assert_true (prov_test_wait_for (alias_found, alias_off, 5000));
}

static GtkWindow *
find_dialog (void)
{
  return prov_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
merged (gpointer data)
{
  Fixture *fixture = data;

  return prov_store_get_source_sync (fixture->lib.store, fixture->long_name, NULL) == NULL;
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  user_data)
{
  gint64 ids[2];
  guint before = count_claims (fixture);
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvSource) into = NULL;
  const char * const *aliases;

  ids[0] = fixture->long_name;
  ids[1] = fixture->short_name;
  g_assert_cmpint (claims_of (fixture, fixture->short_name), ==, 2);
  g_assert_cmpint (claims_of (fixture, fixture->long_name), ==, 1);

  /* one selected: nothing to merge */
  prov_sources_window_select_sources (fixture->window, ids, 1);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "sources.merge",
                                              NULL) && find_dialog () != NULL);

  /* two selected: the dialog says how many claims move, and where */
  prov_sources_window_select_sources (fixture->window, ids, 2);
  wait_label (fixture, "Two Sources Selected");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "sources.merge",
                                             NULL));
  g_assert_true (prov_test_wait_for (dialog_shown, NULL, 5000));
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Merge “The Calder Bay Port Authority” Into “the Port Authority”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "1 claim moves"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "reverse"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "reverse"),
                   ==, "_Keep “The Calder Bay Port Authority”");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  g_assert_true (prov_test_wait_for (merged, fixture, 5000));

  /* every claim is kept, and all three now cite the source that kept its name */
  g_assert_cmpuint (count_claims (fixture), ==, before);
  g_assert_cmpint (claims_of (fixture, fixture->short_name), ==, 3);
  into = prov_store_get_source_sync (fixture->lib.store, fixture->short_name, &error);
  g_assert_no_error (error);
  aliases = prov_source_get_aliases (into);
  g_assert_true (g_strv_contains (aliases, "The Calder Bay Port Authority"));
  wait_label (fixture, "3 claims");
  g_assert_cmpuint (prov_sources_window_get_n_sources (fixture->window), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add ("/prov/sources-window/list", Fixture, NULL, fixture_set_up, test_list,
              fixture_tear_down);
  g_test_add ("/prov/sources-window/edit", Fixture, NULL, fixture_set_up, test_edit,
              fixture_tear_down);
  g_test_add ("/prov/sources-window/merge", Fixture, NULL, fixture_set_up, test_merge,
              fixture_tear_down);
  return g_test_run ();
}
