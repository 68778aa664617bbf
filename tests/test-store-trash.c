/* test-store-trash.c — ProvStore: trashing documents, restoring them, emptying the trash
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-library-model.h"
#include "prov-store-async.h"
#include "test-store-util.h"

#define TEXT "Officials said the %s plan was delayed. According to the %s Authority, it " \
             "reportedly failed."

typedef struct
{
  char      *dir;
  char      *path;
  ProvStore *store;
  gint64     a, b, c;
} Fixture;

static gint64
add_doc (ProvStore  *store,
         const char *word,
         const char *collection)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf (TEXT, word, word);
  g_autofree char *uri = g_strdup_printf ("https://example.org/%s", word);
  g_autofree char *source = g_strdup_printf ("the %s Authority", word);
  ProvDocumentInfo info = { uri, word, NULL, "Ledger", NULL, "en", collection };
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

  f->dir = test_tmpdir ();
  f->path = g_build_filename (f->dir, "library.db", NULL);
  f->store = prov_store_open_sync (f->path, NULL, &error);
  g_assert_no_error (error);
  f->a = add_doc (f->store, "harbour", "Ports");
  f->b = add_doc (f->store, "ferry", "Ports");
  f->c = add_doc (f->store, "bridge", NULL);
  g_assert_cmpint (prov_store_add_note_sync (f->store, PROV_NOTE_DOCUMENT, f->b,
                                             "Call the ferrymen", &error), >, 0);
  g_assert_true (prov_store_add_tag_sync (f->store, f->b, 0, "boats", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
run_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
changed_cb (ProvStore *store,
            gint64     id,
            GArray    *ids)
{
  g_array_append_val (ids, id);
}

static guint
n_hits (ProvStore  *store,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = prov_store_search_sync (store, query, 0, NULL, NULL, &error);

  g_assert_no_error (error);
  return hits->len;
}

static guint
n_documents (ProvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = prov_store_query_document_ids_sync (store, NULL, &error);

  g_assert_no_error (error);
  return ids->len;
}

/* The claims of the whole library, the claim count of a source and of a collection. */
static void
assert_visible_counts (Fixture *f,
                       guint    claims,
                       int      ferry_source_claims,
                       int      ports_documents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = prov_store_list_claims_sync (f->store, 0, FALSE, &error);
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(ProvSource) source = NULL;
  gint64 source_id;

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, claims);
  source_id = prov_store_find_source_sync (f->store, "the ferry Authority", &error);
  source = prov_store_get_source_sync (f->store, source_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prov_source_get_claim_count (source), ==, ferry_source_claims);
  collections = prov_store_list_collections_sync (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (collections->len, ==, 1);
  g_assert_cmpint (prov_collection_get_document_count (g_ptr_array_index (collections, 0)), ==,
                   ports_documents);
}

static void
test_trash_restore (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvLibraryModel) model = prov_library_model_new (f->store);
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) trash = NULL;
  g_autoptr(ProvDocument) doc = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  gint64 missing[] = { f->a, 9999 };

  g_signal_connect (f->store, "document-changed", G_CALLBACK (changed_cb), changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_assert_cmpuint (n_hits (f->store, "ferry*"), ==, 4);  /* document, claim, note, source */
  assert_visible_counts (f, 9, 1, 2);

  /* trashed: out of the queries, the model, the search and the counts */
  g_assert_true (prov_store_trash_documents_sync (f->store, &f->b, 1, &error));
  g_assert_no_error (error);
  run_until_idle ();
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpint (g_array_index (changed, gint64, 0), ==, f->b);
  g_assert_cmpuint (n_documents (f->store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_cmpint (prov_lazy_list_find (PROV_LAZY_LIST (model), f->b), ==, -1);
  g_assert_cmpuint (n_hits (f->store, "ferry*"), ==, 1);  /* the source alone */
  g_assert_cmpuint (n_hits (f->store, "ferrymen"), ==, 0);
  assert_visible_counts (f, 6, 0, 1);
  g_assert_false (prov_store_is_empty_sync (f->store, &error));
  trash = prov_store_list_trash_sync (f->store, &error);
  g_assert_cmpuint (trash->len, ==, 1);
  g_assert_cmpint (g_array_index (trash, gint64, 0), ==, f->b);
  g_clear_pointer (&trash, g_array_unref);

  /* …but still readable by id, for an Undo toast or a reader that shows it */
  doc = prov_store_get_document_sync (f->store, f->b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prov_document_get_title (doc), ==, "ferry");
  claims = prov_store_list_claims_sync (f->store, f->b, FALSE, &error);
  g_assert_cmpuint (claims->len, ==, 3);

  /* an unknown id fails and changes nothing */
  g_assert_false (prov_store_trash_documents_sync (f->store, missing, G_N_ELEMENTS (missing),
                                                   &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_documents (f->store), ==, 2);

  /* restored: everywhere again */
  g_array_set_size (changed, 0);
  g_assert_true (prov_store_restore_documents_sync (f->store, &f->b, 1, &error));
  g_assert_no_error (error);
  run_until_idle ();
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_assert_cmpint (prov_lazy_list_find (PROV_LAZY_LIST (model), f->b), ==, 1);
  g_assert_cmpuint (n_hits (f->store, "ferry*"), ==, 4);
  assert_visible_counts (f, 9, 1, 2);
  trash = prov_store_list_trash_sync (f->store, &error);
  g_assert_cmpuint (trash->len, ==, 0);

  /* every document trashed: the library looks empty */
  {
    gint64 all[] = { f->a, f->b, f->c };

    g_assert_true (prov_store_trash_documents_sync (f->store, all, 3, &error));
    g_assert_true (prov_store_is_empty_sync (f->store, &error));
    g_assert_true (prov_store_restore_documents_sync (f->store, all, 3, &error));
    g_assert_no_error (error);
  }
  g_signal_handlers_disconnect_by_data (f->store, changed);
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
backdate_trash (const char *path,
                gint64      seconds)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE documents SET trashed_at = trashed_at - %d "
                                          "WHERE trashed_at IS NOT NULL", (int) seconds);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_empty_trash (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvDocument) doc = NULL;
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 both[] = { f->b, f->c };

  g_assert_true (prov_store_trash_documents_sync (f->store, both, 2, &error));
  g_assert_no_error (error);

  /* trashed just now: kept by a one-hour limit */
  g_assert_true (prov_store_empty_trash_sync (f->store, 3600, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM documents"), ==, 3);

  /* two hours ago: deleted for good, with everything that hung on them */
  backdate_trash (f->path, 7200);
  run_until_idle ();
  g_signal_connect (f->store, "document-changed", G_CALLBACK (changed_cb), changed);
  g_assert_true (prov_store_empty_trash_sync (f->store, 3600, &error));
  g_assert_no_error (error);
  run_until_idle ();
  g_assert_cmpuint (changed->len, ==, 2);
  g_signal_handlers_disconnect_by_data (f->store, changed);

  doc = prov_store_get_document_sync (f->store, f->b, &error);
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM versions"), ==, 1);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM claims"), ==, 3);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM annotations WHERE document_id "
                               "!= (SELECT min (id) FROM documents)"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM notes"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM document_tags"), ==, 0);
  /* their full-text rows are gone too, not just hidden (sources stay in the registry) */
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM search WHERE search MATCH "
                               "'ferry* OR bridge*'"), ==, 2);
  g_assert_true (prov_store_check_integrity_sync (f->store, &error));
  g_assert_no_error (error);

  /* 0 empties whatever is in the trash */
  g_assert_true (prov_store_trash_documents_sync (f->store, &f->a, 1, &error));
  g_assert_true (prov_store_empty_trash_sync (f->store, 0, &error));
  g_assert_no_error (error);
  g_assert_true (prov_store_is_empty_sync (f->store, &error));
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM documents"), ==, 0);
}

static void
emptied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (prov_store_empty_trash_finish (PROV_STORE (source), result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (user_data);
}

/* The GUI empties the trash at startup, in a worker thread. */
static void
test_empty_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_assert_true (prov_store_trash_documents_sync (f->store, &f->c, 1, &error));
  g_assert_no_error (error);
  prov_store_empty_trash_async (f->store, 0, NULL, emptied_cb, loop);
  g_main_loop_run (loop);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM documents"), ==, 2);
  run_until_idle ();
}

/* Importing a trashed document again takes it out of the trash. */
static void
test_add_again (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (prov_store_trash_documents_sync (f->store, &f->b, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_documents (f->store), ==, 2);
  g_assert_cmpint (add_doc (f->store, "ferry", NULL), ==, f->b);
  g_assert_cmpuint (n_documents (f->store), ==, 3);
  g_assert_cmpuint (n_hits (f->store, "ferrymen"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/prov/store-trash/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("trash-restore", test_trash_restore);
  ADD ("empty", test_empty_trash);
  ADD ("empty-async", test_empty_async);
  ADD ("add-again", test_add_again);
#undef ADD

  return g_test_run ();
}
