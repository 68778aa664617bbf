/* test-store-cli.c — the library commands of provenance-cli: list, show, claims, sources,
 * search, rate, note add, tag add, with --json, --db and PROVENANCE_DB
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "test-cli-util.h"
#include "test-store-util.h"

#define ARTICLE \
  "The harbour expansion will be delayed by at least a year, two officials familiar with " \
  "the plan said on Monday. According to the Port Authority, costs rose sharply."

typedef struct
{
  char   *dir;
  char   *db;
  gint64  doc;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  ProvDocumentInfo info = { "https://example.org/harbour", "Harbour plan delayed", "Ines Duarte",
                            "The Coastal Ledger", "2026-03-03", "en", NULL };
  ProvAnalysis *analysis = test_analysis_new (ARTICLE);
  ProvStoreAddResult res;

  f->dir = test_tmpdir ();
  f->db = g_build_filename (f->dir, "library.db", NULL);
  store = prov_store_open_sync (f->db, NULL, &error);
  g_assert_no_error (error);
  test_analysis_add (analysis, PROV_KIND_ANONYMOUS, "said",
                     "two officials familiar with the plan", NULL);
  test_analysis_add (analysis, PROV_KIND_NAMED, "According to", "the Port Authority",
                     "costs rose sharply");
  g_assert_true (prov_store_add_document_version_sync (store, &info, ARTICLE, NULL, NULL, NULL,
                                                       NULL, analysis, &res, &error));
  test_analysis_free (analysis);
  f->doc = res.document_id;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--db", f->db, "list", "--json", NULL);
  g_autoptr(ProvCliRun) text = prov_cli_run (NULL, "--db", f->db, "list", NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *doc;

  g_assert_cmpint (run->status, ==, 0);
  node = parse_json (run->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 1);
  doc = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (doc, "title"), ==, "Harbour plan delayed");
  g_assert_cmpint (json_object_get_int_member (doc, "claims"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (doc, "unreviewed"), ==, 2);
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "Harbour plan delayed"));
}

/* --filter anonymous: the fixture's article has one anonymous and one named attribution (not
 * mostly anonymous); a second one with two unnamed against one named is. */
static void
test_list_filter (Fixture       *f,
                  gconstpointer  data)
{
  const char *text = "Officials said the ferry was late. It reportedly broke down. According "
                     "to the Ferry Board, it did not.";
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvCliRun) run = NULL;
  g_autoptr(ProvCliRun) plain = NULL;
  g_autoptr(ProvCliRun) unknown = NULL;
  g_autoptr(JsonNode) node = NULL;
  ProvDocumentInfo info = { "https://example.org/ferry", "Ferry late again", NULL, NULL,
                            "2026-03-04", "en", NULL };
  ProvAnalysis *analysis = test_analysis_new (text);
  ProvStore *store = prov_store_open_sync (f->db, NULL, &error);
  ProvStoreAddResult res;
  JsonArray *docs;

  g_assert_no_error (error);
  test_analysis_add (analysis, PROV_KIND_ANONYMOUS, "said", "Officials", NULL);
  test_analysis_add (analysis, PROV_KIND_HEARSAY, "reportedly", NULL, NULL);
  test_analysis_add (analysis, PROV_KIND_NAMED, "According to", "the Ferry Board", NULL);
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL,
                                                       NULL, analysis, &res, &error));
  test_analysis_free (analysis);
  g_object_unref (store);

  run = prov_cli_run (NULL, "--db", f->db, "list", "--filter", "anonymous", "--json", NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  node = parse_json (run->out);
  docs = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (docs), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (docs, 0), "id"),
                   ==, res.document_id);

  plain = prov_cli_run (NULL, "--db", f->db, "list", "--filter", "anonymous", NULL);
  g_assert_cmpint (plain->status, ==, 0);
  g_assert_nonnull (strstr (plain->out, "Ferry late again"));
  g_assert_null (strstr (plain->out, "Harbour plan delayed"));

  unknown = prov_cli_run (NULL, "--db", f->db, "list", "--filter", "nameless", NULL);
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_cmpstr (unknown->out, ==, "");
  g_assert_nonnull (strstr (unknown->err, "--filter takes unreviewed, changed, suggested or "
                                          "anonymous"));
}

static void
test_env_db (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ProvCliRun) run = NULL;

  g_setenv ("PROVENANCE_DB", f->db, TRUE);
  run = prov_cli_run (NULL, "list", NULL);
  g_unsetenv ("PROVENANCE_DB");
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "Harbour plan delayed"));
}

static void
test_show (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->doc);
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--db", f->db, "show", id, "--json", NULL);
  g_autoptr(ProvCliRun) text = prov_cli_run (NULL, "--db", f->db, "show", id, NULL);
  g_autoptr(ProvCliRun) missing = prov_cli_run (NULL, "--db", f->db, "show", "999", NULL);
  g_autoptr(ProvCliRun) bad = prov_cli_run (NULL, "--db", f->db, "show", "abc", NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *doc;

  g_assert_cmpint (run->status, ==, 0);
  node = parse_json (run->out);
  doc = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (doc, "text"), ==, ARTICLE);
  g_assert_cmpstr (json_object_get_string_member (doc, "uri"), ==, "https://example.org/harbour");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (doc, "profile"),
                                               "named"), ==, 1);
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, ARTICLE));
  g_assert_cmpint (missing->status, ==, 1);
  g_assert_nonnull (strstr (missing->err, "No document with id 999"));
  g_assert_null (strchr (g_strstrip (missing->err), '\n'));
  g_assert_cmpint (bad->status, ==, 2);
}

static JsonArray *
claims_json (Fixture   *f,
             JsonNode **node)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->doc);
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--db", f->db, "claims", id, "--json", NULL);

  g_assert_cmpint (run->status, ==, 0);
  *node = parse_json (run->out);
  return json_node_get_array (*node);
}

static void
test_claims_rate_note_tag (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(ProvCliRun) rate = NULL;
  g_autoptr(ProvCliRun) bad_rate = NULL;
  g_autoptr(ProvCliRun) missing = NULL;
  g_autoptr(ProvCliRun) note = NULL;
  g_autoptr(ProvCliRun) tag = NULL;
  g_autoptr(ProvCliRun) no_target = NULL;
  g_autofree char *claim_id = NULL;
  JsonArray *claims = claims_json (f, &node);
  JsonObject *claim;

  g_assert_cmpuint (json_array_get_length (claims), ==, 2);
  claim = json_array_get_object_element (claims, 1);
  g_assert_cmpstr (json_object_get_string_member (claim, "kind"), ==, "named");
  g_assert_cmpstr (json_object_get_string_member (claim, "quote"), ==,
                   "According to the Port Authority, costs rose sharply");
  g_assert_cmpstr (json_object_get_string_member (claim, "source"), ==, "the Port Authority");
  g_assert_cmpstr (json_object_get_string_member (claim, "reliability"), ==, "F");
  g_assert_cmpint (json_object_get_int_member (claim, "credibility"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (claim, "status"), ==, "unreviewed");
  g_assert_true (json_object_has_member (claim, "tags"));
  g_assert_true (json_object_has_member (claim, "note"));
  claim_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (claim, "id"));

  rate = prov_cli_run (NULL, "--db", f->db, "rate", claim_id, "--reliability", "B",
                       "--credibility", "2", "--status", "verified", NULL);
  g_assert_cmpint (rate->status, ==, 0);
  g_assert_nonnull (strstr (rate->out, "B2"));
  bad_rate = prov_cli_run (NULL, "--db", f->db, "rate", claim_id, "--credibility", "9", NULL);
  g_assert_cmpint (bad_rate->status, ==, 2);
  missing = prov_cli_run (NULL, "--db", f->db, "rate", "999", "--credibility", "1", NULL);
  g_assert_cmpint (missing->status, ==, 1);
  note = prov_cli_run (NULL, "--db", f->db, "note", "add", "--claim", claim_id,
                       "Confirmed by the port's annual report.", NULL);
  g_assert_cmpint (note->status, ==, 0);
  tag = prov_cli_run (NULL, "--db", f->db, "tag", "add", "--claim", claim_id, "costs", NULL);
  g_assert_cmpint (tag->status, ==, 0);
  no_target = prov_cli_run (NULL, "--db", f->db, "tag", "add", "costs", NULL);
  g_assert_cmpint (no_target->status, ==, 2);

  claims = claims_json (f, &after);
  claim = json_array_get_object_element (claims, 1);
  g_assert_cmpstr (json_object_get_string_member (claim, "rating"), ==, "B2");
  g_assert_cmpstr (json_object_get_string_member (claim, "status"), ==, "verified");
  g_assert_cmpstr (json_object_get_string_member (claim, "note"), ==,
                   "Confirmed by the port's annual report.");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (claim, "tags"),
                                                  0), ==, "costs");
}

static void
test_sources_search (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ProvCliRun) sources = prov_cli_run (NULL, "--db", f->db, "sources", "--json", NULL);
  g_autoptr(ProvCliRun) search = prov_cli_run (NULL, "--db", f->db, "search", "harb*", "--json",
                                               NULL);
  g_autoptr(ProvCliRun) malformed = prov_cli_run (NULL, "--db", f->db, "search", "\"open",
                                                  NULL);
  g_autoptr(JsonNode) s = NULL;
  g_autoptr(JsonNode) h = NULL;
  JsonObject *hit;

  g_assert_cmpint (sources->status, ==, 0);
  s = parse_json (sources->out);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_node_get_array (s), 0), "name"), ==, "the Port Authority");
  g_assert_cmpint (search->status, ==, 0);
  h = parse_json (search->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (h)), >=, 1);
  hit = json_array_get_object_element (json_node_get_array (h), 0);
  g_assert_nonnull (strstr (json_object_get_string_member (hit, "snippet"), "[harbour]") ?
                    "ok" : strstr (json_object_get_string_member (hit, "snippet"), "[Harbour]"));
  g_assert_cmpint (malformed->status, ==, 1);
  g_assert_nonnull (strstr (malformed->err, "Malformed search query"));
}

static void
test_refuses_foreign_file (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "x.db", NULL);
  g_autoptr(ProvCliRun) run = NULL;

  g_assert_true (g_file_set_contents (path, "not a database at all, really not", -1, NULL));
  run = prov_cli_run (NULL, "--db", path, "list", NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "not a Provenance library"));
  test_rmdir (dir);
}

static void
test_import (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *file = g_build_filename (dir, "article.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "binary.txt", NULL);
  g_autoptr(ProvCliRun) first = NULL;
  g_autoptr(ProvCliRun) again = NULL;
  g_autoptr(ProvCliRun) claims = NULL;
  g_autoptr(ProvCliRun) bad = NULL;
  g_autoptr(ProvCliRun) missing = NULL;
  g_autoptr(ProvCliRun) usage = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_assert_true (g_file_set_contents (file, "Harbour plan delayed\n\n" ARTICLE "\n", -1, NULL));
  g_assert_true (g_file_set_contents (binary, "caf\xe9 au lait", -1, NULL));
  first = prov_cli_run (NULL, "--db", db, "import", file, NULL);
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->out, ==, "1\n");
  again = prov_cli_run (NULL, "--db", db, "import", file, NULL);
  g_assert_cmpstr (again->out, ==, "1\n");
  claims = prov_cli_run (NULL, "--db", db, "claims", "1", "--json", NULL);
  g_assert_cmpint (claims->status, ==, 0);
  node = parse_json (claims->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), >=, 1);
  bad = prov_cli_run (NULL, "--db", db, "import", binary, NULL);
  g_assert_cmpint (bad->status, ==, 1);
  g_assert_nonnull (strstr (bad->err, "not UTF-8 text"));
  missing = prov_cli_run (NULL, "--db", db, "import", "/nonexistent/file.txt", NULL);
  g_assert_cmpint (missing->status, ==, 1);
  usage = prov_cli_run (NULL, "--db", db, "import", NULL);
  g_assert_cmpint (usage->status, ==, 2);
  test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/prov/store-cli/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("list", test_list);
  ADD ("list-filter", test_list_filter);
  ADD ("env-db", test_env_db);
  ADD ("show", test_show);
  ADD ("claims-rate-note-tag", test_claims_rate_note_tag);
  ADD ("sources-search", test_sources_search);
#undef ADD
  g_test_add_func ("/prov/store-cli/refuses-foreign-file", test_refuses_foreign_file);
  g_test_add_func ("/prov/store-cli/import", test_import);

  return g_test_run ();
}
