/* test-faults-net.c — the network under faults: a server that closes the socket mid-body, a DNS
 * failure, a self-signed HTTPS server, and 10,000 URLs in one batch (memory stays flat)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server is a raw GSocketListener on 127.0.0.1 in its own thread (so that it answers while
 * the test waits for provenance-cli), one connection at a time, "Connection: close".
 */
#include "config.h"

#include <stdio.h>

#include "prov-fetcher.h"
#include "prov-importer.h"
#include "test-faults-util.h"
#include "test-tls-util.h"

#define BATCH_SIZE 10000
#define BATCH_PROBE 1000

typedef struct
{
  GSocketListener *listener;
  GCancellable    *stop;
  GThread         *thread;
  GTlsCertificate *certificate;  /* NULL: plain HTTP */
  guint16          port;
  gint             requests;     /* atomic */
  gint             handshakes_failed;  /* atomic */
} Server;

static const char page_head[] =
  "<html><head><title>Harbour plan, part %s</title></head><body><article>"
  "<h1>Harbour plan, part %s</h1>"
  "<p>The harbour expansion will be delayed by at least a year, two officials familiar with the "
  "plan said on Monday. Part %s of the series.</p>"
  "<p>According to the port authority, dredging costs have nearly doubled, and the mayor is "
  "said to favour a smaller design.</p>";

static void
send_all (GOutputStream *out,
          const char    *data,
          gsize          length)
{
  g_output_stream_write_all (out, data, length, NULL, NULL, NULL);
}

static void
serve (Server   *server,
       GIOStream *stream)
{
  GInputStream *in = g_io_stream_get_input_stream (stream);
  GOutputStream *out = g_io_stream_get_output_stream (stream);
  char request[8192];
  gsize filled = 0;
  char path[1024] = "";
  g_autofree char *body = NULL;
  g_autofree char *head = NULL;

  while (filled < sizeof request - 1)
    {
      gssize n = g_input_stream_read (in, request + filled, sizeof request - 1 - filled, NULL,
                                      NULL);

      if (n <= 0)
        return;
      filled += n;
      request[filled] = '\0';
      if (strstr (request, "\r\n\r\n") != NULL)
        break;
    }
  if (sscanf (request, "GET %1023s ", path) != 1)
    return;
  g_atomic_int_inc (&server->requests);

  if (g_str_has_prefix (path, "/page/"))
    {
      const char *n = path + strlen ("/page/");

      g_autofree char *article = g_strdup_printf (page_head, n, n, n);

      body = g_strconcat (article, "</article></body></html>\n", NULL);
      head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                              "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                              strlen (body));
      send_all (out, head, strlen (head));
      send_all (out, body, strlen (body));
    }
  else if (g_str_has_prefix (path, "/cut"))
    {
      /* /cut: Content-Length; /cut-mid-chunk: inside a chunk; /cut-chunked: after a chunk */
      gboolean chunked = strcmp (path, "/cut-chunked") == 0;
      gboolean mid_chunk = strcmp (path, "/cut-mid-chunk") == 0;
      GString *part = g_string_new (NULL);

      /* promise 200 kB, send 5 kB of a good page, then hang up */
      g_string_append_printf (part, page_head, "cut", "cut", "cut");
      while (part->len < 5000)
        g_string_append (part, "<p>Officials said the plan was delayed.</p>");
      if (chunked || mid_chunk)
        head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                "%" G_GSIZE_MODIFIER "x\r\n", mid_chunk ? 200000 : part->len);
      else
        head = g_strdup ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                         "Content-Length: 200000\r\nConnection: close\r\n\r\n");
      send_all (out, head, strlen (head));
      send_all (out, part->str, part->len);
      g_string_free (part, TRUE);
    }
  else
    {
      head = g_strdup ("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      send_all (out, head, strlen (head));
    }
}

static gpointer
server_thread (gpointer data)
{
  Server *server = data;
  g_autoptr(GMainContext) context = g_main_context_new ();

  g_main_context_push_thread_default (context);
  for (;;)
    {
      g_autoptr(GSocketConnection) connection = NULL;
      g_autoptr(GIOStream) tls = NULL;
      g_autoptr(GError) error = NULL;
      GIOStream *stream;

      connection = g_socket_listener_accept (server->listener, NULL, server->stop, &error);
      if (connection == NULL)
        break;
      stream = G_IO_STREAM (connection);
      if (server->certificate != NULL)
        {
          tls = g_tls_server_connection_new (stream, server->certificate, &error);
          g_assert_no_error (error);
          if (!g_tls_connection_handshake (G_TLS_CONNECTION (tls), server->stop, &error))
            {
              g_atomic_int_inc (&server->handshakes_failed);
              g_io_stream_close (stream, NULL, NULL);
              continue;
            }
          stream = tls;
        }
      serve (server, stream);
      g_io_stream_close (stream, NULL, NULL);
      if (tls != NULL)
        g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
    }
  g_main_context_pop_thread_default (context);
  return NULL;
}

static Server *
server_start (GTlsCertificate *certificate)
{
  Server *server = g_new0 (Server, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  server->listener = g_socket_listener_new ();
  server->stop = g_cancellable_new ();
  server->certificate = certificate != NULL ? g_object_ref (certificate) : NULL;
  g_socket_listener_set_backlog (server->listener, 64);
  g_assert_true (g_socket_listener_add_address (server->listener, address, G_SOCKET_TYPE_STREAM,
                                                G_SOCKET_PROTOCOL_TCP, NULL, &effective,
                                                &error));
  g_assert_no_error (error);
  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  server->thread = g_thread_new ("faults-server", server_thread, server);
  return server;
}

static void
server_stop (Server *server)
{
  g_cancellable_cancel (server->stop);
  g_thread_join (server->thread);
  g_socket_listener_close (server->listener);
  g_object_unref (server->listener);
  g_object_unref (server->stop);
  g_clear_object (&server->certificate);
  g_free (server);
}

static char *
server_url (Server     *server,
            const char *path)
{
  return g_strdup_printf ("%s://127.0.0.1:%u%s", server->certificate != NULL ? "https" : "http",
                          server->port, path);
}

/* ---- a server that hangs up in the middle of the body ---- */

static void
test_cut (void)
{
  static const char * const paths[] = { "/cut", "/cut-mid-chunk", "/cut-chunked" };
  Server *server = server_start (NULL);
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL;
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();

  faults_make_library (db);
  before = faults_digest (db);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = server_url (server, paths[i]);
      g_autoptr(ProvFetchResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ProvCliRun) fetch = NULL;
      g_autofree char *after = NULL;

      result = prov_fetcher_fetch_sync (fetcher, url, NULL, NULL, NULL, &error);
      g_test_message ("%s: %s", paths[i], error != NULL ? error->message : "fetched");
      if (result != NULL)
        {
          /* libsoup 3.2 ends a chunked body without an error when the server hangs up between
           * two chunks (its soup-body-input-stream.c takes EOF before a chunk-size line for the
           * end); later libsoup 3 releases report G_IO_ERROR_PARTIAL_INPUT there, and this case
           * then passes. The stream gives the fetcher no other way to tell. */
          g_autofree char *why = g_strdup_printf ("%s: a truncated body (%" G_GSIZE_FORMAT
                                                  " bytes) was taken as the whole page",
                                                  paths[i], g_bytes_get_size (result->body));

          g_test_incomplete (why);
          continue;
        }
      g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_NETWORK);
      g_assert_nonnull (strstr (error->message, "closed before the whole page arrived"));

      fetch = prov_cli_run (NULL, "--db", db, "fetch", url, NULL);
      faults_assert_cli_failed (fetch, NULL);
      after = faults_digest (db);
      g_assert_cmpstr (before, ==, after);
    }
  faults_assert_library_whole (db, FAULTS_N_DOCUMENTS);
  server_stop (server);
  faults_rmdir (dir);
}

/* ---- a host name that does not resolve ---- */

static void
test_dns (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(ProvFetchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvCliRun) fetch = NULL;
  const char *url = "http://no-such-host.provenance-faults.invalid/news/1";

  faults_make_library (db);
  before = faults_digest (db);

  /* .invalid never resolves (RFC 6761) */
  result = prov_fetcher_fetch_sync (fetcher, url, NULL, NULL, NULL, &error);
  g_test_message ("%s", error != NULL ? error->message : "fetched");
  g_assert_null (result);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "no-such-host.provenance-faults.invalid"));

  fetch = prov_cli_run (NULL, "--db", db, "fetch", url, NULL);
  faults_assert_cli_failed (fetch, "no-such-host.provenance-faults.invalid");
  after = faults_digest (db);
  g_assert_cmpstr (before, ==, after);
  faults_rmdir (dir);
}

/* ---- a self-signed certificate ---- */

/* A certificate for 127.0.0.1 made now with openssl, else the one in tests/data/tls. */
static GTlsCertificate *
make_certificate (const char *dir)
{
  g_autofree char *openssl = g_find_program_in_path ("openssl");
  g_autofree char *cert = g_build_filename (dir, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (dir, "key.pem", NULL);
  g_autoptr(GError) error = NULL;
  GTlsCertificate *certificate;
  int status = -1;

  if (openssl != NULL)
    {
      const char *argv[] = {
        openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj",
        "/CN=127.0.0.1/O=Provenance fault test", "-addext", "subjectAltName=IP:127.0.0.1", NULL,
      };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL);
    }
  if (status == 0)
    g_test_message ("certificate made now with %s", openssl);
  else
    {
      g_free (cert);
      g_free (key);
      cert = g_test_build_filename (G_TEST_DIST, "data", "tls", "test-cert.pem", NULL);
      key = g_test_build_filename (G_TEST_DIST, "data", "tls", "test-key.pem", NULL);
      g_test_message ("no openssl: the certificate of tests/data/tls");
    }
  certificate = g_tls_certificate_new_from_files (cert, key, &error);
  g_assert_no_error (error);
  return certificate;
}

static void
test_self_signed (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *url = NULL;
  g_autoptr(ProvFetcher) fetcher = prov_fetcher_new ();
  g_autoptr(ProvFetchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvCliRun) fetch = NULL;
  Server *server;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking)");
      faults_rmdir (dir);
      return;
    }
  certificate = make_certificate (dir);
  server = server_start (certificate);
  url = server_url (server, "/page/1");
  faults_make_library (db);
  before = faults_digest (db);

  /* never silently accepted; the message names the problem */
  result = prov_fetcher_fetch_sync (fetcher, url, NULL, NULL, NULL, &error);
  g_test_message ("%s", error != NULL ? error->message : "fetched");
  g_assert_null (result);
  g_assert_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TLS);
  g_assert_nonnull (strstr (error->message, "certificate"));

  fetch = prov_cli_run (NULL, "--db", db, "fetch", url, NULL);
  faults_assert_cli_failed (fetch, "certificate");
  after = faults_digest (db);
  g_assert_cmpstr (before, ==, after);
  /* the handshakes failed, nothing was served */
  g_assert_cmpint (g_atomic_int_get (&server->requests), ==, 0);
  g_assert_cmpint (g_atomic_int_get (&server->handshakes_failed), >=, 2);
  server_stop (server);
  faults_rmdir (dir);
}

/* ---- 10,000 URLs in one batch ---- */

static gsize
rss_kb (void)
{
  g_autofree char *statm = NULL;
  gsize pages = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT, &pages, &resident) != 2)
    return 0;
  return resident * (gsize) sysconf (_SC_PAGESIZE) / 1024;
}

typedef struct
{
  gsize     rss_probe;   /* after BATCH_PROBE items */
  gsize     rss_end;
  gint64    time_probe;
  GPtrArray *results;
  gboolean  finished;
} BatchRun;

static void
progress_cb (ProvImporter *importer,
             guint         done,
             guint         total,
             BatchRun     *run)
{
  if (done == BATCH_PROBE)
    {
      run->rss_probe = rss_kb ();
      run->time_probe = g_get_monotonic_time ();
    }
  if (done == total)
    run->rss_end = rss_kb ();
}

static void
batch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BatchRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->results = prov_importer_import_batch_finish (PROV_IMPORTER (source), result, &error);
  g_assert_no_error (error);
  run->finished = TRUE;
}

static void
test_batch (void)
{
  Server *server = server_start (NULL);
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  BatchRun run = { 0 };
  gint64 started;
  guint stored = 0, failed = 0;

  faults_make_library (db);
  /* every tenth address is missing: failures are part of a real batch */
  for (guint i = 0; i < BATCH_SIZE; i++)
    {
      g_autofree char *path = i % 10 == 9 ? g_strdup_printf ("/missing/%u", i)
                                          : g_strdup_printf ("/page/%u", i);

      g_ptr_array_add (urls, server_url (server, path));
    }
  g_ptr_array_add (urls, NULL);

  store = prov_store_open_sync (db, NULL, &error);
  g_assert_no_error (error);
  importer = prov_importer_new (store, NULL, NULL);
  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), &run);
  started = g_get_monotonic_time ();
  prov_importer_import_batch_async (importer, (const char * const *) urls->pdata, NULL,
                                    batch_done_cb, &run);
  while (!run.finished)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < run.results->len; i++)
    {
      const ProvImportResult *r = g_ptr_array_index (run.results, i);

      if (r->error != NULL)
        {
          g_assert_true (i % 10 == 9);
          g_assert_error (r->error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP);
          failed++;
        }
      else
        stored++;
    }
  g_test_message ("%u URLs: %u stored, %u failed in %.1f s; RSS %" G_GSIZE_FORMAT " kB after "
                  "%u, %" G_GSIZE_FORMAT " kB after %u (%.1f s for the first %u)",
                  BATCH_SIZE, stored, failed, (g_get_monotonic_time () - started) / 1e6,
                  run.rss_probe, BATCH_PROBE, run.rss_end, BATCH_SIZE,
                  (run.time_probe - started) / 1e6, BATCH_PROBE);
  g_assert_cmpuint (stored, ==, BATCH_SIZE - BATCH_SIZE / 10);
  g_assert_cmpuint (failed, ==, BATCH_SIZE / 10);
  g_assert_cmpuint (run.rss_probe, >, 0);
  /* flat: ten times the URLs, not ten times the memory (the results themselves are a few MB) */
  g_assert_cmpuint (run.rss_end, <, run.rss_probe + 48 * 1024);

  g_clear_pointer (&run.results, g_ptr_array_unref);
  g_clear_object (&importer);
  g_clear_object (&store);
  faults_assert_library_whole (db, FAULTS_N_DOCUMENTS + stored);
  server_stop (server);
  faults_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/faults/net/cut-mid-body", test_cut);
  g_test_add_func ("/prov/faults/net/dns-failure", test_dns);
  g_test_add_func ("/prov/faults/net/self-signed", test_self_signed);
  g_test_add_func ("/prov/faults/net/batch-10000", test_batch);
  status = g_test_run ();
  prov_test_end_worker_threads ();
  return status;
}
