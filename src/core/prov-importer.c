/* prov-importer.c — one pipeline from a URL or a file to an analyzed, stored document
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fetching runs on the caller's main context (ProvFetcher); reading files, extracting,
 * analyzing and storing run in a GTask worker thread, one item each. The store writes
 * each document in one transaction, so a failure or a crash never leaves half of one.
 */
#define G_LOG_DOMAIN "prov-importer"

#include "config.h"

#include <string.h>

#include "prov-importer-private.h"
#include "prov-markdown-reader.h"
#include "prov-pdf-reader.h"

/* Items of a batch worked on at the same time (fetches are limited by the fetcher).
 * The store writes one document at a time, so more worker threads only wait on it
 * and churn memory; a few keep it busy while others fetch, extract and analyze. */
#define BATCH_WINDOW 4

struct _ProvImporter
{
  GObject        parent_instance;

  ProvStore     *store;
  ProvFetcher   *fetcher;
  ProvAnalyzer  *analyzer;
  ProvExtractor *extractor;
  char          *collection;
};

G_DEFINE_TYPE (ProvImporter, prov_importer, G_TYPE_OBJECT)

G_DEFINE_QUARK (prov-importer-error-quark, prov_importer_error)

enum
{
  SIGNAL_ITEM_FINISHED,
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One item on its way through the pipeline. */
typedef struct
{
  ProvImporter     *importer;
  ProvImportResult *result;
  GBytes           *data;
  char             *content_type;
  char             *charset;
  char             *final_url;
  char             *etag;
  char             *last_modified;
  char             *path;
  char             *collection;   /* copied at the start: the worker thread reads it */
} Item;

static void
item_free (Item *item)
{
  g_clear_object (&item->importer);
  g_clear_pointer (&item->result, prov_import_result_free);
  g_clear_pointer (&item->data, g_bytes_unref);
  g_free (item->content_type);
  g_free (item->charset);
  g_free (item->final_url);
  g_free (item->etag);
  g_free (item->last_modified);
  g_free (item->path);
  g_free (item->collection);
  g_free (item);
}

void
prov_import_result_free (ProvImportResult *result)
{
  if (result == NULL)
    return;
  g_free (result->source);
  g_free (result->uri);
  g_free (result->title);
  g_clear_error (&result->error);
  g_free (result);
}

const char *
prov_import_format_to_string (ProvImportFormat format)
{
  switch (format)
    {
    case PROV_IMPORT_HTML:
      return "html";
    case PROV_IMPORT_TEXT:
      return "text";
    case PROV_IMPORT_MARKDOWN:
      return "markdown";
    case PROV_IMPORT_PDF:
      return "pdf";
    default:
      g_return_val_if_reached ("text");
    }
}

static void
prov_importer_dispose (GObject *object)
{
  ProvImporter *self = PROV_IMPORTER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->analyzer);
  g_clear_object (&self->extractor);
  G_OBJECT_CLASS (prov_importer_parent_class)->dispose (object);
}

static void
prov_importer_finalize (GObject *object)
{
  ProvImporter *self = PROV_IMPORTER (object);

  g_free (self->collection);
  G_OBJECT_CLASS (prov_importer_parent_class)->finalize (object);
}

static void
prov_importer_class_init (ProvImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prov_importer_dispose;
  object_class->finalize = prov_importer_finalize;

  /**
   * ProvImporter::item-finished:
   * @index: the item's position in the batch (0 for a single import)
   * @result: (type gpointer): the item's ProvImportResult, owned by the importer
   *
   * One item is done, stored or failed (then result->error says why).
   */
  signals[SIGNAL_ITEM_FINISHED] = g_signal_new ("item-finished", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_POINTER);
  /**
   * ProvImporter::progress:
   * @done: items finished
   * @total: items in the batch
   */
  signals[SIGNAL_PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
prov_importer_init (ProvImporter *self)
{
  self->extractor = prov_extractor_new ();
}

ProvImporter *
prov_importer_new (ProvStore    *store,
                   ProvFetcher  *fetcher,
                   ProvAnalyzer *analyzer)
{
  ProvImporter *self;

  g_return_val_if_fail (PROV_IS_STORE (store), NULL);
  g_return_val_if_fail (fetcher == NULL || PROV_IS_FETCHER (fetcher), NULL);
  g_return_val_if_fail (analyzer == NULL || PROV_IS_ANALYZER (analyzer), NULL);

  self = g_object_new (PROV_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);
  self->fetcher = fetcher != NULL ? g_object_ref (fetcher) : prov_fetcher_new ();
  self->analyzer = analyzer != NULL ? g_object_ref (analyzer) : prov_analyzer_new ();
  return self;
}

void
prov_importer_set_collection (ProvImporter *self,
                              const char   *name)
{
  g_return_if_fail (PROV_IS_IMPORTER (self));

  g_free (self->collection);
  self->collection = g_strdup (name);
}

ProvFetcher *
prov_importer_get_fetcher (ProvImporter *self)
{
  g_return_val_if_fail (PROV_IS_IMPORTER (self), NULL);

  return self->fetcher;
}

/* Runs in a worker thread: read (files) → extract → analyze → store. */
static void
process_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Item *item = task_data;
  ProvImporter *self = item->importer;
  ProvImportResult *r = item->result;
  GError *error = NULL;
  g_autoptr(ProvExtraction) x = NULL;
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autofree char *structure = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult added = { 0 };
  gsize length;
  const guint8 *data;

  if (item->path != NULL)
    {
      item->data = _prov_importer_read_file (item->path, r->source, cancellable, &r->format,
                                             &error);
      if (item->data == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  data = g_bytes_get_data (item->data, &length);
  switch (r->format)
    {
    case PROV_IMPORT_HTML:
      x = prov_extractor_extract (self->extractor, data, length, item->charset, r->uri, &error);
      break;
    case PROV_IMPORT_PDF:
      x = prov_pdf_reader_read (item->data, &error);
      break;
    case PROV_IMPORT_MARKDOWN:
      x = prov_markdown_reader_read ((const char *) data, length, &error);
      break;
    case PROV_IMPORT_TEXT:
    default:
      x = prov_importer_read_text (r->source, item->data, &error);
      break;
    }
  if (x == NULL)
    {
      /* say which item: extractor messages speak of "the page" */
      if (error->domain == PROV_EXTRACTOR_ERROR)
        g_prefix_error (&error, "%s: ", r->source);
      g_task_return_error (task, error);
      return;
    }

  analysis = prov_analyzer_analyze (self->analyzer, x->text, -1, &error);
  if (analysis == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  structure = prov_extraction_structure_to_json (x);
  info.uri = r->uri;
  info.title = x->title;
  info.byline = x->byline;
  info.site = x->site;
  info.published = x->published;
  info.language = x->language;
  info.collection = item->collection;
  /* The text as written; the analysis's normalised twin has the same offsets. */
  if (!prov_store_add_document_version_sync (self->store, &info, x->text, structure,
                                             item->data, item->etag, item->last_modified,
                                             analysis, &added, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  r->document_id = added.document_id;
  r->version_id = added.version_id;
  r->new_document = added.new_document;
  r->new_version = added.new_version;
  r->suggestions = added.suggestions;
  r->orphaned = added.orphaned;
  r->title = g_strdup (x->title);
  g_task_return_boolean (task, TRUE);
}

/* ---- one item, asynchronously ---------------------------------------------------- */

static void
item_done (GTask *task,
           GError *error)
{
  Item *item = g_task_get_task_data (task);

  if (error != NULL)
    {
      item->result->document_id = 0;
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, g_steal_pointer (&item->result),
                           (GDestroyNotify) prov_import_result_free);
  g_object_unref (task);
}

static void
process_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  item_done (task, error);
}

static void
start_processing (GTask *task)
{
  Item *item = g_task_get_task_data (task);
  g_autoptr(GTask) worker = g_task_new (item->importer, g_task_get_cancellable (task),
                                        process_done_cb, task);

  g_task_set_source_tag (worker, start_processing);
  g_task_set_task_data (worker, item, NULL);
  g_task_run_in_thread (worker, process_thread);
}

static void
fetch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Item *item = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(ProvFetchResult) fetched = prov_fetcher_fetch_finish (PROV_FETCHER (source), result,
                                                                  &error);
  ProvImportFormat format;

  if (fetched == NULL)
    {
      item_done (task, error);
      return;
    }
  if (fetched->not_modified)
    {
      item->result->not_modified = TRUE;
      item_done (task, NULL);
      return;
    }
  item->data = g_bytes_ref (fetched->body);
  item->content_type = g_strdup (fetched->content_type);
  item->charset = g_strdup (fetched->charset);
  item->final_url = g_strdup (fetched->url);
  item->etag = g_strdup (fetched->etag);
  item->last_modified = g_strdup (fetched->last_modified);
  if (!_prov_importer_format_of_response (item->content_type, item->final_url, item->data,
                                          &format, &error))
    {
      item_done (task, error);
      return;
    }
  item->result->format = format;
  start_processing (task);
}

void
prov_importer_import_async (ProvImporter        *self,
                            const char          *source,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  Item *item;
  ProvImportResult *r;
  GError *error = NULL;
  g_autofree char *scheme = NULL;

  g_return_if_fail (PROV_IS_IMPORTER (self));
  g_return_if_fail (source != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prov_importer_import_async);
  item = g_new0 (Item, 1);
  item->importer = g_object_ref (self);
  item->collection = g_strdup (self->collection);
  r = item->result = g_new0 (ProvImportResult, 1);
  r->source = g_strdup (source);
  g_task_set_task_data (task, item, (GDestroyNotify) item_free);

  scheme = g_uri_parse_scheme (source);
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") == 0)
    {
      item->path = g_filename_from_uri (source, NULL, &error);
      if (item->path == NULL)
        {
          item_done (task, error);
          return;
        }
    }
  else if (scheme != NULL && strlen (scheme) > 1)
    {
      gint64 existing;

      /* a URL (a one-letter "scheme" is a Windows drive, left to the file branch) */
      r->is_url = TRUE;
      r->format = PROV_IMPORT_HTML;
      if (!prov_fetcher_check_url (source, &error))
        {
          item_done (task, error);
          return;
        }
      r->uri = g_strdup (source);
      existing = prov_store_find_document_by_uri_sync (self->store, r->uri, &error);
      if (error != NULL)
        {
          item_done (task, error);
          return;
        }
      if (existing > 0)
        {
          g_autoptr(ProvVersionInfo) latest = prov_store_get_latest_version_sync (self->store,
                                                                                  existing,
                                                                                  NULL);

          r->document_id = existing;
          if (latest != NULL)
            {
              r->version_id = latest->version_id;
              prov_fetcher_fetch_async (self->fetcher, source, latest->etag,
                                        latest->last_modified, cancellable, fetch_done_cb,
                                        task);
              return;
            }
        }
      prov_fetcher_fetch_async (self->fetcher, source, NULL, NULL, cancellable, fetch_done_cb,
                                task);
      return;
    }
  else
    item->path = g_strdup (source);

  {
    g_autoptr(GFile) file = g_file_new_for_path (item->path);

    r->uri = g_file_get_uri (file);
  }
  start_processing (task);
}

ProvImportResult *
prov_importer_import_finish (ProvImporter  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (PROV_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- batches ---------------------------------------------------------------------- */

typedef struct
{
  ProvImporter *importer;
  GStrv         sources;
  guint         total;
  guint         next;
  guint         done;
  GPtrArray    *results;     /* by index; NULL until done */
} Batch;

typedef struct
{
  GTask *batch_task;
  guint  index;
} BatchSlot;

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->importer);
  g_strfreev (batch->sources);
  g_ptr_array_unref (batch->results);
  g_free (batch);
}

static void batch_pump (GTask *task);

static void
batch_item_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BatchSlot *slot = user_data;
  GTask *task = slot->batch_task;
  Batch *batch = g_task_get_task_data (task);
  GError *error = NULL;
  ProvImportResult *r = prov_importer_import_finish (PROV_IMPORTER (source), result, &error);

  if (r == NULL)
    {
      Item *item = g_task_get_task_data (G_TASK (result));

      /* the failed item's result stayed with it: take it back for the report */
      r = g_steal_pointer (&item->result);
      if (r == NULL)
        {
          r = g_new0 (ProvImportResult, 1);
          r->source = g_strdup (batch->sources[slot->index]);
        }
      r->document_id = 0;
      r->error = error;
    }
  g_ptr_array_index (batch->results, slot->index) = r;
  batch->done++;
  g_signal_emit (batch->importer, signals[SIGNAL_ITEM_FINISHED], 0, slot->index, r);
  g_signal_emit (batch->importer, signals[SIGNAL_PROGRESS], 0, batch->done, batch->total);
  g_free (slot);

  if (batch->done == batch->total)
    {
      GPtrArray *results = g_steal_pointer (&batch->results);

      batch->results = g_ptr_array_new ();
      g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
      g_object_unref (task);
      return;
    }
  batch_pump (task);
}

static void
batch_pump (GTask *task)
{
  Batch *batch = g_task_get_task_data (task);

  while (batch->next < batch->total && batch->next - batch->done < BATCH_WINDOW)
    {
      BatchSlot *slot = g_new0 (BatchSlot, 1);

      slot->batch_task = task;
      slot->index = batch->next++;
      prov_importer_import_async (batch->importer, batch->sources[slot->index],
                                  g_task_get_cancellable (task), batch_item_cb, slot);
    }
}

void
prov_importer_import_batch_async (ProvImporter        *self,
                                  const char * const  *sources,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;
  Batch *batch;

  g_return_if_fail (PROV_IS_IMPORTER (self));
  g_return_if_fail (sources != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prov_importer_import_batch_async);
  /* a cancelled batch still returns its results: the items say which were cancelled */
  g_task_set_check_cancellable (task, FALSE);
  batch = g_new0 (Batch, 1);
  batch->importer = g_object_ref (self);
  batch->sources = g_strdupv ((char **) sources);
  batch->total = g_strv_length (batch->sources);
  batch->results = g_ptr_array_new_full (batch->total, (GDestroyNotify) prov_import_result_free);
  g_ptr_array_set_size (batch->results, batch->total);
  g_task_set_task_data (task, batch, (GDestroyNotify) batch_free);

  if (batch->total == 0)
    {
      GPtrArray *results = g_steal_pointer (&batch->results);

      batch->results = g_ptr_array_new ();
      g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
      g_object_unref (task);
      return;
    }
  batch_pump (task);
}

GPtrArray *
prov_importer_import_batch_finish (ProvImporter  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (PROV_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sync_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

GPtrArray *
prov_importer_import_batch_sync (ProvImporter        *self,
                                 const char * const  *sources,
                                 GCancellable        *cancellable,
                                 GError             **error)
{
  GAsyncResult *result = NULL;
  GPtrArray *results;

  g_return_val_if_fail (PROV_IS_IMPORTER (self), NULL);

  prov_importer_import_batch_async (self, sources, cancellable, sync_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  results = prov_importer_import_batch_finish (self, result, error);
  g_object_unref (result);
  return results;
}
