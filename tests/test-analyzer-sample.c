/* test-analyzer-sample.c — the bundled sample article against its hand-made gold: every gold
 * attribution found with its kind, every gold source overlapped
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "prov-analyzer.h"

static gboolean
read_span (JsonObject *obj,
           const char *member,
           ProvSpan   *span)
{
  JsonArray *array;

  if (!json_object_has_member (obj, member) || json_object_get_null_member (obj, member))
    return FALSE;
  array = json_object_get_array_member (obj, member);
  span->start = json_array_get_int_element (array, 0);
  span->end = json_array_get_int_element (array, 1);
  return TRUE;
}

static gboolean
overlap (ProvSpan a,
         ProvSpan b)
{
  return prov_span_is_set (a) && prov_span_is_set (b) && a.start < b.end && b.start < a.end;
}

static void
test_gold (void)
{
  g_autofree char *text_path = g_build_filename (PROV_SOURCE_DIR, "data", "sample",
                                                 "harbour-plan.txt", NULL);
  g_autofree char *gold_path = g_build_filename (PROV_SOURCE_DIR, "tests", "data",
                                                 "harbour-plan.gold.json", NULL);
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonArray *gold;
  guint missed = 0;

  g_file_get_contents (text_path, &text, NULL, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "attributions");
  g_assert_cmpuint (json_array_get_length (gold), >, 20);

  analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *g = json_array_get_object_element (gold, i);
      ProvSpan cue, source, content;
      gboolean has_source = read_span (g, "source", &source);
      gboolean has_content = read_span (g, "content", &content);
      gboolean kind_ok = FALSE;
      gboolean source_ok = !has_source;
      gboolean content_ok;
      ProvKind kind;

      g_assert_true (read_span (g, "cue", &cue));
      g_assert_true (prov_kind_from_string (json_object_get_string_member (g, "kind"), &kind));
      content_ok = !has_content || kind != PROV_KIND_QUOTE;
      for (guint j = 0; j < analysis->attributions->len; j++)
        {
          const ProvAttribution *a = g_ptr_array_index (analysis->attributions, j);

          if (a->kind != kind || !overlap (a->cue, cue))
            continue;
          kind_ok = TRUE;
          source_ok = source_ok || overlap (a->source, source);
          /* A quote that goes on after "she said." is one attribution whose content runs
           * from the first quote to the end of the last, as in the gold. */
          content_ok = content_ok || (a->content.start == content.start &&
                                      a->content.end == content.end);
        }
      if (!kind_ok || !source_ok || !content_ok)
        {
          g_test_message ("gold %s at %" G_GINT64_FORMAT ": %s", prov_kind_to_string (kind),
                          cue.start, !kind_ok ? "not found" : !source_ok ?
                          "source not overlapped" : "content differs");
          missed++;
        }
    }
  g_assert_cmpuint (missed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/analyzer-sample/gold", test_gold);

  return g_test_run ();
}
