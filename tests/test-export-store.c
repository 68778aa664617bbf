/* test-export-store.c — reports built from a library, and the export call the GUI makes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-report-store.h"
#include "test-export-fixture.h"

typedef struct
{
  char      *dir;
  ProvStore *store;
  gint64     first;
  gint64     second;
} Fixture;

static gint64
add_document (ProvStore  *store,
              const char *uri,
              const char *title,
              const char *collection,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult result = { 0 };
  ProvClaimSpans spans = { PROV_KIND_NAMED, { 0, 0 }, { -1, -1 }, { -1, -1 } };
  const char *said = strstr (text, "said");

  info.uri = uri;
  info.title = title;
  info.collection = collection;
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       NULL, &result, &error));
  g_assert_no_error (error);
  /* One claim made by the reader on "said", with its sentence as content. */
  spans.cue.start = g_utf8_pointer_to_offset (text, said);
  spans.cue.end = spans.cue.start + 4;
  spans.content.start = 0;
  spans.content.end = g_utf8_strlen (text, -1) - 1;
  g_assert_cmpint (prov_store_add_claim_sync (store, result.document_id, &spans, &error), >, 0);
  g_assert_no_error (error);
  return result.document_id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = prov_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->store = prov_store_open_sync (path, NULL, &error);
  g_assert_no_error (error);
  fixture->first = add_document (fixture->store, "https://example.org/a", "First", "Harbour",
                                 "The mayor said the harbour would wait.");
  fixture->second = add_document (fixture->store, "https://example.org/b", "Second", "Harbour",
                                  "The union said it would strike.");
  add_document (fixture->store, "https://example.org/c", "Elsewhere", NULL,
                "A spokesman said nothing.");
  g_assert_cmpint (prov_store_add_note_sync (fixture->store, PROV_NOTE_COLLECTION,
                                             prov_store_find_collection_sync (fixture->store,
                                                                              "Harbour", NULL),
                                             "Both sides of the harbour story.", &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  prov_test_remove_tmpdir (fixture->dir);
  g_free (fixture->dir);
}

static void
test_collection (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvReport) report = prov_report_new_from_store_sync (fixture->store, NULL, 0,
                                                                  "harbour", NULL, NULL, &error);
  ProvReportDocument *document;
  ProvReportClaim *claim;

  g_assert_no_error (error);
  g_assert_cmpstr (report->title, ==, "Harbour");
  g_assert_cmpuint (report->documents->len, ==, 2);
  g_assert_cmpuint (report->notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->notes, 0), ==, "Both sides of the harbour story.");
  document = g_ptr_array_index (report->documents, 0);
  g_assert_cmpstr (document->title, ==, "First");
  g_assert_cmpstr (document->collection, ==, "Harbour");
  g_assert_cmpuint (document->claims->len, ==, 1);
  claim = g_ptr_array_index (document->claims, 0);
  g_assert_cmpstr (claim->quote, ==, "The mayor said the harbour would wait");
  g_assert_cmpint (claim->kind, ==, PROV_KIND_NAMED);
  g_assert_cmpuint (claim->parts->len, ==, 2);
  g_assert_true (prov_report_claim_get_part (claim, PROV_ROLE_CUE, NULL, NULL));
  g_assert_cmpint (claim->suggestion, ==, PROV_SUGGESTION_ACCEPTED);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  const gint64 missing = 999;

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (prov_report_new_from_store_sync (fixture->store, NULL, 0, "Nope", NULL, NULL,
                                                    &error));
    g_assert_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_EMPTY);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (prov_report_new_from_store_sync (fixture->store, NULL, 0, NULL, NULL, NULL,
                                                    &error));
    g_assert_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_EMPTY);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (prov_report_new_from_store_sync (fixture->store, &missing, 1, NULL, NULL, NULL,
                                                    &error));
    g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_NOT_FOUND);
  }
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  if (!prov_report_export_finish (PROV_STORE (source), result, error) && *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  const gint64 ids[] = { fixture->second, fixture->first };
  GError *error = NULL;
  guint files;

  /* Two chosen documents, in the order asked, with a title of our own. */
  options.title = "Chosen";
  prov_report_export_async (fixture->store, ids, G_N_ELEMENTS (ids), NULL,
                            PROV_REPORT_FORMAT_HTML, &options, file, NULL, export_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<h1>Chosen</h1>"));
  g_assert_true (strstr (contents, "<h2>Second</h2>") < strstr (contents, "<h2>First</h2>"));

  /* Cancelled: the previous report stays as it was, no temporary file is left. */
  files = count_files (fixture->dir);
  g_cancellable_cancel (cancellable);
  prov_report_export_async (fixture->store, ids, 1, NULL, PROV_REPORT_FORMAT_PDF, NULL, file,
                            cancellable, export_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  {
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, contents);
  }
  g_assert_cmpuint (count_files (fixture->dir), ==, files);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/prov/export-store/collection", Fixture, NULL, fixture_set_up, test_collection,
              fixture_tear_down);
  g_test_add ("/prov/export-store/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  g_test_add ("/prov/export-store/async", Fixture, NULL, fixture_set_up, test_async,
              fixture_tear_down);

  return g_test_run ();
}
