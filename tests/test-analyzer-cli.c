/* test-analyzer-cli.c — provenance-cli analyze and lexicon, as scripts use them
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <json-glib/json-glib.h>

#include "test-cli-util.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_json (void)
{
  const char *text = "The mayor said that the bridge\u00a0would close. It may rain.";
  g_autoptr(ProvCliRun) run = prov_cli_run (text, "analyze", NULL);
  g_autoptr(JsonObject) obj = NULL;
  JsonArray *attributions;
  JsonObject *a;
  JsonObject *profile;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  obj = parse_object (run->out);
  /* The text comes back normalised: the NBSP is a space. */
  g_assert_cmpstr (json_object_get_string_member (obj, "text"), ==,
                   "The mayor said that the bridge would close. It may rain.");
  attributions = json_object_get_array_member (obj, "attributions");
  g_assert_cmpuint (json_array_get_length (attributions), ==, 2);
  a = json_array_get_object_element (attributions, 0);
  g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, "named");
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "cue"), 0), ==, 10);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "cue"), 1), ==, 14);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "source"), 0),
                   ==, 0);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "content"), 0),
                   ==, 20);
  g_assert_cmpstr (json_object_get_string_member (a, "rule"), ==, "verb-subject");
  g_assert_true (json_object_get_double_member (a, "score") > 0.0);
  a = json_array_get_object_element (attributions, 1);
  g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, "hedge");
  g_assert_true (json_object_get_null_member (a, "source"));
  profile = json_object_get_object_member (obj, "profile");
  g_assert_cmpint (json_object_get_int_member (profile, "named"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (profile, "hedge"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (profile, "quote"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (profile, "sentences"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (profile, "unattributed_sentences"), ==, 1);
}

static void
test_file_and_text_format (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "prov-analyze-test.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvCliRun) run = NULL;

  g_file_set_contents (path, "The ships were late, according to the port authority.\n", -1,
                       &error);
  g_assert_no_error (error);
  run = prov_cli_run (NULL, "analyze", path, "--format", "text", NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "[[according to]]1"));
  g_assert_nonnull (strstr (run->out, "source: the port authority"));
  g_assert_nonnull (strstr (run->out, "1 attributions: 1 named"));
  g_unlink (path);
}

static void
test_html (void)
{
  const char *page = "<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>"
                     "<h1>Harbour plan</h1><p>The harbour will close next year, the mayor "
                     "said on Tuesday.</p><p>According to the port authority, the ships were "
                     "late again this spring.</p></article></body></html>";
  g_autoptr(ProvCliRun) run = prov_cli_run (page, "analyze", NULL);
  g_autoptr(JsonObject) obj = NULL;
  const char *text;

  g_assert_cmpint (run->status, ==, 0);
  obj = parse_object (run->out);
  text = json_object_get_string_member (obj, "text");
  /* The page's text, without its markup, is what was analyzed. */
  g_assert_null (strstr (text, "<p>"));
  g_assert_nonnull (strstr (text, "the mayor said on Tuesday"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj, "attributions")),
                    ==, 2);
}

static void
test_jsonl (void)
{
  const char *in = "{\"id\": \"a\", \"text\": \"Critics say the plan is costly.\"}\n"
                   "\n"
                   "{\"id\": 7, \"text\": \"\\u201cIt works,\\u201d he said.\"}\n";
  g_autoptr(ProvCliRun) run = prov_cli_run (in, "analyze", "--jsonl", NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonObject) first = NULL;
  g_autoptr(JsonObject) second = NULL;
  JsonObject *a;

  g_assert_cmpint (run->status, ==, 0);
  lines = g_strsplit (run->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");
  first = parse_object (lines[0]);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "a");
  a = json_array_get_object_element (json_object_get_array_member (first, "attributions"), 0);
  g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, "anonymous");
  second = parse_object (lines[1]);
  g_assert_cmpint (json_object_get_int_member (second, "id"), ==, 7);
  a = json_array_get_object_element (json_object_get_array_member (second, "attributions"), 0);
  g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, "quote");
  /* Offsets into the text as given: the curly quote is one code point. */
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "cue"), 0), ==, 15);
}

/* The default granularity is PolNeAR's: a quote that goes on after "she said." is one
 * attribution whose content covers both quotes. */
static void
test_jsonl_continued_quote (void)
{
  const char *in = "{\"id\": 1, \"text\": \"\\u201cIt works,\\u201d he said. \\u201cIt always "
                   "did.\\u201d\"}\n";
  g_autoptr(ProvCliRun) run = prov_cli_run (in, "analyze", "--jsonl", NULL);
  g_autoptr(JsonObject) obj = NULL;
  JsonArray *list;
  JsonArray *content;

  g_assert_cmpint (run->status, ==, 0);
  obj = parse_object (run->out);
  list = json_object_get_array_member (obj, "attributions");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  content = json_object_get_array_member (json_array_get_object_element (list, 0), "content");
  g_assert_cmpint (json_array_get_int_element (content, 0), ==, 1);
  g_assert_cmpint (json_array_get_int_element (content, 1), ==, 36);
}

static void
test_jsonl_bad_line (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run ("{\"id\": 1, \"text\": \"ok\"}\nnot json\n",
                                            "analyze", "--jsonl", NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "line 2"));
  g_assert_nonnull (g_str_has_suffix (run->err, "\n") ? run->err : NULL);
  g_assert_null (strchr (run->err, '\n') + 1 == run->err + strlen (run->err) ? NULL : run->err);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run ("The mayor said \xff\xfe it.", "analyze", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "not valid UTF-8"));
  lines = g_strsplit (run->err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);   /* one line, then the final newline */
}

static void
test_empty (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run ("", "analyze", "-", NULL);
  g_autoptr(JsonObject) obj = NULL;

  g_assert_cmpint (run->status, ==, 0);
  obj = parse_object (run->out);
  g_assert_cmpstr (json_object_get_string_member (obj, "text"), ==, "");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj, "attributions")),
                    ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (obj, "profile"),
                                               "sentences"), ==, 0);
}

static void
test_usage (void)
{
  g_autoptr(ProvCliRun) format = prov_cli_run (NULL, "analyze", "--format", "xml", NULL);
  g_autoptr(ProvCliRun) option = prov_cli_run (NULL, "analyze", "--frobnicate", NULL);
  g_autoptr(ProvCliRun) missing = prov_cli_run (NULL, "analyze", "/nonexistent/file.txt", NULL);
  g_autoptr(ProvCliRun) lexicon = prov_cli_run (NULL, "lexicon", "--bogus", NULL);

  g_assert_cmpint (format->status, ==, 2);
  g_assert_cmpint (option->status, ==, 2);
  g_assert_cmpint (missing->status, ==, 1);
  g_assert_nonnull (strstr (missing->err, "/nonexistent/file.txt"));
  g_assert_cmpint (lexicon->status, ==, 2);
}

static void
test_lexicon_patterns (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "lexicon", "--patterns", NULL);
  g_autoptr(ProvCliRun) counts = prov_cli_run (NULL, "lexicon", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run->status, ==, 0);
  lines = g_strsplit (run->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 500);
  g_assert_true (g_strv_contains ((const char * const *) lines, "according to"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "reportedly"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "said"));
  g_assert_cmpint (counts->status, ==, 0);
  g_assert_nonnull (strstr (counts->out, "reporting-verbs"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* A command that fails early closes its stdin before we finish writing it. */
  signal (SIGPIPE, SIG_IGN);

  g_test_add_func ("/prov/analyzer-cli/json", test_json);
  g_test_add_func ("/prov/analyzer-cli/file-and-text-format", test_file_and_text_format);
  g_test_add_func ("/prov/analyzer-cli/html", test_html);
  g_test_add_func ("/prov/analyzer-cli/jsonl", test_jsonl);
  g_test_add_func ("/prov/analyzer-cli/jsonl-continued-quote", test_jsonl_continued_quote);
  g_test_add_func ("/prov/analyzer-cli/jsonl-bad-line", test_jsonl_bad_line);
  g_test_add_func ("/prov/analyzer-cli/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/prov/analyzer-cli/empty", test_empty);
  g_test_add_func ("/prov/analyzer-cli/usage", test_usage);
  g_test_add_func ("/prov/analyzer-cli/lexicon-patterns", test_lexicon_patterns);

  return g_test_run ();
}
