/* test-annotation-import.c — export → import-annotations round trips through real libraries
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-analyzer.h"
#include "prov-annotation-import.h"
#include "prov-report-export.h"
#include "prov-report-store.h"
#include "test-export-fixture.h"

#define SAMPLE_URI \
  "https://coastal-ledger.example/news/2026/11/17/port-calder-harbour-expansion-delayed"

typedef struct
{
  char      *dir;
  char      *text;
  ProvStore *source;  /* the library that exports */
  gint64     document_id;
} Fixture;

static ProvStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  ProvStore *store = prov_store_open_sync (path, NULL, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
add_document (ProvStore  *store,
              const char *text,
              gboolean    analyze)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(ProvAnalysis) analysis = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult result = { 0 };

  if (analyze)
    {
      analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
      g_assert_no_error (error);
    }
  info.uri = SAMPLE_URI;
  info.title = "Port Calder harbour expansion delayed as dredging costs nearly double";
  info.byline = "Maren Holt";
  info.site = "The Coastal Ledger";
  info.published = "2026-11-17";
  info.language = "en";
  info.collection = "Port Calder";
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       analysis, &result, &error));
  g_assert_no_error (error);
  return result.document_id;
}

/* A library in which a reader has worked: accepted, dismissed, rated, linked, noted, tagged. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                 "harbour-plan.txt", NULL);
  g_autoptr(GPtrArray) claims = NULL;
  gint64 authority, collection;
  ProvClaimUpdate update = { 0 };

  fixture->dir = prov_test_make_tmpdir ();
  g_assert_true (g_file_get_contents (path, &fixture->text, NULL, &error));
  g_assert_no_error (error);
  fixture->source = open_store (fixture, "source.db");
  fixture->document_id = add_document (fixture->source, fixture->text, TRUE);

  claims = prov_store_list_claims_sync (fixture->source, fixture->document_id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, >=, 10);

  authority = prov_store_ensure_source_sync (fixture->source, "Calder Bay Port Authority",
                                             "organisation", 'B', &error);
  g_assert_no_error (error);
  g_assert_true (prov_store_add_source_alias_sync (fixture->source, authority, "CBPA", &error));

  /* Claim 0: linked to the authority, rated from it (B), verified, noted and tagged. */
  update.fields = PROV_CLAIM_UPDATE_SOURCE | PROV_CLAIM_UPDATE_CREDIBILITY |
                  PROV_CLAIM_UPDATE_STATUS | PROV_CLAIM_UPDATE_NOTE | PROV_CLAIM_UPDATE_SUGGESTION;
  update.source_id = authority;
  update.credibility = 2;
  update.status = PROV_REVIEW_VERIFIED;
  update.note = "Confirmed by the *tender* notice.\n\n<script>alert(1)</script>";
  update.suggestion = PROV_SUGGESTION_ACCEPTED;
  g_assert_true (prov_store_update_claim_sync (fixture->source,
                                               prov_claim_get_id (g_ptr_array_index (claims, 0)),
                                               &update, &error));
  g_assert_no_error (error);
  g_assert_true (prov_store_add_tag_sync (fixture->source, 0,
                                          prov_claim_get_id (g_ptr_array_index (claims, 0)),
                                          "budget", &error));
  /* Claim 1: its own reliability D, doubtful, in progress. */
  update.fields = PROV_CLAIM_UPDATE_RELIABILITY | PROV_CLAIM_UPDATE_CREDIBILITY |
                  PROV_CLAIM_UPDATE_STATUS;
  update.reliability = 'D';
  update.credibility = 4;
  update.status = PROV_REVIEW_IN_PROGRESS;
  g_assert_true (prov_store_update_claim_sync (fixture->source,
                                               prov_claim_get_id (g_ptr_array_index (claims, 1)),
                                               &update, &error));
  /* Claim 2: dismissed. */
  update.fields = PROV_CLAIM_UPDATE_SUGGESTION;
  update.suggestion = PROV_SUGGESTION_DISMISSED;
  g_assert_true (prov_store_update_claim_sync (fixture->source,
                                               prov_claim_get_id (g_ptr_array_index (claims, 2)),
                                               &update, &error));
  g_assert_no_error (error);

  g_assert_cmpint (prov_store_add_note_sync (fixture->source, PROV_NOTE_DOCUMENT,
                                             fixture->document_id, "Call the union.", &error),
                   >, 0);
  g_assert_true (prov_store_add_tag_sync (fixture->source, fixture->document_id, 0, "port",
                                          &error));
  collection = prov_store_find_collection_sync (fixture->source, "Port Calder", &error);
  g_assert_cmpint (collection, >, 0);
  g_assert_cmpint (prov_store_add_note_sync (fixture->source, PROV_NOTE_COLLECTION, collection,
                                             "Follow the tender.", &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->source);
  prov_test_remove_tmpdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->text);
}

static GBytes *
export_collection (ProvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvReport) report = NULL;
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  GBytes *bytes;

  options.include_dismissed = TRUE;
  report = prov_report_new_from_store_sync (store, NULL, 0, "Port Calder", &options, NULL, &error);
  g_assert_no_error (error);
  bytes = prov_report_render (report, PROV_REPORT_FORMAT_JSONLD, &options, &error);
  g_assert_no_error (error);
  return bytes;
}

static ProvReport *
report_of (ProvStore *store)
{
  g_autoptr(GError) error = NULL;
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  ProvReport *report;

  options.include_dismissed = TRUE;
  report = prov_report_new_from_store_sync (store, NULL, 0, "Port Calder", &options, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* The same claims, sources, ratings and notes (not the origin or rule: import makes the
 * claims the reader's own). */
static void
assert_same_reports (ProvReport *a,
                     ProvReport *b)
{
  g_assert_cmpuint (a->documents->len, ==, b->documents->len);
  for (guint d = 0; d < a->documents->len; d++)
    {
      ProvReportDocument *x = g_ptr_array_index (a->documents, d);
      ProvReportDocument *y = g_ptr_array_index (b->documents, d);

      g_assert_cmpstr (x->uri, ==, y->uri);
      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->byline, ==, y->byline);
      g_assert_cmpstr (x->site, ==, y->site);
      g_assert_cmpstr (x->published, ==, y->published);
      g_assert_cmpstr (x->collection, ==, y->collection);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpstr (x->content_hash, ==, y->content_hash);
      g_assert_cmpmem (&x->profile, sizeof x->profile, &y->profile, sizeof y->profile);
      g_assert_true (g_strv_equal ((const char * const *) x->tags, (const char * const *) y->tags));
      g_assert_cmpuint (x->notes->len, ==, y->notes->len);
      for (guint n = 0; n < x->notes->len; n++)
        g_assert_cmpstr (g_ptr_array_index (x->notes, n), ==, g_ptr_array_index (y->notes, n));

      g_assert_cmpuint (x->claims->len, ==, y->claims->len);
      for (guint c = 0; c < x->claims->len; c++)
        {
          ProvReportClaim *p = g_ptr_array_index (x->claims, c);
          ProvReportClaim *q = g_ptr_array_index (y->claims, c);

          g_assert_cmpint (p->kind, ==, q->kind);
          g_assert_cmpstr (p->quote, ==, q->quote);
          g_assert_cmpint (p->start, ==, q->start);
          g_assert_cmpint (p->end, ==, q->end);
          g_assert_cmpuint (p->parts->len, ==, q->parts->len);
          g_assert_cmpstr (p->source_name, ==, q->source_name);
          g_assert_cmpint (p->reliability, ==, q->reliability);
          g_assert_cmpint (p->reliability_set, ==, q->reliability_set);
          g_assert_cmpint (p->credibility, ==, q->credibility);
          g_assert_cmpint (p->status, ==, q->status);
          g_assert_cmpint (p->suggestion, ==, q->suggestion);
          g_assert_cmpstr (p->note, ==, q->note);
          g_assert_true (g_strv_equal ((const char * const *) p->tags,
                                       (const char * const *) q->tags));
        }
    }
  g_assert_cmpuint (a->sources->len, ==, b->sources->len);
  for (guint s = 0; s < a->sources->len; s++)
    {
      ProvReportSource *x = g_ptr_array_index (a->sources, s);
      ProvReportSource *y = g_ptr_array_index (b->sources, s);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->type, ==, y->type);
      g_assert_cmpint (x->reliability, ==, y->reliability);
      g_assert_cmpuint (x->n_claims, ==, y->n_claims);
      g_assert_true (g_strv_equal ((const char * const *) x->aliases,
                                   (const char * const *) y->aliases));
    }
  g_assert_cmpuint (a->notes->len, ==, b->notes->len);
  for (guint n = 0; n < a->notes->len; n++)
    g_assert_cmpstr (g_ptr_array_index (a->notes, n), ==, g_ptr_array_index (b->notes, n));
}

static void
test_round_trip_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = export_collection (fixture->source);
  g_autoptr(ProvStore) target = open_store (fixture, "target.db");
  g_autoptr(ProvReport) before = report_of (fixture->source);
  g_autoptr(ProvReport) after = NULL;
  g_autoptr(ProvReport) again = NULL;
  ProvAnnotationImportResult result;
  guint n_claims = prov_report_count_claims (before);

  g_assert_true (prov_annotation_import_sync (target, bytes, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.documents_created, ==, 1);
  g_assert_cmpuint (result.documents_matched, ==, 0);
  g_assert_cmpuint (result.claims_created, ==, n_claims);
  g_assert_cmpuint (result.claims_updated, ==, 0);
  g_assert_cmpuint (result.claims_not_found, ==, 0);
  g_assert_cmpuint (result.notes_added, ==, 2);
  after = report_of (target);
  assert_same_reports (before, after);

  /* Importing the same file again changes nothing. */
  g_assert_true (prov_annotation_import_sync (target, bytes, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.documents_matched, ==, 1);
  g_assert_cmpuint (result.claims_created, ==, 0);
  g_assert_cmpuint (result.claims_updated, ==, n_claims);
  g_assert_cmpuint (result.notes_added, ==, 0);
  again = report_of (target);
  assert_same_reports (before, again);
}

static void
test_reanchor_changed_text (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = export_collection (fixture->source);
  g_autoptr(ProvStore) target = open_store (fixture, "changed.db");
  g_autoptr(ProvReport) before = report_of (fixture->source);
  g_autoptr(ProvReport) after = NULL;
  g_autoptr(GString) changed = g_string_new (fixture->text);
  ProvAnnotationImportResult result;
  ProvReportDocument *old_doc, *new_doc;
  const char *dropped = "Ruth Okafor, a spokesperson for Haldane, said the company stood by its "
                        "figures.";
  guint found = 0;

  /* The article was updated: a new first paragraph, a sentence gone. */
  g_string_prepend (changed, "Update: the council has called an extra meeting on the harbour.\n\n");
  g_assert_nonnull (strstr (changed->str, dropped));
  g_string_erase (changed, strstr (changed->str, dropped) - changed->str, strlen (dropped));
  add_document (target, changed->str, FALSE);

  g_assert_true (prov_annotation_import_sync (target, bytes, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.documents_created, ==, 0);
  g_assert_cmpuint (result.documents_matched, ==, 1);
  g_assert_cmpuint (result.claims_not_found, >=, 1);
  g_assert_cmpuint (result.claims_created + result.claims_not_found, ==,
                    prov_report_count_claims (before));
  g_assert_cmpuint (result.claims_reanchored, ==, result.claims_created);

  /* Every claim found again reads the same words at its new place, with its rating. */
  after = report_of (target);
  old_doc = g_ptr_array_index (before->documents, 0);
  new_doc = g_ptr_array_index (after->documents, 0);
  g_assert_cmpstr (new_doc->text, ==, changed->str);
  for (guint c = 0; c < old_doc->claims->len; c++)
    {
      ProvReportClaim *old = g_ptr_array_index (old_doc->claims, c);

      for (guint n = 0; n < new_doc->claims->len; n++)
        {
          ProvReportClaim *now = g_ptr_array_index (new_doc->claims, n);
          g_autofree char *words = prov_report_document_substring (new_doc, now->start, now->end);

          if (g_strcmp0 (now->quote, old->quote) != 0 || now->kind != old->kind)
            continue;
          g_assert_cmpstr (words, ==, old->quote);
          g_assert_cmpint (now->credibility, ==, old->credibility);
          g_assert_cmpint (now->status, ==, old->status);
          g_assert_cmpstr (now->note, ==, old->note);
          found++;
          break;
        }
    }
  g_assert_cmpuint (found, ==, result.claims_created);
}

static void
test_not_a_collection (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *inputs[] = {
    "not json at all",
    "{\"type\": \"Annotation\"}",
    "{\"type\": \"AnnotationCollection\", \"pv:documents\": []}",
    "{\"type\": \"AnnotationCollection\", \"pv:documents\": [{\"id\": \"urn:x\"}]}",
    "[1, 2, 3]",
  };
  g_autoptr(ProvStore) target = open_store (fixture, "bad.db");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));

      g_assert_false (prov_annotation_import_sync (target, bytes, NULL, NULL, &error));
      g_assert_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_PARSE);
    }
  /* Nothing was written. */
  g_assert_true (prov_store_is_empty_sync (target, NULL));
}

static void
test_parse_hand_built (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvReport) report = prov_test_report_new ();
  g_autoptr(ProvReport) parsed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  ProvReportDocument *x, *y;

  options.include_dismissed = TRUE;
  prov_report_apply_options (report, &options);
  bytes = prov_report_render (report, PROV_REPORT_FORMAT_JSONLD, &options, &error);
  g_assert_no_error (error);
  parsed = prov_annotation_parse (bytes, &error);
  g_assert_no_error (error);
  prov_report_apply_options (parsed, &options);

  x = g_ptr_array_index (report->documents, 0);
  y = g_ptr_array_index (parsed->documents, 0);
  g_assert_cmpstr (y->text, ==, x->text);
  g_assert_cmpuint (y->claims->len, ==, x->claims->len);
  for (guint c = 0; c < x->claims->len; c++)
    {
      ProvReportClaim *p = g_ptr_array_index (x->claims, c);
      ProvReportClaim *q = g_ptr_array_index (y->claims, c);

      g_assert_cmpstr (p->quote, ==, q->quote);
      g_assert_cmpint (p->start, ==, q->start);
      g_assert_cmpint (p->kind, ==, q->kind);
      g_assert_cmpint (p->origin, ==, q->origin);
      g_assert_cmpstr (p->rule, ==, q->rule);
      g_assert_cmpstr (p->source_text, ==, q->source_text);
      g_assert_cmpstr (p->source_type, ==, q->source_type);
      g_assert_cmpuint (p->parts->len, ==, q->parts->len);
    }
  g_assert_cmpuint (parsed->sources->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/annotation-import/parse-hand-built", test_parse_hand_built);
  g_test_add ("/prov/annotation-import/round-trip-empty", Fixture, NULL, fixture_set_up,
              test_round_trip_empty, fixture_tear_down);
  g_test_add ("/prov/annotation-import/reanchor-changed-text", Fixture, NULL, fixture_set_up,
              test_reanchor_changed_text, fixture_tear_down);
  g_test_add ("/prov/annotation-import/not-a-collection", Fixture, NULL, fixture_set_up,
              test_not_a_collection, fixture_tear_down);

  return g_test_run ();
}
