/* test-export-csv.c — the CSV of claims, read back with a small RFC 4180 reader
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-export-csv.h"
#include "test-export-fixture.h"

static GPtrArray *
render (ProvReport              *report,
        const ProvReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  prov_report_apply_options (report, options);
  bytes = prov_export_csv (report, options, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  return prov_test_read_csv (data, size);
}

static void
test_rows (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  g_autoptr(GPtrArray) rows = render (report, NULL);
  const char *header[] = { "document", "quote", "kind", "source", "reliability", "credibility",
                           "status", "tags", "note", "start", "end", NULL };
  char **row;

  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (prov_test_report_quotes));
  g_assert_true (g_strv_equal ((const char * const *) g_ptr_array_index (rows, 0), header));
  for (guint r = 1; r < rows->len; r++)
    {
      row = g_ptr_array_index (rows, r);
      g_assert_cmpuint (g_strv_length (row), ==, 11);
      g_assert_cmpstr (row[0], ==, "Harbour plan delayed");
      g_assert_cmpstr (row[1], ==, prov_test_report_quotes[r - 1]);
    }
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[2], ==, "anonymous");
  g_assert_cmpstr (row[3], ==, "two officials familiar with the plan");
  g_assert_cmpstr (row[4], ==, "C");
  g_assert_cmpstr (row[5], ==, "3");
  g_assert_cmpstr (row[6], ==, "verified");
  g_assert_cmpstr (row[7], ==, "budget; follow-up");
  g_assert_cmpstr (row[8], ==, "Ask the authority for the tender file.");
  g_assert_cmpstr (row[9], ==, "0");
  g_assert_cmpstr (row[10], ==, "99");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[3], ==, "Calder Bay Port Authority");
  g_assert_cmpstr (row[6], ==, "in-progress");
  /* The orphan has no offsets. */
  row = g_ptr_array_index (rows, 6);
  g_assert_cmpstr (row[6], ==, "inconclusive");
  g_assert_cmpstr (row[9], ==, "");
  g_assert_cmpstr (row[10], ==, "");
}

static void
test_dismissed_and_filters (void)
{
  g_autoptr(ProvReport) all = prov_test_report_new ();
  g_autoptr(ProvReport) hedges = prov_test_report_new ();
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  char **row;

  options.include_dismissed = TRUE;
  rows = render (all, &options);
  g_assert_cmpuint (rows->len, ==, 8);
  row = g_ptr_array_index (rows, 6);
  g_assert_cmpstr (row[1], ==, "Critics argue the plan serves a handful of firms");
  g_assert_cmpstr (row[6], ==, "dismissed");
  g_ptr_array_unref (g_steal_pointer (&rows));

  prov_report_options_init (&options);
  options.kinds = 1u << PROV_KIND_HEDGE;
  rows = render (hedges, &options);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[2], ==, "hedge");
}

static void
test_quoting_and_formulas (void)
{
  g_autoptr(ProvReport) report = prov_report_new (NULL);
  ProvReportDocument *document = prov_report_add_document (
    report, prov_report_document_new (NULL, "=HYPERLINK(\"http://evil\",\"x\")",
                                      "=1+2 said he, \"quoted\", and\r\nmore.\n+SUM(A1) -3 @cmd"));
  g_autoptr(GPtrArray) rows = NULL;
  ProvReportClaim *claim;
  const char *tags[] = { "-1+2", "a,b", NULL };
  char **row;

  claim = prov_test_add_claim (document, PROV_KIND_NAMED, "=1+2 said he, \"quoted\", and\r\nmore.",
                               "said", NULL);
  claim->source_name = g_strdup ("@SUM(A1:A9)");
  claim->note = g_strdup ("\tTabbed; \"quoted\"\nline two");
  prov_report_claim_set_tags (claim, tags);
  claim = prov_test_add_claim (document, PROV_KIND_HEDGE, "+SUM(A1)", "+SUM(A1)", NULL);
  claim->note = g_strdup ("\rcarriage");
  claim = prov_test_add_claim (document, PROV_KIND_HEARSAY, "-3 @cmd", "-3", NULL);

  rows = render (report, NULL);
  g_assert_cmpuint (rows->len, ==, 4);
  row = g_ptr_array_index (rows, 1);
  /* Formulas start with an apostrophe; everything else survives quoting exactly. */
  g_assert_cmpstr (row[0], ==, "'=HYPERLINK(\"http://evil\",\"x\")");
  g_assert_cmpstr (row[1], ==, "'=1+2 said he, \"quoted\", and\r\nmore.");
  g_assert_cmpstr (row[3], ==, "'@SUM(A1:A9)");
  g_assert_cmpstr (row[7], ==, "'-1+2; a,b");
  g_assert_cmpstr (row[8], ==, "'\tTabbed; \"quoted\"\nline two");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[1], ==, "'+SUM(A1)");
  g_assert_cmpstr (row[8], ==, "'\rcarriage");
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row[1], ==, "'-3 @cmd");
  /* Numbers of our own are left alone. */
  g_assert_cmpstr (row[5], ==, "6");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-csv/rows", test_rows);
  g_test_add_func ("/prov/export-csv/dismissed-and-filters", test_dismissed_and_filters);
  g_test_add_func ("/prov/export-csv/quoting-and-formulas", test_quoting_and_formulas);

  return g_test_run ();
}
