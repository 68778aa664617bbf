/* import-bench.c — bench/import: pages served from 127.0.0.1, imported end to end
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer (in its own thread) serves N distinct news pages; ProvImporter fetches,
 * extracts, analyzes and stores each into a fresh library. Reported: pages per second
 * end to end, and beside it, as the reference run in the same invocation, the rate of
 * ProvFetcher alone over the same pages (the transport's ceiling).
 *
 * Usage: import-bench [--pages N] [--db PATH]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <stdio.h>
#include <string.h>

#include "prov-importer.h"

static const char * const sentences[] = {
  "The harbour expansion will be delayed by at least a year, two officials familiar with the "
  "plan said on Monday.",
  "According to the port authority, the cost of dredging has nearly doubled since the first "
  "estimate.",
  "The mayor is said to favour a smaller design that could be built in stages.",
  "Critics argue that the expansion could bring heavy lorry traffic through the old town.",
  "“We have always said this would take longer,” said Ines Duarte, who chairs the committee.",
  "The council is expected to vote on a revised budget in April.",
  "The regional government has reportedly offered to cover part of the extra cost.",
  "Fishermen, for their part, say they were never asked.",
  "A spokesperson for the port declined to comment on the figures.",
  "Residents may get a say in a consultation later this year, officials said.",
  "The work is likely to start on the northern quay, according to a draft seen by the paper.",
  "Shipping companies warned that delays could push traffic to rival ports.",
};

typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  guint         port;
  GMutex        lock;
  GCond         ready;
} Server;

static void
page_handler (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  guint n = (guint) g_ascii_strtoull (path + strlen ("/page/"), NULL, 10);
  GString *html = g_string_new (NULL);
  guint n_sentences = G_N_ELEMENTS (sentences);

  g_string_append_printf (html,
                          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>Harbour report %u | The Ledger</title>"
                          "<meta property=\"og:title\" content=\"Harbour report %u\">"
                          "<meta name=\"author\" content=\"Reporter %u\">"
                          "<script>var ads = [];</script></head><body>"
                          "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
                          "<a href=\"/sport\">Sport</a></nav></header><main><article>"
                          "<h1>Harbour report %u</h1>", n, n, n % 50, n);
  for (guint p = 0; p < 6; p++)
    {
      g_string_append (html, "<p>");
      for (guint s = 0; s < 4; s++)
        {
          g_string_append (html, sentences[(n * 7 + p * 5 + s * 3) % n_sentences]);
          g_string_append_c (html, ' ');
        }
      g_string_append_printf (html, "This is paragraph %u of report %u.</p>", p + 1, n);
    }
  g_string_append (html, "</article><aside class=\"related\"><ul><li><a href=\"/a\">More "
                   "news</a></li></ul></aside></main><footer>© The Ledger</footer></body></html>");
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_TAKE,
                                    html->str, html->len);
  g_string_free (html, FALSE);
}

static gpointer
server_thread (gpointer data)
{
  Server *s = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (s->context);
  s->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (s->server, "/page", page_handler, NULL, NULL);
  if (!soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("cannot listen: %s", error->message);
  uris = soup_server_get_uris (s->server);
  g_mutex_lock (&s->lock);
  s->port = g_uri_get_port (uris->data);
  g_cond_signal (&s->ready);
  g_mutex_unlock (&s->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_main_loop_run (s->loop);
  soup_server_disconnect (s->server);
  g_object_unref (s->server);
  g_main_context_pop_thread_default (s->context);
  return NULL;
}

typedef struct
{
  guint done;
  guint failed;
} Count;

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Count *count = user_data;
  g_autoptr(ProvFetchResult) r = prov_fetcher_fetch_finish (PROV_FETCHER (source), result, NULL);

  if (r == NULL)
    count->failed++;
  count->done++;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) options = g_option_context_new ("— import benchmark");
  int pages = 1000;
  g_autofree char *db = NULL;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "pages", 0, 0, G_OPTION_ARG_INT, &pages, "pages to serve and import", "N" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "library file (default: a temp one)", "PATH" },
    { NULL },
  };
  Server server = { 0 };
  GThread *thread;
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvFetcher) fetcher = NULL;
  g_autoptr(ProvImporter) importer = NULL;
  g_autoptr(GPtrArray) results = NULL;
  Count count = { 0 };
  gint64 start;
  double fetch_secs, import_secs;
  guint failed = 0, stored = 0;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || pages <= 0)
    {
      fprintf (stderr, "import-bench: %s\n", error != NULL ? error->message : "bad --pages");
      return 2;
    }
  if (db == NULL)
    {
      dir = g_dir_make_tmp ("prov-bench-import-XXXXXX", &error);
      g_assert_no_error (error);
      db = g_build_filename (dir, "library.db", NULL);
    }

  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  g_mutex_init (&server.lock);
  g_cond_init (&server.ready);
  thread = g_thread_new ("server", server_thread, &server);
  g_mutex_lock (&server.lock);
  while (server.port == 0)
    g_cond_wait (&server.ready, &server.lock);
  g_mutex_unlock (&server.lock);

  for (int i = 0; i < pages; i++)
    g_ptr_array_add (urls, g_strdup_printf ("http://127.0.0.1:%u/page/%d", server.port, i));
  g_ptr_array_add (urls, NULL);

  /* reference: the fetcher alone over the same pages */
  fetcher = prov_fetcher_new ();
  start = g_get_monotonic_time ();
  for (int i = 0; i < pages; i++)
    prov_fetcher_fetch_async (fetcher, g_ptr_array_index (urls, i), NULL, NULL, NULL,
                              fetched_cb, &count);
  while (count.done < (guint) pages)
    g_main_context_iteration (NULL, TRUE);
  fetch_secs = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  /* end to end: fetch → extract → analyze → store */
  store = prov_store_open_sync (db, NULL, &error);
  if (store == NULL)
    {
      fprintf (stderr, "import-bench: %s\n", error->message);
      return 1;
    }
  importer = prov_importer_new (store, fetcher, NULL);
  start = g_get_monotonic_time ();
  results = prov_importer_import_batch_sync (importer, (const char * const *) urls->pdata, NULL,
                                             &error);
  import_secs = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      ProvImportResult *r = g_ptr_array_index (results, i);

      if (r->error != NULL)
        {
          if (failed++ == 0)
            fprintf (stderr, "import-bench: first failure: %s\n", r->error->message);
        }
      else if (r->new_document)
        stored++;
    }

  printf ("import-bench: %d pages from 127.0.0.1, library %s\n", pages, db);
  printf ("  fetch only (ProvFetcher)      %8.1f pages/s  (%.2f s, %u failed)\n",
          pages / fetch_secs, fetch_secs, count.failed);
  printf ("  import end to end             %8.1f pages/s  (%.2f s, %u stored, %u failed)\n",
          pages / import_secs, import_secs, stored, failed);
  printf ("  end-to-end / fetch-only        %8.2f\n", fetch_secs / import_secs);

  g_clear_object (&importer);
  g_clear_object (&store);
  g_main_loop_quit (server.loop);
  g_main_context_wakeup (server.context);
  g_thread_join (thread);
  g_main_loop_unref (server.loop);
  g_main_context_unref (server.context);
  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_remove (db);
      g_remove (wal);
      g_remove (shm);
      g_rmdir (dir);
    }
  return failed == 0 && stored == (guint) pages ? 0 : 1;
}
