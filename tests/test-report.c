/* test-report.c — the report model: filters, numbering, sources, the text layout
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prov-report-private.h"
#include "test-export-fixture.h"

static ProvReportDocument *
first_document (ProvReport *report)
{
  return g_ptr_array_index (report->documents, 0);
}

static void
test_default_filter (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  ProvReportDocument *document = first_document (report);

  prov_report_apply_options (report, NULL);
  g_assert_cmpuint (document->claims->len, ==, G_N_ELEMENTS (prov_test_report_quotes));
  for (guint i = 0; i < document->claims->len; i++)
    {
      ProvReportClaim *claim = g_ptr_array_index (document->claims, i);

      g_assert_cmpstr (claim->quote, ==, prov_test_report_quotes[i]);
      g_assert_cmpuint (claim->number, ==, i + 1);
      g_assert_cmpint (claim->suggestion, !=, PROV_SUGGESTION_DISMISSED);
    }
  /* The orphan goes last, the title comes from the document. */
  g_assert_cmpint (((ProvReportClaim *) g_ptr_array_index (document->claims, 5))->start, ==, -1);
  g_assert_cmpstr (report->title, ==, "Harbour plan delayed");
}

static void
test_include_dismissed (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  ProvReportOptions options;
  ProvReportClaim *critics;

  prov_report_options_init (&options);
  options.include_dismissed = TRUE;
  prov_report_apply_options (report, &options);
  g_assert_cmpuint (first_document (report)->claims->len, ==, 7);
  critics = g_ptr_array_index (first_document (report)->claims, 5);
  g_assert_cmpint (critics->suggestion, ==, PROV_SUGGESTION_DISMISSED);
  g_assert_cmpuint (critics->number, ==, 6);
}

static void
test_filter_status_and_kind (void)
{
  g_autoptr(ProvReport) by_status = prov_test_report_new ();
  g_autoptr(ProvReport) by_kind = prov_test_report_new ();
  g_autoptr(ProvReport) both = prov_test_report_new ();
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  ProvReportClaim *claim;

  options.statuses = 1u << PROV_REVIEW_VERIFIED | 1u << PROV_REVIEW_FALSE;
  prov_report_apply_options (by_status, &options);
  g_assert_cmpuint (first_document (by_status)->claims->len, ==, 2);
  claim = g_ptr_array_index (first_document (by_status)->claims, 1);
  g_assert_cmpint (claim->kind, ==, PROV_KIND_HEDGE);
  g_assert_cmpuint (claim->number, ==, 2);
  /* No claim cites a source any more: the appendix is empty. */
  g_assert_cmpuint (by_status->sources->len, ==, 0);

  prov_report_options_init (&options);
  options.kinds = 1u << PROV_KIND_NAMED | 1u << PROV_KIND_QUOTE;
  prov_report_apply_options (by_kind, &options);
  g_assert_cmpuint (first_document (by_kind)->claims->len, ==, 3);
  g_assert_cmpuint (by_kind->sources->len, ==, 2);

  options.statuses = 1u << PROV_REVIEW_IN_PROGRESS;
  prov_report_apply_options (both, &options);
  g_assert_cmpuint (first_document (both)->claims->len, ==, 1);
  claim = g_ptr_array_index (first_document (both)->claims, 0);
  g_assert_cmpstr (claim->source_name, ==, "Calder Bay Port Authority");
}

static void
test_sources (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  ProvReportSource *source;

  prov_report_apply_options (report, NULL);
  /* "Nobody Cited" is dropped; the rest are sorted by name and counted. */
  g_assert_cmpuint (report->sources->len, ==, 2);
  source = g_ptr_array_index (report->sources, 0);
  g_assert_cmpstr (source->name, ==, "Alan Pryce");
  g_assert_cmpuint (source->n_claims, ==, 1);
  source = prov_report_find_source (report, "calder bay port AUTHORITY");
  g_assert_nonnull (source);
  g_assert_cmpstr (source->aliases[1], ==, "CBPA");
  g_assert_null (prov_report_find_source (report, "Nobody Cited"));
}

static void
test_rating_and_names (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  ProvReportClaim *claim;
  g_autofree char *rating = NULL;
  ProvReportFormat format;
  ProvReviewStatus status;

  prov_report_apply_options (report, NULL);
  claim = g_ptr_array_index (first_document (report)->claims, 1);
  rating = prov_report_claim_dup_rating (claim);
  g_assert_cmpstr (rating, ==, "B2");
  g_assert_cmpstr (prov_report_claim_get_source (claim), ==, "Calder Bay Port Authority");
  claim = g_ptr_array_index (first_document (report)->claims, 0);
  g_assert_cmpstr (prov_report_claim_get_source (claim), ==,
                   "two officials familiar with the plan");

  for (guint f = 0; f < PROV_N_REPORT_FORMATS; f++)
    {
      g_assert_true (prov_report_format_from_string (prov_report_format_to_string (f), &format));
      g_assert_cmpint (format, ==, f);
    }
  g_assert_true (prov_report_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, PROV_REPORT_FORMAT_MARKDOWN);
  g_assert_false (prov_report_format_from_string ("docx", &format));
  g_assert_true (prov_review_status_from_string ("In progress", &status));
  g_assert_cmpint (status, ==, PROV_REVIEW_IN_PROGRESS);
  g_assert_false (prov_review_status_from_string ("maybe", &status));
}

/* Joins the layout back into text, with [N] for markers, {…} around highlighted runs and | for
 * paragraph ends, so that the expected layout reads at a glance. */
static char *
render_layout (const ProvReportDocument *document)
{
  g_autoptr(GArray) items = _prov_report_layout (document);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const ProvReportItem *item = &g_array_index (items, ProvReportItem, i);

      switch (item->type)
        {
        case PROV_REPORT_ITEM_TEXT:
          if (item->claim != NULL)
            g_string_append_printf (out, "{%u%s:", item->claim->number, item->cue ? "*" : "");
          g_string_append_len (out, item->text, item->length);
          if (item->claim != NULL)
            g_string_append_c (out, '}');
          break;
        case PROV_REPORT_ITEM_MARKER:
          g_string_append_printf (out, "[%u]", item->claim->number);
          break;
        case PROV_REPORT_ITEM_BREAK:
          g_string_append (out, "/");
          break;
        case PROV_REPORT_ITEM_PARAGRAPH:
        default:
          g_string_append (out, "|");
          break;
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_layout_nested (void)
{
  g_autoptr(ProvReportDocument) document =
    prov_report_document_new (NULL, NULL, "Né reportedly, it could rise.\nNext line.\n\nNew one.");
  g_autofree char *text = NULL;
  ProvReportClaim *outer = prov_report_claim_new (document, PROV_KIND_HEARSAY, 0, 28);
  ProvReportClaim *inner = prov_report_claim_new (document, PROV_KIND_HEDGE, 18, 23);

  prov_report_claim_add_part (outer, PROV_ROLE_CUE, 3, 13);
  prov_report_claim_add_part (inner, PROV_ROLE_CUE, 18, 23);
  prov_report_document_add_claim (document, outer);
  prov_report_document_add_claim (document, inner);
  g_assert_cmpstr (inner->quote, ==, "could");

  text = render_layout (document);
  g_assert_cmpstr (text, ==,
                   "{1:Né }{1*:reportedly}{1:, it }{2*:could}[2]{1: rise}[1]./Next line.|New one.");
}

static void
test_layout_edges (void)
{
  g_autoptr(ProvReportDocument) document = prov_report_document_new (NULL, NULL, "Ab cd");
  g_autofree char *text = NULL;
  ProvReportClaim *whole = prov_report_claim_new (document, PROV_KIND_NAMED, 0, 5);
  ProvReportClaim *same = prov_report_claim_new (document, PROV_KIND_QUOTE, 0, 5);
  ProvReportClaim *beyond = prov_report_claim_new (document, PROV_KIND_HEDGE, 3, 99);
  ProvReportClaim *orphan = prov_report_claim_new (NULL, PROV_KIND_HEDGE, -1, -1);

  prov_report_document_add_claim (document, whole);
  prov_report_document_add_claim (document, same);
  prov_report_document_add_claim (document, beyond);
  prov_report_document_add_claim (document, orphan);
  g_assert_cmpstr (beyond->quote, ==, "cd");

  /* Equal spans: the later claim is on top; both markers follow; the orphan has none. */
  text = render_layout (document);
  g_assert_cmpstr (text, ==, "{2:Ab }{3:cd}[1][2][3]");
}

static void
test_file_name (void)
{
  const struct
  {
    const char       *title;
    ProvReportFormat  format;
    const char       *name;
  } cases[] = {
    { "Port Calder harbour expansion delayed", PROV_REPORT_FORMAT_PDF,
      "port-calder-harbour-expansion-delayed.pdf" },
    { "Élection: « Qui l’a dit ? »", PROV_REPORT_FORMAT_MARKDOWN, "election-qui-l-a-dit.md" },
    { "../../etc/passwd", PROV_REPORT_FORMAT_HTML, "etc-passwd.html" },
    { "", PROV_REPORT_FORMAT_CSV, "report.csv" },
    { NULL, PROV_REPORT_FORMAT_JSONLD, "report.jsonld" },
    { "国际新闻", PROV_REPORT_FORMAT_PDF, "report.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = prov_report_dup_file_name (cases[i].title, cases[i].format);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_profile_text (void)
{
  ProvProfile profile = { { 3, 1, 5, 4, 1 }, 6, 30 };
  g_autofree char *text = _prov_report_profile_text (&profile);

  g_assert_cmpstr (text, ==, "9 attributions: 3 named, 1 anonymous, 5 hearsay; 4 hedges; "
                             "1 quote; 6 of 30 sentences without attribution");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/report/default-filter", test_default_filter);
  g_test_add_func ("/prov/report/include-dismissed", test_include_dismissed);
  g_test_add_func ("/prov/report/filter-status-and-kind", test_filter_status_and_kind);
  g_test_add_func ("/prov/report/sources", test_sources);
  g_test_add_func ("/prov/report/rating-and-names", test_rating_and_names);
  g_test_add_func ("/prov/report/layout-nested", test_layout_nested);
  g_test_add_func ("/prov/report/layout-edges", test_layout_edges);
  g_test_add_func ("/prov/report/profile-text", test_profile_text);
  g_test_add_func ("/prov/report/file-name", test_file_name);

  return g_test_run ();
}
