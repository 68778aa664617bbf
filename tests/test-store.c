/* test-store.c — ProvStore: opening, refusing bad files, documents, versions, claims, sources
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-store-util.h"

#define ARTICLE \
  "The harbour expansion will be delayed by at least a year, two officials familiar with " \
  "the plan said on Monday. According to the Port Authority, costs rose sharply. The mayor " \
  "reportedly opposed the plan, which could potentially cost more."

typedef struct
{
  char      *dir;
  char      *path;
  ProvStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_tmpdir ();
  f->path = g_build_filename (f->dir, "library.db", NULL);
  f->store = prov_store_open_sync (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
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

static ProvAnalysis *
article_analysis (const char *text)
{
  ProvAnalysis *analysis = test_analysis_new (text);

  test_analysis_add (analysis, PROV_KIND_ANONYMOUS, "said",
                     "two officials familiar with the plan",
                     "The harbour expansion will be delayed by at least a year");
  test_analysis_add (analysis, PROV_KIND_NAMED, "According to", "the Port Authority",
                     "costs rose sharply");
  test_analysis_add (analysis, PROV_KIND_HEARSAY, "reportedly", NULL, NULL);
  test_analysis_add (analysis, PROV_KIND_HEDGE, "could potentially", NULL, NULL);
  return analysis;
}

static gint64
add_article (ProvStore          *store,
             const char         *uri,
             const char         *text,
             ProvStoreAddResult *result)
{
  g_autoptr(GError) error = NULL;
  ProvDocumentInfo info = { uri, "Harbour plan delayed", "Ines Duarte", "The Coastal Ledger",
                            "2026-03-03", "en", NULL };
  ProvAnalysis *analysis = strstr (text, "Port Authority") != NULL ? article_analysis (text)
                                                                   : test_analysis_new (text);
  ProvStoreAddResult res;
  gboolean ok;

  ok = prov_store_add_document_version_sync (store, &info, text, "[]", NULL, "\"e1\"",
                                             "Tue, 03 Mar 2026 10:00:00 GMT", analysis, &res,
                                             &error);
  test_analysis_free (analysis);
  g_assert_no_error (error);
  g_assert_true (ok);
  if (result != NULL)
    *result = res;
  return res.document_id;
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_open_new (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) again = NULL;

  g_assert_true (prov_store_get_created (f->store));
  g_assert_true (prov_store_is_empty_sync (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (prov_store_check_integrity_sync (f->store, &error));
  g_assert_no_error (error);

  add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  g_assert_false (prov_store_is_empty_sync (f->store, &error));
  g_clear_object (&f->store);

  again = prov_store_open_sync (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (prov_store_get_created (again));
  g_assert_false (prov_store_is_empty_sync (again, &error));
}

/* Opens @path expecting @code, and checks the file did not change by a single byte. */
static void
assert_refused (const char *path,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum_file (path);
  g_autofree char *after = NULL;
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);

  g_assert_null (store);
  g_assert_error (error, PROV_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_not_library (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *text_path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *sqlite_path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *command = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text_path, "just some text, not a database\n", -1, NULL));
  assert_refused (text_path, PROV_STORE_ERROR_NOT_LIBRARY, "not a Provenance library");

  g_assert_cmpint (sqlite3_open (sqlite_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1); "
                                 "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (sqlite_path, PROV_STORE_ERROR_NOT_LIBRARY, "not a Provenance library");
  test_rmdir (dir);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3 *db = NULL;

  add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f->path, PROV_STORE_ERROR_TOO_NEW, "newer version of Provenance");
}

static void
test_refuse_damaged (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *uri = g_strdup_printf ("https://example.org/%u", i);

      add_article (f->store, uri, ARTICLE, NULL);
    }
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  /* Scribble over the middle of the file, sparing the header page. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 4096 + 100; i < 4096 * 6; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f->path, PROV_STORE_ERROR_CORRUPT, "damaged");
}

static int
version_cb (void  *data,
            int    n,
            char **values,
            char **names)
{
  *(gint64 *) data = g_ascii_strtoll (values[0], NULL, 10);
  return 0;
}

/* The fixture of schema 1 (tests/data/schema-v1.sql, a dump of a library written by schema 1)
 * still opens, migrates to the current schema and keeps every record. */
static void
test_migrate_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "schema-v1.sql",
                                                           NULL), &sql, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
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
  g_assert_true (prov_store_check_integrity_sync (store, &error));

  /* schema 2 counted the claims of the existing documents */
  {
    g_autoptr(ProvDocument) doc = prov_store_get_document_sync (store, 1, &error);
    gint64 version = 0;

    g_assert_no_error (error);
    g_assert_cmpint (prov_document_get_claim_count (doc), ==, 2);
    g_assert_cmpint (prov_document_get_unreviewed_count (doc), ==, 1);
    g_clear_object (&store);
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version", version_cb, &version, NULL), ==,
                     SQLITE_OK);
    sqlite3_close (db);
    g_assert_cmpint (version, ==, PROV_STORE_SCHEMA_VERSION);
  }
  test_rmdir (dir);
}

static void
test_add_document (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autoptr(ProvVersionInfo) version = NULL;
  ProvStoreAddResult res;
  ProvClaim *claim;
  gint64 id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, &res);
  g_assert_true (res.new_document);
  g_assert_true (res.new_version);
  g_assert_cmpuint (res.suggestions, ==, 4);
  g_assert_cmpint (prov_store_find_document_by_uri_sync (f->store, "https://example.org/harbour",
                                                         &error), ==, id);
  g_assert_cmpint (prov_store_find_document_by_uri_sync (f->store, "https://example.org/none",
                                                         &error), ==, 0);
  g_assert_no_error (error);

  version = prov_store_get_latest_version_sync (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (version->etag, ==, "\"e1\"");
  g_assert_cmpstr (version->last_modified, ==, "Tue, 03 Mar 2026 10:00:00 GMT");
  g_assert_cmpuint (strlen (version->content_hash), ==, 64);

  contents = prov_store_load_document_sync (f->store, id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents->text, ==, ARTICLE);
  g_assert_cmpstr (contents->structure, ==, "[]");
  g_assert_cmpstr (prov_document_get_title (contents->document), ==, "Harbour plan delayed");
  g_assert_cmpint (prov_document_get_claim_count (contents->document), ==, 4);
  g_assert_cmpuint (contents->profile.counts[PROV_KIND_NAMED], ==, 1);
  g_assert_cmpuint (contents->annotations->len, ==, 8);  /* 4 cues, 2 sources, 2 contents */
  g_assert_cmpuint (contents->claims->len, ==, 4);

  /* claims in document order, rated F6, unreviewed, suggested */
  claim = g_ptr_array_index (contents->claims, 0);
  g_assert_cmpstr (prov_claim_get_kind (claim), ==, "anonymous");
  g_assert_true (g_str_has_prefix (prov_claim_get_quote (claim), "The harbour expansion"));
  g_assert_true (g_str_has_suffix (prov_claim_get_quote (claim), "the plan said"));
  g_assert_cmpstr (prov_claim_get_reliability (claim), ==, "F");
  g_assert_cmpint (prov_claim_get_credibility (claim), ==, 6);
  g_assert_cmpstr (prov_claim_get_status (claim), ==, "unreviewed");
  g_assert_cmpstr (prov_claim_get_suggestion (claim), ==, "suggested");
  g_assert_cmpstr (prov_claim_get_origin (claim), ==, "auto");
  g_assert_cmpint (prov_claim_get_source_id (claim), ==, 0);  /* anonymous: no entity */
  claim = g_ptr_array_index (contents->claims, 1);
  g_assert_cmpstr (prov_claim_get_kind (claim), ==, "named");
  g_assert_cmpstr (prov_claim_get_source_name (claim), ==, "the Port Authority");

  for (guint i = 0; i < contents->annotations->len; i++)
    {
      ProvAnnotation *a = g_ptr_array_index (contents->annotations, i);
      g_autofree char *slice = g_utf8_substring (ARTICLE, a->start, a->end);

      g_assert_cmpstr (slice, ==, a->exact);
      g_assert_cmpint (g_utf8_strlen (a->prefix, -1), <=, 32);
      g_assert_cmpint (g_utf8_strlen (a->suffix, -1), <=, 32);
      g_assert_cmpint (a->status, ==, PROV_SUGGESTION_SUGGESTED);
      g_assert_cmpint (a->origin, ==, PROV_ORIGIN_AUTO);
    }
}

static void
test_same_content (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvStoreAddResult res;
  gint64 id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  add_article (f->store, "https://example.org/harbour", ARTICLE, &res);
  g_assert_cmpint (res.document_id, ==, id);
  g_assert_false (res.new_document);
  g_assert_false (res.new_version);
  g_assert_cmpuint (res.suggestions, ==, 0);  /* re-analysis duplicates nothing */
  versions = prov_store_list_versions_sync (f->store, id, &error);
  g_assert_cmpuint (versions->len, ==, 1);
  claims = prov_store_list_claims_sync (f->store, id, TRUE, &error);
  g_assert_cmpuint (claims->len, ==, 4);
}

static void
test_new_version (Fixture       *f,
                  gconstpointer  data)
{
  /* the second sentence is edited, the hearsay sentence deleted, a paragraph inserted */
  const char *v2 = "Editor's note: updated on Tuesday.\n\n"
                   "The harbour expansion will be delayed by at least a year, two officials "
                   "familiar with the plan said on Monday. According to the Port Authority, "
                   "costs rose steeply. It could potentially cost more.";
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GArray) changed = NULL;
  ProvDocumentQuery query = { PROV_SORT_ADDED, TRUE, PROV_FILTER_CHANGED, NULL, 0, NULL };
  ProvDocumentInfo info = { "https://example.org/harbour", NULL, NULL, NULL, NULL, NULL, NULL };
  ProvStoreAddResult res;
  gint64 id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  g_assert_true (prov_store_add_document_version_sync (f->store, &info, v2, NULL, NULL, "\"e2\"",
                                                       NULL, NULL, &res, &error));
  g_assert_no_error (error);
  g_assert_true (res.new_version);
  g_assert_cmpuint (res.orphaned, ==, 1);     /* "reportedly" */
  g_assert_cmpuint (res.reanchored, ==, 7);

  versions = prov_store_list_versions_sync (f->store, id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  contents = prov_store_load_document_sync (f->store, id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents->text, ==, v2);
  g_assert_cmpstr (prov_document_get_title (contents->document), ==, "Harbour plan delayed");
  for (guint i = 0; i < contents->annotations->len; i++)
    {
      ProvAnnotation *a = g_ptr_array_index (contents->annotations, i);
      g_autofree char *slice = NULL;

      if (a->anchor == PROV_ANCHOR_ORPHAN)
        {
          g_assert_cmpstr (a->exact, ==, "reportedly");
          continue;
        }
      slice = g_utf8_substring (v2, a->start, a->end);
      g_assert_cmpstr (slice, ==, a->exact);
    }
  for (guint i = 0; i < contents->claims->len; i++)
    {
      ProvClaim *c = g_ptr_array_index (contents->claims, i);
      const char *kind = prov_claim_get_kind (c);

      /* the named claim's content was edited, the hearsay claim lost its cue */
      g_assert_cmpint (prov_claim_get_changed (c), ==,
                       g_str_equal (kind, "named") || g_str_equal (kind, "hearsay"));
      g_assert_cmpint (prov_claim_get_orphaned (c), ==, g_str_equal (kind, "hearsay"));
      if (g_str_equal (kind, "named"))
        g_assert_cmpstr (prov_claim_get_quote (c), ==,
                         "According to the Port Authority, costs rose steeply");
    }
  orphans = prov_store_list_orphans_sync (f->store, id, &error);
  g_assert_cmpuint (orphans->len, ==, 1);
  changed = prov_store_query_document_ids_sync (f->store, &query, &error);
  g_assert_cmpuint (changed->len, ==, 1);
}

/* A text that repeats itself ("The minister said …" forty times): deleting one sentence's cue
 * orphans exactly what was deleted, and nothing latches onto a look-alike elsewhere. */
static void
test_repetitive_text (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const words[] = { "port", "tax", "bridge", "school", "rail", "water",
                                        "power", "housing" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) v1 = g_string_new (NULL);
  g_autoptr(GString) v2 = g_string_new ("A correction was added on top.\n\n");
  g_autoptr(GPtrArray) orphans = NULL;
  ProvDocumentInfo info = { "https://example.org/minister", NULL, NULL, NULL, NULL, NULL, NULL };
  ProvAnalysis *analysis;
  ProvStoreAddResult res;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (v1, "The minister said the %s budget %u would rise. ",
                            words[i % 8], i);
  analysis = test_analysis_new (v1->str);
  for (guint i = 0; i < 40; i++)
    {
      ProvSpan cue = test_span (v1->str, "said", i);
      ProvSpan source = { cue.start - 13, cue.start - 1 };
      ProvSpan content = { cue.end + 1, (gint64) (strstr (g_utf8_offset_to_pointer (v1->str,
                                                                                 cue.end),
                                                          " would") - v1->str) };

      g_ptr_array_add (analysis->attributions,
                       prov_attribution_new (PROV_KIND_NAMED, cue, source, content, "r", 1));
    }
  g_assert_true (prov_store_add_document_version_sync (f->store, &info, v1->str, NULL, NULL,
                                                       NULL, NULL, analysis, &res, &error));
  test_analysis_free (analysis);

  /* v2: a paragraph on top; sentence 20 loses "said the rail budget 20" */
  {
    const char *s20 = strstr (v1->str, "The minister said the rail budget 20 ");
    const char *s21 = strstr (v1->str, "The minister said the water budget 21 ");

    g_string_append_len (v2, v1->str, s20 - v1->str);
    g_string_append (v2, "The minister would rise. ");
    g_string_append (v2, s21);
  }
  g_assert_true (prov_store_add_document_version_sync (f->store, &info, v2->str, NULL, NULL,
                                                       NULL, NULL, NULL, &res, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (res.orphaned, ==, 2);   /* sentence 20's cue and content */
  g_assert_cmpuint (res.reanchored, ==, 118);
  orphans = prov_store_list_orphans_sync (f->store, res.document_id, &error);
  g_assert_cmpuint (orphans->len, ==, 2);
  for (guint i = 0; i < orphans->len; i++)
    {
      ProvAnnotation *a = g_ptr_array_index (orphans, i);

      g_assert_true (g_str_equal (a->exact, "said") || g_str_equal (a->exact, "the rail budget 20"));
    }
}

/* Bad input is refused with a clear error and leaves nothing half-stored. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ProvDocumentInfo info = { "https://example.org/bad", "Bad", NULL, NULL, NULL, NULL, NULL };
  ProvDocumentInfo no_uri = { NULL, "Bad", NULL, NULL, NULL, NULL, NULL };
  ProvAnalysis *analysis = test_analysis_new ("Short text, officials said.");
  ProvAnalysis *other = test_analysis_new ("Another text entirely, of another length.");

  g_ptr_array_add (analysis->attributions,
                   prov_attribution_new (PROV_KIND_NAMED, (ProvSpan) { 20, 90 }, PROV_SPAN_NONE,
                                         PROV_SPAN_NONE, "r", 1));
  g_assert_false (prov_store_add_document_version_sync (f->store, &info, analysis->text, NULL,
                                                        NULL, NULL, NULL, analysis, NULL,
                                                        &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "https://example.org/bad"));
  g_clear_error (&error);
  g_assert_true (prov_store_is_empty_sync (f->store, &error));  /* rolled back, document too */

  g_assert_false (prov_store_add_document_version_sync (f->store, &info, analysis->text, NULL,
                                                        NULL, NULL, NULL, other, NULL, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prov_store_add_document_version_sync (f->store, &info, "caf\xe9", NULL, NULL,
                                                        NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prov_store_add_document_version_sync (f->store, &no_uri, "text", NULL, NULL,
                                                        NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (prov_store_is_empty_sync (f->store, &error));
  g_assert_true (prov_store_check_integrity_sync (f->store, &error));
  test_analysis_free (analysis);
  test_analysis_free (other);
}

static void
test_suggestions_persist (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(ProvDocument) doc = NULL;
  ProvClaimUpdate dismiss = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                                PROV_SUGGESTION_DISMISSED };
  ProvClaimUpdate accept = { PROV_CLAIM_UPDATE_SUGGESTION, .suggestion =
                               PROV_SUGGESTION_ACCEPTED };
  ProvAnalysis *analysis;
  gint64 id, dismissed_id, accepted_id;
  guint added = 99;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  dismissed_id = prov_claim_get_id (g_ptr_array_index (claims, 2));
  accepted_id = prov_claim_get_id (g_ptr_array_index (claims, 0));
  g_assert_true (prov_store_update_claim_sync (f->store, dismissed_id, &dismiss, &error));
  g_assert_true (prov_store_update_claim_sync (f->store, accepted_id, &accept, &error));
  g_assert_no_error (error);
  g_clear_pointer (&claims, g_ptr_array_unref);

  /* a new lexicon finds the same four and one more */
  analysis = article_analysis (ARTICLE);
  test_analysis_add (analysis, PROV_KIND_HEDGE, "will be", NULL, NULL);
  g_assert_true (prov_store_reanalyze_sync (f->store, id, analysis, &added, &error));
  test_analysis_free (analysis);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);

  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  g_assert_cmpuint (claims->len, ==, 4);  /* 5 minus the dismissed one */
  doc = prov_store_get_document_sync (f->store, id, &error);
  g_assert_cmpint (prov_document_get_claim_count (doc), ==, 4);
  g_assert_cmpint (prov_document_get_unreviewed_count (doc), ==, 4);
  all = prov_store_list_claims_sync (f->store, id, TRUE, &error);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    {
      ProvClaim *c = g_ptr_array_index (all, i);

      if (prov_claim_get_id (c) == dismissed_id)
        g_assert_cmpstr (prov_claim_get_suggestion (c), ==, "dismissed");
      if (prov_claim_get_id (c) == accepted_id)
        g_assert_cmpstr (prov_claim_get_suggestion (c), ==, "accepted");
    }
}

static void
test_ratings (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(ProvClaim) claim = NULL;
  ProvClaimUpdate bad = { PROV_CLAIM_UPDATE_CREDIBILITY, .credibility = 7 };
  ProvClaimUpdate update = { PROV_CLAIM_UPDATE_CREDIBILITY | PROV_CLAIM_UPDATE_STATUS |
                               PROV_CLAIM_UPDATE_NOTE,
                             .credibility = 2, .status = PROV_REVIEW_IN_PROGRESS,
                             .note = "Checked with the **port**." };
  ProvClaimUpdate own = { PROV_CLAIM_UPDATE_RELIABILITY, .reliability = 'C' };
  ProvClaimUpdate follow = { PROV_CLAIM_UPDATE_RELIABILITY, .reliability = '\0' };
  gint64 id, claim_id, source_id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  claim_id = prov_claim_get_id (g_ptr_array_index (claims, 1));
  source_id = prov_claim_get_source_id (g_ptr_array_index (claims, 1));
  g_assert_cmpint (source_id, !=, 0);

  g_assert_false (prov_store_update_claim_sync (f->store, claim_id, &bad, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prov_store_update_claim_sync (f->store, 9999, &update, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* the reliability follows the source's until the claim sets its own */
  g_assert_true (prov_store_update_source_sync (f->store, source_id, NULL, "organisation", 'B',
                                                &error));
  g_assert_true (prov_store_update_claim_sync (f->store, claim_id, &update, &error));
  g_assert_no_error (error);
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_cmpstr (prov_claim_get_reliability (claim), ==, "B");
  g_assert_false (prov_claim_get_reliability_set (claim));
  g_assert_cmpint (prov_claim_get_credibility (claim), ==, 2);
  g_assert_cmpstr (prov_claim_get_status (claim), ==, "in-progress");
  g_assert_cmpstr (prov_claim_get_note (claim), ==, "Checked with the **port**.");
  g_clear_object (&claim);

  g_assert_true (prov_store_update_claim_sync (f->store, claim_id, &own, &error));
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_cmpstr (prov_claim_get_reliability (claim), ==, "C");
  g_assert_true (prov_claim_get_reliability_set (claim));
  g_clear_object (&claim);
  g_assert_true (prov_store_update_claim_sync (f->store, claim_id, &follow, &error));
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_cmpstr (prov_claim_get_reliability (claim), ==, "B");
}

static void
test_sources_merge (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(ProvSource) merged = NULL;
  ProvClaimUpdate link = { PROV_CLAIM_UPDATE_SOURCE };
  gint64 id, wsj, journal;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  wsj = prov_store_ensure_source_sync (f->store, "The Wall Street Journal", "publication", 'B',
                                       &error);
  journal = prov_store_ensure_source_sync (f->store, "the Journal", NULL, '\0', &error);
  g_assert_no_error (error);
  g_assert_cmpint (wsj, !=, journal);
  g_assert_cmpint (prov_store_ensure_source_sync (f->store, "THE JOURNAL", NULL, '\0', &error),
                   ==, journal);
  g_assert_true (prov_store_add_source_alias_sync (f->store, wsj, "WSJ", &error));
  g_assert_cmpint (prov_store_find_source_sync (f->store, "wsj", &error), ==, wsj);

  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  link.source_id = journal;
  for (guint i = 0; i < 3; i++)
    g_assert_true (prov_store_update_claim_sync (f->store,
                                                 prov_claim_get_id (g_ptr_array_index (claims,
                                                                                       i)),
                                                 &link, &error));
  g_assert_no_error (error);

  g_assert_true (prov_store_merge_sources_sync (f->store, journal, wsj, &error));
  g_assert_no_error (error);
  merged = prov_store_get_source_sync (f->store, wsj, &error);
  g_assert_cmpint (prov_source_get_claim_count (merged), ==, 3);
  g_assert_true (g_strv_contains (prov_source_get_aliases (merged), "the Journal"));
  g_assert_true (g_strv_contains (prov_source_get_aliases (merged), "WSJ"));
  g_assert_cmpint (prov_store_find_source_sync (f->store, "the journal", &error), ==, wsj);
  g_clear_pointer (&claims, g_ptr_array_unref);
  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  g_assert_cmpstr (prov_claim_get_reliability (g_ptr_array_index (claims, 0)), ==, "B");
  sources = prov_store_list_sources_sync (f->store, &error);
  g_assert_cmpuint (sources->len, ==, 2);  /* the Port Authority and the Journal */
}

static void
test_notes_tags_collections (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(ProvClaim) claim = NULL;
  g_autoptr(ProvDocument) doc = NULL;
  g_auto(GStrv) tags = NULL;
  ProvDocumentQuery query = { PROV_SORT_TITLE, FALSE, PROV_FILTER_ALL, NULL, 0, "harbour" };
  gint64 id, claim_id, collection, note;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  add_article (f->store, "https://example.org/other", ARTICLE, NULL);
  claim_id = prov_store_add_claim_sync (f->store, id, &(ProvClaimSpans) {
                                          PROV_KIND_HEDGE, test_span (ARTICLE, "at least", 0),
                                          PROV_SPAN_NONE, PROV_SPAN_NONE }, &error);
  g_assert_no_error (error);
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_cmpstr (prov_claim_get_origin (claim), ==, "user");
  g_assert_cmpstr (prov_claim_get_suggestion (claim), ==, "accepted");
  g_clear_object (&claim);

  g_assert_true (prov_store_add_tag_sync (f->store, id, 0, "harbour", &error));
  g_assert_true (prov_store_add_tag_sync (f->store, id, 0, "harbour", &error));
  g_assert_true (prov_store_add_tag_sync (f->store, 0, claim_id, "check", &error));
  g_assert_false (prov_store_add_tag_sync (f->store, 0, 999, "x", &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  tags = prov_store_list_tags_sync (f->store, &error);
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_true (g_strv_contains (prov_claim_get_tags (claim), "check"));
  g_clear_object (&claim);
  docs = prov_store_list_documents_sync (f->store, &query, 0, 0, &error);
  g_assert_cmpuint (docs->len, ==, 1);

  note = prov_store_add_note_sync (f->store, PROV_NOTE_DOCUMENT, id, "# Doc note", &error);
  g_assert_cmpint (note, >, 0);
  prov_store_add_note_sync (f->store, PROV_NOTE_CLAIM, claim_id, "first", &error);
  prov_store_add_note_sync (f->store, PROV_NOTE_CLAIM, claim_id, "second", &error);
  g_assert_no_error (error);
  claim = prov_store_get_claim_sync (f->store, claim_id, &error);
  g_assert_cmpstr (prov_claim_get_note (claim), ==, "first\n\nsecond");
  g_assert_cmpint (prov_store_add_note_sync (f->store, PROV_NOTE_DOCUMENT, 999, "x", &error),
                   ==, 0);
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (prov_store_update_note_sync (f->store, note, "# Edited", &error));
  notes = prov_store_list_notes_sync (f->store, PROV_NOTE_DOCUMENT, id, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (prov_note_get_body (g_ptr_array_index (notes, 0)), ==, "# Edited");

  collection = prov_store_ensure_collection_sync (f->store, "Harbour", &error);
  g_assert_cmpint (prov_store_ensure_collection_sync (f->store, "harbour", &error), ==,
                   collection);
  g_assert_true (prov_store_set_document_collection_sync (f->store, id, collection, &error));
  g_assert_cmpint (prov_store_add_note_sync (f->store, PROV_NOTE_COLLECTION, collection,
                                             "free note", &error), >, 0);
  collections = prov_store_list_collections_sync (f->store, &error);
  g_assert_cmpuint (collections->len, ==, 1);
  g_assert_cmpint (prov_collection_get_document_count (g_ptr_array_index (collections, 0)), ==,
                   1);
  doc = prov_store_get_document_sync (f->store, id, &error);
  g_assert_cmpstr (prov_document_get_collection (doc), ==, "Harbour");

  g_assert_true (prov_store_delete_document_sync (f->store, id, &error));
  g_assert_null (prov_store_get_claim_sync (f->store, claim_id, &error));
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GArray) ids = NULL;
  ProvDocumentQuery query = { PROV_SORT_ADDED, TRUE, PROV_FILTER_ALL, "offic*", 0, NULL };
  gboolean saw_document = FALSE, saw_claim = FALSE, saw_source = FALSE, saw_note = FALSE;
  gint64 id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  add_article (f->store, "https://example.org/bridge",
               "The bridge vote was postponed, the council said. It reportedly failed.", NULL);
  prov_store_add_note_sync (f->store, PROV_NOTE_DOCUMENT, id, "Ask the harbourmaster", &error);

  hits = prov_store_search_sync (f->store, "harbour*", 50, "<b>", "</b>", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    {
      ProvSearchHit *hit = g_ptr_array_index (hits, i);

      g_assert_nonnull (strstr (hit->snippet, "<b>"));
      /* the bridge article only matches by its (shared) title */
      if (hit->document_id != id)
        g_assert_cmpint (hit->kind, ==, PROV_HIT_DOCUMENT);
      saw_document |= hit->kind == PROV_HIT_DOCUMENT;
      saw_claim |= hit->kind == PROV_HIT_CLAIM;
      saw_note |= hit->kind == PROV_HIT_NOTE;
      g_assert_cmpstr (hit->title, ==, "Harbour plan delayed");
    }
  g_assert_true (saw_document && saw_claim && saw_note);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = prov_store_search_sync (f->store, "\"port authority\"", 50, NULL, NULL, &error);
  for (guint i = 0; i < hits->len; i++)
    saw_source |= ((ProvSearchHit *) g_ptr_array_index (hits, i))->kind == PROV_HIT_SOURCE;
  g_assert_true (saw_source);
  g_clear_pointer (&hits, g_ptr_array_unref);

  ids = prov_store_query_document_ids_sync (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  hits = prov_store_search_sync (f->store, "harbour AND (", 50, NULL, NULL, &error);
  g_assert_null (hits);
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY);
  g_assert_nonnull (strstr (error->message, "Malformed search query"));
  g_clear_error (&error);
  hits = prov_store_search_sync (f->store, "\"unterminated", 50, NULL, NULL, &error);
  g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  ProvDocumentQuery unreviewed = { PROV_SORT_TITLE, FALSE, PROV_FILTER_UNREVIEWED, NULL, 0, NULL };
  ProvClaimUpdate verify = { PROV_CLAIM_UPDATE_STATUS, .status = PROV_REVIEW_VERIFIED };
  gint64 id;

  id = add_article (f->store, "https://example.org/harbour", ARTICLE, NULL);
  add_article (f->store, "https://example.org/b", ARTICLE, NULL);
  ids = prov_store_query_document_ids_sync (f->store, &unreviewed, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  claims = prov_store_list_claims_sync (f->store, id, FALSE, &error);
  for (guint i = 0; i < claims->len; i++)
    g_assert_true (prov_store_update_claim_sync (f->store,
                                                 prov_claim_get_id (g_ptr_array_index (claims,
                                                                                       i)),
                                                 &verify, &error));
  ids = prov_store_query_document_ids_sync (f->store, &unreviewed, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), !=, id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/prov/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("open-new", test_open_new);
  g_test_add_func ("/prov/store/refuse-not-library", test_refuse_not_library);
  ADD ("refuse-newer", test_refuse_newer);
  ADD ("refuse-damaged", test_refuse_damaged);
  g_test_add_func ("/prov/store/migrate-v1", test_migrate_v1);
  ADD ("add-document", test_add_document);
  ADD ("same-content", test_same_content);
  ADD ("new-version", test_new_version);
  ADD ("repetitive-text", test_repetitive_text);
  ADD ("bad-input", test_bad_input);
  ADD ("suggestions-persist", test_suggestions_persist);
  ADD ("ratings", test_ratings);
  ADD ("sources-merge", test_sources_merge);
  ADD ("notes-tags-collections", test_notes_tags_collections);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
#undef ADD

  return g_test_run ();
}
