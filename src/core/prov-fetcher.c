/* prov-fetcher.c — fetching pages over HTTP(S) with one SoupSession
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Redirects are followed here, not by libsoup, so that a loop is told apart from a
 * long chain and every hop is checked for its scheme. Fetches wait in a queue
 * until their host has fewer than 2 running and fewer than 6 run in all.
 */
#define G_LOG_DOMAIN "prov-fetcher"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "prov-fetcher.h"

#define READ_CHUNK 65536

struct _ProvFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  char        *user_agent;
  gsize        max_body_size;
  guint        io_timeout;
  guint        total_timeout;
  GQueue       queue;          /* of FetchJob*, waiting */
  GHashTable  *per_host;       /* host → running count */
  guint        n_active;
};

G_DEFINE_TYPE (ProvFetcher, prov_fetcher, G_TYPE_OBJECT)

G_DEFINE_QUARK (prov-fetcher-error-quark, prov_fetcher_error)

enum
{
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  ProvFetcher          *fetcher;     /* strong while queued or running */
  GTask                *task;
  GCancellable         *cancellable; /* the job's own, chained to the caller's */
  gulong                cancel_id;
  GCancellable         *caller_cancellable;
  char                 *host;
  GUri                 *uri;
  GHashTable           *visited;
  SoupMessage          *msg;
  GInputStream         *stream;
  GByteArray           *body;
  GTlsCertificateFlags  tls_errors;
  goffset               expected;
  gboolean              length_checked;  /* the body must reach @expected bytes */
  guint                 deadline_id;
  gboolean              timed_out;
  gboolean              running;
  char                 *req_etag;
  char                 *req_last_modified;
  ProvFetchResult      *result;
} FetchJob;

void
prov_fetch_result_free (ProvFetchResult *result)
{
  if (result == NULL)
    return;
  g_free (result->requested_url);
  g_free (result->url);
  g_free (result->content_type);
  g_free (result->charset);
  g_free (result->etag);
  g_free (result->last_modified);
  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result);
}

static void
fetch_job_free (FetchJob *job)
{
  if (job->deadline_id != 0)
    g_source_remove (job->deadline_id);
  if (job->cancel_id != 0)
    {
      /* g_cancellable_disconnect () waits for a running ::cancelled emission, which
       * would never end if this runs inside it (libsoup may complete synchronously) */
      if (g_cancellable_is_cancelled (job->caller_cancellable))
        g_signal_handler_disconnect (job->caller_cancellable, job->cancel_id);
      else
        g_cancellable_disconnect (job->caller_cancellable, job->cancel_id);
    }
  g_clear_object (&job->caller_cancellable);
  g_clear_object (&job->cancellable);
  g_free (job->host);
  g_free (job->req_etag);
  g_free (job->req_last_modified);
  g_clear_pointer (&job->uri, g_uri_unref);
  g_clear_pointer (&job->visited, g_hash_table_unref);
  g_clear_object (&job->msg);
  g_clear_object (&job->stream);
  g_clear_pointer (&job->body, g_byte_array_unref);
  g_clear_pointer (&job->result, prov_fetch_result_free);
  g_clear_object (&job->fetcher);
  g_free (job);
}

static void
prov_fetcher_dispose (GObject *object)
{
  ProvFetcher *self = PROV_FETCHER (object);

  /* queued jobs hold a reference to the fetcher, so none are left here */
  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (prov_fetcher_parent_class)->dispose (object);
}

static void
prov_fetcher_finalize (GObject *object)
{
  ProvFetcher *self = PROV_FETCHER (object);

  g_free (self->user_agent);
  g_hash_table_unref (self->per_host);
  G_OBJECT_CLASS (prov_fetcher_parent_class)->finalize (object);
}

static void
prov_fetcher_class_init (ProvFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prov_fetcher_dispose;
  object_class->finalize = prov_fetcher_finalize;

  /**
   * ProvFetcher::progress:
   * @url: the address being fetched
   * @received: bytes of body received so far
   * @total: the announced size, or -1
   *
   * Reports the progress of one fetch as its body arrives.
   */
  signals[SIGNAL_PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_UINT64,
                                           G_TYPE_INT64);
}

static void
prov_fetcher_init (ProvFetcher *self)
{
  self->user_agent = g_strdup ("Provenance/" PACKAGE_VERSION);
  self->max_body_size = PROV_FETCHER_MAX_BODY_SIZE;
  self->io_timeout = PROV_FETCHER_IO_TIMEOUT;
  self->total_timeout = PROV_FETCHER_TOTAL_TIMEOUT;
  self->per_host = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->queue);
  /* the default proxy resolver of a SoupSession is the system's (GProxyResolver) and
   * its default TLS database is the system's: certificates are verified */
  self->session = soup_session_new_with_options ("user-agent", self->user_agent,
                                                 "timeout", self->io_timeout,
                                                 "idle-timeout", 60,
                                                 "max-conns", PROV_FETCHER_MAX_TOTAL,
                                                 "max-conns-per-host", PROV_FETCHER_MAX_PER_HOST,
                                                 NULL);
}

ProvFetcher *
prov_fetcher_new (void)
{
  return g_object_new (PROV_TYPE_FETCHER, NULL);
}

void
prov_fetcher_set_timeouts (ProvFetcher *self,
                           guint        io_timeout,
                           guint        total_timeout)
{
  g_return_if_fail (PROV_IS_FETCHER (self));
  g_return_if_fail (io_timeout > 0 && total_timeout > 0);

  self->io_timeout = io_timeout;
  self->total_timeout = total_timeout;
  g_object_set (self->session, "timeout", io_timeout, NULL);
}

void
prov_fetcher_set_max_body_size (ProvFetcher *self,
                                gsize        max_size)
{
  g_return_if_fail (PROV_IS_FETCHER (self));
  g_return_if_fail (max_size > 0);

  self->max_body_size = max_size;
}

void
prov_fetcher_set_tls_database (ProvFetcher  *self,
                               GTlsDatabase *database)
{
  g_return_if_fail (PROV_IS_FETCHER (self));
  g_return_if_fail (database == NULL || G_IS_TLS_DATABASE (database));

  soup_session_set_tls_database (self->session, database);
}

const char *
prov_fetcher_get_user_agent (ProvFetcher *self)
{
  g_return_val_if_fail (PROV_IS_FETCHER (self), NULL);

  return self->user_agent;
}

guint
prov_fetcher_get_n_active (ProvFetcher *self)
{
  g_return_val_if_fail (PROV_IS_FETCHER (self), 0);

  return self->n_active;
}

gboolean
prov_fetcher_check_url (const char  *url,
                        GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL || *url == '\0')
    {
      g_set_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_INVALID_URL,
                   _("No address given"));
      return FALSE;
    }
  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);
  if (uri == NULL)
    {
      g_set_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_INVALID_URL,
                   _("“%s” is not a valid address"), url);
      return FALSE;
    }
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME,
                   _("Only http and https addresses can be fetched, not %s: (%s)"), scheme,
                   url);
      return FALSE;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_INVALID_URL,
                   _("“%s” has no host name"), url);
      return FALSE;
    }
  return TRUE;
}

/* ---- the queue ---------------------------------------------------------- */

static void start_request (FetchJob *job);
static void pump_queue (ProvFetcher *self);

static guint
host_count (ProvFetcher *self,
            const char  *host)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->per_host, host));
}

static void
release_slot (FetchJob *job)
{
  ProvFetcher *self = job->fetcher;
  guint count;

  if (!job->running)
    return;
  job->running = FALSE;
  self->n_active--;
  count = host_count (self, job->host);
  if (count <= 1)
    g_hash_table_remove (self->per_host, job->host);
  else
    g_hash_table_insert (self->per_host, g_strdup (job->host), GUINT_TO_POINTER (count - 1));
}

/* Completes @job's task with @error (or its result) and frees the job. */
static void
finish_job (FetchJob *job,
            GError   *error)
{
  g_autoptr(ProvFetcher) fetcher = g_object_ref (job->fetcher);
  GTask *task = job->task;

  job->task = NULL;
  release_slot (job);
  if (job->stream != NULL)
    g_input_stream_close_async (job->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&job->result),
                           (GDestroyNotify) prov_fetch_result_free);
  g_object_unref (task);
  fetch_job_free (job);
  pump_queue (fetcher);
}

static gboolean
deadline_cb (gpointer user_data)
{
  FetchJob *job = user_data;

  job->deadline_id = 0;
  job->timed_out = TRUE;
  g_cancellable_cancel (job->cancellable);
  return G_SOURCE_REMOVE;
}

static void
pump_queue (ProvFetcher *self)
{
  GList *l = self->queue.head;

  while (l != NULL && self->n_active < PROV_FETCHER_MAX_TOTAL)
    {
      FetchJob *job = l->data;
      GList *next = l->next;

      if (host_count (self, job->host) < PROV_FETCHER_MAX_PER_HOST)
        {
          g_queue_delete_link (&self->queue, l);
          job->running = TRUE;
          self->n_active++;
          g_hash_table_insert (self->per_host, g_strdup (job->host),
                               GUINT_TO_POINTER (host_count (self, job->host) + 1));
          job->deadline_id = g_timeout_add_seconds (self->total_timeout, deadline_cb, job);
          start_request (job);
        }
      l = next;
    }
}

static gboolean
cancelled_in_queue_cb (gpointer user_data)
{
  FetchJob *job = user_data;

  finish_job (job, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                        _("Operation was cancelled")));
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  FetchJob *job = user_data;

  /* a running fetch ends through libsoup's callbacks; a waiting one leaves the
   * queue now and completes from an idle (never inside this handler) */
  g_cancellable_cancel (job->cancellable);
  if (!job->running && g_queue_remove (&job->fetcher->queue, job))
    g_idle_add (cancelled_in_queue_cb, job);
}

/* ---- one request ------------------------------------------------------------ */

static char *
tls_reason (GTlsCertificateFlags flags)
{
  GString *out = g_string_new (NULL);

  if (flags & G_TLS_CERTIFICATE_UNKNOWN_CA)
    g_string_append (out, _("signed by an unknown authority (self-signed?)"));
  if (flags & G_TLS_CERTIFICATE_BAD_IDENTITY)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "",
                            _("issued for another host name"));
  if (flags & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "", _("not valid yet"));
  if (flags & G_TLS_CERTIFICATE_EXPIRED)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "", _("expired"));
  if (flags & G_TLS_CERTIFICATE_REVOKED)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "", _("revoked"));
  if (flags & G_TLS_CERTIFICATE_INSECURE)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "", _("insecure algorithm"));
  if (out->len == 0)
    g_string_append (out, _("not trusted"));
  return g_string_free (out, FALSE);
}

/* Maps a transport error to ours; keeps cancellation as G_IO_ERROR_CANCELLED. */
static GError *
map_error (FetchJob *job,
           GError   *error)
{
  ProvFetcher *self = job->fetcher;
  g_autofree char *url = g_uri_to_string (job->uri);
  GError *mapped;

  if (job->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    mapped = g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TIMEOUT,
                          _("%s did not answer in time (%u s)"), url,
                          job->timed_out ? self->total_timeout : self->io_timeout);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return error;
  else if (job->tls_errors != 0 || error->domain == G_TLS_ERROR)
    {
      g_autofree char *reason = job->tls_errors != 0 ? tls_reason (job->tls_errors)
                                                     : g_strdup (error->message);

      mapped = g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TLS,
                            _("The TLS certificate of %s is %s; the page was not fetched"),
                            g_uri_get_host (job->uri), reason);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    /* libsoup: the server hung up inside a chunk (or, with later releases, between two) */
    mapped = g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_NETWORK,
                          _("The connection to %s closed before the whole page arrived"), url);
  else
    mapped = g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_NETWORK,
                          _("Cannot fetch %s: %s"), url, error->message);
  g_error_free (error);
  return mapped;
}

static gboolean
accept_certificate_cb (SoupMessage          *msg,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       gpointer              user_data)
{
  FetchJob *job = user_data;

  /* never accepted: only remembered, so that the error can say why */
  job->tls_errors = errors;
  return FALSE;
}

static void read_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
read_more (FetchJob *job)
{
  g_input_stream_read_bytes_async (job->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   job->cancellable, read_cb, job);
}

static void
complete_body (FetchJob *job)
{
  ProvFetchResult *r = job->result;

  r->body = g_byte_array_free_to_bytes (g_steal_pointer (&job->body));
  finish_job (job, NULL);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  FetchJob *job = user_data;
  GError *error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result,
                                                              &error);
  gsize size;

  if (bytes == NULL)
    {
      finish_job (job, map_error (job, error));
      return;
    }
  size = g_bytes_get_size (bytes);
  if (size == 0 && job->length_checked && job->body->len < (gsize) job->expected)
    {
      /* libsoup ends the stream quietly when the server hangs up early: a page cut short
       * must not be stored as if it were whole. */
      finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_NETWORK,
                                    _("The connection to %s closed before the whole page "
                                      "arrived"), job->result->url));
      return;
    }
  if (size == 0)
    {
      complete_body (job);
      return;
    }
  if (job->body->len + size > job->fetcher->max_body_size)
    {
      finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TOO_LARGE,
                                    _("%s is larger than %" G_GSIZE_FORMAT " MB"),
                                    job->result->url,
                                    job->fetcher->max_body_size / (1024 * 1024)));
      return;
    }
  g_byte_array_append (job->body, g_bytes_get_data (bytes, NULL), size);
  g_signal_emit (job->fetcher, signals[SIGNAL_PROGRESS], 0, job->result->url,
                 (guint64) job->body->len, (gint64) job->expected);
  read_more (job);
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  FetchJob *job = user_data;
  ProvFetcher *self = job->fetcher;
  GError *error = NULL;
  SoupMessageHeaders *headers;
  guint status;
  g_autofree char *url = NULL;

  job->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (job->stream == NULL)
    {
      finish_job (job, map_error (job, error));
      return;
    }

  status = soup_message_get_status (job->msg);
  headers = soup_message_get_response_headers (job->msg);
  url = g_uri_to_string (job->uri);

  if (is_redirect (status))
    {
      const char *location = soup_message_headers_get_one (headers, "Location");
      g_autoptr(GUri) next = NULL;
      g_autofree char *next_url = NULL;

      if (location == NULL)
        {
          finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP,
                                        _("%s redirects (HTTP %u) without saying where"),
                                        url, status));
          return;
        }
      next = g_uri_parse_relative (job->uri, location, G_URI_FLAGS_ENCODED, NULL);
      next_url = next != NULL ? g_uri_to_string (next) : NULL;
      if (next_url == NULL || !prov_fetcher_check_url (next_url, &error))
        {
          g_clear_error (&error);
          finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_INVALID_URL,
                                        _("%s redirects to an address that cannot be "
                                          "fetched: %s"), url, location));
          return;
        }
      if (g_hash_table_contains (job->visited, next_url))
        {
          finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_REDIRECT_LOOP,
                                        _("%s redirects in a loop (back to %s)"),
                                        job->result->requested_url, next_url));
          return;
        }
      if (job->result->redirects >= PROV_FETCHER_MAX_REDIRECTS)
        {
          finish_job (job, g_error_new (PROV_FETCHER_ERROR,
                                        PROV_FETCHER_ERROR_TOO_MANY_REDIRECTS,
                                        _("%s redirects more than %d times"),
                                        job->result->requested_url,
                                        PROV_FETCHER_MAX_REDIRECTS));
          return;
        }
      job->result->redirects++;
      g_hash_table_add (job->visited, g_strdup (next_url));
      g_input_stream_close_async (job->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_clear_object (&job->stream);
      g_uri_unref (job->uri);
      job->uri = g_steal_pointer (&next);
      start_request (job);
      return;
    }

  g_free (job->result->url);
  job->result->url = g_steal_pointer (&url);
  job->result->status = status;

  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      const char *etag = soup_message_headers_get_one (headers, "ETag");
      const char *modified = soup_message_headers_get_one (headers, "Last-Modified");

      job->result->not_modified = TRUE;
      job->result->etag = g_strdup (etag != NULL ? etag : job->req_etag);
      job->result->last_modified = g_strdup (modified != NULL ? modified
                                                              : job->req_last_modified);
      finish_job (job, NULL);
      return;
    }
  if (status < 200 || status >= 300)
    {
      const char *phrase = soup_message_get_reason_phrase (job->msg);

      finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_HTTP,
                                    _("%s answered HTTP %u %s"), job->result->url, status,
                                    phrase != NULL ? phrase : ""));
      return;
    }

  {
    GHashTable *params = NULL;
    const char *type = soup_message_headers_get_content_type (headers, &params);

    job->result->content_type = g_strdup (type);
    if (params != NULL)
      {
        job->result->charset = g_strdup (g_hash_table_lookup (params, "charset"));
        g_hash_table_unref (params);
      }
    job->result->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
    job->result->last_modified = g_strdup (soup_message_headers_get_one (headers,
                                                                          "Last-Modified"));
    job->expected = soup_message_headers_get_content_length (headers);
    if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
      job->expected = -1;
    /* Decoded bytes cannot be held against a compressed length. */
    job->length_checked = job->expected > 0
                          && soup_message_headers_get_one (headers, "Content-Encoding") == NULL;
  }

  if (job->expected > 0 && (gsize) job->expected > self->max_body_size
      && soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    {
      finish_job (job, g_error_new (PROV_FETCHER_ERROR, PROV_FETCHER_ERROR_TOO_LARGE,
                                    _("%s is larger than %" G_GSIZE_FORMAT " MB"),
                                    job->result->url, self->max_body_size / (1024 * 1024)));
      return;
    }

  job->body = g_byte_array_new ();
  read_more (job);
}

static void
start_request (FetchJob *job)
{
  SoupMessageHeaders *headers;

  g_clear_object (&job->msg);
  job->tls_errors = 0;
  job->msg = soup_message_new_from_uri (SOUP_METHOD_GET, job->uri);
  soup_message_add_flags (job->msg, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (job->msg);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml,text/plain;q=0.9,"
                                "text/markdown;q=0.9,application/pdf;q=0.8,*/*;q=0.5");
  if (job->req_etag != NULL)
    soup_message_headers_replace (headers, "If-None-Match", job->req_etag);
  if (job->req_last_modified != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", job->req_last_modified);
  g_signal_connect (job->msg, "accept-certificate", G_CALLBACK (accept_certificate_cb), job);
  soup_session_send_async (job->fetcher->session, job->msg, G_PRIORITY_DEFAULT,
                           job->cancellable, send_cb, job);
}

void
prov_fetcher_fetch_async (ProvFetcher         *self,
                          const char          *url,
                          const char          *etag,
                          const char          *last_modified,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  FetchJob *job;

  g_return_if_fail (PROV_IS_FETCHER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prov_fetcher_fetch_async);

  if (!prov_fetcher_check_url (url, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (FetchJob, 1);
  job->fetcher = g_object_ref (self);
  job->task = g_steal_pointer (&task);
  job->uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);
  job->host = g_ascii_strdown (g_uri_get_host (job->uri), -1);
  job->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (job->visited, g_uri_to_string (job->uri));
  job->cancellable = g_cancellable_new ();
  job->result = g_new0 (ProvFetchResult, 1);
  job->result->requested_url = g_strdup (url);
  job->result->url = g_strdup (url);
  job->req_etag = g_strdup (etag);
  job->req_last_modified = g_strdup (last_modified);
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_idle_add (cancelled_in_queue_cb, job);
      return;
    }
  if (cancellable != NULL)
    {
      job->caller_cancellable = g_object_ref (cancellable);
      job->cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                              job, NULL);
    }

  g_queue_push_tail (&self->queue, job);
  pump_queue (self);
}

ProvFetchResult *
prov_fetcher_fetch_finish (ProvFetcher   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (PROV_IS_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GAsyncResult *result;
} SyncData;

static void
sync_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  SyncData *data = user_data;

  data->result = g_object_ref (result);
}

ProvFetchResult *
prov_fetcher_fetch_sync (ProvFetcher   *self,
                         const char    *url,
                         const char    *etag,
                         const char    *last_modified,
                         GCancellable  *cancellable,
                         GError       **error)
{
  SyncData data = { NULL };
  ProvFetchResult *result;

  g_return_val_if_fail (PROV_IS_FETCHER (self), NULL);

  prov_fetcher_fetch_async (self, url, etag, last_modified, cancellable, sync_cb, &data);
  while (data.result == NULL)
    g_main_context_iteration (g_main_context_get_thread_default (), TRUE);
  result = prov_fetcher_fetch_finish (self, data.result, error);
  g_object_unref (data.result);
  return result;
}
