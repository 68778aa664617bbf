/* test-claims-screenshots.c — renders the claims panel and the sources window to PNG files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With PROV_SCREENSHOT_DIR set, it stores the sample article, opens the widgets in the light
 * and the dark style and saves what they look like, for people to look at. The test suite sets
 * it to tests/screenshots in the build folder, so every one of these widgets is drawn in both
 * styles under fatal warnings on each run; run by hand without it, the test is skipped.
 */
#include "config.h"

#include <adwaita.h>

#include "prov-claims-panel.h"
#include "prov-sources-window.h"
#include "test-claims-util.h"

static char *
read_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                 "harbour-plan.txt", NULL);
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* A long document: the sample article four times over, for the 100-claim list. */
static char *
long_text (const char *sample)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 4; i++)
    g_string_append_printf (text, "%s\n\n", sample);
  return g_string_free (text, FALSE);
}

static void
shoot (GtkWidget  *widget,
       const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  prov_test_iterate ();
  g_usleep (200000);
  prov_test_iterate ();
  test_save_png (widget, path);
  g_test_message ("saved %s", path);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("PROV_SCREENSHOT_DIR");
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  static const char * const styles[] = { "light", "dark" };
  g_autofree char *sample = NULL;
  g_autofree char *longer = NULL;
  TestLibrary lib = { 0, };
  gint64 document_id, long_id;
  GtkWindow *window;
  GtkWidget *sources;
  ProvClaimsPanel *panel;
  g_autoptr(GPtrArray) claims = NULL;

  if (dir == NULL)
    {
      g_test_skip ("set PROV_SCREENSHOT_DIR to save screenshots");
      return;
    }
  g_mkdir_with_parents (dir, 0755);

  sample = read_sample ();
  longer = long_text (sample);
  test_library_open (&lib);
  document_id = test_library_add (&lib, "https://coastal-ledger.example/harbour",
                                  "Port Calder harbour expansion delayed", sample);
  long_id = test_library_add (&lib, "https://coastal-ledger.example/long", "Long", longer);

  /* some claims triaged, as in the middle of a session */
  claims = prov_store_list_claims_sync (lib.store, document_id, TRUE, NULL);
  for (guint i = 0; i < claims->len && i < 4; i++)
    {
      ProvClaimUpdate update = { .fields = PROV_CLAIM_UPDATE_SUGGESTION |
                                           PROV_CLAIM_UPDATE_CREDIBILITY |
                                           PROV_CLAIM_UPDATE_RELIABILITY,
                                 .suggestion = PROV_SUGGESTION_ACCEPTED,
                                 .credibility = 2 + (int) i % 3,
                                 .reliability = "BCBA"[i] };

      if (i == 1)
        update.fields |= PROV_CLAIM_UPDATE_STATUS, update.status = PROV_REVIEW_VERIFIED;
      prov_store_update_claim_sync (lib.store,
                                    prov_claim_get_id (g_ptr_array_index (claims, i)),
                                    &update, NULL);
    }
  if (claims->len > 5)
    {
      gint64 id = prov_claim_get_id (g_ptr_array_index (claims, 5));

      prov_store_update_claim_sync (lib.store, id,
                                    &(ProvClaimUpdate) { .fields = PROV_CLAIM_UPDATE_SUGGESTION,
                                                         .suggestion =
                                                           PROV_SUGGESTION_DISMISSED }, NULL);
    }
  prov_store_add_tag_sync (lib.store, 0, prov_claim_get_id (g_ptr_array_index (claims, 1)),
                           "dredging", NULL);
  prov_store_add_tag_sync (lib.store, 0, prov_claim_get_id (g_ptr_array_index (claims, 1)),
                           "cost", NULL);
  prov_store_update_claim_sync (lib.store, prov_claim_get_id (g_ptr_array_index (claims, 1)),
                                &(ProvClaimUpdate) { .fields = PROV_CLAIM_UPDATE_NOTE,
                                                     .note = "Check the tender notice on "
                                                             "the *port authority* site." },
                                NULL);
  prov_test_iterate ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 380, 800);
  panel = g_object_new (PROV_TYPE_CLAIMS_PANEL, NULL);
  gtk_window_set_child (window, GTK_WIDGET (panel));
  prov_claims_panel_set_store (panel, lib.store);
  prov_claims_panel_set_document_id (panel, document_id);
  gtk_window_present (window);
  prov_test_wait_mapped (GTK_WIDGET (window));
  prov_claims_panel_set_selected_claim_id (panel,
                                           prov_claim_get_id (g_ptr_array_index (claims, 1)));

  sources = prov_sources_window_new (lib.store);
  gtk_window_present (GTK_WINDOW (sources));
  prov_test_wait_mapped (sources);
  {
    g_autoptr(GPtrArray) all = prov_store_list_sources_sync (lib.store, NULL);
    gint64 first = all->len > 0 ? prov_source_get_id (g_ptr_array_index (all, 0)) : 0;

    prov_sources_window_select_sources (PROV_SOURCES_WINDOW (sources), &first, 1);
  }

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      g_autofree char *panel_name = g_strdup_printf ("claims-panel-%s.png", styles[s]);
      g_autofree char *long_name = g_strdup_printf ("claims-panel-100-%s.png", styles[s]);
      g_autofree char *kinds_name = g_strdup_printf ("claims-panel-kinds-%s.png", styles[s]);
      g_autofree char *sources_name = g_strdup_printf ("sources-window-%s.png", styles[s]);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s]);
      prov_claims_panel_set_document_id (panel, document_id);
      prov_claims_panel_set_selected_claim_id (panel,
                                               prov_claim_get_id (g_ptr_array_index (claims,
                                                                                     1)));
      shoot (GTK_WIDGET (window), dir, panel_name);
      if (s == 0)
        {
          GtkWidget *button = prov_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_MENU_BUTTON,
                                                     NULL);
          GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON
                                                                        (button)));
          GtkWidget *entry = prov_test_find_widget (popover, GTK_TYPE_SEARCH_ENTRY, NULL);

          gtk_menu_button_popup (GTK_MENU_BUTTON (button));
          prov_test_wait_mapped (popover);
          gtk_editable_set_text (GTK_EDITABLE (entry), "port");
          g_signal_emit_by_name (entry, "search-changed");
          shoot (popover, dir, "source-picker-light.png");
          gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
        }
      shoot (sources, dir, sources_name);
      /* further down the article: hearsay, hedges and quotes */
      prov_claims_panel_set_selected_claim_id (panel,
                                               prov_claim_get_id (g_ptr_array_index
                                                                    (claims,
                                                                     MIN (claims->len - 1,
                                                                          11))));
      shoot (GTK_WIDGET (window), dir, kinds_name);
      prov_claims_panel_set_document_id (panel, long_id);
      prov_claims_panel_set_show_dismissed (panel, TRUE);
      prov_claims_panel_select_previous (panel);
      shoot (GTK_WIDGET (window), dir, long_name);
      prov_claims_panel_set_show_dismissed (panel, FALSE);
    }

  /* the merge dialog */
  {
    g_autoptr(GPtrArray) all = prov_store_list_sources_sync (lib.store, NULL);
    gint64 two[2] = { prov_source_get_id (g_ptr_array_index (all, 0)),
                      prov_source_get_id (g_ptr_array_index (all, 1)) };
    GtkWindow *dialog;

    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_LIGHT);
    prov_sources_window_select_sources (PROV_SOURCES_WINDOW (sources), two, 2);
    prov_sources_window_merge_selected (PROV_SOURCES_WINDOW (sources));
    dialog = prov_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    prov_test_wait_mapped (GTK_WIDGET (dialog));
    shoot (sources, dir, "sources-window-two-light.png");
    shoot (GTK_WIDGET (dialog), dir, "sources-merge-light.png");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  }

  gtk_window_destroy (GTK_WINDOW (sources));
  gtk_window_destroy (window);
  prov_test_iterate ();
  test_library_close (&lib);
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/prov/claims-screenshots/panel-and-sources", test_screenshots);
  return g_test_run ();
}
