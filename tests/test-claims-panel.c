/* test-claims-panel.c — the claims panel, its editor and source picker, under a headless display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-claim-editor.h"
#include "prov-claim-row.h"
#include "prov-claims-panel.h"
#include "prov-source-picker.h"
#include "test-claims-util.h"

typedef struct
{
  TestLibrary      lib;
  gint64           document_id;
  GArray          *claim_ids;    /* in document order, as the store lists them */
  GtkWindow       *window;
  ProvClaimsPanel *panel;
  GPtrArray       *toasts;       /* "undo: message" or "error: message" */
  guint            selected_notifies;
} Fixture;

static void
toast_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->toasts,
                   g_strdup_printf ("%s: %s",
                                    g_str_equal (g_action_get_name (G_ACTION (action)),
                                                 "toast-undo") ? "undo" : "error",
                                    g_variant_get_string (parameter, NULL)));
}

static void
selected_notify_cb (Fixture *fixture)
{
  fixture->selected_notifies++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GPtrArray) claims = NULL;
  const GActionEntry entries[] = {
    { .name = "toast", .activate = toast_cb, .parameter_type = "s" },
    { .name = "toast-undo", .activate = toast_cb, .parameter_type = "s" },
  };

  test_library_open (&fixture->lib);
  fixture->document_id = test_library_add (&fixture->lib, "https://example.test/harbour",
                                           "Harbour", TEST_CLAIMS_TEXT);
  claims = prov_store_list_claims_sync (fixture->lib.store, fixture->document_id, TRUE, NULL);
  fixture->claim_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < claims->len; i++)
    {
      gint64 id = prov_claim_get_id (g_ptr_array_index (claims, i));

      g_array_append_val (fixture->claim_ids, id);
    }
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 360, 760);
  g_action_map_add_action_entries (G_ACTION_MAP (win), entries, G_N_ELEMENTS (entries), fixture);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (win));
  fixture->panel = g_object_new (PROV_TYPE_CLAIMS_PANEL, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  g_signal_connect_swapped (fixture->panel, "notify::selected-claim-id",
                            G_CALLBACK (selected_notify_cb), fixture);
  prov_claims_panel_set_store (fixture->panel, fixture->lib.store);
  prov_claims_panel_set_document_id (fixture->panel, fixture->document_id);
  gtk_window_present (fixture->window);
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  prov_test_iterate ();
  g_array_unref (fixture->claim_ids);
  g_ptr_array_unref (fixture->toasts);
  test_library_close (&fixture->lib);
}

static gint64
claim_id (Fixture *fixture,
          guint    index)
{
  g_assert_cmpuint (index, <, fixture->claim_ids->len);
  return g_array_index (fixture->claim_ids, gint64, index);
}

static ProvClaim *
stored_claim (Fixture *fixture,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  ProvClaim *claim = prov_store_get_claim_sync (fixture->lib.store, id, &error);

  g_assert_no_error (error);
  return claim;
}

/* ---- waiting for the async writes ---- */

typedef struct
{
  Fixture    *fixture;
  gint64      id;
  const char *field;
  const char *value;
} Expect;

static char *
claim_field (ProvClaim  *claim,
             const char *field)
{
  if (g_str_equal (field, "suggestion"))
    return g_strdup (prov_claim_get_suggestion (claim));
  if (g_str_equal (field, "rating"))
    return prov_claim_format_rating (claim);
  if (g_str_equal (field, "reliability-set"))
    return g_strdup (prov_claim_get_reliability_set (claim) ? "yes" : "no");
  if (g_str_equal (field, "source"))
    return g_strdup (prov_claim_get_source_name (claim) != NULL
                     ? prov_claim_get_source_name (claim) : "");
  if (g_str_equal (field, "status"))
    return g_strdup (prov_claim_get_status (claim));
  if (g_str_equal (field, "note"))
    return g_strdup (prov_claim_get_note (claim) != NULL ? prov_claim_get_note (claim) : "");
  if (g_str_equal (field, "tags"))
    return g_strjoinv (",", (char **) prov_claim_get_tags (claim));
  g_assert_not_reached ();
}

static gboolean
expect_holds (gpointer data)
{
  Expect *expect = data;
  g_autoptr(ProvClaim) claim = stored_claim (expect->fixture, expect->id);
  g_autofree char *value = claim_field (claim, expect->field);

  return g_strcmp0 (value, expect->value) == 0;
}

/* Waits until the stored claim's @field reads @value (then lets the panel reload). */
static void
wait_claim (Fixture    *fixture,
            gint64      id,
            const char *field,
            const char *value)
{
  Expect expect = { fixture, id, field, value };

  if (!prov_test_wait_for (expect_holds, &expect, 5000))
    {
      g_autoptr(ProvClaim) claim = stored_claim (fixture, id);
      g_autofree char *now = claim_field (claim, field);

      g_assert_cmpstr (now, ==, value);
    }
  prov_test_iterate ();
}

static gboolean
can_undo_is_false (gpointer data)
{
  return !prov_claims_panel_can_undo (data);
}

/* ---- tests ---- */

/* Collects the descendants of @root of @type, in tree order. */
static void
collect_type (GtkWidget *root,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      g_ptr_array_add (found, root);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return prov_test_find_widget (GTK_WIDGET (wait->fixture->panel), GTK_TYPE_LABEL,
                                wait->text) != NULL;
}

/* Waits until a label reading @text is in the panel. */
static void
wait_label (Fixture    *fixture,
            const char *text)
{
  LabelWait wait = { fixture, text };

  g_assert_true (prov_test_wait_for (label_shown, &wait, 5000));
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  user_data)
{
  static const char * const kinds[] = { "named", "anonymous", "hearsay", "hedge", "quote" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *title;

  g_assert_cmpuint (fixture->claim_ids->len, ==, 5);
  g_assert_cmpuint (prov_claims_panel_get_n_claims (fixture->panel), ==, 5);
  title = prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL, "Claims (5)");
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_get_mapped (title));

  /* the rows on screen show the claims in reading order, each with its kind and rating */
  collect_type (GTK_WIDGET (fixture->panel), PROV_TYPE_CLAIM_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    {
      ProvClaim *claim = prov_claim_row_get_claim (g_ptr_array_index (rows, i));

      g_assert_nonnull (claim);
      g_assert_cmpint (prov_claim_get_id (claim), ==, claim_id (fixture, i));
      g_assert_cmpstr (prov_claim_get_kind (claim), ==, kinds[i]);
      g_assert_nonnull (prov_test_find_widget (g_ptr_array_index (rows, i), GTK_TYPE_LABEL,
                                               "F6"));
      g_assert_nonnull (prov_test_find_widget (g_ptr_array_index (rows, i), GTK_TYPE_LABEL,
                                               "Suggested"));
    }
  g_assert_nonnull (prov_test_find_widget (g_ptr_array_index (rows, 0), GTK_TYPE_LABEL,
                                           "the Port Authority"));
  g_assert_nonnull (prov_test_find_widget (g_ptr_array_index (rows, 2), GTK_TYPE_LABEL,
                                           "No source"));

  /* document 0: the empty state */
  prov_claims_panel_set_document_id (fixture->panel, 0);
  prov_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (prov_test_find_widget (GTK_WIDGET (fixture->panel),
                                                               ADW_TYPE_STATUS_PAGE,
                                                               "No Claims")));
  g_assert_cmpuint (prov_claims_panel_get_n_claims (fixture->panel), ==, 0);
}

static void
test_accept_dismiss (Fixture       *fixture,
                     gconstpointer  user_data)
{
  /* j selects the first claim when none is */
  prov_claims_panel_select_next (fixture->panel);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 0));
  prov_claims_panel_accept_selected (fixture->panel);
  wait_claim (fixture, claim_id (fixture, 0), "suggestion", "accepted");
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==, "undo: Suggestion accepted");
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL,
                                           "✓ Accepted"));

  /* x on the second: it leaves the list and the third takes its place */
  prov_claims_panel_select_next (fixture->panel);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 1));
  prov_claims_panel_dismiss_selected (fixture->panel);
  wait_claim (fixture, claim_id (fixture, 1), "suggestion", "dismissed");
  g_assert_cmpuint (prov_claims_panel_get_n_claims (fixture->panel), ==, 4);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 2));
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL,
                                           "Claims (4)"));

  /* dismissed suggestions can be shown again, and restored */
  prov_claims_panel_set_show_dismissed (fixture->panel, TRUE);
  prov_test_iterate ();
  g_assert_cmpuint (prov_claims_panel_get_n_claims (fixture->panel), ==, 5);
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL,
                                           "Dismissed"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "claims.accept", "x",
                                             claim_id (fixture, 1)));
  wait_claim (fixture, claim_id (fixture, 1), "suggestion", "accepted");

  /* the row's own Dismiss button works on its claim, whatever is selected */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "claims.dismiss", "x",
                                             claim_id (fixture, 4)));
  wait_claim (fixture, claim_id (fixture, 4), "suggestion", "dismissed");

  /* undo restores the suggestion as it was */
  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, claim_id (fixture, 4), "suggestion", "suggested");
}

static void
test_rating_undo (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gint64 id = claim_id (fixture, 0);

  g_assert_false (prov_claims_panel_can_undo (fixture->panel));
  prov_claims_panel_set_selected_claim_id (fixture->panel, id);
  prov_claims_panel_set_selected_reliability (fixture->panel, 'b');
  wait_claim (fixture, id, "rating", "B6");
  prov_claims_panel_set_selected_credibility (fixture->panel, 2);
  wait_claim (fixture, id, "rating", "B2");
  g_assert_true (prov_claims_panel_can_undo (fixture->panel));
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL, "B2"));
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 0), ==,
                   "undo: Reliability B — Usually reliable");
  g_assert_cmpstr (g_ptr_array_index (fixture->toasts, 1), ==,
                   "undo: Credibility 2 — Probably true");

  /* the editor shows the stored rating */
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LABEL,
                                           "B — Usually reliable"));

  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, id, "rating", "B6");
  prov_claims_panel_undo (fixture->panel);
  /* back to no reliability of its own: it follows its source's (F) again */
  wait_claim (fixture, id, "reliability-set", "no");
  wait_claim (fixture, id, "rating", "F6");
  g_assert_true (prov_test_wait_for (can_undo_is_false, fixture->panel, 1000));

  /* the editor's dropdowns write too: the third is the review status */
  {
    GtkWidget *editor = prov_test_find_widget (GTK_WIDGET (fixture->panel),
                                               PROV_TYPE_CLAIM_EDITOR, NULL);
    g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();

    collect_type (editor, GTK_TYPE_DROP_DOWN, dropdowns);
    g_assert_cmpuint (dropdowns->len, ==, 3);
    gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 2), PROV_REVIEW_VERIFIED);
    wait_claim (fixture, id, "status", "verified");
    gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 1), 0);
    wait_claim (fixture, id, "rating", "F1");
    prov_claims_panel_undo (fixture->panel);
    wait_claim (fixture, id, "rating", "F6");
    prov_claims_panel_undo (fixture->panel);
    wait_claim (fixture, id, "status", "unreviewed");
  }
}

static gboolean
source_found (gpointer data)
{
  Fixture *fixture = data;

  return prov_store_find_source_sync (fixture->lib.store, "Harbour Desk", NULL) != 0;
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *text)
{
  GtkWidget *label = prov_test_find_widget (root, GTK_TYPE_LABEL, text);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

static void
test_source_picker (Fixture       *fixture,
                    gconstpointer  user_data)
{
  gint64 id = claim_id (fixture, 2);   /* "reportedly": no source */
  GtkWidget *picker;
  gint64 source_id;

  prov_claims_panel_set_selected_claim_id (fixture->panel, id);
  prov_test_iterate ();
  picker = prov_test_find_widget (GTK_WIDGET (fixture->panel), PROV_TYPE_SOURCE_PICKER, NULL);
  g_assert_nonnull (picker);
  g_assert_cmpint (prov_source_picker_get_source_id (PROV_SOURCE_PICKER (picker)), ==, 0);

  /* a name nobody has: "New source “…”" creates it and links the claim */
  prov_source_picker_set_search (PROV_SOURCE_PICKER (picker), "Harbour Desk");
  /* (the popover is not shown, so the button is clicked rather than activated) */
  g_signal_emit_by_name (find_button_with_label (picker, "New source “Harbour Desk”"),
                         "clicked");
  wait_claim (fixture, id, "source", "Harbour Desk");
  g_assert_true (source_found (fixture));
  source_id = prov_store_find_source_sync (fixture->lib.store, "Harbour Desk", NULL);
  g_assert_cmpint (prov_source_picker_get_source_id (PROV_SOURCE_PICKER (picker)), ==,
                   source_id);

  /* another name of that source */
  prov_source_picker_set_search (PROV_SOURCE_PICKER (picker), "the desk");
  g_signal_emit_by_name (find_button_with_label (picker,
                                                 "Add “the desk” as an alias of Harbour Desk"),
                         "clicked");
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (prov_store_find_source_sync (fixture->lib.store, "the desk", NULL) != source_id &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (prov_store_find_source_sync (fixture->lib.store, "the desk", NULL), ==,
                     source_id);
  }

  /* searching finds the source by its alias; picking an existing source links it */
  prov_claims_panel_set_selected_claim_id (fixture->panel, claim_id (fixture, 3));
  prov_test_iterate ();
  prov_source_picker_set_search (PROV_SOURCE_PICKER (picker), "desk");
  g_assert_false (gtk_widget_get_visible (prov_test_find_widget (picker, GTK_TYPE_LABEL,
                                                                "No source matches")));
  g_signal_emit_by_name (prov_test_find_widget (picker, GTK_TYPE_SEARCH_ENTRY, NULL), "activate");
  wait_claim (fixture, claim_id (fixture, 3), "source", "Harbour Desk");

  /* undo unlinks, then removes the alias, then unlinks the first claim */
  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, claim_id (fixture, 3), "source", "");
  prov_claims_panel_undo (fixture->panel);
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (prov_store_find_source_sync (fixture->lib.store, "the desk", NULL) != 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (prov_store_find_source_sync (fixture->lib.store, "the desk", NULL), ==, 0);
  }
  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, id, "source", "");
}

static void
test_tags_note (Fixture       *fixture,
                gconstpointer  user_data)
{
  gint64 id = claim_id (fixture, 1);
  GtkWidget *editor;
  GtkWidget *entry;
  GtkTextView *note;

  prov_claims_panel_set_selected_claim_id (fixture->panel, id);
  prov_test_iterate ();
  editor = prov_test_find_widget (GTK_WIDGET (fixture->panel), PROV_TYPE_CLAIM_EDITOR, NULL);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpint (prov_claim_get_id (prov_claim_editor_get_claim (PROV_CLAIM_EDITOR (editor))),
                   ==, id);

  entry = prov_test_find_widget (editor, GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  cost  ");
  g_signal_emit_by_name (entry, "activate");
  wait_claim (fixture, id, "tags", "cost");
  gtk_editable_set_text (GTK_EDITABLE (entry), "tender");
  g_signal_emit_by_name (entry, "activate");
  wait_claim (fixture, id, "tags", "cost,tender");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* the chip's × removes its tag */
  g_assert_true (gtk_widget_activate (gtk_widget_get_next_sibling
                                        (prov_test_find_widget (editor, GTK_TYPE_LABEL,
                                                                "cost"))));
  wait_claim (fixture, id, "tags", "tender");
  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, id, "tags", "cost,tender");

  /* the note is saved after a pause in typing, and undone in one step */
  note = GTK_TEXT_VIEW (prov_test_find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (note));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Check the *tender* file", -1);
  wait_claim (fixture, id, "note", "Check the *tender* file");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Check the tender file again", -1);
  prov_claim_editor_flush_note (PROV_CLAIM_EDITOR (editor));
  wait_claim (fixture, id, "note", "Check the tender file again");
  prov_claims_panel_undo (fixture->panel);
  wait_claim (fixture, id, "note", "");
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    /* the editor shows the note as it is again, even with the focus in it */
    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (note), &start, &end);
    shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (note), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkListView *list = GTK_LIST_VIEW (prov_test_find_widget (GTK_WIDGET (fixture->panel),
                                                            GTK_TYPE_LIST_VIEW, NULL));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  GtkWidget *editor = prov_test_find_widget (GTK_WIDGET (fixture->panel),
                                             PROV_TYPE_CLAIM_EDITOR, NULL);
  guint notifies;

  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==, 0);

  /* setting the property selects the row */
  notifies = fixture->selected_notifies;
  g_object_set (fixture->panel, "selected-claim-id", claim_id (fixture, 3), NULL);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  g_assert_cmpuint (fixture->selected_notifies, ==, notifies + 1);
  g_assert_cmpint (prov_claim_get_id (prov_claim_editor_get_claim (PROV_CLAIM_EDITOR (editor))),
                   ==, claim_id (fixture, 3));

  /* selecting a row sets the property */
  gtk_single_selection_set_selected (selection, 1);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 1));
  g_assert_cmpuint (fixture->selected_notifies, ==, notifies + 2);

  /* k and j walk the list and stop at its ends */
  prov_claims_panel_select_previous (fixture->panel);
  prov_claims_panel_select_previous (fixture->panel);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 0));
  for (guint i = 0; i < 7; i++)
    prov_claims_panel_select_next (fixture->panel);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 4));

  /* a change made elsewhere (the CLI, the reader) reloads the list and keeps the selection */
  prov_store_update_claim_sync (fixture->lib.store, claim_id (fixture, 4),
                                &(ProvClaimUpdate) { .fields = PROV_CLAIM_UPDATE_CREDIBILITY,
                                                     .credibility = 3 }, NULL);
  wait_label (fixture, "F3");
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 4));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 4);

  /* so does a change of the registry: the row shows the source's new name */
  g_assert_true (prov_store_update_source_sync (fixture->lib.store,
                                                prov_store_find_source_sync (fixture->lib.store,
                                                                             "the Port Authority",
                                                                             NULL),
                                                "Calder Bay Port Authority", NULL, '\0', NULL));
  wait_label (fixture, "Calder Bay Port Authority");
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   claim_id (fixture, 4));

  /* 0 unselects */
  prov_claims_panel_set_selected_claim_id (fixture->panel, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_null (prov_claim_editor_get_claim (PROV_CLAIM_EDITOR (editor)));
}

static gboolean
row_shown (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_type (args[0], PROV_TYPE_CLAIM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      ProvClaim *claim = prov_claim_row_get_claim (g_ptr_array_index (rows, i));

      if (claim != NULL && prov_claim_get_id (claim) == *(gint64 *) args[1] &&
          gtk_widget_get_mapped (g_ptr_array_index (rows, i)))
        return TRUE;
    }
  return FALSE;
}

static void
test_long_list (Fixture       *fixture,
                gconstpointer  user_data)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GArray) ids = NULL;
  gint64 document_id, last;
  GtkScrolledWindow *scroller;
  gpointer args[2];

  /* 30 times the five sentences: 150 claims */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (text, "%s\n\n", TEST_CLAIMS_TEXT);
  document_id = test_library_add (&fixture->lib, "https://example.test/long", "Long", text->str);
  g_string_free (text, TRUE);
  ids = prov_store_query_claim_ids_sync (fixture->lib.store, document_id, FALSE, NULL);
  g_assert_cmpuint (ids->len, ==, 150);

  prov_claims_panel_set_document_id (fixture->panel, document_id);
  prov_test_iterate ();
  g_assert_cmpuint (prov_claims_panel_get_n_claims (fixture->panel), ==, 150);
  wait_label (fixture, "Claims (150)");

  /* selecting the last claim scrolls the list down to it */
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor
                                   (prov_test_find_widget (GTK_WIDGET (fixture->panel),
                                                           GTK_TYPE_LIST_VIEW, NULL),
                                    GTK_TYPE_SCROLLED_WINDOW));
  prov_claims_panel_select_next (fixture->panel);
  prov_test_iterate ();
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)),
                     ==, 0);
  last = g_array_index (ids, gint64, ids->len - 1);
  prov_claims_panel_set_selected_claim_id (fixture->panel, last);
  args[0] = fixture->panel;
  args[1] = &last;
  g_assert_true (prov_test_wait_for (row_shown, args, 5000));
  prov_test_iterate ();
  g_test_message ("scrolled to %g of %g",
                  gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)),
                  gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (scroller)));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)),
                     >, 0);

  /* and k walks back up from there */
  prov_claims_panel_select_previous (fixture->panel);
  g_assert_cmpint (prov_claims_panel_get_selected_claim_id (fixture->panel), ==,
                   g_array_index (ids, gint64, ids->len - 2));
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

  g_test_add ("/prov/claims-panel/rows", Fixture, NULL, fixture_set_up, test_rows,
              fixture_tear_down);
  g_test_add ("/prov/claims-panel/accept-dismiss", Fixture, NULL, fixture_set_up,
              test_accept_dismiss, fixture_tear_down);
  g_test_add ("/prov/claims-panel/rating-undo", Fixture, NULL, fixture_set_up,
              test_rating_undo, fixture_tear_down);
  g_test_add ("/prov/claims-panel/source-picker", Fixture, NULL, fixture_set_up,
              test_source_picker, fixture_tear_down);
  g_test_add ("/prov/claims-panel/tags-note", Fixture, NULL, fixture_set_up, test_tags_note,
              fixture_tear_down);
  g_test_add ("/prov/claims-panel/selection", Fixture, NULL, fixture_set_up, test_selection,
              fixture_tear_down);
  g_test_add ("/prov/claims-panel/long-list", Fixture, NULL, fixture_set_up, test_long_list,
              fixture_tear_down);
  return g_test_run ();
}
