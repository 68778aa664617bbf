/* test-export-corpus.c — real articles through the whole path: analyze, store, five formats
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample article ships with the project; ../shared/corpus/huawei-allies.txt is a real news
 * article beside the project on development machines, and its case is skipped when absent.
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <poppler.h>

#include "prov-analyzer.h"
#include "prov-annotation-import.h"
#include "prov-report-store.h"
#include "test-export-fixture.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

static ProvStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  ProvStore *store = prov_store_open_sync (path, NULL, &error);

  g_assert_no_error (error);
  return store;
}

static GBytes *
load (const char *dir,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *data = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 0);
  return g_bytes_new_take (data, size);
}

static guint
count_substrings (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Analyzes and stores @text, exports it in the five formats, and reads each one back. */
static void
export_all (const char *text,
            const char *uri,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = prov_test_make_tmpdir ();
  g_autoptr(ProvStore) store = open_store (dir, "library.db");
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(ProvAnalysis) analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  g_autoptr(ProvReport) report = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult added = { 0 };
  guint n_claims;

  g_assert_no_error (error);
  info.uri = uri;
  info.title = title;
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       analysis, &added, &error));
  g_assert_no_error (error);
  report = prov_report_new_from_store_sync (store, &added.document_id, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  n_claims = prov_report_count_claims (report);
  g_assert_cmpuint (n_claims, >=, 5);
  g_test_message ("%s: %u claims", title, n_claims);

  for (guint f = 0; f < PROV_N_REPORT_FORMATS; f++)
    {
      g_autofree char *name = g_strdup_printf ("report.%s", prov_report_format_get_extension (f));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (prov_report_export_sync (store, &added.document_id, 1, NULL, f, NULL, file,
                                              NULL, &error));
      g_assert_no_error (error);
    }

  /* HTML: a marker for each placed claim, a row for each claim. */
  {
    g_autoptr(GBytes) bytes = load (dir, "report.html");
    htmlDocPtr doc = htmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     NULL, "UTF-8",
                                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    guint rows = 0, markers = 0;

    g_assert_nonnull (doc);
    for (xmlNodePtr node = xmlDocGetRootElement (doc); node != NULL;)
      {
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, (const xmlChar *) "tr") &&
            xmlHasProp (node, (const xmlChar *) "id"))
          rows++;
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, (const xmlChar *) "sup"))
          markers++;
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, (const xmlChar *) "script"))
          g_assert_not_reached ();
        /* Depth-first walk. */
        if (node->children != NULL)
          node = node->children;
        else
          {
            while (node != NULL && node->next == NULL)
              node = node->parent;
            if (node != NULL)
              node = node->next;
          }
      }
    g_assert_cmpuint (rows, ==, n_claims);
    g_assert_cmpuint (markers, ==, n_claims);
    xmlFreeDoc (doc);
  }
  /* Markdown: a footnote for each claim. */
  {
    g_autoptr(GBytes) bytes = load (dir, "report.md");
    g_autofree char *md = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_cmpuint (count_substrings (md, "\n[^"), ==, n_claims);
  }
  /* CSV: a record for each claim. */
  {
    g_autoptr(GBytes) bytes = load (dir, "report.csv");
    g_autoptr(GPtrArray) rows = prov_test_read_csv (g_bytes_get_data (bytes, NULL),
                                                    g_bytes_get_size (bytes));

    g_assert_cmpuint (rows->len, ==, n_claims + 1);
  }
  /* PDF: readable, with the title. */
  {
    g_autoptr(GBytes) bytes = load (dir, "report.pdf");
    g_autoptr(PopplerDocument) pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
    g_autofree char *pdf_title = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);
    pdf_title = poppler_document_get_title (pdf);
    g_assert_cmpstr (pdf_title, ==, title);
  }
  /* JSON-LD: an annotation per claim, and it imports into an empty library. */
  {
    g_autoptr(GBytes) bytes = load (dir, "report.jsonld");
    g_autoptr(ProvReport) parsed = prov_annotation_parse (bytes, &error);
    g_autoptr(ProvStore) empty = open_store (dir, "empty.db");
    ProvAnnotationImportResult result;

    g_assert_no_error (error);
    g_assert_cmpuint (prov_report_count_claims (parsed), ==, n_claims);
    g_assert_true (prov_annotation_import_sync (empty, bytes, &result, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.claims_created, ==, n_claims);
  }
  prov_test_remove_tmpdir (dir);
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                 "harbour-plan.txt", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  export_all (text, "https://coastal-ledger.example/news/2026/11/17/port-calder-harbour-expansion-"
                    "delayed",
              "Port Calder harbour expansion delayed as dredging costs nearly double");
}

static void
test_huawei (void)
{
  g_autofree char *path = g_build_filename (PROV_SOURCE_DIR, "..", "shared", "corpus",
                                            "huawei-allies.txt", NULL);
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("../shared/corpus/huawei-allies.txt is not there");
      return;
    }
  export_all (text, "https://example.org/huawei-allies", "U.S. asks allies to drop Huawei");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-corpus/sample", test_sample);
  g_test_add_func ("/prov/export-corpus/huawei-allies", test_huawei);

  return g_test_run ();
}
