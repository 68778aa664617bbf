/* test-pdf.c — the PDF reader on PDFs made at test time with cairo
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prov-pdf-reader.h"
#include "test-pdf-util.h"

static char *
block_text (const ProvExtraction *x,
            const ProvBlock      *block)
{
  const char *start = g_utf8_offset_to_pointer (x->text, block->start);
  const char *end = g_utf8_offset_to_pointer (x->text, block->end);

  return g_strndup (start, end - start);
}

static void
test_pages_and_info (void)
{
  g_autoptr(GBytes) pdf = test_pdf_make ("Harbour report", 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvExtraction) x = prov_pdf_reader_read (pdf, &error);
  guint pages = 0;
  const char *p1, *p2, *p3;

  g_assert_no_error (error);
  g_assert_true (prov_pdf_reader_sniff (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf)));
  g_assert_cmpstr (x->title, ==, "Harbour report");
  g_assert_cmpstr (x->byline, ==, "Port Authority");
  g_assert_nonnull (x->published);
  g_assert_true (g_str_has_prefix (x->published, "2026-03-02"));

  /* reading order: the pages, each heading before its paragraph */
  p1 = strstr (x->text, "This is page 1 of the report.");
  p2 = strstr (x->text, "This is page 2 of the report.");
  p3 = strstr (x->text, "This is page 3 of the report.");
  g_assert_true (p1 != NULL && p2 != NULL && p3 != NULL && p1 < p2 && p2 < p3);
  g_assert_true (strstr (x->text, "Findings, page 2") < p2);
  /* wrapped lines are joined into one paragraph */
  g_assert_nonnull (strstr (x->text, "expected to take a year longer than planned."));

  for (guint i = 0; i < x->structure->len; i++)
    {
      const ProvBlock *b = g_ptr_array_index (x->structure, i);

      if (b->kind == PROV_BLOCK_PAGE)
        {
          g_autofree char *text = block_text (x, b);
          g_autofree char *expected = g_strdup_printf ("This is page %u of", b->level);

          pages++;
          g_assert_cmpuint (b->level, ==, pages);
          g_assert_nonnull (strstr (text, expected));
        }
    }
  g_assert_cmpuint (pages, ==, 3);
}

static void
test_no_info (void)
{
  g_autoptr(GBytes) pdf = test_pdf_make (NULL, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvExtraction) x = prov_pdf_reader_read (pdf, &error);

  g_assert_no_error (error);
  /* no document info: the first line is the title */
  g_assert_cmpstr (x->title, ==, "Findings, page 1");
}

static void
test_errors (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) junk = g_bytes_new_static ("%PDF-1.4\nthis is no PDF at all", 29);
  g_autoptr(GBytes) blank = test_pdf_make ("Blank", 0);
  g_autoptr(GError) error = NULL;
  ProvExtraction *x;

  x = prov_pdf_reader_read (empty, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_EMPTY);
  g_clear_error (&error);
  x = prov_pdf_reader_read (junk, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_INVALID);
  g_clear_error (&error);
  x = prov_pdf_reader_read (blank, &error);
  g_assert_null (x);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/pdf/pages-and-info", test_pages_and_info);
  g_test_add_func ("/prov/pdf/no-info", test_no_info);
  g_test_add_func ("/prov/pdf/errors", test_errors);

  return g_test_run ();
}
