/* prov-fuzz-store.c — JSON-LD annotation import and search queries against real libraries
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-fuzz"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "prov-analyzer.h"
#include "prov-annotation-import.h"
#include "prov-fuzz-util.h"
#include "prov-report-export.h"
#include "prov-store.h"

/* A folder for this process's libraries, removed at exit. */
static char *
fuzz_dir (void)
{
  static char *dir;  /* one per process */

  if (dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      dir = g_dir_make_tmp ("prov-fuzz-XXXXXX", &error);
      PROV_FUZZ_CHECK (dir != NULL, "cannot make a temporary folder");
    }
  return dir;
}

static void
remove_library (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
remove_fuzz_dir (void)
{
  g_autofree char *annotation = g_build_filename (fuzz_dir (), "annotation.db", NULL);
  g_autofree char *search = g_build_filename (fuzz_dir (), "search.db", NULL);

  remove_library (annotation);
  remove_library (search);
  g_rmdir (fuzz_dir ());
}

static void
ensure_cleanup (void)
{
  static gboolean registered;

  if (!registered)
    {
      registered = TRUE;
      atexit (remove_fuzz_dir);
    }
}

int
prov_fuzz_annotation (const guint8 *data,
                      gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ProvReport) report = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ProvAnnotationImportResult result = { 0 };
  ProvReportOptions options;
  static const ProvReportFormat formats[] = {
    PROV_REPORT_FORMAT_HTML, PROV_REPORT_FORMAT_MARKDOWN, PROV_REPORT_FORMAT_CSV,
    PROV_REPORT_FORMAT_JSONLD,
  };
  gboolean ok;

  report = prov_annotation_parse (bytes, &error);
  PROV_FUZZ_CHECK ((report == NULL) == (error != NULL), "parse: result and error disagree");
  if (report == NULL)
    return 0;

  /* what parses renders in every text format */
  prov_report_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) out = NULL;
      g_autoptr(GError) render_error = NULL;

      out = prov_report_render (report, formats[i], &options, &render_error);
      PROV_FUZZ_CHECK ((out == NULL) == (render_error != NULL), "render: result and error");
    }

  /* and imports into an empty library, which then still passes its integrity check */
  ensure_cleanup ();
  path = g_build_filename (fuzz_dir (), "annotation.db", NULL);
  remove_library (path);
  store = prov_store_open_sync (path, NULL, &error);
  PROV_FUZZ_CHECK (store != NULL, "cannot open a fresh library");
  ok = prov_annotation_import_sync (store, bytes, &result, NULL, &error);
  PROV_FUZZ_CHECK (ok == (error == NULL), "import: result and error disagree");
  g_clear_error (&error);
  PROV_FUZZ_CHECK (prov_store_check_integrity_sync (store, &error), "integrity check failed");
  prov_fuzz_drain_main_context ();
  return 0;
}

/* A small library: the sample article, analyzed, with a note and a source. */
static ProvStore *
search_store (void)
{
  static ProvStore *store;  /* built once per process */
  g_autoptr(ProvAnalyzer) analyzer = NULL;
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sample = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult added = { 0 };

  if (store != NULL)
    return store;

  ensure_cleanup ();
  sample = g_build_filename (PROV_SOURCE_DIR, "data", "sample", "harbour-plan.txt", NULL);
  if (!g_file_get_contents (sample, &text, NULL, NULL))
    text = g_strdup ("The harbour expansion will be delayed by at least a year, two officials "
                     "familiar with the plan said on Monday. According to the port authority, "
                     "dredging costs have nearly doubled. The mayor reportedly opposes it.");
  path = g_build_filename (fuzz_dir (), "search.db", NULL);
  remove_library (path);
  store = prov_store_open_sync (path, NULL, &error);
  PROV_FUZZ_CHECK (store != NULL, "cannot open the search library");

  analyzer = prov_analyzer_new ();
  analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  PROV_FUZZ_CHECK (analysis != NULL, "cannot analyze the sample");
  info.uri = "https://coastal-ledger.example/harbour";
  info.title = "Port Calder harbour expansion delayed";
  info.site = "The Coastal Ledger";
  info.collection = "Port Calder";
  PROV_FUZZ_CHECK (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL,
                                                         NULL, analysis, &added, &error),
                   "cannot add the sample");
  PROV_FUZZ_CHECK (prov_store_add_note_sync (store, PROV_NOTE_DOCUMENT, added.document_id,
                                             "Check the *dredging* figures with the port.",
                                             &error) > 0, "cannot add a note");
  PROV_FUZZ_CHECK (prov_store_ensure_source_sync (store, "Port Authority of Calder",
                                                  "organisation", 'B', &error) > 0,
                   "cannot add a source");
  prov_fuzz_drain_main_context ();
  return store;
}

int
prov_fuzz_search (const guint8 *data,
                  gsize         size)
{
  ProvStore *store = search_store ();
  g_autofree char *query = g_strndup ((const char *) data, size);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  ProvDocumentQuery document_query = { 0 };

  hits = prov_store_search_sync (store, query, 20, NULL, NULL, &error);
  PROV_FUZZ_CHECK ((hits == NULL) == (error != NULL), "search: result and error disagree");
  if (hits == NULL)
    PROV_FUZZ_CHECK (g_error_matches (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY),
                     "a query failed with something else than a query error");
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const ProvSearchHit *hit = g_ptr_array_index (hits, i);

      PROV_FUZZ_CHECK (hit->id > 0, "a hit without an id");
      PROV_FUZZ_CHECK (hit->snippet == NULL || g_utf8_validate (hit->snippet, -1, NULL) ||
                       !g_utf8_validate (query, -1, NULL), "a snippet that is not UTF-8");
    }
  g_clear_error (&error);

  /* the library browser's search entry takes the same text */
  document_query.search = query;
  documents = prov_store_list_documents_sync (store, &document_query, 0, 20, &error);
  PROV_FUZZ_CHECK ((documents == NULL) == (error != NULL), "list: result and error disagree");
  if (documents == NULL)
    PROV_FUZZ_CHECK (g_error_matches (error, PROV_STORE_ERROR, PROV_STORE_ERROR_QUERY),
                     "a document query failed with something else than a query error");
  prov_fuzz_drain_main_context ();
  return 0;
}
