/* prov-importer.h — one pipeline from a URL or a file to an analyzed, stored document
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "prov-analyzer.h"
#include "prov-extractor.h"
#include "prov-fetcher.h"
#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_IMPORTER_ERROR (prov_importer_error_quark ())

typedef enum
{
  PROV_IMPORTER_ERROR_READ,         /* a file cannot be read */
  PROV_IMPORTER_ERROR_UNSUPPORTED,  /* a content type or file we cannot read text from */
  PROV_IMPORTER_ERROR_NOT_TEXT,     /* a text file that is not UTF-8 */
} ProvImporterError;

/* What an input was read as. */
typedef enum
{
  PROV_IMPORT_HTML,
  PROV_IMPORT_TEXT,
  PROV_IMPORT_MARKDOWN,
  PROV_IMPORT_PDF,
} ProvImportFormat;

/* The outcome of one item of an import. */
typedef struct
{
  char             *source;        /* the URL or path as given */
  char             *uri;           /* the document's identity in the library */
  gboolean          is_url;
  ProvImportFormat  format;
  gint64            document_id;   /* 0 when the item failed */
  gint64            version_id;
  gboolean          new_document;
  gboolean          new_version;   /* FALSE: the text had not changed */
  gboolean          not_modified;  /* the server answered 304: nothing was read or stored */
  guint             suggestions;   /* claims suggested by the analyzer */
  guint             orphaned;      /* annotations lost when re-anchoring */
  char             *title;
  GError           *error;         /* set when the item failed (then nothing was stored) */
} ProvImportResult;

#define PROV_TYPE_IMPORTER (prov_importer_get_type ())

G_DECLARE_FINAL_TYPE (ProvImporter, prov_importer, PROV, IMPORTER, GObject)

GQuark            prov_importer_error_quark         (void);

/* Creates an importer storing into @store; @fetcher and @analyzer may be NULL (new ones
 * are made). Signals are emitted in the thread-default main context of the caller. */
ProvImporter     *prov_importer_new                 (ProvStore            *store,
                                                     ProvFetcher          *fetcher,
                                                     ProvAnalyzer         *analyzer);
/* New documents go into the collection @name (NULL: none). */
void              prov_importer_set_collection      (ProvImporter         *self,
                                                     const char           *name);
/* Returns the fetcher the importer uses (connect to its ::progress for bytes). */
ProvFetcher      *prov_importer_get_fetcher         (ProvImporter         *self);

/* Imports one URL (http/https) or file path: read or fetch → extract → analyze → store,
 * one transaction. A URL already in the library is fetched conditionally. */
void              prov_importer_import_async        (ProvImporter         *self,
                                                     const char           *source,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
/* Returns the result, or NULL with @error (the item's error) when it failed. */
ProvImportResult *prov_importer_import_finish       (ProvImporter         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
/* Imports many URLs and/or paths; a failing item is reported (::item-finished, and its
 * result's error) and the batch goes on. Emits ::progress after each item. */
void              prov_importer_import_batch_async  (ProvImporter         *self,
                                                     const char * const   *sources,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
/* Returns the results in input order (ProvImportResult*, cancelled items carry
 * G_IO_ERROR_CANCELLED); NULL only with @error when the batch itself failed. */
GPtrArray        *prov_importer_import_batch_finish (ProvImporter         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
/* The batch, waiting (iterates the thread-default main context): for the CLI and tests. */
GPtrArray        *prov_importer_import_batch_sync   (ProvImporter         *self,
                                                     const char * const   *sources,
                                                     GCancellable         *cancellable,
                                                     GError              **error);

/* Reads a file of URLs, one a line (blank lines and lines starting with # skipped). */
GStrv             prov_importer_read_url_list       (const char           *path,
                                                     GError              **error);
/* Reads plain text as written (@source names it in errors): blank-line separated paragraphs
 * make the structure and the first line the title. */
ProvExtraction   *prov_importer_read_text           (const char           *source,
                                                     GBytes               *data,
                                                     GError              **error);
/* Returns the stable name of @format ("html", "text", "markdown", "pdf"). */
const char       *prov_import_format_to_string      (ProvImportFormat      format);
/* Frees @result. */
void              prov_import_result_free           (ProvImportResult     *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvImportResult, prov_import_result_free)

G_END_DECLS
