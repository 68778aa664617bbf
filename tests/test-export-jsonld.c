/* test-export-jsonld.c — the W3C Web Annotation collection, read back with json-glib
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-export-jsonld.h"
#include "test-export-fixture.h"

static JsonNode *
render (ProvReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  prov_report_apply_options (report, NULL);
  bytes = prov_export_jsonld (report, NULL, &error);
  g_assert_no_error (error);
  return json_from_string (g_bytes_get_data (bytes, NULL), &error);
}

/* The body of @annotation with @purpose (the @nth one), or NULL. */
static JsonObject *
find_body (JsonObject *annotation,
           const char *purpose,
           guint       nth)
{
  JsonArray *bodies = json_object_get_array_member (annotation, "body");

  for (guint i = 0; i < json_array_get_length (bodies); i++)
    {
      JsonObject *body = json_array_get_object_element (bodies, i);

      g_assert_cmpstr (json_object_get_string_member (body, "type"), ==, "TextualBody");
      if (g_strcmp0 (json_object_get_string_member (body, "purpose"), purpose) == 0 && nth-- == 0)
        return body;
    }
  return NULL;
}

static JsonObject *
find_selector (JsonObject *annotation,
               const char *type)
{
  JsonArray *selectors = json_object_get_array_member (json_object_get_object_member (annotation,
                                                                                      "target"),
                                                       "selector");

  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonObject *selector = json_array_get_object_element (selectors, i);

      if (g_strcmp0 (json_object_get_string_member (selector, "type"), type) == 0)
        return selector;
    }
  return NULL;
}

static gboolean
has_motivation (JsonObject *annotation,
                const char *motivation)
{
  JsonArray *list = json_object_get_array_member (annotation, "motivation");

  for (guint i = 0; i < json_array_get_length (list); i++)
    if (g_strcmp0 (json_array_get_string_element (list, i), motivation) == 0)
      return TRUE;
  return FALSE;
}

static void
test_collection (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  g_autoptr(JsonNode) root = render (report);
  ProvReportDocument *document = g_ptr_array_index (report->documents, 0);
  JsonObject *collection = json_node_get_object (root);
  JsonArray *context = json_object_get_array_member (collection, "@context");
  JsonArray *documents = json_object_get_array_member (collection, "pv:documents");
  JsonObject *embedded = json_array_get_object_element (documents, 0);
  JsonObject *page = json_object_get_object_member (collection, "first");
  JsonArray *items = json_object_get_array_member (page, "items");

  g_assert_cmpstr (json_array_get_string_element (context, 0), ==,
                   "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (context, 1),
                                                  "pv"), ==, PROV_JSONLD_NAMESPACE);
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==, "Harbour plan delayed");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpuint (json_array_get_length (items), ==, 6);

  /* The document travels with the annotations: address, title and text. */
  g_assert_cmpuint (json_array_get_length (documents), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (embedded, "id"), ==, document->uri);
  g_assert_cmpstr (json_object_get_string_member (embedded, "pv:title"), ==, document->title);
  g_assert_cmpstr (json_object_get_string_member (embedded, "pv:text"), ==, PROV_TEST_ARTICLE);
  g_assert_cmpstr (json_object_get_string_member (embedded, "pv:contentHash"), ==,
                   document->content_hash);

  for (guint i = 0; i < 6; i++)
    {
      JsonObject *annotation = json_array_get_object_element (items, i);
      JsonObject *quote = find_selector (annotation, "TextQuoteSelector");
      JsonObject *position = find_selector (annotation, "TextPositionSelector");
      ProvReportClaim *claim = g_ptr_array_index (document->claims, i);

      g_assert_cmpstr (json_object_get_string_member (annotation, "type"), ==, "Annotation");
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (annotation,
                                                                                     "target"),
                                                      "source"), ==, document->uri);
      g_assert_true (has_motivation (annotation, "highlighting"));
      g_assert_cmpstr (json_object_get_string_member (quote, "exact"), ==,
                       prov_test_report_quotes[i]);
      g_assert_cmpstr (json_object_get_string_member (find_body (annotation, "classifying", 0),
                                                      "value"), ==,
                       prov_kind_to_string (claim->kind));
      if (i == 5)
        {
          /* The orphan has a quote and no position. */
          g_assert_null (position);
          continue;
        }
      {
        gint64 start = json_object_get_int_member (position, "start");
        gint64 end = json_object_get_int_member (position, "end");
        g_autofree char *exact = prov_report_document_substring (document, start, end);
        g_autofree char *prefix = prov_report_document_substring (document, start - 32, start);
        g_autofree char *suffix = prov_report_document_substring (document, end, end + 32);

        g_assert_cmpstr (exact, ==, prov_test_report_quotes[i]);
        g_assert_cmpstr (json_object_get_string_member (quote, "prefix"), ==, prefix);
        g_assert_cmpstr (json_object_get_string_member (quote, "suffix"), ==, suffix);
        g_assert_cmpint (g_utf8_strlen (suffix, -1), ==, 32);
      }
    }

  /* The first claim: rating, note, tags, status. */
  {
    JsonObject *first = json_array_get_object_element (items, 0);
    JsonObject *rating = find_body (first, "assessing", 0);
    JsonObject *note = find_body (first, "commenting", 0);

    g_assert_cmpstr (json_object_get_string_member (rating, "value"), ==, "C3");
    g_assert_cmpstr (json_object_get_string_member (rating, "pv:reliability"), ==, "C");
    g_assert_cmpint (json_object_get_int_member (rating, "pv:credibility"), ==, 3);
    g_assert_true (json_object_get_boolean_member (rating, "pv:reliabilitySet"));
    g_assert_cmpstr (json_object_get_string_member (note, "value"), ==,
                     "Ask the authority for the tender file.");
    g_assert_cmpstr (json_object_get_string_member (note, "format"), ==, "text/markdown");
    g_assert_cmpstr (json_object_get_string_member (find_body (first, "tagging", 0), "value"), ==,
                     "budget");
    g_assert_cmpstr (json_object_get_string_member (find_body (first, "tagging", 1), "value"), ==,
                     "follow-up");
    g_assert_null (find_body (first, "tagging", 2));
    g_assert_null (find_body (first, "identifying", 0));
    g_assert_true (has_motivation (first, "commenting"));
    g_assert_true (has_motivation (first, "tagging"));
    g_assert_cmpstr (json_object_get_string_member (first, "pv:status"), ==, "verified");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "pv:parts")),
                      ==, 2);
  }
  /* The second is linked to a registry source. */
  {
    JsonObject *second = json_array_get_object_element (items, 1);
    JsonObject *source = find_body (second, "identifying", 0);

    g_assert_cmpstr (json_object_get_string_member (source, "value"), ==,
                     "Calder Bay Port Authority");
    g_assert_cmpstr (json_object_get_string_member (source, "pv:sourceType"), ==, "organisation");
    g_assert_true (has_motivation (second, "identifying"));
    g_assert_false (has_motivation (second, "commenting"));
  }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (collection, "pv:sources")),
                    ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-jsonld/collection", test_collection);

  return g_test_run ();
}
