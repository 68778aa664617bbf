/* test-reader-view.c — the reader under a real (headless) display
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prov-profile-bar.h"
#include "prov-reader-buffer.h"
#include "prov-reader-tags.h"
#include "prov-reader-view.h"
#include "test-gui-util.h"
#include "test-reader-util.h"

/* Heading, paragraphs with each kind, a quotation, a list and a link. */
static const char doc_text[] =
  "Harbour plan delayed\n\n"
  "The port authority said on Tuesday that the plan was delayed.\n\n"
  "The harbour is reportedly expensive, and costs could rise.\n\n"
  "Officials familiar with the matter said the bridge was late.\n\n"
  "\xe2\x80\x9cWe will not walk away,\xe2\x80\x9d Alan Pryce said.\n\n"
  "First item of the list\n\n"
  "Second item of the list\n\n"
  "Read the full report online.";

typedef struct
{
  char           *dir;
  ProvStore      *store;
  GSettings      *settings;
  GtkWindow      *window;
  ProvReaderView *reader;
  gint64          document_id;
  GPtrArray      *toasts;
} Fixture;

/* The code point offset of the first @needle in @text. */
static gint64
cp (const char *text,
    const char *needle)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  return g_utf8_pointer_to_offset (text, at);
}

static char *
doc_structure (void)
{
  return g_strdup_printf ("[{\"type\":\"heading\",\"start\":0,\"end\":20,\"level\":1},"
                          "{\"type\":\"paragraph\",\"start\":22,\"end\":%" G_GINT64_FORMAT "},"
                          "{\"type\":\"blockquote\",\"start\":%" G_GINT64_FORMAT
                          ",\"end\":%" G_GINT64_FORMAT "},"
                          "{\"type\":\"list-item\",\"start\":%" G_GINT64_FORMAT
                          ",\"end\":%" G_GINT64_FORMAT "},"
                          "{\"type\":\"list-item\",\"start\":%" G_GINT64_FORMAT
                          ",\"end\":%" G_GINT64_FORMAT "},"
                          "{\"type\":\"link\",\"start\":%" G_GINT64_FORMAT
                          ",\"end\":%" G_GINT64_FORMAT ",\"href\":\"https://example.org/r\"},"
                          "{\"type\":\"bogus\",\"start\":1,\"end\":2}]",
                          cp (doc_text, "delayed.") + 8,
                          cp (doc_text, "\xe2\x80\x9cWe"), cp (doc_text, "said.\n\nFirst") + 5,
                          cp (doc_text, "First"), cp (doc_text, "First") + 22,
                          cp (doc_text, "Second"), cp (doc_text, "Second") + 23,
                          cp (doc_text, "full report"), cp (doc_text, "full report") + 11);
}

static void
toast_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->toasts, g_variant_dup_string (parameter, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *structure = doc_structure ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) toast = g_simple_action_new ("toast", G_VARIANT_TYPE_STRING);
  ProvDocumentInfo info = {
    .uri = "https://ledger.example/harbour",
    .title = "Port Calder harbour plan delayed",
    .byline = "Maren Holt",
    .site = "The Coastal Ledger",
    .published = "2026-11-17",
  };

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  fixture->store = prov_reader_test_store_new (&fixture->dir);
  fixture->document_id = prov_reader_test_add (fixture->store, &info, doc_text, structure);
  fixture->settings = g_settings_new ("org.provenance.Provenance");
  g_settings_reset (fixture->settings, "shown-kinds");
  g_settings_reset (fixture->settings, "reader-font-scale");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 700);
  g_signal_connect (toast, "activate", G_CALLBACK (toast_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toast));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));

  fixture->reader = g_object_new (PROV_TYPE_READER_VIEW, "settings", fixture->settings, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->reader));
  gtk_window_present (fixture->window);
  prov_test_wait_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  prov_test_iterate ();
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  prov_reader_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->toasts);
}

static void
show_document (Fixture *fixture)
{
  prov_reader_view_set_store (fixture->reader, fixture->store);
  prov_reader_view_set_document_id (fixture->reader, fixture->document_id);
  g_assert_true (prov_reader_view_get_loading (fixture->reader));
  prov_reader_test_wait_loaded (fixture->reader);
  prov_test_iterate ();
}

/* Runs the main loop until the reader loaded again (after a change in the store). */
static void
wait_reload (Fixture *fixture)
{
  gboolean loaded = FALSE;
  gulong id = g_signal_connect (fixture->reader, "loaded",
                                G_CALLBACK (prov_reader_test_loaded_cb), &loaded);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!loaded)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (fixture->reader, id);
}

static GtkTextBuffer *
reader_buffer (Fixture *fixture)
{
  return gtk_text_view_get_buffer (prov_reader_view_get_text_view (fixture->reader));
}

static GtkTextTag *
tag_named (Fixture    *fixture,
           const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (
    reader_buffer (fixture)), name);

  g_assert_nonnull (tag);
  return tag;
}

static gboolean
has_tag_at (Fixture    *fixture,
            const char *name,
            int         offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag_named (fixture, name));
}

/* TRUE when @name covers exactly [start, end) of the buffer, no more and no less. */
static gboolean
tag_covers_exactly (Fixture    *fixture,
                    const char *name,
                    int         start,
                    int         end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &a, start);
  gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &b, end);
  return gtk_text_iter_starts_tag (&a, tag_named (fixture, name)) &&
         gtk_text_iter_ends_tag (&b, tag_named (fixture, name)) &&
         gtk_text_iter_has_tag (&a, tag_named (fixture, name));
}

static char *
buffer_text (Fixture *fixture)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (reader_buffer (fixture), &start, &end);
  return gtk_text_buffer_get_text (reader_buffer (fixture), &start, &end, TRUE);
}

static ProvClaim *
find_claim (Fixture    *fixture,
            const char *kind,
            GPtrArray **keep)
{
  g_autoptr(GError) error = NULL;

  *keep = prov_store_list_claims_sync (fixture->store, fixture->document_id, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < (*keep)->len; i++)
    if (g_str_equal (prov_claim_get_kind (g_ptr_array_index (*keep, i)), kind))
      return g_ptr_array_index (*keep, i);
  g_assert_not_reached ();
  return NULL;
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  int minimum = 0;

  /* The window folds its panes below 900 pixels: the reader must fit in a narrow one. */
  show_document (fixture);
  gtk_widget_measure (GTK_WIDGET (fixture->reader), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_test_message ("reader minimum width %d", minimum);
  g_assert_cmpint (minimum, <=, 320);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->reader), ADW_TYPE_STATUS_PAGE,
                                           "No Document Selected"));
  g_assert_false (prov_reader_view_get_loading (fixture->reader));
  g_assert_cmpint (prov_reader_view_get_document_id (fixture->reader), ==, 0);
  g_assert_cmpint (prov_reader_view_activate_offset (fixture->reader, 3), ==, 0);
  g_assert_cmpint (prov_reader_view_to_buffer_offset (fixture->reader, 3), ==, -1);
}

static void
test_text_and_structure (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  int body, first, second, link;

  show_document (fixture);
  text = buffer_text (fixture);

  /* The header, then the text with a bullet before each list item. */
  g_assert_true (g_str_has_prefix (text, "Port Calder harbour plan delayed\n"
                                   "The Coastal Ledger \xc2\xb7 Maren Holt \xc2\xb7 "
                                   "17 November 2026\n"
                                   "Harbour plan delayed\n\nThe port authority said"));
  body = prov_reader_view_to_buffer_offset (fixture->reader, 0);
  g_assert_cmpint (body, ==, g_utf8_strlen ("Port Calder harbour plan delayed\n"
                                            "The Coastal Ledger \xc2\xb7 Maren Holt \xc2\xb7 "
                                            "17 November 2026\n", -1));
  expected = g_strdup_printf ("\xe2\x80\xa2\xe2\x80\x82" "First item of the list\n\n"
                              "\xe2\x80\xa2\xe2\x80\x82" "Second item");
  g_assert_nonnull (strstr (text, expected));
  g_assert_cmpint (g_utf8_strlen (text, -1), ==,
                   body + g_utf8_strlen (doc_text, -1) + 4);

  /* Structure tags on the extracted ranges, moved by the bullets. */
  g_assert_true (tag_covers_exactly (fixture, "heading-1", body, body + 20));
  g_assert_true (has_tag_at (fixture, "blockquote",
                             prov_reader_view_to_buffer_offset (fixture->reader,
                                                                cp (doc_text, "We will"))));
  first = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "First"));
  second = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "Second"));
  g_assert_cmpint (first, ==, body + cp (doc_text, "First") + 2);
  g_assert_cmpint (second, ==, body + cp (doc_text, "Second") + 4);
  g_assert_true (tag_covers_exactly (fixture, "list-item", first - 2, first + 22));
  g_assert_true (tag_covers_exactly (fixture, "bullet", first - 2, first));
  g_assert_false (has_tag_at (fixture, "list-item", first - 3));
  link = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "full report"));
  g_assert_true (tag_covers_exactly (fixture, "link", link, link + 11));
  g_assert_true (has_tag_at (fixture, "title", 0));
  g_assert_true (has_tag_at (fixture, "meta", 40));
  g_assert_true (has_tag_at (fixture, "body", body + 5));
  /* The blank line between paragraphs is a half line. */
  g_assert_true (has_tag_at (fixture, "gap", body + 21));
  g_assert_false (has_tag_at (fixture, "gap", body + 20));

  /* A text that opens with its title: the header does not repeat it. */
  {
    ProvDocumentInfo info = { .title = "Harbour plan delayed" };
    g_autoptr(GError) error = NULL;
    g_autofree char *again = NULL;

    g_assert_true (prov_store_update_document_sync (fixture->store, fixture->document_id, &info,
                                                    &error));
    g_assert_no_error (error);
    wait_reload (fixture);
    again = buffer_text (fixture);
    g_assert_true (g_str_has_prefix (again, "The Coastal Ledger \xc2\xb7 Maren Holt \xc2\xb7 "
                                     "17 November 2026\nHarbour plan delayed\n\n"));
    g_assert_true (has_tag_at (fixture, "heading-1",
                               prov_reader_view_to_buffer_offset (fixture->reader, 0)));
  }
}

/* Every highlight tag lies exactly on the union of its annotations' ranges (dismissed and
 * orphaned ones excluded); returns the kinds seen. */
static guint
check_highlights (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autofree char *text = buffer_text (fixture);
  int n_chars = g_utf8_strlen (text, -1);
  guint kinds_seen = 0;

  contents = prov_store_load_document_sync (fixture->store, fixture->document_id, 0, &error);
  g_assert_no_error (error);
  for (guint tag = PROV_READER_TAG_KIND_FIRST; tag < PROV_READER_TAG_LINK; tag++)
    {
      g_autofree gboolean *expected = g_new0 (gboolean, n_chars);
      GtkTextTag *text_tag = tag_named (fixture, prov_reader_tag_get_name (tag));

      for (guint i = 0; i < contents->annotations->len; i++)
        {
          ProvAnnotation *a = g_ptr_array_index (contents->annotations, i);
          ProvKind kind;
          int start, end;

          g_assert_true (prov_kind_from_string (a->kind, &kind));
          if (a->status == PROV_SUGGESTION_DISMISSED || a->start < 0 ||
              prov_reader_tag_for_annotation (kind, a->role,
                                              a->status == PROV_SUGGESTION_ACCEPTED) != tag)
            continue;
          kinds_seen |= 1u << kind;
          start = prov_reader_view_to_buffer_offset (fixture->reader, a->start);
          end = start + (int) (a->end - a->start);
          for (int o = start; o < end; o++)
            expected[o] = TRUE;
        }
      for (int o = 0; o < n_chars; o++)
        {
          GtkTextIter iter;

          gtk_text_buffer_get_iter_at_offset (reader_buffer (fixture), &iter, o);
          if (gtk_text_iter_has_tag (&iter, text_tag) != expected[o])
            g_error ("%s at %d: expected %d", prov_reader_tag_get_name (tag), o, expected[o]);
        }
    }
  return kinds_seen;
}

static void
test_highlights (Fixture       *fixture,
                 gconstpointer  user_data)
{
  show_document (fixture);
  /* The fixture has every kind. */
  g_assert_cmpuint (check_highlights (fixture), ==, (1u << PROV_N_KINDS) - 1);

  /* Named: the cue "said" and the source "The port authority". */
  g_assert_true (tag_covers_exactly (fixture, "cue-named-suggested",
                                     prov_reader_view_to_buffer_offset (fixture->reader,
                                                                        cp (doc_text, "said on")),
                                     prov_reader_view_to_buffer_offset (fixture->reader,
                                                                        cp (doc_text, "said on"))
                                     + 4));
  g_assert_true (has_tag_at (fixture, "source-named-suggested",
                             prov_reader_view_to_buffer_offset (fixture->reader,
                                                                cp (doc_text, "port authority"))));
}

static void
test_suggestions (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) keep1 = NULL;
  g_autoptr(GPtrArray) keep2 = NULL;
  g_autoptr(GError) error = NULL;
  ProvClaim *hearsay;
  ProvClaim *named;
  ProvClaimUpdate dismiss = { .fields = PROV_CLAIM_UPDATE_SUGGESTION,
                              .suggestion = PROV_SUGGESTION_DISMISSED };
  ProvClaimUpdate accept = { .fields = PROV_CLAIM_UPDATE_SUGGESTION,
                             .suggestion = PROV_SUGGESTION_ACCEPTED };
  GtkAdjustment *vadj;
  int at;

  show_document (fixture);
  hearsay = find_claim (fixture, "hearsay", &keep1);
  named = find_claim (fixture, "named", &keep2);
  at = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "reportedly"));
  g_assert_true (has_tag_at (fixture, "cue-hearsay-suggested", at));
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (prov_reader_view_get_text_view (
    fixture->reader)));
  g_assert_nonnull (vadj);

  /* Dismissed: no highlight at all. Accepted: the stronger tag. The store's signal reloads. */
  g_assert_true (prov_store_update_claim_sync (fixture->store, prov_claim_get_id (hearsay),
                                               &dismiss, &error));
  g_assert_no_error (error);
  g_assert_true (prov_store_update_claim_sync (fixture->store, prov_claim_get_id (named),
                                               &accept, &error));
  g_assert_no_error (error);
  wait_reload (fixture);
  check_highlights (fixture);
  g_assert_false (has_tag_at (fixture, "cue-hearsay-suggested", at));
  g_assert_false (has_tag_at (fixture, "cue-hearsay-accepted", at));
  at = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "said on"));
  g_assert_true (has_tag_at (fixture, "cue-named-accepted", at));
  g_assert_false (has_tag_at (fixture, "cue-named-suggested", at));
  /* The same text: re-tagged in place, the heading still there. */
  g_assert_true (has_tag_at (fixture, "heading-1",
                             prov_reader_view_to_buffer_offset (fixture->reader, 0)));
  /* The profile counts what is not dismissed. */
  g_assert_cmpuint (prov_profile_bar_get_profile (
    prov_reader_view_get_profile_bar (fixture->reader))->counts[PROV_KIND_HEARSAY], ==, 0);
}

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkToggleButton *
legend_toggle (Fixture    *fixture,
               const char *kind)
{
  GtkWidget *legend = find_by_class (GTK_WIDGET (fixture->reader), "reader-legend");

  g_assert_nonnull (legend);
  return GTK_TOGGLE_BUTTON (find_by_class (legend, kind));
}

static void
test_legend (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkToggleButton *hedge;
  g_auto(GStrv) shown = NULL;
  gboolean background_set, underline_set, style_set;
  gint64 hedge_at = cp (doc_text, "could");
  gint64 hedge_id;

  show_document (fixture);
  hedge = legend_toggle (fixture, "hedge");
  g_assert_true (gtk_toggle_button_get_active (hedge));
  g_object_get (tag_named (fixture, "cue-hedge-suggested"), "style-set", &style_set, NULL);
  g_assert_true (style_set);
  hedge_id = prov_reader_view_activate_offset (fixture->reader, hedge_at);
  g_assert_cmpint (hedge_id, !=, 0);

  /* Off: the key loses the kind, the hedge tags lose every mark, others keep theirs. */
  gtk_toggle_button_set_active (hedge, FALSE);
  shown = g_settings_get_strv (fixture->settings, "shown-kinds");
  g_assert_false (g_strv_contains ((const char * const *) shown, "hedge"));
  g_assert_true (g_strv_contains ((const char * const *) shown, "named"));
  g_object_get (tag_named (fixture, "cue-hedge-suggested"), "background-set", &background_set,
                "underline-set", &underline_set, "style-set", &style_set, NULL);
  g_assert_false (background_set || underline_set || style_set);
  g_object_get (tag_named (fixture, "cue-named-suggested"), "background-set", &background_set,
                "underline-set", &underline_set, NULL);
  g_assert_true (background_set && underline_set);
  g_assert_cmpuint (prov_reader_view_get_shown_kinds (fixture->reader) & (1u << PROV_KIND_HEDGE),
                    ==, 0);
  /* A hidden kind is not clickable either (the hearsay around it still is). */
  prov_reader_view_set_selected_claim_id (fixture->reader, 0);
  g_assert_cmpint (prov_reader_view_activate_offset (fixture->reader, hedge_at), !=, hedge_id);

  /* The settings drive the legend back. */
  g_settings_reset (fixture->settings, "shown-kinds");
  prov_test_iterate ();
  g_assert_true (gtk_toggle_button_get_active (hedge));
  g_object_get (tag_named (fixture, "cue-hedge-suggested"), "background-set", &background_set,
                NULL);
  g_assert_true (background_set);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_select_claim (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) keep1 = NULL;
  g_autoptr(GPtrArray) keep2 = NULL;
  ProvClaim *named;
  ProvClaim *quote;
  guint notified = 0;
  gint64 id;
  int at;

  show_document (fixture);
  named = find_claim (fixture, "named", &keep1);
  quote = find_claim (fixture, "quote", &keep2);
  g_signal_connect (fixture->reader, "notify::selected-claim-id",
                    G_CALLBACK (notify_count_cb), &notified);

  /* A click on the cue (what the click handler calls) selects its claim. */
  id = prov_reader_view_activate_offset (fixture->reader, cp (doc_text, "said on") + 1);
  g_assert_cmpint (id, ==, prov_claim_get_id (named));
  g_assert_cmpint (prov_reader_view_get_selected_claim_id (fixture->reader), ==, id);
  g_assert_cmpuint (notified, ==, 1);
  at = prov_reader_view_to_buffer_offset (fixture->reader, cp (doc_text, "said on"));
  g_assert_true (has_tag_at (fixture, "selected", at));
  /* Plain text selects nothing and keeps the selection. */
  g_assert_cmpint (prov_reader_view_activate_offset (fixture->reader, 2), ==, 0);
  g_assert_cmpint (prov_reader_view_get_selected_claim_id (fixture->reader), ==, id);
  g_assert_cmpuint (notified, ==, 1);

  /* From outside (the claims panel): the mark moves. */
  g_object_set (fixture->reader, "selected-claim-id", prov_claim_get_id (quote), NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (has_tag_at (fixture, "selected", at));
  g_assert_true (has_tag_at (fixture, "selected",
                             prov_reader_view_to_buffer_offset (fixture->reader,
                                                                cp (doc_text, "Pryce said") + 6)));
}

/* The keys bound to @action on @widget's class ("h"), as the shortcut controller has them. */
static char *
keys_for_action (GtkWidget  *widget,
                 const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *name = NULL;
          GtkShortcutAction *act = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_NAMED_ACTION (act) ||
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (act)), action) != 0)
            continue;
          name = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_string_append (keys, name);
        }
    }
  return g_string_free (keys, FALSE);
}

static void
test_make_claim (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *keys = keys_for_action (GTK_WIDGET (fixture->reader), "reader.make-claim");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvClaim *made = NULL;
  gint64 start = cp (doc_text, "the plan was delayed");
  gint64 deadline;
  GtkPopover *popover;
  gboolean loaded = FALSE;
  gulong loaded_id;

  g_assert_cmpstr (keys, ==, "h");
  show_document (fixture);

  /* Without a selection: a toast says what to do. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->reader), "reader.make-claim", NULL);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);

  /* h with a selection asks for the kind. */
  prov_reader_view_select_range (fixture->reader, start - 1, start + 20);
  gtk_widget_activate_action (GTK_WIDGET (fixture->reader), "reader.make-claim", NULL);
  popover = GTK_POPOVER (prov_test_find_widget (GTK_WIDGET (prov_reader_view_get_text_view (
    fixture->reader)), GTK_TYPE_POPOVER, NULL));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Choosing "hedge" stores it (the selection trimmed of its space) and selects it. */
  loaded_id = g_signal_connect (fixture->reader, "loaded",
                                G_CALLBACK (prov_reader_test_loaded_cb), &loaded);
  gtk_widget_activate_action (GTK_WIDGET (fixture->reader), "reader.add-claim", "s", "hedge");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* The claim is stored, the store's signal reloads the page: both, in either order. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (prov_reader_view_get_selected_claim_id (fixture->reader) == 0 || !loaded)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (fixture->reader, loaded_id);
  prov_test_iterate ();

  claims = prov_store_list_claims_sync (fixture->store, fixture->document_id, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < claims->len; i++)
    if (prov_claim_get_id (g_ptr_array_index (claims, i)) ==
        prov_reader_view_get_selected_claim_id (fixture->reader))
      made = g_ptr_array_index (claims, i);
  g_assert_nonnull (made);
  g_assert_cmpstr (prov_claim_get_origin (made), ==, "user");
  g_assert_cmpstr (prov_claim_get_kind (made), ==, "hedge");
  g_assert_cmpstr (prov_claim_get_quote (made), ==, "the plan was delayed");
  g_assert_cmpint (prov_claim_get_start (made), ==, start);
  check_highlights (fixture);
  g_assert_true (tag_covers_exactly (fixture, "cue-hedge-accepted",
                                     prov_reader_view_to_buffer_offset (fixture->reader, start),
                                     prov_reader_view_to_buffer_offset (fixture->reader, start)
                                     + 20));
  g_assert_true (has_tag_at (fixture, "selected",
                             prov_reader_view_to_buffer_offset (fixture->reader, start)));
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
}

static void
test_page_describe (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvReaderPage) page = NULL;
  g_autofree char *tip = NULL;
  const ProvReaderSpan *span;
  gint64 said = cp (doc_text, "said on");

  page = prov_reader_page_new (prov_store_load_document_sync (fixture->store,
                                                              fixture->document_id, 0, &error),
                               NULL);
  g_assert_no_error (error);

  /* Offsets round-trip, bullets included. */
  for (gint64 o = 0; o < g_utf8_strlen (doc_text, -1); o++)
    g_assert_cmpint (prov_reader_page_to_document (page, prov_reader_page_to_buffer (page, o,
                                                                                       FALSE)),
                     ==, o);

  span = prov_reader_page_span_at (page, prov_reader_page_to_buffer (page, said, FALSE),
                                   (1u << PROV_N_KINDS) - 1);
  g_assert_nonnull (span);
  g_assert_cmpint (span->role, ==, PROV_ROLE_CUE);
  tip = prov_reader_page_describe (page, span);
  g_assert_cmpstr (tip, ==, "Named source \xc2\xb7 The port authority \xc2\xb7 rule verb-subject "
                   "\xc2\xb7 F6 \xc2\xb7 unreviewed \xc2\xb7 suggestion");
  g_assert_cmpstr (prov_reader_page_link_at (page, prov_reader_page_to_buffer (
    page, cp (doc_text, "full report") + 5, FALSE)), ==, "https://example.org/r");
  /* The site in the header links to the document. */
  g_assert_cmpstr (prov_reader_page_link_at (page, 36), ==, "https://ledger.example/harbour");
}

static void
test_profile (Fixture       *fixture,
              gconstpointer  user_data)
{
  ProvProfile profile = { { 3, 1, 5, 4, 0 }, 6, 20 };
  ProvProfile empty = { { 0, }, 0, 0 };
  ProvProfile one = { { 1, 0, 0, 1, 1 }, 1, 2 };
  g_autofree char *summary = prov_profile_format_summary (&profile);
  g_autofree char *none = prov_profile_format_summary (&empty);
  g_autofree char *singular = prov_profile_format_summary (&one);
  ProvProfileBar *bar;

  g_assert_cmpstr (summary, ==, "9 attributions: 3 named, 1 anonymous, 5 hearsay; 4 hedges; "
                   "6 unattributed sentences");
  g_assert_cmpstr (none, ==, "No attributions or hedges found");
  g_assert_cmpstr (singular, ==, "1 attribution: 1 named; 1 hedge; 1 quote; "
                   "1 unattributed sentence");

  show_document (fixture);
  bar = prov_reader_view_get_profile_bar (fixture->reader);
  for (guint k = 0; k < PROV_N_KINDS; k++)
    g_assert_cmpuint (prov_profile_bar_get_profile (bar)->counts[k], >=, 1);
  {
    const ProvProfile *shown = prov_profile_bar_get_profile (bar);
    g_autofree char *prefix = g_strdup_printf ("%u attributions: %u named, %u anonymous, %u "
                                               "hearsay; ",
                                               shown->counts[0] + shown->counts[1] +
                                               shown->counts[2], shown->counts[0],
                                               shown->counts[1], shown->counts[2]);

    g_assert_true (g_str_has_prefix (prov_profile_bar_get_summary (bar), prefix));
  }
}

static void
test_style (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GdkRGBA) light = NULL;
  g_autoptr(GdkRGBA) dark = NULL;
  double scale;

  show_document (fixture);
  g_object_get (tag_named (fixture, "cue-named-suggested"), "background-rgba", &light, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  prov_test_iterate ();
  g_object_get (tag_named (fixture, "cue-named-suggested"), "background-rgba", &dark, NULL);
  g_assert_false (gdk_rgba_equal (light, dark));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_set_double (fixture->settings, "reader-font-scale", 1.5);
  prov_test_iterate ();
  g_object_get (tag_named (fixture, "body"), "scale", &scale, NULL);
  g_assert_cmpfloat_with_epsilon (scale, 1.5, 0.001);
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *needle)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_changed_since (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *structure = doc_structure ();
  ProvDocumentInfo info = { .uri = "https://ledger.example/harbour" };
  GtkRevealer *revealer;
  GtkListBox *orphans;
  const char *label;
  GString *changed = g_string_new (doc_text);

  show_document (fixture);
  revealer = GTK_REVEALER (prov_test_find_widget (GTK_WIDGET (fixture->reader),
                                                  GTK_TYPE_REVEALER, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* A re-fetch drops the hearsay paragraph: its claim is orphaned. */
  g_string_replace (changed, "The harbour is reportedly expensive, and costs could rise.\n\n",
                    "", 1);
  prov_reader_test_add (fixture->store, &info, changed->str, NULL);
  g_string_free (changed, TRUE);
  wait_reload (fixture);

  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  orphans = GTK_LIST_BOX (prov_test_find_widget (GTK_WIDGET (revealer), GTK_TYPE_LIST_BOX, NULL));
  /* Two lost claims (the hearsay with its cue and content, the hedge): one passage each. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (orphans, 1));
  g_assert_null (gtk_list_box_get_row_at_index (orphans, 2));
  label = gtk_label_get_label (GTK_LABEL (prov_test_find_widget (GTK_WIDGET (revealer),
                                                                 GTK_TYPE_LABEL, NULL)));
  g_assert_true (g_str_has_prefix (label, "The text changed since it was first read: "));
  g_assert_true (g_str_has_suffix (label, "2 passages were not found"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (orphans),
                                           "The harbour is reportedly expensive, and costs "
                                           "could rise"));
  /* A lone word comes with its context. */
  g_assert_nonnull (find_label_containing (GTK_WIDGET (orphans), "and costs could rise."));
}

static void
test_load_error (Fixture       *fixture,
                 gconstpointer  user_data)
{
  prov_reader_view_set_store (fixture->reader, fixture->store);
  prov_reader_view_set_document_id (fixture->reader, 4242);
  prov_reader_test_wait_loaded (fixture->reader);
  g_assert_nonnull (prov_test_find_widget (GTK_WIDGET (fixture->reader), ADW_TYPE_STATUS_PAGE,
                                           "Cannot Show This Document"));
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->toasts, 0),
                                   "Cannot show the document"));
}

static void
test_long_document (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *text = prov_reader_test_long_text (2000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvDocumentInfo info = { .uri = "https://ledger.example/long", .title = "Long" };
  ProvClaim *last;
  ProvClaimUpdate dismiss = { .fields = PROV_CLAIM_UPDATE_SUGGESTION,
                              .suggestion = PROV_SUGGESTION_DISMISSED };
  GtkAdjustment *vadj;
  gint64 deadline;
  gint64 said;

  fixture->document_id = prov_reader_test_add (fixture->store, &info, text, NULL);
  claims = prov_store_list_claims_sync (fixture->store, fixture->document_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, >=, 2000);

  show_document (fixture);
  g_test_message ("2,000-claim document shown in %.1f ms",
                  prov_reader_view_get_last_load_time (fixture->reader) / 1000.0);
  last = g_ptr_array_index (claims, claims->len - 1);
  /* The last sentence: “The tender is busy,” Ines Duarte said. */
  said = g_utf8_strlen (text, -1) - 5;
  g_assert_true (has_tag_at (fixture, "content-quote",
                             prov_reader_view_to_buffer_offset (fixture->reader,
                                                                prov_claim_get_start (last))));
  g_assert_true (tag_covers_exactly (fixture, "cue-quote-suggested",
                                     prov_reader_view_to_buffer_offset (fixture->reader, said),
                                     prov_reader_view_to_buffer_offset (fixture->reader, said)
                                     + 4));
  /* Selecting the last claim marks it and scrolls it into view. */
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (prov_reader_view_get_text_view (
    fixture->reader)));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);
  prov_reader_view_set_selected_claim_id (fixture->reader, prov_claim_get_id (last));
  g_assert_true (has_tag_at (fixture, "selected",
                             prov_reader_view_to_buffer_offset (fixture->reader, said)));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_adjustment_get_value (vadj) <
         gtk_adjustment_get_upper (vadj) - 2 * gtk_adjustment_get_page_size (vadj))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  /* A change to a claim reloads the page; the reading position stays where it was. */
  g_assert_true (prov_store_update_claim_sync (fixture->store,
                                               prov_claim_get_id (g_ptr_array_index (claims, 0)),
                                               &dismiss, &error));
  g_assert_no_error (error);
  wait_reload (fixture);
  for (guint i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >,
                     gtk_adjustment_get_upper (vadj) - 3 * gtk_adjustment_get_page_size (vadj));
  g_assert_true (has_tag_at (fixture, "selected",
                             prov_reader_view_to_buffer_offset (fixture->reader, said)));
}

int
main (int   argc,
      char *argv[])
{
  if (!prov_test_gui_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/prov/reader-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("empty", test_empty);
  ADD ("narrow", test_narrow);
  ADD ("text-and-structure", test_text_and_structure);
  ADD ("highlights", test_highlights);
  ADD ("suggestions", test_suggestions);
  ADD ("legend", test_legend);
  ADD ("select-claim", test_select_claim);
  ADD ("make-claim", test_make_claim);
  ADD ("page-describe", test_page_describe);
  ADD ("profile", test_profile);
  ADD ("style", test_style);
  ADD ("changed-since", test_changed_since);
  ADD ("load-error", test_load_error);
  ADD ("long-document", test_long_document);
#undef ADD

  return g_test_run ();
}
