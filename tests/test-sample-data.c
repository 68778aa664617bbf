/* test-sample-data.c — the bundled sample article, its metadata and its gold attributions
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-test-sample-data"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "provenance-data-resources.h"

#define SAMPLE_PATH "/org/provenance/Provenance/sample/"

static const char * const kinds[] = { "named", "anonymous", "hearsay", "hedge", "quote" };

static char *
load_resource_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, (gssize) size, NULL));
  return g_strndup (data, size);
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        n++;
    }
  return n;
}

static void
test_text (void)
{
  g_autofree char *text = load_resource_text (SAMPLE_PATH "harbour-plan.txt");
  g_autofree char *body = g_strdup (text);
  g_auto(GStrv) paragraphs = NULL;
  guint words = count_words (text);

  /* news length, paragraphs separated by exactly one blank line, curly quotes only */
  g_assert_cmpuint (words, >=, 500);
  g_assert_cmpuint (words, <=, 800);
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_null (strchr (text, '"'));
  g_assert_nonnull (strstr (text, "\xe2\x80\x9c"));
  g_assert_nonnull (strstr (text, "\xe2\x80\x9d"));

  g_strchomp (body);
  paragraphs = g_strsplit (body, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), >=, 8);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *p = paragraphs[i];
      gsize len = strlen (p);

      g_assert_cmpuint (len, >, 0);
      g_assert_null (strchr (p, '\n'));
      g_assert_false (g_ascii_isspace (p[0]));
      g_assert_false (g_ascii_isspace (p[len - 1]));
      /* every paragraph ends a sentence, so no headline is left inside the body */
      g_assert_true (p[len - 1] == '.' || g_str_has_suffix (p, "\xe2\x80\x9d"));
    }
}

static void
test_metadata (void)
{
  g_autofree char *json = load_resource_text (SAMPLE_PATH "harbour-plan.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) published = NULL;
  g_autofree char *midnight = NULL;
  const char * const keys[] = { "uri", "title", "byline", "site", "published", "language" };
  JsonObject *meta;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  meta = json_node_get_object (json_parser_get_root (parser));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = json_object_get_string_member_with_default (meta, keys[i], "");

      g_test_message ("%s: %s", keys[i], value);
      g_assert_cmpstr (value, !=, "");
    }
  g_assert_true (g_str_has_prefix (json_object_get_string_member (meta, "uri"), "https://"));
  g_assert_cmpstr (json_object_get_string_member (meta, "language"), ==, "en");

  /* an ISO 8601 calendar date */
  midnight = g_strconcat (json_object_get_string_member (meta, "published"), "T00:00:00Z", NULL);
  published = g_date_time_new_from_iso8601 (midnight, NULL);
  g_assert_nonnull (published);
}

/* The text of SPAN ([start, end) in code points of TEXT); NULL when out of range. */
static char *
span_text (const char *text,
           glong       n_chars,
           JsonArray  *span)
{
  gint64 start;
  gint64 end;
  const char *p;
  const char *q;

  if (json_array_get_length (span) != 2)
    return NULL;
  start = json_array_get_int_element (span, 0);
  end = json_array_get_int_element (span, 1);
  if (start < 0 || end <= start || end > n_chars)
    return NULL;
  p = g_utf8_offset_to_pointer (text, (glong) start);
  q = g_utf8_offset_to_pointer (text, (glong) end);
  return g_strndup (p, (gsize) (q - p));
}

static void
test_gold (void)
{
  g_autofree char *text = load_resource_text (SAMPLE_PATH "harbour-plan.txt");
  g_autofree char *gold_path = g_test_build_filename (G_TEST_DIST, "data",
                                                      "harbour-plan.gold.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  guint per_kind[G_N_ELEMENTS (kinds)] = { 0 };
  glong n_chars = g_utf8_strlen (text, -1);
  gint64 last_cue = -1;
  JsonObject *root;
  JsonArray *list;

  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "text"), ==, "harbour-plan.txt");
  g_assert_cmpstr (json_object_get_string_member (root, "offsets"), ==,
                   "unicode code points, end exclusive");
  list = json_object_get_array_member (root, "attributions");

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *a = json_array_get_object_element (list, i);
      const char *kind = json_object_get_string_member (a, "kind");
      const char * const roles[] = { "cue", "source", "content" };
      gboolean known = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          if (g_strcmp0 (kind, kinds[k]) == 0)
            {
              per_kind[k]++;
              known = TRUE;
            }
        }
      g_assert_true (known);
      g_assert_true (json_object_has_member (a, "cue"));

      /* sorted by cue, and hearsay and hedges never name a source */
      g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (a, "cue"), 0),
                       >, last_cue);
      last_cue = json_array_get_int_element (json_object_get_array_member (a, "cue"), 0);
      if (g_str_equal (kind, "hearsay") || g_str_equal (kind, "hedge"))
        g_assert_false (json_object_has_member (a, "source"));

      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          g_autofree char *text_member = g_strconcat (roles[r], "_text", NULL);
          g_autofree char *actual = NULL;

          if (!json_object_has_member (a, roles[r]))
            {
              g_assert_false (json_object_has_member (a, text_member));
              continue;
            }
          actual = span_text (text, n_chars, json_object_get_array_member (a, roles[r]));
          g_assert_nonnull (actual);
          g_assert_cmpstr (actual, ==, json_object_get_string_member (a, text_member));
        }
    }

  /* every kind of the model occurs several times */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_test_message ("%s: %u", kinds[k], per_kind[k]);
      g_assert_cmpuint (per_kind[k], >=, 3);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/sample-data/text", test_text);
  g_test_add_func ("/prov/sample-data/metadata", test_metadata);
  g_test_add_func ("/prov/sample-data/gold", test_gold);

  return g_test_run ();
}
