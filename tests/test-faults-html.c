/* test-faults-html.c — pages that try the extractor: nested 100,000 levels deep, and 100 MB
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 100 MB page is a slow test (run with -m slow, as tests/meson.build does): about 15 s and
 * 1.5 GB here. Under AddressSanitizer it uses a 20 MB page (ASan multiplies time and memory).
 */
#include "config.h"

#include <stdio.h>

#include "prov-extractor.h"
#include "test-faults-util.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define DEPTH 100000
#define ARTICLE \
  "<p>The harbour expansion will be delayed by at least a year, two officials familiar with " \
  "the plan said on Monday.</p>"

/* Peak resident memory of this process so far, in MB (VmHWM). */
static gsize
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  gsize kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL ||
      sscanf (line, "VmHWM: %" G_GSIZE_FORMAT " kB", &kb) != 1)
    return 0;
  return kb / 1024;
}

static GString *
deep_page (const char *tag,
           gboolean    text_outside)
{
  GString *page = g_string_new ("<html><head><title>Deep</title></head><body>");

  if (text_outside)
    g_string_append (page, "<article>" ARTICLE "</article>");
  for (guint i = 0; i < DEPTH; i++)
    g_string_append_printf (page, "<%s>", tag);
  g_string_append (page, ARTICLE);
  for (guint i = 0; i < DEPTH; i++)
    g_string_append_printf (page, "</%s>", tag);
  g_string_append (page, "</body></html>\n");
  return page;
}

static void
test_deep (void)
{
  static const char * const tags[] = { "div", "span", "blockquote", "li", "b", "table" };
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    for (guint outside = 0; outside < 2; outside++)
      {
        g_autoptr(GString) page = deep_page (tags[i], outside);
        g_autoptr(ProvExtraction) extraction = NULL;
        g_autoptr(GError) error = NULL;
        gint64 started = g_get_monotonic_time ();
        double seconds;

        extraction = prov_extractor_extract (extractor, (const guint8 *) page->str, page->len,
                                             NULL, NULL, &error);
        seconds = (g_get_monotonic_time () - started) / 1e6;
        g_test_message ("%u × <%s>%s: %.2f s, %s", DEPTH, tags[i],
                        outside ? " after an article" : "", seconds,
                        extraction != NULL ? "extracted" : error->message);
        g_assert_cmpfloat (seconds, <, 10.0);
        if (outside)
          {
            /* the text outside the nest is never lost */
            g_assert_no_error (error);
            g_assert_nonnull (strstr (extraction->text, "two officials familiar"));
          }
        else if (extraction == NULL)
          {
            /* libxml2 stops building the tree at depth 256: no text, told as such */
            g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT);
          }
      }
}

static void
test_deep_cli (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *page_path = g_build_filename (dir, "deep.html", NULL);
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) page = deep_page ("div", FALSE);
  g_autoptr(ProvCliRun) extract = NULL;
  g_autoptr(ProvCliRun) import = NULL;

  faults_make_library (db);
  before = faults_digest (db);
  g_assert_true (g_file_set_contents (page_path, page->str, page->len, NULL));

  extract = prov_cli_run (NULL, "extract", page_path, NULL);
  if (extract->status != 0)
    faults_assert_cli_failed (extract, "no readable text");
  import = prov_cli_run (NULL, "--db", db, "import", page_path, NULL);
  g_test_message ("import: %d %s", import->status, import->err);
  if (import->status != 0)
    {
      faults_assert_cli_failed (import, "no readable text");
      after = faults_digest (db);
      g_assert_cmpstr (before, ==, after);
      faults_assert_library_whole (db, FAULTS_N_DOCUMENTS);
    }
  else
    faults_assert_library_whole (db, FAULTS_N_DOCUMENTS + 1);
  faults_rmdir (dir);
}

static void
test_huge (void)
{
#ifdef UNDER_ASAN
  const gsize size = 20 << 20;
#else
  const gsize size = 99 << 20;
#endif
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) page = g_string_sized_new (size + 4096);
  gsize rss_before;
  gint64 started;
  double seconds;
  guint n = 0;

  if (!g_test_slow ())
    {
      g_test_skip ("a slow test: run with -m slow");
      return;
    }

  g_string_append (page, "<html><head><title>A very long page</title></head><body>"
                   "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>");
  while (page->len < size)
    g_string_append_printf (page, "<p>Paragraph %u: officials said the harbour plan was "
                            "delayed, according to the <a href=\"/p/%u\">port authority</a>, "
                            "which could <b>double</b> the cost.</p>\n", n, n), n++;
  g_string_append (page, "</article><footer>© The Ledger</footer></body></html>\n");
  rss_before = peak_rss_mb ();

  started = g_get_monotonic_time ();
  extraction = prov_extractor_extract (extractor, (const guint8 *) page->str, page->len, NULL,
                                       NULL, &error);
  seconds = (g_get_monotonic_time () - started) / 1e6;
  g_test_message ("%" G_GSIZE_FORMAT " MB page: %.1f s, peak RSS %" G_GSIZE_FORMAT " MB "
                  "(%" G_GSIZE_FORMAT " MB before)", page->len >> 20, seconds, peak_rss_mb (),
                  rss_before);
  g_assert_no_error (error);
  /* every paragraph is there, the navigation and footer are not */
  g_assert_true (g_str_has_prefix (extraction->text, "Paragraph 0: officials said"));
  g_assert_nonnull (g_strrstr (extraction->text, "Paragraph 1"));
  g_assert_null (strstr (extraction->text, "© The Ledger"));
  g_assert_cmpuint (extraction->structure->len, >=, n);
  g_assert_cmpfloat (seconds, <, 60.0);
  g_assert_cmpuint (peak_rss_mb () - rss_before, <, 4 * 1024);
}

/* A file over the importer's 100 MB limit is refused before it is read. */
static void
test_too_big_file (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *page_path = g_build_filename (dir, "huge.html", NULL);
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ProvCliRun) import = NULL;
  FILE *file;

  faults_make_library (db);
  before = faults_digest (db);
  file = fopen (page_path, "w");
  g_assert_nonnull (file);
  fputs ("<html><body><p>Officials said so.</p>", file);
  /* a sparse file: 101 MB without writing them */
  g_assert_cmpint (fseek (file, 101 << 20, SEEK_SET), ==, 0);
  fputs ("</body></html>\n", file);
  fclose (file);

  import = prov_cli_run (NULL, "--db", db, "import", page_path, NULL);
  faults_assert_cli_failed (import, "larger than 100 mb");
  after = faults_digest (db);
  g_assert_cmpstr (before, ==, after);
  faults_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/faults/html/deep", test_deep);
  g_test_add_func ("/prov/faults/html/deep-cli", test_deep_cli);
  g_test_add_func ("/prov/faults/html/huge", test_huge);
  g_test_add_func ("/prov/faults/html/too-big-file", test_too_big_file);
  return g_test_run ();
}
