/* test-faults-export.c — SIGKILL during `provenance-cli export`: the report file is either absent
 * or complete, never partial, and an older report stays byte-identical until the new one
 * replaces it whole
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <signal.h>

#include "prov-report-export.h"

#include "test-faults-util.h"

#define N_KILLS 12

typedef struct
{
  const char *format;
  guint       n_documents;  /* a PDF takes longer to render: fewer documents */
} Case;

/* A collection large enough that an export takes a noticeable time. */
static void
make_collection (const char *path,
                 guint       n_documents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint p = 0; p < 12; p++)
    g_string_append_printf (text, "%s\n\n", faults_text);
  for (guint n = 1; n <= n_documents; n++)
    {
      g_autoptr(ProvAnalysis) analysis = prov_analyzer_analyze (analyzer, text->str, -1, &error);
      g_autofree char *uri = g_strdup_printf ("https://faults.example/export/%u", n);
      ProvDocumentInfo info = { .uri = uri, .title = "Harbour plan", .collection = "Harbour" };
      ProvStoreAddResult result = { 0 };

      g_assert_no_error (error);
      g_assert_true (prov_store_add_document_version_sync (store, &info, text->str, NULL, NULL,
                                                           NULL, NULL, analysis, &result,
                                                           &error));
      g_assert_no_error (error);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GSubprocess *
spawn_export (const char *db,
              const char *format,
              const char *out)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                              G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              g_getenv ("PROV_CLI"), "--db", db, "export", "--collection",
                              "Harbour", "--format", format, "-o", out, NULL);
  g_assert_no_error (error);
  return process;
}

/* A whole report: an HTML page that ends, a PDF with its end-of-file marker. */
static gboolean
is_complete (const char *path,
             const char *format)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  if (strcmp (format, "html") == 0)
    return g_str_has_suffix (g_strchomp (contents), "</html>");
  return length > 6 && g_strstr_len (contents + length - MIN (length, 32), MIN (length, 32),
                                     "%%EOF") != NULL;
}

static void
test_kill_export (gconstpointer data)
{
  const Case *c = data;
  const char *format = c->format;
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *name = g_strconcat ("report.", format, NULL);
  g_autofree char *out = g_build_filename (dir, name, NULL);
  g_autofree char *old = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (20261128);
  gint64 started, duration;
  guint absent = 0, kept = 0, replaced = 0;

  make_collection (db, c->n_documents);

  /* how long a whole export takes */
  {
    g_autoptr(GSubprocess) first = spawn_export (db, format, out);

    started = g_get_monotonic_time ();
    g_assert_true (g_subprocess_wait_check (first, NULL, &error));
    g_assert_no_error (error);
    duration = g_get_monotonic_time () - started;
    g_test_message ("one export: %.0f ms", duration / 1e3);
    g_assert_true (is_complete (out, format));
    g_assert_cmpint (g_remove (out), ==, 0);
  }

  for (guint i = 0; i < 2 * N_KILLS; i++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autofree char *now = NULL;
      gboolean had_old = i >= N_KILLS;  /* the second half replaces an older report */
      /* most kills near the end, where the report is written */
      gint64 delay = i % 3 == 0 ? g_rand_int_range (rand, 0, (gint32) MAX (duration, 2))
                     : g_rand_int_range (rand, (gint32) (duration * 6 / 10),
                                         (gint32) MAX (duration * 12 / 10, 2));

      if (had_old && old == NULL)
        {
          g_assert_true (g_file_set_contents (out, "<html>an older report</html>\n", -1, NULL));
          old = faults_digest (out);
        }
      process = spawn_export (db, format, out);
      g_usleep (delay);
      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);

      now = faults_digest (out);
      if (now == NULL)
        {
          g_assert_false (had_old);  /* an older report never disappears */
          absent++;
        }
      else if (had_old && g_strcmp0 (now, old) == 0)
        kept++;
      else
        {
          /* never a partial file */
          g_assert_true (is_complete (out, format));
          replaced++;
          if (had_old)
            {
              /* start over from the older report */
              g_assert_true (g_file_set_contents (out, "<html>an older report</html>\n", -1,
                                                  NULL));
            }
          else
            g_remove (out);
        }
    }
  g_test_message ("%s: %u kills left no file, %u the older one, %u a whole new one", format,
                  absent, kept, replaced);
  g_assert_cmpuint (absent + kept + replaced, ==, 2 * N_KILLS);
  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    guint leftovers = 0;
    const char *entry;

    /* the temporary files of killed exports stay behind ("report.html.XXXXXX") */
    while ((entry = g_dir_read_name (handle)) != NULL)
      leftovers += g_str_has_prefix (entry, name) && strcmp (entry, name) != 0;
    g_test_message ("%u temporary files left by killed exports", leftovers);
  }

  /* the library itself was only read */
  faults_assert_library_whole (db, c->n_documents);
  g_rand_free (rand);
  faults_rmdir (dir);
}

#define BIG_REPORT (64 << 20)

/* The child: writes a 64 MB report to @path (long enough to be killed while writing). */
static int
write_big_main (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (BIG_REPORT), BIG_REPORT);
  g_autoptr(GError) error = NULL;

  printf ("writing\n");
  fflush (stdout);
  return prov_report_write_bytes (file, bytes, NULL, &error) ? 0 : 1;
}

/* Some file in @dir has bytes in it. */
static gboolean
writing_started (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *entry;

  while (handle != NULL && (entry = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0 && st.st_size > 0)
        return TRUE;
    }
  return FALSE;
}

/* Killed while the bytes are being written, not only before or after: the report is absent. */
static void
test_kill_while_writing (gconstpointer data)
{
  const char *self_exe = data;
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean started = FALSE;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, self_exe, "--write-big",
                            out, NULL);
  g_assert_no_error (error);
  while (!(started = writing_started (dir)) && g_get_monotonic_time () < deadline)
    g_usleep (200);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (started);
  if (g_subprocess_get_if_exited (child))
    {
      /* it finished first: then the report is whole */
      GStatBuf st;

      g_assert_cmpint (g_stat (out, &st), ==, 0);
      g_assert_cmpint (st.st_size, ==, BIG_REPORT);
      g_test_message ("the write finished before the kill");
    }
  else
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  faults_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  static const Case html = { "html", 24 };
  static const Case pdf = { "pdf", 3 };

  if (argc == 3 && strcmp (argv[1], "--write-big") == 0)
    return write_big_main (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/prov/faults/export/kill-html", &html, test_kill_export);
  g_test_add_data_func ("/prov/faults/export/kill-pdf", &pdf, test_kill_export);
  g_test_add_data_func ("/prov/faults/export/kill-while-writing", argv[0],
                        test_kill_while_writing);
  return g_test_run ();
}
