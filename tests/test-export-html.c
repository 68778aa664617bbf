/* test-export-html.c — the HTML report, parsed back with libxml2
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include "prov-export-html.h"
#include "test-export-fixture.h"

static htmlDocPtr
render_and_parse (ProvReport              *report,
                  const ProvReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;
  htmlDocPtr doc;

  prov_report_apply_options (report, options);
  bytes = prov_export_html (report, options, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  g_assert_true (g_str_has_prefix (data, "<!DOCTYPE html>"));
  doc = htmlReadMemory (data, (int) size, NULL, "UTF-8",
                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathObjectPtr
query (htmlDocPtr  doc,
       const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) expression, context);

  g_assert_nonnull (result);
  xmlXPathFreeContext (context);
  return result;
}

static int
count (htmlDocPtr  doc,
       const char *expression)
{
  xmlXPathObjectPtr result = query (doc, expression);
  int n = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

/* The text content of the @index-th node matching @expression (squashed white space). */
static char *
text_of (htmlDocPtr  doc,
         const char *expression,
         int         index)
{
  xmlXPathObjectPtr result = query (doc, expression);
  xmlChar *content;
  char *text;

  g_assert_nonnull (result->nodesetval);
  g_assert_cmpint (index, <, result->nodesetval->nodeNr);
  content = xmlNodeGetContent (result->nodesetval->nodeTab[index]);
  text = prov_test_squash_space ((const char *) content);
  xmlFree (content);
  xmlXPathFreeObject (result);
  return g_strstrip (text);
}

static void
test_structure (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  htmlDocPtr doc = render_and_parse (report, NULL);
  g_autofree char *title = text_of (doc, "//title", 0);
  g_autofree char *css = text_of (doc, "//style", 0);

  g_assert_cmpstr (title, ==, "Harbour plan delayed");
  g_assert_nonnull (strstr (css, "@media print"));
  g_assert_nonnull (strstr (css, "text-decoration-style"));

  /* Self-contained: nothing loaded from elsewhere, nothing that runs. */
  g_assert_cmpint (count (doc, "//*[@src] | //link | //script | //iframe | //object"), ==, 0);
  g_assert_cmpint (count (doc, "//style"), ==, 1);

  /* Every kind is highlighted; cues are marked as such. */
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      g_autofree char *xpath = g_strdup_printf ("//section[@class='text']//mark[contains(@class,"
                                                "'k-%s')]", prov_kind_to_string (k));

      g_assert_cmpint (count (doc, xpath), >, 0);
    }
  g_assert_cmpint (count (doc, "//mark[contains(@class,'cue')]"), ==, 5);

  /* Five placed claims have a marker linked to their row and back; the orphan has a row only. */
  g_assert_cmpint (count (doc, "//sup[contains(@class,'marker')]/a"), ==, 5);
  g_assert_cmpint (count (doc, "(//table)[1]/tbody/tr"), ==,
                   G_N_ELEMENTS (prov_test_report_quotes));
  for (guint n = 1; n <= G_N_ELEMENTS (prov_test_report_quotes); n++)
    {
      g_autofree char *row = g_strdup_printf ("//tr[@id='d1-claim-%u']", n);
      g_autofree char *marker =
        g_strdup_printf ("//sup/a[@href='#d1-claim-%u' and @id='d1-ref-%u']", n, n);
      g_autofree char *back = g_strdup_printf ("//tr[@id='d1-claim-%u']//a[@href='#d1-ref-%u']",
                                               n, n);
      g_autofree char *quote_path = g_strdup_printf ("//tr[@id='d1-claim-%u']/td[2]/text()", n);
      g_autofree char *quote = text_of (doc, quote_path, 0);

      g_assert_cmpint (count (doc, row), ==, 1);
      g_assert_cmpint (count (doc, marker), ==, n < 6 ? 1 : 0);
      g_assert_cmpint (count (doc, back), ==, n < 6 ? 1 : 0);
      g_assert_cmpstr (quote, ==, prov_test_report_quotes[n - 1]);
    }

  /* Rating, status, tags, note and source of the first claim. */
  {
    g_autofree char *row = text_of (doc, "//tr[@id='d1-claim-1']", 0);

    g_assert_nonnull (strstr (row, "C3"));
    g_assert_nonnull (strstr (row, "verified"));
    g_assert_nonnull (strstr (row, "budget"));
    g_assert_nonnull (strstr (row, "follow-up"));
    g_assert_nonnull (strstr (row, "Ask the authority for the tender file."));
    g_assert_nonnull (strstr (row, "two officials familiar with the plan"));
    g_assert_nonnull (strstr (row, "Anonymous source"));
  }
  {
    g_autofree char *row = text_of (doc, "//tr[@id='d1-claim-2']", 0);

    g_assert_nonnull (strstr (row, "B2"));
    g_assert_nonnull (strstr (row, "Calder Bay Port Authority"));
    g_assert_nonnull (strstr (row, "as “the port authority”"));
  }

  /* Header data, the profile, notes, the sources appendix. */
  {
    g_autofree char *facts = text_of (doc, "//dl[@class='facts']", 0);
    g_autofree char *profile = text_of (doc, "//section[@class='profile']/p", 0);
    g_autofree char *notes = text_of (doc, "//article//section[@class='notes']", 0);
    g_autofree char *source = text_of (doc, "//section[@class='sources']//tbody/tr[2]", 0);

    g_assert_nonnull (strstr (facts, "https://coastal-ledger.example/news/harbour-plan"));
    g_assert_nonnull (strstr (facts, "2025-11-17"));
    g_assert_cmpint (count (doc, "//dl//a[@href='https://coastal-ledger.example/news/"
                                 "harbour-plan']"), ==, 1);
    g_assert_true (g_str_has_prefix (profile, "4 attributions: 1 named, 2 anonymous, 1 hearsay"));
    g_assert_nonnull (strstr (notes, "Check the *tender* file."));
    g_assert_nonnull (strstr (source, "Calder Bay Port Authority"));
    g_assert_nonnull (strstr (source, "CBPA"));
  }
  g_assert_cmpint (count (doc, "//section[@class='sources']//tbody/tr"), ==, 2);
  g_assert_cmpint (count (doc, "//tr[contains(@class,'dismissed')]"), ==, 0);

  xmlFreeDoc (doc);
}

static void
test_include_dismissed (void)
{
  g_autoptr(ProvReport) report = prov_test_report_new ();
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  htmlDocPtr doc;

  options.include_dismissed = TRUE;
  options.title = "Port Calder, week 47";
  doc = render_and_parse (report, &options);
  g_assert_cmpint (count (doc, "//tr[contains(@class,'dismissed')]"), ==, 1);
  g_assert_cmpint (count (doc, "(//table)[1]/tbody/tr"), ==, 7);
  g_assert_cmpint (count (doc, "//h1[text()='Port Calder, week 47']"), ==, 1);
  /* With another title the document gets its own heading. */
  g_assert_cmpint (count (doc, "//h2[text()='Harbour plan delayed']"), ==, 1);
  xmlFreeDoc (doc);
}

static gboolean
has_dangerous_attribute (xmlNodePtr node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
        {
          xmlChar *value = xmlNodeGetContent ((xmlNodePtr) attr);
          g_autofree char *folded = g_ascii_strdown ((const char *) value, -1);
          gboolean bad = g_ascii_strncasecmp ((const char *) attr->name, "on", 2) == 0 ||
                         strstr (g_strstrip (folded), "javascript:") != NULL;

          xmlFree (value);
          if (bad)
            return TRUE;
        }
      if (has_dangerous_attribute (node->children))
        return TRUE;
    }
  return FALSE;
}

#define HOSTILE_TEXT \
  "Officials said <script>alert(1)</script> was harmless.\n\n" \
  "A resident said <img src=x onerror=alert(2)> and </style><script>alert(3)</script> too.\n\n" \
  "Some <a href=\"javascript:alert(4)\" onclick='alert(5)'>link</a> reportedly & \"quoted\".\n"

static void
test_hostile_article (void)
{
  g_autoptr(ProvReport) report = prov_report_new ("</title><script>alert(6)</script>");
  ProvReportDocument *document = prov_report_add_document (
    report, prov_report_document_new ("javascript:alert(7)", "<b onmouseover=alert(8)>T</b>",
                                      HOSTILE_TEXT));
  ProvReportClaim *claim;
  const char *tags[] = { "<svg onload=alert(9)>", NULL };
  htmlDocPtr doc;
  g_autofree char *body = NULL;

  document->byline = g_strdup ("<style>body{display:none}</style>");
  document->language = g_strdup ("en\" onload=\"alert(10)");
  prov_report_document_add_note (document, "<iframe src=javascript:alert(11)></iframe>");
  claim = prov_test_add_claim (document, PROV_KIND_NAMED,
                               "Officials said <script>alert(1)</script>", "said", "Officials");
  claim->source_name = g_strdup ("\"><script>alert(12)</script>");
  claim->note = g_strdup ("</td></tr></table><script>alert(13)</script>");
  prov_report_claim_set_tags (claim, tags);
  prov_report_add_source (report, prov_report_source_new (claim->source_name, "<i>", 'A'));
  prov_test_add_claim (document, PROV_KIND_ANONYMOUS,
                       "A resident said <img src=x onerror=alert(2)> and </style>", "said",
                       "A resident");
  prov_test_add_claim (document, PROV_KIND_HEARSAY, "onclick='alert(5)'>link</a> reportedly",
                       "reportedly", NULL);

  doc = render_and_parse (report, NULL);
  g_assert_cmpint (count (doc, "//script | //img | //iframe | //svg | //object | //embed | //b"),
                   ==, 0);
  g_assert_cmpint (count (doc, "//style"), ==, 1);
  /* Three markers and their three links back; the javascript: address is not a link. */
  g_assert_cmpint (count (doc, "//a[@href]"), ==, 6);
  g_assert_false (has_dangerous_attribute (xmlDocGetRootElement (doc)));
  g_assert_cmpint (count (doc, "(//table)[1]/tbody/tr"), ==, 3);

  /* Nothing was lost: the markup reads as text. */
  body = text_of (doc, "//body", 0);
  g_assert_nonnull (strstr (body, "Officials said <script>alert(1)</script>1 was harmless."));
  g_assert_nonnull (strstr (body, "</style>2<script>alert(3)</script> too."));
  g_assert_nonnull (strstr (body, "<iframe src=javascript:alert(11)></iframe>"));
  g_assert_nonnull (strstr (body, "</td></tr></table><script>alert(13)</script>"));
  g_assert_nonnull (strstr (body, "& \"quoted\""));
  g_assert_nonnull (strstr (body, "javascript:alert(7)"));
  xmlFreeDoc (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-html/structure", test_structure);
  g_test_add_func ("/prov/export-html/include-dismissed", test_include_dismissed);
  g_test_add_func ("/prov/export-html/hostile-article", test_hostile_article);

  return g_test_run ();
}
