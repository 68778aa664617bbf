/* test-fetcher.c — ProvFetcher against a real SoupServer on 127.0.0.1
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "prov-extractor.h"
#include "prov-fetcher.h"
#include "test-tls-util.h"

typedef struct
{
  SoupServer *server;
  char       *base;          /* "http://127.0.0.1:PORT" */
  GPtrArray  *paused;        /* of SoupServerMessage*, held by the slow handlers */
  guint       in_flight;
  guint       max_in_flight;
  char       *last_user_agent;
  guint       requests;
} Fixture;

static const char article_html[] =
  "<html><head><title>Harbour plan delayed | The Ledger</title></head><body>"
  "<article><p>The harbour expansion will be delayed by at least a year, two officials "
  "familiar with the plan said on Monday, according to people briefed on it.</p>"
  "<p>According to the port authority, the cost rose sharply, and the mayor is said to "
  "favour a smaller design that could be built in stages.</p></article></body></html>";

static GBytes *
gzip_bytes (const char *data,
            gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (mem, G_CONVERTER (compressor));

  g_assert_true (g_output_stream_write_all (out, data, length, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *type,
         const char        *body,
         gsize              length)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, length);
}

static void
redirect_to (SoupServerMessage *msg,
             const char        *location)
{
  soup_server_message_set_status (msg, SOUP_STATUS_FOUND, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location",
                                location);
}

static gboolean
unpause_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;

  soup_server_message_unpause (msg);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
finished_cb (SoupServerMessage *msg,
             Fixture           *fx)
{
  fx->in_flight--;
}

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

  fx->requests++;
  g_free (fx->last_user_agent);
  fx->last_user_agent = g_strdup (soup_message_headers_get_one (req, "User-Agent"));

  if (strcmp (path, "/page") == 0)
    respond (msg, 200, "text/html; charset=utf-8", article_html, strlen (article_html));
  else if (g_str_has_prefix (path, "/redirect/"))
    {
      int n = atoi (path + strlen ("/redirect/"));
      g_autofree char *next = n > 1 ? g_strdup_printf ("/redirect/%d", n - 1)
                                    : g_strdup ("/page");

      redirect_to (msg, next);
    }
  else if (strcmp (path, "/loop-a") == 0)
    redirect_to (msg, "/loop-b");
  else if (strcmp (path, "/loop-b") == 0)
    redirect_to (msg, "/loop-a");
  else if (strcmp (path, "/to-ftp") == 0)
    redirect_to (msg, "ftp://127.0.0.1/file");
  else if (strcmp (path, "/error") == 0)
    respond (msg, 500, "text/plain", "boom", 4);
  else if (strcmp (path, "/slow") == 0)
    {
      /* never answers until the fixture ends */
      soup_server_message_pause (msg);
      g_ptr_array_add (fx->paused, g_object_ref (msg));
    }
  else if (strcmp (path, "/counted") == 0)
    {
      fx->in_flight++;
      fx->max_in_flight = MAX (fx->max_in_flight, fx->in_flight);
      g_signal_connect (msg, "finished", G_CALLBACK (finished_cb), fx);
      respond (msg, 200, "text/html", article_html, strlen (article_html));
      soup_server_message_pause (msg);
      g_timeout_add (40, unpause_cb, g_object_ref (msg));
    }
  else if (strcmp (path, "/big") == 0 || strcmp (path, "/big-chunked") == 0)
    {
      gsize size = 2 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'a', size);
      soup_server_message_set_status (msg, 200, NULL);
      if (strcmp (path, "/big-chunked") == 0)
        soup_message_headers_set_encoding (resp, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (resp, "text/html", NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_TAKE,
                                body, size);
    }
  else if (strcmp (path, "/gzip") == 0)
    {
      g_autoptr(GBytes) gz = gzip_bytes (article_html, strlen (article_html));

      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_replace (resp, "Content-Encoding", "gzip");
      soup_message_headers_set_content_type (resp, "text/html", NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (msg), gz);
    }
  else if (strcmp (path, "/etag") == 0)
    {
      const char *inm = soup_message_headers_get_one (req, "If-None-Match");
      const char *ims = soup_message_headers_get_one (req, "If-Modified-Since");

      soup_message_headers_replace (resp, "ETag", "\"v1\"");
      soup_message_headers_replace (resp, "Last-Modified", "Mon, 02 Mar 2026 10:00:00 GMT");
      if ((inm != NULL && strcmp (inm, "\"v1\"") == 0)
          || (ims != NULL && strcmp (ims, "Mon, 02 Mar 2026 10:00:00 GMT") == 0))
        soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      else
        respond (msg, 200, "text/html", article_html, strlen (article_html));
    }
  else if (strcmp (path, "/cp1252") == 0)
    {
      static const char page[] = "<html><body><p>\x93" "Caf\xE9 cr\xE8me\x94 \x96 na\xEFve "
                                 "r\xE9sum\xE9, said the owner of the caf\xE9 on Monday.</p>"
                                 "</body></html>";

      respond (msg, 200, "text/html; charset=windows-1252", page, strlen (page));
    }
  else if (strcmp (path, "/latin1") == 0)
    {
      static const char page[] = "<html><body><p>Se\xF1or M\xFCller, \xA9 2026, se "
                                 "re\xFAne en la plaza mayor con los vecinos.</p></body></html>";

      respond (msg, 200, "text/html; charset=ISO-8859-1", page, strlen (page));
    }
  else if (strcmp (path, "/sjis") == 0)
    {
      /* 日本語のニュース記事です。 in Shift_JIS */
      static const char page[] = "<html><body><p>\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x6a"
                                 "\x83\x85\x81\x5b\x83\x58\x8b\x4c\x8e\x96\x82\xc5\x82\xb7"
                                 "\x81\x42</p></body></html>";

      respond (msg, 200, "text/html; charset=Shift_JIS", page, strlen (page));
    }
  else if (strcmp (path, "/wrong-charset") == 0)
    {
      /* declared UTF-8, really windows-1252 */
      static const char page[] = "<html><head><meta charset=\"utf-8\"></head><body>"
                                 "<p>Caf\xE9 owners said the na\xEFve plan failed.</p>"
                                 "</body></html>";

      respond (msg, 200, "text/html; charset=utf-8", page, strlen (page));
    }
  else if (strcmp (path, "/binary") == 0)
    {
      static const guint8 png[] = {
        0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
      };

      respond (msg, 200, "text/html", (const char *) png, sizeof png);
    }
  else if (strcmp (path, "/empty") == 0)
    respond (msg, 200, "text/html", "", 0);
  else
    respond (msg, 404, "text/plain", "not found", 9);
}

static void
fixture_setup (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  gboolean https = GPOINTER_TO_INT (data);

  fx->paused = g_ptr_array_new_with_free_func (g_object_unref);
  if (https)
    {
      g_autofree char *cert = g_test_build_filename (G_TEST_DIST, "data", "tls", "test-cert.pem",
                                                     NULL);
      g_autofree char *key = g_test_build_filename (G_TEST_DIST, "data", "tls", "test-key.pem",
                                                    NULL);
      g_autoptr(GTlsCertificate) certificate = g_tls_certificate_new_from_files (cert, key,
                                                                                 &error);

      g_assert_no_error (error);
      fx->server = soup_server_new ("tls-certificate", certificate, NULL);
    }
  else
    fx->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fx->server, NULL, handler, fx, NULL);
  soup_server_listen_local (fx->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY
                            | (https ? SOUP_SERVER_LISTEN_HTTPS : 0), &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fx->server);
  g_assert_nonnull (uris);
  fx->base = g_strdup_printf ("%s://127.0.0.1:%d", https ? "https" : "http",
                              g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_teardown (Fixture       *fx,
                  gconstpointer  data)
{
  for (guint i = 0; i < fx->paused->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (fx->paused, i);

      soup_server_message_set_status (msg, 503, NULL);
      soup_server_message_unpause (msg);
    }
  /* let the server send those and close its connections */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_ptr_array_unref (fx->paused);
  soup_server_disconnect (fx->server);
  g_clear_object (&fx->server);
  g_free (fx->base);
  g_free (fx->last_user_agent);
}

static ProvFetchResult *
fetch (Fixture     *fx,
       ProvFetcher *fetcher,
       const char  *path,
       GError     **error)
{
  g_autofree char *url = g_strconcat (fx->base, path, NULL);

  return prov_fetcher_fetch_sync (fetcher, url, NULL, NULL, NULL, error);
}

static void
on_progress (ProvFetcher *fetcher,
             const char  *url,
             guint64      received,
             gint64       total,
             guint64     *last)
{
  *last = received;
}

static void
test_page (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = NULL;
  guint64 progress = 0;

  g_signal_connect (fetcher, "progress", G_CALLBACK (on_progress), &progress);
  r = fetch (fx, fetcher, "/page", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->status, ==, 200);
  g_assert_cmpstr (r->content_type, ==, "text/html");
  g_assert_cmpstr (r->charset, ==, "utf-8");
  g_assert_cmpuint (g_bytes_get_size (r->body), ==, strlen (article_html));
  g_assert_cmpuint (progress, ==, strlen (article_html));
  g_assert_cmpstr (fx->last_user_agent, ==, "Provenance/" PACKAGE_VERSION);
  g_assert_cmpstr (prov_fetcher_get_user_agent (fetcher), ==, "Provenance/" PACKAGE_VERSION);
}

static void
test_redirects (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = NULL;
  g_autofree char *final = g_strconcat (fx->base, "/page", NULL);

  r = fetch (fx, fetcher, "/redirect/3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->redirects, ==, 3);
  g_assert_cmpstr (r->url, ==, final);
  g_clear_pointer (&r, prov_fetch_result_free);

  /* ten hops are allowed, eleven are not */
  r = fetch (fx, fetcher, "/redirect/10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->redirects, ==, 10);
  g_clear_pointer (&r, prov_fetch_result_free);
  r = fetch (fx, fetcher, "/redirect/11", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TOO_MANY_REDIRECTS);
  g_assert_null (r);
  g_clear_error (&error);

  r = fetch (fx, fetcher, "/loop-a", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_REDIRECT_LOOP);
  g_assert_nonnull (strstr (error->message, "loop"));
  g_clear_error (&error);

  r = fetch (fx, fetcher, "/to-ftp", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_INVALID_URL);
}

static void
test_http_errors (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = NULL;

  r = fetch (fx, fetcher, "/missing", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "404"));
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  r = fetch (fx, fetcher, "/error", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "500"));
}

static void
test_timeout (Fixture       *fx,
              gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = NULL;
  gint64 start = g_get_monotonic_time ();

  prov_fetcher_set_timeouts (fetcher, 1, 2);
  r = fetch (fx, fetcher, "/slow", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TIMEOUT);
  g_assert_null (r);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_too_large (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = NULL;

  prov_fetcher_set_max_body_size (fetcher, 1024 * 1024);
  r = fetch (fx, fetcher, "/big", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TOO_LARGE);
  g_clear_error (&error);
  /* no Content-Length: caught while reading */
  r = fetch (fx, fetcher, "/big-chunked", &error);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* the default cap (20 MB) lets 2 MB through */
  g_clear_object (&fetcher);
  fetcher = prov_fetcher_new ();
  r = fetch (fx, fetcher, "/big", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (r->body), ==, 2 * 1024 * 1024);
}

static void
test_gzip (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = fetch (fx, fetcher, "/gzip", &error);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (r->body, NULL), g_bytes_get_size (r->body),
                   article_html, strlen (article_html));
}

/* Fetches @path and extracts it with the charset the server declared. */
static char *
fetch_text (Fixture    *fx,
            const char *path,
            GError    **error)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  g_autoptr(ProvFetchResult) r = fetch (fx, fetcher, path, error);
  g_autoptr(ProvExtraction) x = NULL;

  if (r == NULL)
    return NULL;
  x = prov_extractor_extract (extractor, g_bytes_get_data (r->body, NULL),
                              g_bytes_get_size (r->body), r->charset, r->url, error);
  return x != NULL ? g_strdup (x->text) : NULL;
}

static void
test_charsets (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1252 = fetch_text (fx, "/cp1252", &error);
  g_autofree char *latin1 = NULL;
  g_autofree char *sjis = NULL;
  g_autofree char *wrong = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (cp1252, "“Café crème” – naïve résumé"));
  latin1 = fetch_text (fx, "/latin1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (latin1, "Señor Müller, © 2026, se reúne"));
  sjis = fetch_text (fx, "/sjis", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sjis, ==, "日本語のニュース記事です。");
  wrong = fetch_text (fx, "/wrong-charset", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (wrong, "Café owners said the naïve plan"));
}

static void
test_conditional (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) first = fetch (fx, fetcher, "/etag", &error);
  g_autoptr(ProvFetchResult) again = NULL;
  g_autoptr(ProvFetchResult) by_date = NULL;
  g_autoptr(ProvFetchResult) changed = NULL;
  g_autofree char *url = g_strconcat (fx->base, "/etag", NULL);

  g_assert_no_error (error);
  g_assert_false (first->not_modified);
  g_assert_cmpstr (first->etag, ==, "\"v1\"");
  g_assert_cmpstr (first->last_modified, ==, "Mon, 02 Mar 2026 10:00:00 GMT");

  again = prov_fetcher_fetch_sync (fetcher, url, first->etag, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (again->not_modified);
  g_assert_cmpuint (again->status, ==, 304);
  g_assert_null (again->body);

  by_date = prov_fetcher_fetch_sync (fetcher, url, NULL, first->last_modified, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (by_date->not_modified);

  changed = prov_fetcher_fetch_sync (fetcher, url, "\"v0\"", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (changed->not_modified);
  g_assert_nonnull (changed->body);
}

static void
test_binary_and_empty (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *binary = fetch_text (fx, "/binary", &error);
  g_autofree char *empty = NULL;

  g_assert_null (binary);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NOT_HTML);
  g_clear_error (&error);
  empty = fetch_text (fx, "/empty", &error);
  g_assert_null (empty);
  g_assert_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_EMPTY);
}

static void
test_bad_urls (void)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  static const struct
  {
    const char *url;
    int         code;
  } cases[] = {
    { "", PROV_FETCHER_ERROR_INVALID_URL },
    { "http//example.com", PROV_FETCHER_ERROR_INVALID_URL },
    { "not a url at all", PROV_FETCHER_ERROR_INVALID_URL },
    { "http://", PROV_FETCHER_ERROR_INVALID_URL },
    { "ftp://example.com/file", PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME },
    { "file:///etc/passwd", PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME },
    { "javascript:alert(1)", PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProvFetchResult) r = prov_fetcher_fetch_sync (fetcher, cases[i].url, NULL, NULL,
                                                              NULL, &error);

      g_assert_null (r);
      g_assert_error (error, PROV_FETCHER_ERROR, cases[i].code);
    }
}

static void
test_self_signed (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = fetch (fx, fetcher, "/page", &error);
  g_autofree char *cert = g_test_build_filename (G_TEST_DIST, "data", "tls", "test-cert.pem",
                                                 NULL);
  g_autoptr(GTlsDatabase) db = NULL;

  /* never silently accepted, and the reason is told */
  g_assert_null (r);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TLS);
  g_assert_nonnull (strstr (error->message, "unknown authority"));
  g_clear_error (&error);

  /* trusting our own test authority makes the same server fine */
  db = g_tls_file_database_new (cert, &error);
  g_assert_no_error (error);
  prov_fetcher_set_tls_database (fetcher, db);
  r = fetch (fx, fetcher, "/page", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->status, ==, 200);
}

typedef struct
{
  guint    done;
  guint    failed;
  guint    cancelled;
  guint    max_active;
} Batch;

static void
batch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Batch *b = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvFetchResult) r = prov_fetcher_fetch_finish (PROV_FETCHER (source), result,
                                                            &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    b->cancelled++;
  else if (r == NULL)
    b->failed++;
  b->done++;
}

static void
test_concurrency (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autofree char *url = g_strconcat (fx->base, "/counted", NULL);
  Batch b = { 0 };

  for (int i = 0; i < 7; i++)
    prov_fetcher_fetch_async (fetcher, url, NULL, NULL, NULL, batch_cb, &b);
  while (b.done < 7)
    {
      b.max_active = MAX (b.max_active, prov_fetcher_get_n_active (fetcher));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (b.failed, ==, 0);
  g_assert_cmpuint (b.max_active, ==, PROV_FETCHER_MAX_PER_HOST);
  g_assert_cmpuint (fx->max_in_flight, ==, PROV_FETCHER_MAX_PER_HOST);
  g_assert_cmpuint (prov_fetcher_get_n_active (fetcher), ==, 0);
}

static void
test_cancel (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *url = g_strconcat (fx->base, "/slow", NULL);
  gint64 start = g_get_monotonic_time ();
  Batch b = { 0 };

  /* two run (per-host limit), two wait in the queue: all end when cancelled */
  for (int i = 0; i < 4; i++)
    prov_fetcher_fetch_async (fetcher, url, NULL, NULL, cancellable, batch_cb, &b);
  while (fx->paused->len < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (prov_fetcher_get_n_active (fetcher), ==, 2);
  g_cancellable_cancel (cancellable);
  while (b.done < 4)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (b.cancelled, ==, 4);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);

  /* an already cancelled fetch never starts */
  b.done = b.cancelled = 0;
  prov_fetcher_fetch_async (fetcher, url, NULL, NULL, cancellable, batch_cb, &b);
  while (b.done < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (b.cancelled, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, https) \
  g_test_add (path, Fixture, GINT_TO_POINTER (https), fixture_setup, func, fixture_teardown)

  ADD ("/prov/fetcher/page", test_page, FALSE);
  ADD ("/prov/fetcher/redirects", test_redirects, FALSE);
  ADD ("/prov/fetcher/http-errors", test_http_errors, FALSE);
  ADD ("/prov/fetcher/timeout", test_timeout, FALSE);
  ADD ("/prov/fetcher/too-large", test_too_large, FALSE);
  ADD ("/prov/fetcher/gzip", test_gzip, FALSE);
  ADD ("/prov/fetcher/charsets", test_charsets, FALSE);
  ADD ("/prov/fetcher/conditional", test_conditional, FALSE);
  ADD ("/prov/fetcher/binary-and-empty", test_binary_and_empty, FALSE);
  ADD ("/prov/fetcher/self-signed", test_self_signed, TRUE);
  ADD ("/prov/fetcher/concurrency", test_concurrency, FALSE);
  ADD ("/prov/fetcher/cancel", test_cancel, FALSE);
  g_test_add_func ("/prov/fetcher/bad-urls", test_bad_urls);

#undef ADD

  status = g_test_run ();
  prov_test_end_worker_threads ();
  return status;
}
