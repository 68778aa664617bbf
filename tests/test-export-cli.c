/* test-export-cli.c — provenance-cli export and import-annotations, driven as a user drives them
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>

#include "test-cli-util.h"
#include "test-export-fixture.h"

typedef struct
{
  char *dir;
  char *db;
  char *sample;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(ProvCliRun) run = NULL;

  fixture->dir = prov_test_make_tmpdir ();
  fixture->db = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "harbour-plan.txt",
                                           NULL);
  run = prov_cli_run (NULL, "--db", fixture->db, "import", fixture->sample, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "1\n");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  prov_test_remove_tmpdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->sample);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The lines of `claims` without their ids (ids are the library's own), sorted. */
static char *
claim_lines (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strchr (lines[i], '\t');

      if (tab != NULL)
        g_ptr_array_add (rest, (gpointer) (tab + 1));
    }
  g_ptr_array_sort (rest, compare_lines);
  g_ptr_array_add (rest, NULL);
  return g_strjoinv ("\n", (char **) rest->pdata);
}

/* The one line a runtime failure prints. */
static void
assert_one_line_error (ProvCliRun *run,
                       int         status)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_true (g_str_has_prefix (run->err, "provenance-cli: "));
  if (status == 1)
    g_assert_cmpuint (count_lines (run->err), ==, 1);
}

static void
test_formats (Fixture       *fixture,
              gconstpointer  data)
{
  const char *formats[] = { "html", "md", "pdf", "csv", "jsonld", "markdown" };
  const char *magic[] = { "<!DOCTYPE html>", "# ", "%PDF-", "document,quote,kind", "{", "# " };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *path = g_strdup_printf ("%s/report-%u.%s", fixture->dir, f, formats[f]);
      g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--db", fixture->db, "export", "1",
                                                "--format", formats[f], "-o", path, NULL);
      g_autofree char *contents = NULL;

      g_assert_cmpint (run->status, ==, 0);
      g_assert_cmpstr (run->err, ==, "");
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, magic[f]));
    }

  /* To standard output without -o; options filter the claims. */
  {
    g_autoptr(ProvCliRun) all = prov_cli_run (NULL, "--db", fixture->db, "export", "1", "--format",
                                              "csv", NULL);
    g_autoptr(ProvCliRun) hedges = prov_cli_run (NULL, "--db", fixture->db, "export", "1",
                                                 "--format=csv", "--kind", "hedge", NULL);
    g_autoptr(ProvCliRun) verified = prov_cli_run (NULL, "--db", fixture->db, "export", "1",
                                                   "--format", "csv", "--status", "verified", NULL);
    g_autoptr(GPtrArray) all_rows = NULL;
    g_autoptr(GPtrArray) hedge_rows = NULL;

    g_assert_cmpint (all->status, ==, 0);
    g_assert_cmpint (hedges->status, ==, 0);
    all_rows = prov_test_read_csv (all->out, strlen (all->out));
    hedge_rows = prov_test_read_csv (hedges->out, strlen (hedges->out));
    g_assert_cmpuint (hedge_rows->len, >, 1);
    g_assert_cmpuint (hedge_rows->len, <, all_rows->len);
    for (guint r = 1; r < hedge_rows->len; r++)
      g_assert_cmpstr (((char **) g_ptr_array_index (hedge_rows, r))[2], ==, "hedge");
    g_assert_cmpstr (verified->out, ==,
                     "document,quote,kind,source,reliability,credibility,status,tags,note,start,"
                     "end\r\n");
  }
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *blocked = g_build_filename (fixture->dir, "no-such-folder", "r.html", NULL);
  const char *usage[][6] = {
    { "export", "1", NULL },
    { "export", "--format", "html", NULL },
    { "export", "1", "--format", "docx", NULL },
    { "export", "1", "--collection", "x", "--format", "html" },
    { "export", "one", "--format", "html", NULL },
    { "export", "1", "--format", "html", "--status", "maybe" },
    { "export", "1", "--format", "html", "--kind", "rumour" },
    { "export", "1", "--format", "html", "--frobnicate", NULL },
    { "import-annotations", NULL },
  };

  for (guint u = 0; u < G_N_ELEMENTS (usage); u++)
    {
      const char *args[10] = { "--db", fixture->db };

      for (guint a = 0; a < 6 && usage[u][a] != NULL; a++)
        args[2 + a] = usage[u][a];
      {
        g_autoptr(ProvCliRun) run = prov_cli_run_argv (NULL, args);

        assert_one_line_error (run, 2);
      }
    }

  {
    g_autoptr(ProvCliRun) missing = prov_cli_run (NULL, "--db", fixture->db, "export", "42",
                                                  "--format", "html", NULL);
    g_autoptr(ProvCliRun) collection = prov_cli_run (NULL, "--db", fixture->db, "export",
                                                     "--collection", "Nope", "--format", "pdf",
                                                     NULL);
    g_autoptr(ProvCliRun) unwritable = prov_cli_run (NULL, "--db", fixture->db, "export", "1",
                                                     "--format", "html", "-o", blocked, NULL);
    g_autoptr(ProvCliRun) not_json = prov_cli_run (NULL, "--db", fixture->db, "import-annotations",
                                                   fixture->sample, NULL);
    g_autoptr(ProvCliRun) no_file = prov_cli_run (NULL, "--db", fixture->db, "import-annotations",
                                                  blocked, NULL);

    assert_one_line_error (missing, 1);
    assert_one_line_error (collection, 1);
    g_assert_nonnull (strstr (collection->err, "Nope"));
    assert_one_line_error (unwritable, 1);
    assert_one_line_error (not_json, 1);
    assert_one_line_error (no_file, 1);
  }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *jsonld = g_build_filename (fixture->dir, "claims.jsonld", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autoptr(ProvCliRun) rate = prov_cli_run (NULL, "--db", fixture->db, "rate", "2",
                                             "--reliability", "B", "--credibility", "2",
                                             "--status", "verified", NULL);
  g_autoptr(ProvCliRun) note = prov_cli_run (NULL, "--db", fixture->db, "note", "add", "--claim",
                                             "2", "Ask the *mayor's* office.", NULL);
  g_autoptr(ProvCliRun) tag = prov_cli_run (NULL, "--db", fixture->db, "tag", "add", "--claim",
                                            "2", "follow-up", NULL);
  g_autoptr(ProvCliRun) export = NULL;
  g_autoptr(ProvCliRun) import = NULL;
  g_autoptr(ProvCliRun) before = NULL;
  g_autoptr(ProvCliRun) after = NULL;

  g_assert_cmpint (rate->status, ==, 0);
  g_assert_cmpint (note->status, ==, 0);
  g_assert_cmpint (tag->status, ==, 0);
  export = prov_cli_run (NULL, "--db", fixture->db, "export", "1", "--format", "jsonld", "-o",
                         jsonld, NULL);
  g_assert_cmpint (export->status, ==, 0);
  import = prov_cli_run (NULL, "--db", empty, "import-annotations", jsonld, "--json", NULL);
  g_assert_cmpint (import->status, ==, 0);
  g_assert_nonnull (strstr (import->out, "\"documents_created\" : 1"));
  g_assert_nonnull (strstr (import->out, "\"claims_not_found\" : 0"));

  /* The claims as the CLI lists them are the same in both libraries. */
  before = prov_cli_run (NULL, "--db", fixture->db, "claims", "1", NULL);
  after = prov_cli_run (NULL, "--db", empty, "claims", "1", NULL);
  g_assert_cmpint (after->status, ==, 0);
  {
    g_autofree char *expected = claim_lines (before->out);
    g_autofree char *got = claim_lines (after->out);

    g_assert_cmpuint (strlen (expected), >, 1000);
    g_assert_cmpstr (got, ==, expected);
  }
  g_assert_nonnull (strstr (after->out, "B2\tverified"));
  g_assert_nonnull (strstr (after->out, "#follow-up"));
}

/* The page size of a PDF made by the CLI in @locale. */
static double
pdf_width_in (Fixture    *fixture,
              const char *locale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "paper.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(ProvCliRun) run = NULL;
  PopplerDocument *pdf;
  PopplerPage *page;
  double width, height;

  g_setenv ("LC_ALL", locale, TRUE);
  run = prov_cli_run (NULL, "--db", fixture->db, "export", "1", "--format", "pdf", "-o", path,
                      NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_cmpint (run->status, ==, 0);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (page, &width, &height);
  g_object_unref (page);
  g_object_unref (pdf);
  return width;
}

static void
test_paper_from_locale (Fixture       *fixture,
                        gconstpointer  data)
{
  /* Letter in the United States and Canada (installed or not, the locale names it), A4 else. */
  g_assert_cmpfloat_with_epsilon (pdf_width_in (fixture, "en_US.UTF-8"), 612, 0.5);
  g_assert_cmpfloat_with_epsilon (pdf_width_in (fixture, "fr_CA.UTF-8"), 612, 0.5);
  g_assert_cmpfloat_with_epsilon (pdf_width_in (fixture, "de_DE.UTF-8"), 595.3, 0.5);
  g_assert_cmpfloat_with_epsilon (pdf_width_in (fixture, "C.UTF-8"), 595.3, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/prov/export-cli/formats", Fixture, NULL, fixture_set_up, test_formats,
              fixture_tear_down);
  g_test_add ("/prov/export-cli/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  g_test_add ("/prov/export-cli/paper-from-locale", Fixture, NULL, fixture_set_up,
              test_paper_from_locale, fixture_tear_down);
  g_test_add ("/prov/export-cli/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);

  return g_test_run ();
}
