/* test-window.c — the workbench window under a real (headless) display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "prov-add-dialog.h"
#include "prov-claims-panel.h"
#include "prov-export-dialog.h"
#include "prov-application.h"
#include "prov-library-sidebar.h"
#include "prov-reader-view.h"
#include "prov-window.h"
#include "test-gui-util.h"
#include "test-store-util.h"

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

static ProvLibrarySidebar *
sidebar_of (Fixture *fixture)
{
  return PROV_LIBRARY_SIDEBAR (prov_test_find_widget (GTK_WIDGET (fixture->window),
                                                      PROV_TYPE_LIBRARY_SIDEBAR, NULL));
}

static GtkStack *
sidebar_stack (Fixture *fixture)
{
  return prov_test_find_stack (GTK_WIDGET (sidebar_of (fixture)), "no-results");
}

static void
test_sample_article (Fixture       *fixture,
                     gconstpointer  user_data)
{
  ProvStore *store = prov_application_get_store (fixture->app);
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  g_autoptr(ProvDocument) doc = NULL;
  gint64 id;

  /* A new library holds the sample article, and the window opens on it. */
  g_assert_nonnull (store);
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 1);
  id = prov_window_get_document_id (fixture->window);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (prov_library_sidebar_get_selected_document_id (sidebar), ==, id);
  doc = prov_store_get_document_sync (store, id, NULL);
  g_assert_cmpstr (prov_document_get_site (doc), ==, "The Coastal Ledger");
  g_assert_cmpint (prov_document_get_claim_count (doc), >=, 20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (fixture)), ==, "list");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   prov_document_get_title (doc));
}

static void
set_search (Fixture    *fixture,
            const char *text)
{
  GtkWidget *entry = prov_test_find_widget (GTK_WIDGET (sidebar_of (fixture)),
                                            GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry reports changes after a short delay; ask for it now. */
  g_signal_emit_by_name (entry, "search-changed");
  prov_test_iterate ();
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GtkWidget *revealer;

  set_search (fixture, "dredg*");
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 1);

  set_search (fixture, "zeppelin");
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (fixture)), ==, "no-results");

  /* A malformed query is a message under the entry, not a failure. */
  set_search (fixture, "\"harbour");
  revealer = prov_test_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_REVEALER, NULL);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  set_search (fixture, "");
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
}

static gboolean
has_two_documents (gpointer sidebar)
{
  return prov_library_sidebar_get_n_documents (sidebar) == 2;
}

/* The list of documents (not the list in a drop-down's popover). */
static GtkGridView *
find_document_list (GtkWidget *root)
{
  if (GTK_IS_GRID_VIEW (root) && gtk_widget_get_ancestor (root, GTK_TYPE_POPOVER) == NULL)
    return GTK_GRID_VIEW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkGridView *found = find_document_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_three_documents (gpointer sidebar)
{
  return prov_library_sidebar_get_n_documents (sidebar) == 3;
}

/* The "Mostly Anonymous Sourcing" saved filter lists the documents whose anonymous and hearsay
 * attributions outnumber the named ones. */
static void
test_anonymous_filter (Fixture       *fixture,
                       gconstpointer  user_data)
{
  ProvStore *store = prov_application_get_store (fixture->app);
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GtkDropDown *dropdown = GTK_DROP_DOWN (prov_test_find_widget (GTK_WIDGET (sidebar),
                                                                GTK_TYPE_DROP_DOWN, NULL));
  GtkGridView *document_view = find_document_list (GTK_WIDGET (sidebar));
  GListModel *names = G_LIST_MODEL (gtk_drop_down_get_model (dropdown));
  GListModel *shown = G_LIST_MODEL (gtk_grid_view_get_model (document_view));
  g_autoptr(ProvDocument) sample = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 sample_id = prov_window_get_document_id (fixture->window);
  gint64 unnamed, named;
  guint position = G_MAXUINT;

  /* 2 unnamed > 1 named, and 2 = 2 (not mostly) */
  unnamed = test_add_sourced_document (store, "Unnamed officials", "ahn");
  named = test_add_sourced_document (store, "On the record", "nnah");
  g_assert_true (prov_test_wait_for (has_three_documents, sidebar, 5000));
  g_assert_cmpint (named, >, 0);

  /* the sample article is in or out by its own counts */
  sample = prov_store_get_document_sync (store, sample_id, NULL);
  if (prov_document_get_kind_count (sample, PROV_KIND_ANONYMOUS)
      + prov_document_get_kind_count (sample, PROV_KIND_HEARSAY)
      > prov_document_get_kind_count (sample, PROV_KIND_NAMED))
    g_array_append_val (expected, sample_id);
  g_array_append_val (expected, unnamed);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i),
                   "Mostly Anonymous Sourcing") == 0)
      position = i;
  g_assert_cmpuint (position, <, g_list_model_get_n_items (names));
  gtk_drop_down_set_selected (dropdown, position);
  prov_test_iterate ();

  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, expected->len);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected->len);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(ProvDocument) doc = g_list_model_get_item (shown, i);
      gint64 id = prov_document_get_id (doc);
      gboolean found = FALSE;

      for (guint j = 0; j < expected->len; j++)
        found |= g_array_index (expected, gint64, j) == id;
      g_assert_true (found);
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (fixture)), ==, "list");

  gtk_drop_down_set_selected (dropdown, 0);
  prov_test_iterate ();
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 3);
}

static void
test_add_text (Fixture       *fixture,
               gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GtkWindow *dialog;
  GtkWidget *button;
  GtkTextView *text_view;
  GtkEditable *title;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add", NULL);
  prov_test_iterate ();
  dialog = prov_test_find_toplevel (PROV_TYPE_ADD_DIALOG);
  g_assert_nonnull (dialog);

  prov_add_dialog_set_page (PROV_ADD_DIALOG (dialog), "text");
  button = prov_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Add");
  g_assert_false (gtk_widget_get_sensitive (button));

  title = GTK_EDITABLE (prov_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL));
  gtk_editable_set_text (title, "Council vote");
  /* The web addresses are typed in a monospace view, the pasted text in the other. */
  text_view = prov_test_find_text_view (GTK_WIDGET (dialog), FALSE);
  g_assert_nonnull (text_view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view),
                            "The council will vote on the bridge in May, officials said.", -1);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");

  g_assert_true (prov_test_wait_for (has_two_documents, sidebar, 10000));
  prov_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Council vote");
}

static void
serve_article_cb (SoupServer        *server,
                  SoupServerMessage *msg,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  static const char page[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Ferry fares rise | The Harbour Times</title>"
    "<meta property=\"og:site_name\" content=\"The Harbour Times\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
    "<article><h1>Ferry fares rise</h1><p class=\"byline\">By Ana Ruiz</p>"
    "<p>Ferry fares will rise by ten percent in April, the transport board said on Monday, "
    "citing the price of fuel.</p>"
    "<p>Some commuters reportedly plan to drive instead, and the change could potentially "
    "add traffic on the coast road, according to a council planner.</p></article>"
    "<footer>© The Harbour Times</footer></body></html>";

  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                    page, sizeof page - 1);
}

static void
test_import_from_server (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  const char *sources[2] = { NULL, NULL };

  soup_server_add_handler (server, NULL, serve_article_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  url = g_strdup_printf ("%sfares", base);
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  sources[0] = url;
  prov_window_import (fixture->window, sources);
  g_assert_true (prov_test_wait_for (has_two_documents, sidebar, 10000));
  prov_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Ferry fares rise");

  /* Importing it again finds it rather than adding it twice. */
  prov_window_import (fixture->window, sources);
  for (guint i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 2);
}

static void
test_drop_file (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("provenance-drop-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "budget.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GSList *files;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_no_error (error);
  g_file_set_contents (path, "City budget passes\n\nThe budget passed on Tuesday, the mayor said.",
                       -1, &error);
  g_assert_no_error (error);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);

  g_assert_true (prov_test_wait_for (has_two_documents, sidebar_of (fixture), 10000));
  prov_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "City budget passes");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_open_files (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("provenance-open-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notes.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[] = { file };
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);

  g_assert_no_error (error);
  g_file_set_contents (path, "# Ferry timetable changes\n\nThe ferry will reportedly run "
                       "less often in winter.\n", -1, &error);
  g_assert_no_error (error);

  /* What the file manager's "Open With" and `provenance FILE` do. */
  g_application_open (G_APPLICATION (fixture->app), files, 1, "");
  g_assert_true (prov_test_wait_for (has_two_documents, sidebar, 10000));
  prov_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   "Ferry timetable changes");

  /* Opening it again finds it: no second copy. */
  g_application_open (G_APPLICATION (fixture->app), files, 1, "");
  prov_test_run_for (1000);
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 2);
  g_unlink (path);
  g_rmdir (dir);
}

static GtkPaned *
claims_paned (Fixture *fixture)
{
  GtkWidget *claims = prov_test_find_widget (GTK_WIDGET (fixture->window),
                                             g_type_from_name ("ProvClaimsPanel"), NULL);

  return GTK_PANED (gtk_widget_get_parent (claims));
}

static gboolean
claims_fold_under_reader (gpointer paned)
{
  return gtk_orientable_get_orientation (paned) == GTK_ORIENTATION_VERTICAL;
}

static void
test_narrow_window (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkPaned *paned = claims_paned (fixture);

  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (paned)), ==,
                   GTK_ORIENTATION_HORIZONTAL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 760, 700);
  g_assert_true (prov_test_wait_for (claims_fold_under_reader, paned, 5000));
}

static gboolean
file_is_written (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS)
         && prov_test_find_toplevel (PROV_TYPE_EXPORT_DIALOG) == NULL;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("provenance-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  ProvReportOptions options;
  GtkWindow *dialog;
  gsize length;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  prov_test_iterate ();
  dialog = prov_test_find_toplevel (PROV_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);

  /* Every kind and status is in by default; dismissed suggestions are not. */
  prov_export_dialog_get_options (PROV_EXPORT_DIALOG (dialog), &options);
  g_assert_false (options.include_dismissed);
  g_assert_cmpuint (options.kinds, ==, (1u << PROV_N_KINDS) - 1);

  prov_export_dialog_set_format (PROV_EXPORT_DIALOG (dialog), PROV_REPORT_FORMAT_PDF);
  prov_export_dialog_export_to_file (PROV_EXPORT_DIALOG (dialog), file);
  g_assert_true (prov_test_wait_for (file_is_written, path, 20000));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (length > 1000 && g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "_Open"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The claim selected in the claims panel, as stored now. */
static ProvClaim *
selected_claim (Fixture *fixture)
{
  ProvClaimsPanel *panel = PROV_CLAIMS_PANEL (prov_test_find_widget (GTK_WIDGET (fixture->window),
                                                                     PROV_TYPE_CLAIMS_PANEL,
                                                                     NULL));

  return prov_store_get_claim_sync (prov_application_get_store (fixture->app),
                                    prov_claims_panel_get_selected_claim_id (panel), NULL);
}

static gboolean
claim_is_rated_b2 (gpointer user_data)
{
  g_autoptr(ProvClaim) claim = selected_claim (user_data);

  return claim != NULL && prov_claim_get_credibility (claim) == 2
         && g_strcmp0 (prov_claim_get_reliability (claim), "B") == 0
         && g_strcmp0 (prov_claim_get_suggestion (claim), "accepted") == 0;
}

static gboolean
claim_is_unrated (gpointer user_data)
{
  g_autoptr(ProvClaim) claim = selected_claim (user_data);

  return claim != NULL && prov_claim_get_credibility (claim) == 6;
}

static void
test_keyboard_triage (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  ProvClaimsPanel *panel = PROV_CLAIMS_PANEL (prov_test_find_widget (root, PROV_TYPE_CLAIMS_PANEL,
                                                                     NULL));
  ProvReaderView *reader = PROV_READER_VIEW (prov_test_find_widget (root, PROV_TYPE_READER_VIEW,
                                                                    NULL));
  gint64 first;

  prov_test_run_for (300);
  gtk_widget_activate_action (root, "win.next-claim", NULL);
  prov_test_iterate ();
  first = prov_claims_panel_get_selected_claim_id (panel);
  g_assert_cmpint (first, >, 0);
  /* The reader follows the claims panel. */
  g_assert_cmpint (prov_reader_view_get_selected_claim_id (reader), ==, first);

  gtk_widget_activate_action (root, "win.next-claim", NULL);
  prov_test_iterate ();
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (panel), !=, first);
  gtk_widget_activate_action (root, "win.previous-claim", NULL);
  prov_test_iterate ();
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (panel), ==, first);

  gtk_widget_activate_action (root, "win.accept-claim", NULL);
  prov_test_run_for (200);
  gtk_widget_activate_action (root, "win.credibility", "i", 2);
  prov_test_run_for (200);
  gtk_widget_activate_action (root, "win.reliability", "s", "B");
  g_assert_true (prov_test_wait_for (claim_is_rated_b2, fixture, 5000));

  /* Undo walks back through the changes. */
  g_assert_true (gtk_widget_is_sensitive (root));
  for (guint i = 0; i < 2; i++)
    {
      prov_test_run_for (200);
      gtk_widget_activate_action (root, "win.undo", NULL);
    }
  g_assert_true (prov_test_wait_for (claim_is_unrated, fixture, 5000));
}

static gboolean
library_is_empty (gpointer sidebar)
{
  return prov_library_sidebar_get_n_documents (sidebar) == 0;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  user_data)
{
  ProvLibrarySidebar *sidebar = sidebar_of (fixture);
  GtkWidget *root = GTK_WIDGET (fixture->window);
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (prov_test_find_widget (root,
                                                                       ADW_TYPE_TOAST_OVERLAY,
                                                                       NULL));
  gint64 id = prov_window_get_document_id (fixture->window);

  /* Undo keeps the document. */
  gtk_widget_activate_action (root, "win.delete-selected", NULL);
  prov_test_run_for (600);
  g_assert_cmpint (prov_window_get_document_id (fixture->window), ==, 0);
  prov_test_activate_toast_button (overlay);
  prov_test_run_for (600);
  g_assert_cmpuint (prov_library_sidebar_get_n_documents (sidebar), ==, 1);
  g_assert_cmpint (prov_window_get_document_id (fixture->window), ==, id);

  /* Without Undo the document stays in the trash, out of the library; the empty state shows. */
  gtk_widget_activate_action (root, "win.delete-selected", NULL);
  prov_test_run_for (600);
  g_assert_true (prov_test_wait_for (library_is_empty, sidebar, 5000));
  g_assert_true (prov_store_is_empty_sync (prov_application_get_store (fixture->app), NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack (fixture)), ==, "empty");
  g_assert_nonnull (prov_test_find_widget (root, ADW_TYPE_STATUS_PAGE, "No Documents Yet"));
  g_assert_nonnull (prov_test_find_widget (root, ADW_TYPE_STATUS_PAGE, "No Document Selected"));
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
  g_assert_cmpstr (labels, ==, "win.show-sources win.export app.preferences win.show-help-overlay "
                               "app.about app.quit");
  g_assert_nonnull (gtk_application_window_get_help_overlay (
                      GTK_APPLICATION_WINDOW (fixture->window)));
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
  g_test_add ("/prov/window/sample-article", Fixture, NULL,
              fixture_set_up, test_sample_article, fixture_tear_down);
  g_test_add ("/prov/window/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/prov/window/anonymous-filter", Fixture, NULL,
              fixture_set_up, test_anonymous_filter, fixture_tear_down);
  g_test_add ("/prov/window/add-text", Fixture, NULL,
              fixture_set_up, test_add_text, fixture_tear_down);
  g_test_add ("/prov/window/import-from-server", Fixture, NULL,
              fixture_set_up, test_import_from_server, fixture_tear_down);
  g_test_add ("/prov/window/keyboard-triage", Fixture, NULL,
              fixture_set_up, test_keyboard_triage, fixture_tear_down);
  g_test_add ("/prov/window/export", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/prov/window/open-files", Fixture, NULL,
              fixture_set_up, test_open_files, fixture_tear_down);
  g_test_add ("/prov/window/drop-file", Fixture, NULL,
              fixture_set_up, test_drop_file, fixture_tear_down);
  g_test_add ("/prov/window/narrow-window", Fixture, NULL,
              fixture_set_up, test_narrow_window, fixture_tear_down);
  g_test_add ("/prov/window/delete-and-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
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
