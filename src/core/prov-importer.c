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

#include <glib/gi18n.h>
#include <string.h>

#include "prov-importer.h"
#include "prov-markdown-reader.h"
#include "prov-pdf-reader.h"

/* Items of a batch worked on at the same time (fetches are limited by the fetcher).
 * The store writes one document at a time, so more worker threads only wait on it
 * and churn memory; a few keep it busy while others fetch, extract and analyze. */
#define BATCH_WINDOW 4
/* The largest local file read. */
#define MAX_FILE_SIZE (100 * 1024 * 1024)

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

GStrv
prov_importer_read_url_list (const char  *path,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                   _("Cannot read the URL list: %s"), local_error->message);
      return NULL;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

/* ---- reading: which format, and its text ---------------------------------------- */

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

static gboolean
looks_like_html (const guint8 *data,
                 gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (length, 2048));

  return strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL
         || strstr (head, "<body") != NULL || strstr (head, "<head") != NULL
         || strstr (head, "<p>") != NULL || strstr (head, "<article") != NULL;
}

/* The format of a fetched body, by its content type, its address and its first bytes. */
static gboolean
format_of_response (Item              *item,
                    ProvImportFormat  *format,
                    GError           **error)
{
  const char *type = item->content_type != NULL ? item->content_type : "";
  gsize length;
  const guint8 *data = g_bytes_get_data (item->data, &length);
  g_autoptr(GUri) uri = g_uri_parse (item->final_url, G_URI_FLAGS_ENCODED, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : "";

  if (strcmp (type, "application/pdf") == 0 || prov_pdf_reader_sniff (data, length))
    *format = PROV_IMPORT_PDF;
  else if (strcmp (type, "text/html") == 0 || strcmp (type, "application/xhtml+xml") == 0)
    *format = PROV_IMPORT_HTML;
  else if (strcmp (type, "text/markdown") == 0 || strcmp (type, "text/x-markdown") == 0
           || has_suffix_ci (path, ".md") || has_suffix_ci (path, ".markdown"))
    *format = PROV_IMPORT_MARKDOWN;
  else if (strcmp (type, "text/plain") == 0)
    *format = looks_like_html (data, length) ? PROV_IMPORT_HTML : PROV_IMPORT_TEXT;
  else if (looks_like_html (data, length))
    *format = PROV_IMPORT_HTML;
  else
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_UNSUPPORTED,
                   _("%s is %s, not a page, a text or a PDF"), item->final_url,
                   *type != '\0' ? type : _("of an unknown type"));
      return FALSE;
    }
  return TRUE;
}

static ProvImportFormat
format_of_file (const char   *path,
                const guint8 *data,
                gsize         length)
{
  if (has_suffix_ci (path, ".pdf") || prov_pdf_reader_sniff (data, length))
    return PROV_IMPORT_PDF;
  if (has_suffix_ci (path, ".html") || has_suffix_ci (path, ".htm")
      || has_suffix_ci (path, ".xhtml") || has_suffix_ci (path, ".shtml"))
    return PROV_IMPORT_HTML;
  if (has_suffix_ci (path, ".md") || has_suffix_ci (path, ".markdown")
      || has_suffix_ci (path, ".mdown") || has_suffix_ci (path, ".mkd"))
    return PROV_IMPORT_MARKDOWN;
  if (has_suffix_ci (path, ".txt") || has_suffix_ci (path, ".text"))
    return PROV_IMPORT_TEXT;
  return looks_like_html (data, length) ? PROV_IMPORT_HTML : PROV_IMPORT_TEXT;
}

/* Plain text is kept as written: paragraphs (blank-line separated) make the structure
 * and the first line is the title. */
static ProvExtraction *
read_text (const char  *source,
           GBytes      *data,
           GError     **error)
{
  gsize length;
  const char *text = g_bytes_get_data (data, &length);
  g_autoptr(ProvExtraction) out = prov_extraction_new ();
  const char *p;
  guint offset = 0;

  if (length == 0 || memchr (text, '\0', length) != NULL || !g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_NOT_TEXT,
                   length == 0 ? _("“%s” is empty") : _("“%s” is not UTF-8 text"), source);
      return NULL;
    }
  g_free (out->text);
  out->text = g_strndup (text, length);
  if (g_str_has_prefix (out->text, "\xEF\xBB\xBF"))
    memmove (out->text, out->text + 3, strlen (out->text + 3) + 1);

  for (p = out->text; *p != '\0'; )
    {
      const char *end = strstr (p, "\n\n");
      const char *stop = end != NULL ? end : p + strlen (p);
      guint n = (guint) g_utf8_strlen (p, stop - p);
      const char *a = p, *z = stop;

      while (a < z && g_ascii_isspace (*a))
        a++;
      while (z > a && g_ascii_isspace (z[-1]))
        z--;
      if (z > a)
        {
          ProvBlock *block = g_new0 (ProvBlock, 1);

          block->kind = PROV_BLOCK_PARAGRAPH;
          block->start = offset + (guint) g_utf8_strlen (p, a - p);
          block->end = block->start + (guint) g_utf8_strlen (a, z - a);
          g_ptr_array_add (out->structure, block);
          if (out->title == NULL)
            {
              const char *nl = memchr (a, '\n', z - a);
              gsize first = nl != NULL ? (gsize) (nl - a) : (gsize) (z - a);
              glong chars = g_utf8_strlen (a, first);

              out->title = g_utf8_substring (a, 0, MIN (chars, 200));
              g_strstrip (out->title);
            }
        }
      offset += n;
      if (end == NULL)
        break;
      offset += 2;
      p = end + 2;
    }
  if (out->title == NULL)
    {
      g_set_error (error, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_NOT_TEXT,
                   _("“%s” has no text"), source);
      return NULL;
    }
  return g_steal_pointer (&out);
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
      g_autoptr(GFile) file = g_file_new_for_path (item->path);
      g_autoptr(GFileInfo) finfo = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                      G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                      G_FILE_QUERY_INFO_NONE, cancellable,
                                                      &error);
      char *contents = NULL;

      if (finfo != NULL && g_file_info_get_file_type (finfo) == G_FILE_TYPE_DIRECTORY)
        {
          g_task_return_new_error (task, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                                   _("Cannot read “%s”: it is a folder"), r->source);
          return;
        }
      if (finfo != NULL && g_file_info_get_size (finfo) > MAX_FILE_SIZE)
        {
          g_task_return_new_error (task, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                                   _("“%s” is larger than %d MB"), r->source,
                                   MAX_FILE_SIZE / (1024 * 1024));
          return;
        }
      g_clear_error (&error);
      if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
        {
          g_task_return_new_error (task, PROV_IMPORTER_ERROR, PROV_IMPORTER_ERROR_READ,
                                   _("Cannot read “%s”: %s"), r->source, error->message);
          g_error_free (error);
          return;
        }
      item->data = g_bytes_new_take (contents, length);
      r->format = format_of_file (item->path, (const guint8 *) contents, length);
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
      x = read_text (r->source, item->data, &error);
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
  if (!format_of_response (item, &format, &error))
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
