/* test-store-models.c — the lazy list models and the async wrappers of ProvStore
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-claim-list-model.h"
#include "prov-library-model.h"
#include "prov-source-list-model.h"
#include "prov-store-async.h"
#include "test-store-util.h"

#define TEXT "Officials said the %s plan was delayed. According to the %s Authority, it " \
             "reportedly failed."

typedef struct
{
  char      *dir;
  ProvStore *store;
} Fixture;

static gint64
add_doc (ProvStore  *store,
         guint       n,
         const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf (TEXT, word, word);
  g_autofree char *uri = g_strdup_printf ("https://example.org/%u", n);
  g_autofree char *title = g_strdup_printf ("%c %s", 'A' + (n * 7) % 26, word);
  g_autofree char *published = g_strdup_printf ("2026-01-%02u", n % 28 + 1);
  ProvDocumentInfo info = { uri, title, NULL, "Ledger", published, "en", NULL };
  g_autofree char *source = g_strdup_printf ("the %s Authority", word);
  ProvAnalysis *analysis = test_analysis_new (text);
  ProvStoreAddResult res;

  test_analysis_add (analysis, PROV_KIND_ANONYMOUS, "said", "Officials", NULL);
  test_analysis_add (analysis, PROV_KIND_NAMED, "According to", source, NULL);
  test_analysis_add (analysis, PROV_KIND_HEARSAY, "reportedly", NULL, NULL);
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       analysis, &res, &error));
  test_analysis_free (analysis);
  return res.document_id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = test_tmpdir ();
  path = g_build_filename (f->dir, "library.db", NULL);
  f->store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 150; i++)
    add_doc (f->store, i, i % 3 == 0 ? "harbour" : "bridge");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  test_rmdir (f->dir);
  g_free (f->dir);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
run_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_library (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ProvLibraryModel) model = prov_library_model_new (f->store);
  g_autoptr(ProvDocument) first = NULL;
  g_autoptr(ProvDocument) last = NULL;
  g_autoptr(ProvDocument) a = NULL;
  g_autoptr(ProvDocument) b = NULL;
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == PROV_TYPE_DOCUMENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 150);
  /* newest first */
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  last = g_list_model_get_item (G_LIST_MODEL (model), 149);
  g_assert_cmpint (prov_document_get_id (first), >, prov_document_get_id (last));
  g_assert_cmpint (prov_document_get_claim_count (first), ==, 3);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 150));

  prov_library_model_set_sort (model, PROV_SORT_TITLE, FALSE);
  a = g_list_model_get_item (G_LIST_MODEL (model), 10);
  b = g_list_model_get_item (G_LIST_MODEL (model), 100);
  g_assert_cmpint (g_ascii_strcasecmp (prov_document_get_title (a),
                                       prov_document_get_title (b)), <=, 0);

  prov_library_model_set_search (model, "harbour");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 50);
  prov_library_model_set_search (model, "harb* AND (");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_nonnull (prov_lazy_list_get_error (PROV_LAZY_LIST (model)));
  prov_library_model_set_search (model, NULL);
  g_assert_null (prov_lazy_list_get_error (PROV_LAZY_LIST (model)));
  prov_library_model_set_filter (model, PROV_FILTER_UNREVIEWED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 150);

  /* a store change reaches the model on the next idle, as one reload */
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  add_doc (f->store, 1000, "ferry");
  add_doc (f->store, 1001, "ferry");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 150);
  run_until_idle ();
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 152);
}

static void
test_claims_and_sources (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 doc = add_doc (f->store, 500, "tunnel");
  g_autoptr(ProvClaimListModel) claims = prov_claim_list_model_new (f->store, doc, FALSE);
  g_autoptr(ProvSourceListModel) sources = prov_source_list_model_new (f->store);
  g_autoptr(ProvClaim) claim = NULL;
  g_autoptr(ProvSource) source = NULL;
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (claims)), ==, 3);
  claim = g_list_model_get_item (G_LIST_MODEL (claims), 0);
  g_assert_cmpstr (prov_claim_get_kind (claim), ==, "anonymous");
  g_assert_true (prov_store_update_claim_sync (f->store, prov_claim_get_id (claim), &dismiss,
                                               &error));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (claims)), ==, 2);
  prov_claim_list_model_set_include_dismissed (claims, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (claims)), ==, 3);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 3);
  prov_source_list_model_set_search (sources, "tunnel");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 1);
  source = g_list_model_get_item (G_LIST_MODEL (sources), 0);
  g_assert_cmpstr (prov_source_get_name (source), ==, "the tunnel Authority");
  g_assert_true (prov_store_add_source_alias_sync (f->store, prov_source_get_id (source),
                                                   "Tunnel Authority (TA)", &error));
  prov_source_list_model_set_search (sources, "(TA)");
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 1);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
count_reloads_cb (ProvLazyList *list,
                  guint        *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
assert_change (GArray *changes,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (changes, 0);
}

/* A store change reports only the rows that moved, and rows changed in place keep their objects
 * (what keeps a GtkListView's selection), which notify their new values. */
static void
test_row_changes (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvLibraryModel) model = prov_library_model_new (f->store);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(ProvDocument) a = NULL;
  g_autoptr(ProvDocument) b = NULL;
  g_autoptr(ProvDocument) again = NULL;
  g_autoptr(ProvDocument) top = NULL;
  g_autoptr(GArray) claim_ids = NULL;
  g_autoptr(ProvClaimListModel) claims = NULL;
  g_autoptr(ProvClaim) claim = NULL;
  g_autoptr(ProvClaim) claim_again = NULL;
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };
  ProvClaimUpdate rate = { PROV_CLAIM_UPDATE_CREDIBILITY, .credibility = 2 };
  ProvDocumentInfo rename = { NULL, "ZZZ last by title", NULL, NULL, NULL, NULL, NULL };
  guint claim_notifies = 0, unreviewed_notifies = 0, a_notifies = 0, credibility_notifies = 0;
  guint title_notifies = 0, reloads = 0;
  gint64 b_id, new_id;
  int position;

  g_signal_connect (list, "items-changed", G_CALLBACK (record_change_cb), changes);
  g_signal_connect (list, "reloaded", G_CALLBACK (count_reloads_cb), &reloads);
  a = g_list_model_get_item (list, 3);
  b = g_list_model_get_item (list, 5);
  b_id = prov_document_get_id (b);
  g_signal_connect (b, "notify::claim-count", G_CALLBACK (count_notify_cb), &claim_notifies);
  g_signal_connect (b, "notify::unreviewed-count", G_CALLBACK (count_notify_cb),
                    &unreviewed_notifies);
  g_signal_connect (a, "notify", G_CALLBACK (count_notify_cb), &a_notifies);

  /* a claim of B is dismissed: no items-changed, B's own object notifies its counts */
  claim_ids = prov_store_query_claim_ids_sync (f->store, b_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claim_ids->len, ==, 3);
  g_assert_true (prov_store_update_claim_sync (f->store, g_array_index (claim_ids, gint64, 0),
                                               &dismiss, &error));
  run_until_idle ();
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (reloads, ==, 1);
  g_assert_cmpuint (claim_notifies, ==, 1);
  g_assert_cmpuint (unreviewed_notifies, ==, 1);
  g_assert_cmpint (prov_document_get_claim_count (b), ==, 2);
  g_assert_cmpint (prov_document_get_unreviewed_count (b), ==, 2);
  g_assert_cmpuint (a_notifies, ==, 0);
  again = g_list_model_get_item (list, 5);
  g_assert_true (again == b);
  g_clear_object (&again);

  /* a document added at the top (newest first): exactly one items-changed (0, 0, 1) */
  new_id = add_doc (f->store, 2000, "ferry");
  run_until_idle ();
  assert_change (changes, 0, 0, 1);
  top = g_list_model_get_item (list, 0);
  g_assert_cmpint (prov_document_get_id (top), ==, new_id);
  again = g_list_model_get_item (list, 6);
  g_assert_true (again == b);
  g_clear_object (&again);
  g_assert_cmpuint (a_notifies, ==, 0);

  /* deleted at the top: (0, 1, 0) */
  g_assert_true (prov_store_delete_document_sync (f->store, new_id, &error));
  run_until_idle ();
  assert_change (changes, 0, 1, 0);

  /* B renamed in title order moves to the end: one change over the middle, same object */
  prov_library_model_set_sort (model, PROV_SORT_TITLE, FALSE);
  g_array_set_size (changes, 0);
  position = prov_lazy_list_find (PROV_LAZY_LIST (model), b_id);
  g_assert_cmpint (position, >=, 0);
  g_signal_connect (b, "notify::title", G_CALLBACK (count_notify_cb), &title_notifies);
  g_assert_true (prov_store_update_document_sync (f->store, b_id, &rename, &error));
  run_until_idle ();
  assert_change (changes, position, 150 - position, 150 - position);
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_cmpint (prov_lazy_list_find (PROV_LAZY_LIST (model), b_id), ==, 149);
  again = g_list_model_get_item (list, 149);
  g_assert_true (again == b);
  g_assert_cmpstr (prov_document_get_title (b), ==, "ZZZ last by title");
  g_clear_object (&again);

  /* a claim rated: its list reports no change, its object notifies */
  claims = prov_claim_list_model_new (f->store, b_id, FALSE);
  g_signal_connect (claims, "items-changed", G_CALLBACK (record_change_cb), changes);
  claim = g_list_model_get_item (G_LIST_MODEL (claims), 1);
  g_signal_connect (claim, "notify::credibility", G_CALLBACK (count_notify_cb),
                    &credibility_notifies);
  g_assert_true (prov_store_update_claim_sync (f->store, prov_claim_get_id (claim), &rate,
                                               &error));
  run_until_idle ();
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (credibility_notifies, ==, 1);
  g_assert_cmpint (prov_claim_get_credibility (claim), ==, 2);
  claim_again = g_list_model_get_item (G_LIST_MODEL (claims), 1);
  g_assert_true (claim_again == claim);
}

typedef struct
{
  GMainLoop            *loop;
  GThread              *main_thread;
  ProvStore            *store;
  ProvDocumentContents *contents;
  ProvStoreAddResult    result;
  guint                 signals;
  gboolean              updated;
} AsyncState;

static void
document_changed_cb (ProvStore  *store,
                     gint64      id,
                     AsyncState *state)
{
  g_assert_true (g_thread_self () == state->main_thread);
  state->signals++;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->store = prov_store_open_finish (result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
added_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_true (prov_store_add_document_version_finish (PROV_STORE (source), result,
                                                         &state->result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->contents = prov_store_load_document_finish (PROV_STORE (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
updated_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->updated = prov_store_update_claim_finish (PROV_STORE (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->updated = prov_store_check_integrity_finish (PROV_STORE (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(ProvClaim) claim = NULL;
  g_autoptr(GError) error = NULL;
  AsyncState state = { loop, g_thread_self () };
  const char *text = "The council said the vote was postponed.";
  ProvDocumentInfo info = { "https://example.org/vote", "Vote", NULL, NULL, NULL, NULL, NULL };
  ProvClaimUpdate update = { PROV_CLAIM_UPDATE_CREDIBILITY | PROV_CLAIM_UPDATE_NOTE,
                             .credibility = 3 };
  ProvAnalysis *analysis = test_analysis_new (text);
  char note[] = "a note that the caller frees at once";

  prov_store_open_async (path, NULL, opened_cb, &state);
  g_main_loop_run (loop);
  g_assert_nonnull (state.store);
  g_signal_connect (state.store, "document-changed", G_CALLBACK (document_changed_cb), &state);

  test_analysis_add (analysis, PROV_KIND_NAMED, "said", "The council", NULL);
  prov_store_add_document_version_async (state.store, &info, text, NULL, NULL, NULL, NULL,
                                         analysis, NULL, added_cb, &state);
  test_analysis_free (analysis);  /* the wrapper copied it */
  g_main_loop_run (loop);
  g_assert_true (state.result.new_document);
  g_assert_cmpuint (state.result.suggestions, ==, 1);
  run_until_idle ();
  g_assert_cmpuint (state.signals, >=, 1);

  prov_store_load_document_async (state.store, state.result.document_id, 0, NULL, loaded_cb,
                                  &state);
  g_main_loop_run (loop);
  g_assert_cmpstr (state.contents->text, ==, text);
  g_assert_cmpuint (state.contents->claims->len, ==, 1);

  update.note = note;
  prov_store_update_claim_async (state.store,
                                 prov_claim_get_id (g_ptr_array_index (state.contents->claims,
                                                                       0)),
                                 &update, NULL, updated_cb, &state);
  memset (note, 'x', sizeof note - 1);
  g_main_loop_run (loop);
  g_assert_true (state.updated);
  claim = prov_store_get_claim_sync (state.store,
                                     prov_claim_get_id (g_ptr_array_index (state.contents->claims,
                                                                           0)), &error);
  g_assert_cmpint (prov_claim_get_credibility (claim), ==, 3);
  g_assert_cmpstr (prov_claim_get_note (claim), ==, "a note that the caller frees at once");

  state.updated = FALSE;
  prov_store_check_integrity_async (state.store, NULL, checked_cb, &state);
  g_main_loop_run (loop);
  g_assert_true (state.updated);

  prov_document_contents_free (state.contents);
  g_clear_object (&state.store);
  run_until_idle ();
  test_rmdir (dir);
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* "Mostly anonymous sourcing": anonymous and hearsay attributions outnumber named ones; hedges
 * and quotes do not count, nor do dismissed suggestions. */
static void
test_anonymous_filter (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
  g_autoptr(ProvLibraryModel) model = NULL;
  g_autoptr(ProvDocument) first = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvDocumentQuery query = { PROV_SORT_TITLE, FALSE, PROV_FILTER_ANONYMOUS, NULL, 0, NULL };
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };
  ProvClaimUpdate accept = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                               PROV_SUGGESTION_ACCEPTED };
  gint64 mostly, hearsay, equal, named, hedges, dismissed, accepted;
  int filter = -1;

  g_assert_no_error (error);
  mostly = test_add_sourced_document (store, "mostly", "ahn");  /* 2 unnamed > 1 named */
  hearsay = test_add_sourced_document (store, "hearsay", "heq");  /* 1 > 0 */
  equal = test_add_sourced_document (store, "equal", "anhn");  /* 2 = 2: not mostly */
  named = test_add_sourced_document (store, "named", "nna");  /* 1 < 2 */
  hedges = test_add_sourced_document (store, "hedges", "eeqq");  /* 0 = 0 */
  /* 2 > 1, until one is dismissed */
  dismissed = test_add_sourced_document (store, "dismissed", "aan");
  /* 1 = 1, still after accepting */
  accepted = test_add_sourced_document (store, "accepted", "an");

  ids = prov_store_query_document_ids_sync (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_true (ids_contain (ids, mostly));
  g_assert_true (ids_contain (ids, hearsay));
  g_assert_true (ids_contain (ids, dismissed));
  g_assert_false (ids_contain (ids, equal) || ids_contain (ids, named)
                  || ids_contain (ids, hedges) || ids_contain (ids, accepted));
  g_clear_pointer (&ids, g_array_unref);

  /* the model takes the filter as a property too, and follows the store */
  model = prov_library_model_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);
  g_object_set (model, "filter", PROV_FILTER_ANONYMOUS, NULL);
  g_object_get (model, "filter", &filter, NULL);
  g_assert_cmpint (filter, ==, PROV_FILTER_ANONYMOUS);
  g_assert_cmpint (prov_library_model_get_filter (model), ==, PROV_FILTER_ANONYMOUS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);  /* newest first */
  g_assert_cmpint (prov_document_get_id (first), ==, dismissed);

  /* a dismissed anonymous suggestion no longer counts: 1 = 1 */
  claims = prov_store_list_claims_sync (store, dismissed, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < claims->len; i++)
    {
      ProvClaim *claim = g_ptr_array_index (claims, i);

      if (g_str_equal (prov_claim_get_kind (claim), "anonymous"))
        {
          g_assert_true (prov_store_update_claim_sync (store, prov_claim_get_id (claim),
                                                       &dismiss, &error));
          break;
        }
    }
  g_clear_pointer (&claims, g_ptr_array_unref);
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  /* accepting a suggestion changes no count */
  claims = prov_store_list_claims_sync (store, accepted, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < claims->len; i++)
    g_assert_true (prov_store_update_claim_sync (store,
                                                 prov_claim_get_id (g_ptr_array_index (claims,
                                                                                       i)),
                                                 &accept, &error));
  run_until_idle ();
  ids = prov_store_query_document_ids_sync (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (ids_contain (ids, mostly) && ids_contain (ids, hearsay));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  prov_library_model_set_filter (model, PROV_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);
  g_clear_object (&model);
  g_clear_object (&store);
  run_until_idle ();
  test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/prov/store-models/library", Fixture, NULL, fixture_setup, test_library,
              fixture_teardown);
  g_test_add ("/prov/store-models/claims-and-sources", Fixture, NULL, fixture_setup,
              test_claims_and_sources, fixture_teardown);
  g_test_add ("/prov/store-models/row-changes", Fixture, NULL, fixture_setup, test_row_changes,
              fixture_teardown);
  g_test_add_func ("/prov/store-models/async", test_async);
  g_test_add_func ("/prov/store-models/anonymous-filter", test_anonymous_filter);

  return g_test_run ();
}
