/* test-store-kill.c — the library survives SIGKILL: a child imports in a loop and is killed at
 * random moments, while storing new documents and second versions (re-anchoring every
 * annotation); every document it reported as committed must be there and whole, with the
 * version it reported, and PRAGMA integrity_check must say ok.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-store-util.h"

#define ROUNDS 24
#define SENTENCE "Officials said the harbour plan was delayed, reportedly by a year. "

/* Document @n has n % 7 + 1 paragraphs and as many attributions; its second version has one
 * more sentence at the top (so every annotation is re-anchored). */
static char *
document_text (guint    n,
               gboolean updated)
{
  GString *text = g_string_new (updated ? "Updated on Tuesday. " : NULL);

  g_string_append_printf (text, "Document %u. ", n);
  for (guint p = 0; p < n % 7 + 1; p++)
    g_string_append (text, SENTENCE);
  return g_string_free (text, FALSE);
}

static G_GNUC_NORETURN void
child_main (const char *path,
            int         fd,
            guint       first)
{
  g_autoptr(GError) error = NULL;
  ProvStore *store = prov_store_open_sync (path, NULL, &error);

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      _exit (3);
    }
  for (guint i = first;; i++)
    {
      /* every third step stores a second version of the previous document */
      gboolean updated = i % 3 == 2;
      guint n = updated ? i - 1 : i;
      g_autofree char *text = document_text (n, updated);
      g_autofree char *uri = g_strdup_printf ("https://example.org/%u", n);
      g_autofree char *line = g_strdup_printf ("%u %d\n", n, updated);
      g_autoptr(GBytes) raw = g_bytes_new (text, strlen (text));
      ProvDocumentInfo info = { uri, "Harbour", NULL, NULL, NULL, "en", NULL };
      ProvAnalysis *analysis = test_analysis_new (text);

      for (guint p = 0; p < n % 7 + 1; p++)
        {
          ProvSpan cue = test_span (text, "said", p);

          g_ptr_array_add (analysis->attributions,
                           prov_attribution_new (PROV_KIND_ANONYMOUS, cue,
                                                 (ProvSpan) { cue.start - 10, cue.start - 1 },
                                                 PROV_SPAN_NONE, "kill", 1.0));
        }
      if (!prov_store_add_document_version_sync (store, &info, text, "[]", raw, NULL, NULL,
                                                 analysis, NULL, &error))
        {
          g_printerr ("child: %s\n", error->message);
          _exit (4);
        }
      test_analysis_free (analysis);
      /* reported only once committed */
      if (write (fd, line, strlen (line)) < 0)
        _exit (5);
    }
}

static void
test_kill (void)
{
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GHashTable) committed = g_hash_table_new (NULL, NULL);  /* n → updated + 1 */
  guint next = 0;

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GString) reported = g_string_new (NULL);
      int fds[2];
      pid_t pid;
      char buf[4096];
      ssize_t n;
      int status = 0;
      g_auto(GStrv) lines = NULL;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_main (path, fds[1], next);
        }
      close (fds[1]);

      /* kill at a random moment: after opening, or in the middle of a transaction */
      g_usleep (g_test_rand_int_range (2000, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      while ((n = read (fds[0], buf, sizeof buf)) > 0)
        g_string_append_len (reported, buf, n);
      close (fds[0]);

      lines = g_strsplit (reported->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)  /* complete lines */
        {
          char *end = NULL;
          guint d = (guint) g_ascii_strtoull (lines[i], &end, 10);
          gboolean updated = end != NULL && g_str_equal (end, " 1");

          g_hash_table_insert (committed, GUINT_TO_POINTER (d), GINT_TO_POINTER (updated + 1));
          next = MAX (next, d + 1);
        }
      next += 999;  /* the next child never reuses a URI the killed one may have half-written */
      next += 3 - next % 3;  /* and starts with a first version */

      {
        g_autoptr(GError) error = NULL;
        g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
        GHashTableIter iter;
        gpointer key, value;

        g_assert_no_error (error);
        g_assert_true (prov_store_check_integrity_sync (store, &error));
        g_assert_no_error (error);
        g_hash_table_iter_init (&iter, committed);
        while (g_hash_table_iter_next (&iter, &key, &value))
          {
            guint d = GPOINTER_TO_UINT (key);
            gboolean updated = GPOINTER_TO_INT (value) == 2;
            g_autofree char *uri = g_strdup_printf ("https://example.org/%u", d);
            g_autofree char *text = document_text (d, updated);
            g_autoptr(ProvDocumentContents) contents = NULL;
            gint64 id = prov_store_find_document_by_uri_sync (store, uri, &error);

            g_assert_no_error (error);
            g_assert_cmpint (id, >, 0);
            contents = prov_store_load_document_sync (store, id, 0, &error);
            g_assert_no_error (error);
            /* the second version may have committed just before the kill, unreported */
            if (!updated && g_strcmp0 (contents->text, text) != 0)
              {
                updated = TRUE;
                g_free (text);
                text = document_text (d, TRUE);
                g_hash_table_iter_replace (&iter, GINT_TO_POINTER (2));
              }
            g_assert_cmpstr (contents->text, ==, text);
            g_assert_cmpuint (contents->claims->len, ==, d % 7 + 1);
            g_assert_cmpuint (contents->annotations->len, ==, 2 * (d % 7 + 1));
            g_assert_cmpint (prov_document_get_version_count (contents->document), ==,
                             updated ? 2 : 1);
            for (guint a = 0; a < contents->annotations->len; a++)
              {
                ProvAnnotation *ann = g_ptr_array_index (contents->annotations, a);
                g_autofree char *slice = g_utf8_substring (text, ann->start, ann->end);

                g_assert_cmpint (ann->anchor, !=, PROV_ANCHOR_ORPHAN);
                g_assert_cmpstr (slice, ==, ann->exact);
              }
          }
      }
      g_test_message ("round %u: %u documents committed so far", round,
                      g_hash_table_size (committed));
    }
  g_assert_cmpuint (g_hash_table_size (committed), >, 0);
  test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/store/kill", test_kill);

  return g_test_run ();
}
