/* test-export-pdf.c — the PDF report: pages, paper, and every claim in order (pdftotext)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>

#include "prov-export-pdf.h"
#include "prov-report-export.h"
#include "test-export-fixture.h"

/* poppler-glib 22.12 defines no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static GBytes *
render (ProvReport    *report,
        ProvPaperSize  paper)
{
  g_autoptr(GError) error = NULL;
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  GBytes *bytes;

  options.paper = paper;
  prov_report_apply_options (report, &options);
  bytes = prov_export_pdf (report, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "%PDF-"));
  return bytes;
}

static PopplerDocument *
open_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return pdf;
}

static void
test_paper (void)
{
  const struct
  {
    ProvPaperSize paper;
    double        width;
    double        height;
  } cases[] = {
    { PROV_PAPER_A4, 595.3, 841.9 },
    { PROV_PAPER_LETTER, 612, 792 },
    /* The tests run in C.UTF-8, whose LC_PAPER is A4. */
    { PROV_PAPER_AUTO, 595.3, 841.9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ProvReport) report = prov_test_report_new ();
      g_autoptr(GBytes) bytes = render (report, cases[i].paper);
      g_autoptr(PopplerDocument) pdf = open_pdf (bytes);
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
      double width, height;
      g_autofree char *title = NULL;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height, 0.5);
      title = poppler_document_get_title (pdf);
      g_assert_cmpstr (title, ==, "Harbour plan delayed");
    }
}

/* A long report: a claim on every sentence of many paragraphs. */
static ProvReport *
long_report (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  ProvReport *report = prov_report_new ("A long report");
  ProvReportDocument *document;

  for (guint p = 0; p < 40; p++)
    g_string_append_printf (text, "Paragraph %u: the minister said the budget would rise by %u "
                            "percent, according to officials who asked not to be named, and "
                            "the figure could potentially change again next year.\n\n", p, p);
  document = prov_report_add_document (report, prov_report_document_new (NULL, "Long", text->str));
  for (guint p = 0; p < 40; p++)
    {
      g_autofree char *needle = g_strdup_printf ("Paragraph %u:", p);
      gint64 at = prov_test_find (document->text, needle, 0);
      ProvReportClaim *claim = prov_report_claim_new (document, p % 2 ? PROV_KIND_HEDGE
                                                                      : PROV_KIND_NAMED,
                                                      at, at + 60);

      prov_report_claim_add_part (claim, PROV_ROLE_CUE, at + 4, at + 9);
      prov_report_document_add_claim (document, claim);
    }
  return report;
}

static void
test_text_in_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ProvReport) report = NULL;
  g_autoptr(ProvReport) long_one = long_report ();
  g_autoptr(GBytes) long_bytes = render (long_one, PROV_PAPER_A4);
  g_autoptr(PopplerDocument) long_pdf = open_pdf (long_bytes);
  const char *argv[] = { NULL, "-raw", "-enc", "UTF-8", NULL, "-", NULL };
  const char *claims;
  const char *at;
  int status;
  guint n_pages = poppler_document_get_n_pages (long_pdf);

  /* Pages break: the long report runs over several, each with its number. */
  g_assert_cmpuint (n_pages, >, 2);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (long_pdf, p);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_autofree char *label = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      g_assert_nonnull (strstr (page_text, label));
    }

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  dir = prov_test_make_tmpdir ();
  path = g_build_filename (dir, "report.pdf", NULL);
  report = prov_test_report_new ();
  prov_report_apply_options (report, NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (prov_report_write_sync (report, PROV_REPORT_FORMAT_PDF, NULL, file, NULL,
                                           &error));
    g_assert_no_error (error);
  }
  argv[0] = pdftotext;
  argv[4] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  text = prov_test_squash_space (out);

  g_assert_nonnull (strstr (text, "Harbour plan delayed"));
  g_assert_nonnull (strstr (text, "Page 1 of "));
  g_assert_nonnull (strstr (text, "The Coastal Ledger · Maren Holt · 2026-11-17"));
  claims = strstr (text, "CLAIMS");
  g_assert_nonnull (claims);
  /* Every claim, in order, after the table's heading, with its rating. */
  at = claims;
  for (guint i = 0; i < G_N_ELEMENTS (prov_test_report_quotes); i++)
    {
      g_autofree char *quote = prov_test_squash_space (prov_test_report_quotes[i]);
      const char *found = strstr (at, quote);

      g_assert_nonnull (found);
      at = found + strlen (quote);
    }
  g_assert_nonnull (strstr (claims, "C3"));
  g_assert_nonnull (strstr (claims, "Ask the authority for the tender file."));
  g_assert_nonnull (strstr (claims, "Tags: budget, follow-up"));
  g_assert_nonnull (strstr (text, "SOURCES"));
  g_assert_nonnull (strstr (text, "Calder Bay Port Authority"));
  g_assert_nonnull (strstr (text, "Call the union."));

  prov_test_remove_tmpdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/export-pdf/paper", test_paper);
  g_test_add_func ("/prov/export-pdf/text-in-order", test_text_in_order);

  return g_test_run ();
}
