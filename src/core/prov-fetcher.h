/* prov-fetcher.h — fetching pages over HTTP(S) with one SoupSession
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PROV_FETCHER_ERROR (prov_fetcher_error_quark ())

typedef enum
{
  PROV_FETCHER_ERROR_INVALID_URL,
  PROV_FETCHER_ERROR_UNSUPPORTED_SCHEME,
  PROV_FETCHER_ERROR_TOO_MANY_REDIRECTS,
  PROV_FETCHER_ERROR_REDIRECT_LOOP,
  PROV_FETCHER_ERROR_HTTP,            /* the server answered 4xx or 5xx */
  PROV_FETCHER_ERROR_TIMEOUT,
  PROV_FETCHER_ERROR_TOO_LARGE,
  PROV_FETCHER_ERROR_TLS,             /* certificate not trusted: the reason is in the message */
  PROV_FETCHER_ERROR_NETWORK,         /* DNS, refused connection, reset, proxy */
} ProvFetcherError;

/* What one fetch brought back. */
typedef struct
{
  char    *requested_url;
  char    *url;             /* the final address, after redirects */
  guint    status;          /* HTTP status of the final response (200, 304, …) */
  gboolean not_modified;    /* 304 to a conditional request: @body is NULL */
  char    *content_type;    /* e.g. "text/html", without parameters; may be NULL */
  char    *charset;         /* the Content-Type charset parameter, or NULL */
  char    *etag;
  char    *last_modified;
  guint    redirects;
  GBytes  *body;            /* decoded (gzip/deflate/br undone) */
} ProvFetchResult;

#define PROV_TYPE_FETCHER (prov_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (ProvFetcher, prov_fetcher, PROV, FETCHER, GObject)

/* Defaults of a new fetcher. */
#define PROV_FETCHER_MAX_REDIRECTS      10
#define PROV_FETCHER_MAX_BODY_SIZE      (20 * 1024 * 1024)
#define PROV_FETCHER_IO_TIMEOUT         20    /* seconds without progress */
#define PROV_FETCHER_TOTAL_TIMEOUT      120   /* seconds for a whole fetch */
#define PROV_FETCHER_MAX_PER_HOST       2
#define PROV_FETCHER_MAX_TOTAL          6

GQuark           prov_fetcher_error_quark       (void);

/* Creates a fetcher with its own SoupSession (system proxy settings, TLS verified,
 * User-Agent "Provenance/VERSION"); use one for the whole application, on the
 * thread whose main context runs it. */
ProvFetcher     *prov_fetcher_new               (void);
/* Sets the I/O (no progress) and whole-fetch timeouts, in seconds. */
void             prov_fetcher_set_timeouts      (ProvFetcher          *self,
                                                 guint                 io_timeout,
                                                 guint                 total_timeout);
/* Sets the largest body accepted, in bytes (after decompression). */
void             prov_fetcher_set_max_body_size (ProvFetcher          *self,
                                                 gsize                 max_size);
/* Sets the certificate database used to verify servers (NULL: the system's). */
void             prov_fetcher_set_tls_database  (ProvFetcher          *self,
                                                 GTlsDatabase         *database);
/* Returns the User-Agent sent with every request. */
const char      *prov_fetcher_get_user_agent    (ProvFetcher          *self);
/* Number of fetches running now (not counting queued ones). */
guint            prov_fetcher_get_n_active      (ProvFetcher          *self);

/* Fetches @url. With @etag or @last_modified (from an earlier fetch) the request is
 * conditional and an unchanged page gives a result with not_modified set. At most
 * 2 fetches run per host and 6 in all; the others wait their turn. Emits
 * ::progress as the body arrives. */
void             prov_fetcher_fetch_async       (ProvFetcher          *self,
                                                 const char           *url,
                                                 const char           *etag,
                                                 const char           *last_modified,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
/* Finishes a fetch: the result, or NULL with @error set (G_IO_ERROR_CANCELLED when
 * cancelled, else PROV_FETCHER_ERROR). */
ProvFetchResult *prov_fetcher_fetch_finish      (ProvFetcher          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
/* Fetches @url and waits, iterating the thread-default main context (which must be
 * the fetcher's); for the CLI and tests only (the GUI uses the async pair). */
ProvFetchResult *prov_fetcher_fetch_sync        (ProvFetcher          *self,
                                                 const char           *url,
                                                 const char           *etag,
                                                 const char           *last_modified,
                                                 GCancellable         *cancellable,
                                                 GError              **error);

/* Checks that @url is an absolute http or https URL; sets a PROV_FETCHER_ERROR if not. */
gboolean         prov_fetcher_check_url         (const char           *url,
                                                 GError              **error);

/* Frees @result. */
void             prov_fetch_result_free         (ProvFetchResult      *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvFetchResult, prov_fetch_result_free)

G_END_DECLS
