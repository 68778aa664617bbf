/* test-store-migrate.c — ProvStore: migrating the fixtures of earlier schemas, counts by kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-store-util.h"

static int
version_cb (void  *data,
            int    n,
            char **values,
            char **names)
{
  *(gint64 *) data = g_ascii_strtoll (values[0], NULL, 10);
  return 0;
}

/* Writes tests/data/@fixture (a dump of a library of an earlier schema) into @dir and opens it,
 * migrating it to the current schema. */
static ProvStore *
open_fixture (const char *dir,
              const char *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *sql = NULL;
  ProvStore *store;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", fixture, NULL),
                                      &sql, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (prov_store_check_integrity_sync (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
assert_schema_current (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  gint64 version = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version", version_cb, &version, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (version, ==, PROV_STORE_SCHEMA_VERSION);
}

/* Asserts the counts of document @id: claims, unreviewed, then named … quote. */
static void
assert_counts (ProvStore *store,
               gint64     id,
               int        claims,
               int        unreviewed,
               int        named,
               int        anonymous,
               int        hearsay,
               int        hedge,
               int        quote)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvDocument) doc = prov_store_get_document_sync (store, id, &error);
  int expected[PROV_N_KINDS] = { named, anonymous, hearsay, hedge, quote };
  static const char * const properties[PROV_N_KINDS] = {
    "named-count", "anonymous-count", "hearsay-count", "hedge-count", "quote-count",
  };

  g_assert_no_error (error);
  g_assert_cmpint (prov_document_get_claim_count (doc), ==, claims);
  g_assert_cmpint (prov_document_get_unreviewed_count (doc), ==, unreviewed);
  for (ProvKind kind = PROV_KIND_NAMED; kind < PROV_N_KINDS; kind++)
    {
      int value = -1;

      g_assert_cmpint (prov_document_get_kind_count (doc, kind), ==, expected[kind]);
      g_object_get (doc, properties[kind], &value, NULL);
      g_assert_cmpint (value, ==, expected[kind]);
    }
}

/* The fixture of schema 1 (tests/data/schema-v1.sql) still opens, migrates to the current
 * schema and keeps every record. */
static void
test_migrate_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autoptr(ProvStore) store = open_fixture (dir, "schema-v1.sql");
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  claims = prov_store_list_claims_sync (store, 1, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 2);
  g_assert_cmpstr (prov_claim_get_kind (g_ptr_array_index (claims, 0)), ==, "anonymous");
  g_assert_cmpstr (prov_claim_get_reliability (g_ptr_array_index (claims, 1)), ==, "B");
  sources = prov_store_list_sources_sync (store, &error);
  g_assert_cmpuint (sources->len, ==, 1);
  hits = prov_store_search_sync (store, "harbour", 10, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >=, 1);

  /* schema 2 counted the claims of the existing documents, schema 3 their kinds */
  assert_counts (store, 1, 2, 1, 1, 1, 0, 0, 0);
  g_clear_object (&store);
  assert_schema_current (dir);
  test_rmdir (dir);
}

/* The fixture of schema 2 (tests/data/schema-v2.sql: two documents, every kind, a dismissed
 * suggestion) migrates to the current schema with its counts by kind, and the triggers keep
 * them afterwards. */
static void
test_migrate_v2 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autoptr(ProvStore) store = open_fixture (dir, "schema-v2.sql");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvClaimUpdate accept = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                               PROV_SUGGESTION_ACCEPTED };
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };

  ids = prov_store_query_document_ids_sync (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 2);  /* newest first */
  claims = prov_store_list_claims_sync (store, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 8);
  hits = prov_store_search_sync (store, "mayor", 10, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 3);  /* the document, a claim and the source */

  /* claims, unreviewed, named, anonymous, hearsay (dismissed: not counted), hedge, quote */
  assert_counts (store, 1, 4, 2, 1, 1, 0, 1, 1);
  assert_counts (store, 2, 3, 2, 1, 0, 0, 1, 1);

  /* the hearsay suggestion comes back, the quote goes */
  g_assert_true (prov_store_update_claim_sync (store, 3, &accept, &error));
  g_assert_true (prov_store_update_claim_sync (store, 5, &dismiss, &error));
  g_assert_no_error (error);
  assert_counts (store, 1, 4, 2, 1, 1, 1, 1, 0);

  /* schema 3 has a trash */
  {
    gint64 first = 1;
    g_autoptr(GArray) left = NULL;

    g_assert_true (prov_store_trash_documents_sync (store, &first, 1, &error));
    g_assert_no_error (error);
    left = prov_store_query_document_ids_sync (store, NULL, &error);
    g_assert_cmpuint (left->len, ==, 1);
    g_assert_cmpint (g_array_index (left, gint64, 0), ==, 2);
  }

  g_clear_object (&store);
  assert_schema_current (dir);
  test_rmdir (dir);
}

/* A new library keeps the counts by kind as claims are added, dismissed and deleted. */
static void
test_kind_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
  const char *text = "The minister said the bridge could close. It reportedly will, \"soon\".";
  ProvDocumentInfo info = { "https://example.org/bridge", "Bridge", NULL, NULL, NULL, NULL,
                            NULL };
  ProvAnalysis *analysis = test_analysis_new (text);
  ProvStoreAddResult res;
  ProvClaimSpans spans = { PROV_KIND_QUOTE, PROV_SPAN_NONE, PROV_SPAN_NONE, PROV_SPAN_NONE };
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };
  g_autoptr(GArray) claim_ids = NULL;
  gint64 quote_id;

  g_assert_no_error (error);
  test_analysis_add (analysis, PROV_KIND_NAMED, "said", "The minister", NULL);
  test_analysis_add (analysis, PROV_KIND_HEDGE, "could", NULL, NULL);
  test_analysis_add (analysis, PROV_KIND_HEARSAY, "reportedly", NULL, NULL);
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       analysis, &res, &error));
  test_analysis_free (analysis);
  assert_counts (store, res.document_id, 3, 3, 1, 0, 1, 1, 0);

  spans.cue = test_span (text, "\"soon\"", 0);
  quote_id = prov_store_add_claim_sync (store, res.document_id, &spans, &error);
  g_assert_no_error (error);
  assert_counts (store, res.document_id, 4, 4, 1, 0, 1, 1, 1);

  claim_ids = prov_store_query_claim_ids_sync (store, res.document_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (prov_store_update_claim_sync (store, g_array_index (claim_ids, gint64, 0),
                                               &dismiss, &error));
  g_assert_no_error (error);
  assert_counts (store, res.document_id, 3, 3, 0, 0, 1, 1, 1);

  g_assert_true (prov_store_delete_claim_sync (store, quote_id, &error));
  g_assert_no_error (error);
  assert_counts (store, res.document_id, 2, 2, 0, 0, 1, 1, 0);

  g_clear_object (&store);
  test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/store-migrate/v1", test_migrate_v1);
  g_test_add_func ("/prov/store-migrate/v2", test_migrate_v2);
  g_test_add_func ("/prov/store-migrate/kind-counts", test_kind_counts);

  return g_test_run ();
}
