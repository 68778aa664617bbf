/* test-importer.c — ProvImporter end to end: files, URLs from a SoupServer, batches
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "prov-importer.h"
#include "test-cli-util.h"
#include "test-pdf-util.h"

static const char article_v1[] =
  "<html><head><title>Harbour plan delayed | The Ledger</title>"
  "<meta name=\"author\" content=\"Ines Duarte\"></head><body><article>"
  "<p>The harbour expansion will be delayed by at least a year, two officials familiar with "
  "the plan said on Monday, according to people briefed on the talks.</p>"
  "<p>According to the port authority, the cost rose sharply, and the mayor is said to favour "
  "a smaller design that could be built in stages.</p></article></body></html>";

static const char article_v2[] =
  "<html><head><title>Harbour plan delayed | The Ledger</title>"
  "<meta name=\"author\" content=\"Ines Duarte\"></head><body><article>"
  "<p>The harbour expansion will be delayed by at least two years, two officials familiar "
  "with the plan said on Monday, according to people briefed on the talks.</p>"
  "<p>According to the port authority, the cost rose sharply, and the mayor is said to favour "
  "a smaller design that could be built in stages.</p></article></body></html>";

typedef struct
{
  char         *dir;
  char         *db;
  ProvStore    *store;
  SoupServer   *server;
  char         *base;
  int           version;      /* which article /article serves */
  gboolean      send_etag;
  GPtrArray    *paused;
} Fixture;

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  Fixture *fx = user_data;
  SoupMessageHeaders *req = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *resp = soup_server_message_get_response_headers (msg);

  if (g_str_has_prefix (path, "/article"))
    {
      const char *body = fx->version == 1 ? article_v1 : article_v2;
      g_autofree char *etag = g_strdup_printf ("\"v%d\"", fx->version);
      const char *inm = soup_message_headers_get_one (req, "If-None-Match");

      if (fx->send_etag)
        soup_message_headers_replace (resp, "ETag", etag);
      if (fx->send_etag && inm != NULL && strcmp (inm, etag) == 0)
        soup_server_message_set_status (msg, 304, NULL);
      else
        {
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY,
                                            body, strlen (body));
        }
    }
  else if (strcmp (path, "/notes.md") == 0)
    {
      static const char md[] = "# Port notes\n\nThe mayor *reportedly* wants a smaller plan.\n";

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/markdown", SOUP_MEMORY_STATIC, md,
                                        strlen (md));
    }
  else if (strcmp (path, "/report.pdf") == 0)
    {
      g_autoptr(GBytes) pdf = test_pdf_make ("Harbour report", 2);

      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_content_type (resp, "application/pdf", NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (msg), pdf);
    }
  else if (strcmp (path, "/image") == 0)
    {
      static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png,
                                        sizeof png - 1);
    }
  else if (strcmp (path, "/slow") == 0)
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (fx->paused, g_object_ref (msg));
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static void
fixture_setup (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fx->dir = g_dir_make_tmp ("prov-importer-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "library.db", NULL);
  fx->store = prov_store_open_sync (fx->db, NULL, &error);
  g_assert_no_error (error);
  fx->version = 1;
  fx->send_etag = TRUE;
  fx->paused = g_ptr_array_new_with_free_func (g_object_unref);
  fx->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fx->server, NULL, handler, fx, NULL);
  soup_server_listen_local (fx->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fx->server);
  fx->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *fx,
                  gconstpointer  data)
{
  for (guint i = 0; i < fx->paused->len; i++)
    {
      soup_server_message_set_status (g_ptr_array_index (fx->paused, i), 503, NULL);
      soup_server_message_unpause (g_ptr_array_index (fx->paused, i));
    }
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_ptr_array_unref (fx->paused);
  soup_server_disconnect (fx->server);
  g_clear_object (&fx->server);
  g_clear_object (&fx->store);
  remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
  g_free (fx->base);
}

static char *
write_file (Fixture    *fx,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static GPtrArray *
import (Fixture            *fx,
        const char * const *sources)
{
  g_autoptr(ProvImporter) importer = prov_importer_new (fx->store, NULL, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *results = prov_importer_import_batch_sync (importer, sources, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, g_strv_length ((char **) sources));
  return results;
}

static ProvImportResult *
result_at (GPtrArray *results,
           guint      i)
{
  return g_ptr_array_index (results, i);
}

static guint
count_documents (Fixture *fx)
{
  ProvDocumentQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = prov_store_list_documents_sync (fx->store, &query, 0, 0, &error);

  g_assert_no_error (error);
  return docs->len;
}

static ProvDocumentContents *
load (Fixture *fx,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  ProvDocumentContents *contents = prov_store_load_document_sync (fx->store, id, 0, &error);

  g_assert_no_error (error);
  return contents;
}

static void
test_files (Fixture       *fx,
            gconstpointer  data)
{
  g_autofree char *html = write_file (fx, "article.html", article_v1, -1);
  g_autofree char *text = write_file (fx, "notes.txt", "Port notes\n\nThe mayor reportedly "
                                      "wants a smaller plan, officials said.\n", -1);
  g_autofree char *md = write_file (fx, "brief.md", "Harbour brief\n=============\n\n"
                                    "## Costs\n\n- dredging, *officials say*, doubled\n"
                                    "- see [the report](https://port.example/r)\n\n"
                                    "> It could take years, the mayor said.\n", -1);
  g_autoptr(GBytes) pdf_bytes = test_pdf_make ("Harbour report", 2);
  g_autofree char *pdf = write_file (fx, "report.pdf", g_bytes_get_data (pdf_bytes, NULL),
                                     g_bytes_get_size (pdf_bytes));
  const char *sources[] = { html, text, md, pdf, NULL };
  g_autoptr(GPtrArray) results = import (fx, sources);

  for (guint i = 0; i < results->len; i++)
    {
      g_assert_no_error (result_at (results, i)->error);
      g_assert_cmpint (result_at (results, i)->document_id, >, 0);
      g_assert_true (result_at (results, i)->new_document);
    }
  g_assert_cmpint (result_at (results, 0)->format, ==, PROV_IMPORT_HTML);
  g_assert_cmpint (result_at (results, 1)->format, ==, PROV_IMPORT_TEXT);
  g_assert_cmpint (result_at (results, 2)->format, ==, PROV_IMPORT_MARKDOWN);
  g_assert_cmpint (result_at (results, 3)->format, ==, PROV_IMPORT_PDF);

  {
    g_autoptr(ProvDocumentContents) c = load (fx, result_at (results, 0)->document_id);

    g_assert_cmpstr (prov_document_get_title (c->document), ==, "Harbour plan delayed");
    g_assert_cmpstr (prov_document_get_byline (c->document), ==, "Ines Duarte");
    g_assert_true (g_str_has_prefix (c->text, "The harbour expansion will be delayed"));
    g_assert_nonnull (strstr (c->structure, "\"type\":\"paragraph\""));
    g_assert_cmpuint (c->claims->len, >, 0);
  }
  {
    g_autoptr(ProvDocumentContents) c = load (fx, result_at (results, 1)->document_id);

    /* plain text is kept as written */
    g_assert_cmpstr (c->text, ==, "Port notes\n\nThe mayor reportedly wants a smaller plan, "
                     "officials said.\n");
    g_assert_cmpstr (prov_document_get_title (c->document), ==, "Port notes");
  }
  {
    g_autoptr(ProvDocumentContents) c = load (fx, result_at (results, 2)->document_id);

    g_assert_cmpstr (prov_document_get_title (c->document), ==, "Harbour brief");
    g_assert_nonnull (strstr (c->text, "dredging, officials say, doubled"));
    g_assert_null (strstr (c->text, "*"));
    g_assert_null (strstr (c->text, "]("));
    g_assert_nonnull (strstr (c->structure, "\"type\":\"heading\""));
    g_assert_nonnull (strstr (c->structure, "\"type\":\"list-item\""));
    g_assert_nonnull (strstr (c->structure, "\"type\":\"blockquote\""));
    g_assert_nonnull (strstr (c->structure, "\"href\":\"https://port.example/r\""));
  }
  {
    g_autoptr(ProvDocumentContents) c = load (fx, result_at (results, 3)->document_id);

    g_assert_cmpstr (prov_document_get_title (c->document), ==, "Harbour report");
    g_assert_nonnull (strstr (c->text, "page 2"));
    g_assert_nonnull (strstr (c->structure, "\"type\":\"page\""));
  }

  /* the same files again: no new versions */
  {
    g_autoptr(GPtrArray) again = import (fx, sources);

    for (guint i = 0; i < again->len; i++)
      {
        g_assert_no_error (result_at (again, i)->error);
        g_assert_false (result_at (again, i)->new_document);
        g_assert_false (result_at (again, i)->new_version);
        g_assert_cmpint (result_at (again, i)->document_id, ==,
                         result_at (results, i)->document_id);
      }
  }
  g_assert_cmpuint (count_documents (fx), ==, 4);
}

static void
test_url_versions (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree char *url = g_strconcat (fx->base, "/article", NULL);
  const char *sources[] = { url, NULL };
  g_autoptr(GPtrArray) first = import (fx, sources);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  g_autoptr(GPtrArray) fourth = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  gint64 id = result_at (first, 0)->document_id;

  g_assert_no_error (result_at (first, 0)->error);
  g_assert_true (result_at (first, 0)->new_document);
  g_assert_true (result_at (first, 0)->is_url);

  /* unchanged (ETag): 304, nothing read or stored */
  second = import (fx, sources);
  g_assert_no_error (result_at (second, 0)->error);
  g_assert_true (result_at (second, 0)->not_modified);
  g_assert_cmpint (result_at (second, 0)->document_id, ==, id);

  /* the page changed: a new version */
  fx->version = 2;
  third = import (fx, sources);
  g_assert_no_error (result_at (third, 0)->error);
  g_assert_false (result_at (third, 0)->not_modified);
  g_assert_true (result_at (third, 0)->new_version);
  g_assert_cmpint (result_at (third, 0)->document_id, ==, id);

  /* no validators and the same text: fetched, but no new version */
  fx->send_etag = FALSE;
  fourth = import (fx, sources);
  g_assert_no_error (result_at (fourth, 0)->error);
  g_assert_false (result_at (fourth, 0)->not_modified);
  g_assert_false (result_at (fourth, 0)->new_version);

  versions = prov_store_list_versions_sync (fx->store, id, NULL);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (count_documents (fx), ==, 1);
}

static guint n_progress;
static guint n_items;

static void
progress_cb (ProvImporter *importer,
             guint         done,
             guint         total,
             gpointer      user_data)
{
  g_assert_cmpuint (done, ==, ++n_progress);
  g_assert_cmpuint (total, ==, 7);
}

static void
item_cb (ProvImporter     *importer,
         guint             index,
         ProvImportResult *result,
         gpointer          user_data)
{
  g_assert_cmpuint (index, <, 7);
  g_assert_nonnull (result->source);
  n_items++;
}

static void
test_batch_failures (Fixture       *fx,
                     gconstpointer  data)
{
  g_autoptr(ProvImporter) importer = prov_importer_new (fx->store, NULL, NULL);
  g_autofree char *good = g_strconcat (fx->base, "/article", NULL);
  g_autofree char *md = g_strconcat (fx->base, "/notes.md", NULL);
  g_autofree char *pdf = g_strconcat (fx->base, "/report.pdf", NULL);
  g_autofree char *missing = g_strconcat (fx->base, "/missing", NULL);
  g_autofree char *image = g_strconcat (fx->base, "/image", NULL);
  g_autofree char *nofile = g_build_filename (fx->dir, "nonexistent.txt", NULL);
  const char *sources[] = { good, missing, nofile, md, image, "ftp://example.com/x", pdf, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  n_progress = n_items = 0;
  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), NULL);
  g_signal_connect (importer, "item-finished", G_CALLBACK (item_cb), NULL);
  results = prov_importer_import_batch_sync (importer, sources, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_progress, ==, 7);
  g_assert_cmpuint (n_items, ==, 7);

  g_assert_no_error (result_at (results, 0)->error);
  g_assert_error (result_at (results, 1)->error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP);
  g_assert_error (result_at (results, 2)->error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ);
  g_assert_no_error (result_at (results, 3)->error);
  g_assert_cmpint (result_at (results, 3)->format, ==, PROV_IMPORT_MARKDOWN);
  g_assert_error (result_at (results, 4)->error, PROV_IMPORTER_ERROR,
                  PROV_IMPORTER_ERROR_UNSUPPORTED);
  g_assert_error (result_at (results, 5)->error, PROV_FETCHER_ERROR,
                  PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME);
  g_assert_no_error (result_at (results, 6)->error);
  g_assert_cmpint (result_at (results, 6)->format, ==, PROV_IMPORT_PDF);
  for (guint i = 0; i < results->len; i++)
    {
      const GError *e = result_at (results, i)->error;

      /* failures are one line each and stored nothing */
      if (e != NULL)
        {
          g_assert_null (strchr (e->message, '\n'));
          g_assert_cmpint (result_at (results, i)->document_id, ==, 0);
        }
    }
  g_assert_cmpuint (count_documents (fx), ==, 3);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_batch_cancel (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(ProvImporter) importer = prov_importer_new (fx->store, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *slow = g_strconcat (fx->base, "/slow", NULL);
  const char *sources[] = { slow, slow, slow, slow, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_timeout_add (200, cancel_cb, cancellable);
  results = prov_importer_import_batch_sync (importer, sources, cancellable, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    g_assert_error (result_at (results, i)->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_documents (fx), ==, 0);
}

static void
communicate_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs provenance-cli while this process keeps serving its SoupServer. */
static ProvCliRun *
cli (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ProvCliRun *run = g_new0 (ProvCliRun, 1);
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROV_CLI"));
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicate_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_subprocess_communicate_utf8_finish (process, result, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  return run;
}

static void
test_cli (Fixture       *fx,
          gconstpointer  data)
{
  g_autofree char *url = g_strconcat (fx->base, "/article", NULL);
  g_autofree char *md = g_strconcat (fx->base, "/notes.md", NULL);
  g_autofree char *missing = g_strconcat (fx->base, "/missing", NULL);
  g_autofree char *list_text = g_strdup_printf ("# reading list\n%s\n\n%s\n", url, md);
  g_autofree char *list = write_file (fx, "urls.txt", list_text, -1);
  g_autofree char *bad_list = write_file (fx, "bad.txt", "http://ok.example/\nnot a url\n", -1);
  g_autofree char *db = g_build_filename (fx->dir, "cli.db", NULL);
  g_autoptr(ProvCliRun) fetch = cli ("--db", db, "fetch", url, NULL);
  g_autoptr(ProvCliRun) urls = cli ("--db", db, "import", "--urls", list, NULL);
  g_autoptr(ProvCliRun) failing = cli ("--db", db, "fetch", missing, NULL);
  g_autoptr(ProvCliRun) scheme = cli ("--db", db, "fetch", "ftp://x.example/",
                                               NULL);
  g_autoptr(ProvCliRun) no_url = cli ("--db", db, "fetch", NULL);
  g_autoptr(ProvCliRun) no_list = cli ("--db", db, "import", "--urls",
                                                "/nonexistent/urls.txt", NULL);
  g_autoptr(ProvCliRun) bad = cli ("--db", db, "import", "--urls", bad_list,
                                            NULL);
  g_autoptr(ProvCliRun) listed = cli ("--db", db, "list", NULL);
  const ProvCliRun *failures[] = { failing, scheme, no_list, bad };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (fetch->status, ==, 0);
  g_assert_cmpstr (fetch->out, ==, "1\n");
  g_assert_cmpint (urls->status, ==, 0);
  g_assert_cmpstr (urls->out, ==, "1\n2\n");
  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_assert_cmpint (failures[i]->status, ==, 1);
      g_assert_cmpstr (failures[i]->out, ==, "");
      g_assert_true (g_str_has_prefix (failures[i]->err, "provenance-cli: "));
      g_assert_cmpint (strchr (failures[i]->err, '\n') - failures[i]->err + 1, ==,
                       strlen (failures[i]->err));
    }
  g_assert_nonnull (strstr (failing->err, "404"));
  g_assert_cmpint (no_url->status, ==, 2);
  /* the failures left the library as it was: two documents */
  g_assert_cmpint (listed->status, ==, 0);
  lines = g_strsplit (g_strstrip (listed->out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/prov/importer/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("files", test_files);
  ADD ("url-versions", test_url_versions);
  ADD ("batch-failures", test_batch_failures);
  ADD ("batch-cancel", test_batch_cancel);
  ADD ("cli", test_cli);
#undef ADD

  return g_test_run ();
}
