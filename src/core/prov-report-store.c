/* prov-report-store.c — reports of the library: build one from the store, export it to a file
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-report-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-report-export.h"
#include "prov-report-store.h"

static ProvReportClaim *
claim_from_store (const ProvReportDocument *document,
                  ProvClaim                *model,
                  GPtrArray                *annotations)
{
  ProvKind kind = PROV_KIND_NAMED;
  ProvReportClaim *claim;
  const char *reliability = prov_claim_get_reliability (model);
  gboolean orphan = prov_claim_get_orphaned (model) || prov_claim_get_start (model) < 0;

  if (!prov_kind_from_string (prov_claim_get_kind (model), &kind))
    g_debug ("Claim %" G_GINT64_FORMAT " has an unknown kind “%s”", prov_claim_get_id (model),
             prov_claim_get_kind (model));
  claim = prov_report_claim_new (NULL, kind, orphan ? -1 : prov_claim_get_start (model),
                                 orphan ? -1 : prov_claim_get_end (model));
  g_free (claim->quote);
  claim->quote = g_strdup (prov_claim_get_quote (model) != NULL ? prov_claim_get_quote (model)
                                                                 : "");
  claim->id = prov_claim_get_id (model);
  claim->source_name = g_strdup (prov_claim_get_source_name (model));
  claim->source_text = g_strdup (prov_claim_get_source_text (model));
  claim->reliability = reliability != NULL && prov_reliability_is_valid (reliability[0])
                       ? reliability[0] : 'F';
  claim->reliability_set = prov_claim_get_reliability_set (model);
  claim->credibility = prov_credibility_is_valid (prov_claim_get_credibility (model))
                       ? prov_claim_get_credibility (model) : 6;
  if (!prov_review_status_from_string (prov_claim_get_status (model), &claim->status))
    claim->status = PROV_REVIEW_UNREVIEWED;
  if (!prov_suggestion_from_string (prov_claim_get_suggestion (model), &claim->suggestion))
    claim->suggestion = PROV_SUGGESTION_SUGGESTED;
  claim->origin = g_strcmp0 (prov_claim_get_origin (model), "auto") == 0 ? PROV_ORIGIN_AUTO
                                                                         : PROV_ORIGIN_USER;
  claim->rule = g_strdup (prov_claim_get_rule (model));
  claim->note = g_strdup (prov_claim_get_note (model));
  claim->changed = prov_claim_get_changed (model);
  prov_report_claim_set_tags (claim, prov_claim_get_tags (model));

  for (guint a = 0; !orphan && a < annotations->len; a++)
    {
      const ProvAnnotation *annotation = g_ptr_array_index (annotations, a);

      if (annotation->claim_id != claim->id || annotation->anchor == PROV_ANCHOR_ORPHAN ||
          annotation->start < 0 || annotation->role == PROV_ROLE_HIGHLIGHT)
        continue;
      prov_report_claim_add_part (claim, annotation->role, annotation->start, annotation->end);
    }
  (void) document;
  return claim;
}

static gboolean
add_source (ProvReport  *report,
            ProvStore   *store,
            GHashTable  *seen,
            gint64       source_id,
            GError     **error)
{
  g_autoptr(ProvSource) model = NULL;
  ProvReportSource *source;
  const char *reliability;

  if (source_id == 0 || g_hash_table_contains (seen, &source_id))
    return TRUE;
  model = prov_store_get_source_sync (store, source_id, error);
  if (model == NULL)
    return FALSE;
  reliability = prov_source_get_reliability (model);
  source = prov_report_source_new (prov_source_get_name (model),
                                   prov_source_get_source_type (model),
                                   reliability != NULL ? reliability[0] : 'F');
  g_strfreev (source->aliases);
  source->aliases = prov_source_get_aliases (model) != NULL
                    ? g_strdupv ((char **) prov_source_get_aliases (model)) : g_new0 (char *, 1);
  prov_report_add_source (report, source);
  g_hash_table_add (seen, g_memdup2 (&source_id, sizeof source_id));
  return TRUE;
}

static gboolean
add_notes (ProvStore       *store,
           ProvNoteTarget   target,
           gint64           target_id,
           GPtrArray       *notes,
           GError         **error)
{
  g_autoptr(GPtrArray) list = prov_store_list_notes_sync (store, target, target_id, error);

  if (list == NULL)
    return FALSE;
  for (guint n = 0; n < list->len; n++)
    g_ptr_array_add (notes, g_strdup (prov_note_get_body (g_ptr_array_index (list, n))));
  return TRUE;
}

static ProvReportDocument *
document_from_store (ProvReport   *report,
                     ProvStore    *store,
                     gint64        document_id,
                     GHashTable   *seen_sources,
                     GError      **error)
{
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autoptr(ProvReportDocument) document = NULL;
  ProvDocument *model;

  contents = prov_store_load_document_sync (store, document_id, 0, error);
  if (contents == NULL)
    return NULL;
  model = contents->document;
  document = prov_report_document_new (prov_document_get_uri (model),
                                       prov_document_get_title (model),
                                       contents->text != NULL ? contents->text : "");
  document->id = document_id;
  document->byline = g_strdup (prov_document_get_byline (model));
  document->site = g_strdup (prov_document_get_site (model));
  document->published = g_strdup (prov_document_get_published (model));
  document->language = g_strdup (prov_document_get_language (model));
  document->collection = g_strdup (prov_document_get_collection (model));
  document->fetched_at = contents->fetched_at;
  if (contents->content_hash != NULL)
    {
      g_free (document->content_hash);
      document->content_hash = g_strdup (contents->content_hash);
    }
  document->profile = contents->profile;
  if (prov_document_get_tags (model) != NULL)
    {
      g_strfreev (document->tags);
      document->tags = g_strdupv ((char **) prov_document_get_tags (model));
    }

  for (guint c = 0; c < contents->claims->len; c++)
    {
      ProvClaim *model_claim = g_ptr_array_index (contents->claims, c);

      prov_report_document_add_claim (document, claim_from_store (document, model_claim,
                                                                  contents->annotations));
      if (!add_source (report, store, seen_sources, prov_claim_get_source_id (model_claim), error))
        return NULL;
    }
  if (!add_notes (store, PROV_NOTE_DOCUMENT, document_id, document->notes, error))
    return NULL;
  return g_steal_pointer (&document);
}

ProvReport *
prov_report_new_from_store_sync (ProvStore                *store,
                                 const gint64             *document_ids,
                                 guint                     n_ids,
                                 const char               *collection,
                                 const ProvReportOptions  *options,
                                 GCancellable             *cancellable,
                                 GError                  **error)
{
  g_autoptr(ProvReport) report = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) seen_sources = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              g_free, NULL);
  gint64 collection_id = 0;

  g_return_val_if_fail (PROV_IS_STORE (store), NULL);
  g_return_val_if_fail (n_ids == 0 || document_ids != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (collection != NULL)
    {
      ProvDocumentQuery query = { 0 };

      collection_id = prov_store_find_collection_sync (store, collection, error);
      if (collection_id < 0 || (collection_id == 0 && error != NULL && *error != NULL))
        return NULL;
      if (collection_id == 0)
        {
          g_set_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_EMPTY,
                       _("There is no collection named “%s”"), collection);
          return NULL;
        }
      query.sort = PROV_SORT_ADDED;
      query.filter = PROV_FILTER_ALL;
      query.collection_id = collection_id;
      ids = prov_store_query_document_ids_sync (store, &query, error);
      if (ids == NULL)
        return NULL;
    }
  else
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_vals (ids, document_ids, n_ids);
    }
  if (ids->len == 0)
    {
      if (collection != NULL)
        g_set_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_EMPTY,
                     _("The collection “%s” holds no document"), collection);
      else
        g_set_error_literal (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_EMPTY,
                             _("No document to report on"));
      return NULL;
    }

  report = prov_report_new (NULL);
  report->collection = g_strdup (collection);
  for (guint i = 0; i < ids->len; i++)
    {
      ProvReportDocument *document;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      document = document_from_store (report, store, g_array_index (ids, gint64, i), seen_sources,
                                      error);
      if (document == NULL)
        return NULL;
      prov_report_add_document (report, document);
    }
  if (collection_id != 0 && !add_notes (store, PROV_NOTE_COLLECTION, collection_id, report->notes,
                                        error))
    return NULL;
  if (collection_id != 0)
    {
      /* The collection's own spelling, not the one typed. */
      const ProvReportDocument *first = g_ptr_array_index (report->documents, 0);

      if (first->collection != NULL)
        {
          g_free (report->collection);
          report->collection = g_strdup (first->collection);
        }
    }

  prov_report_apply_options (report, options);
  return g_steal_pointer (&report);
}

gboolean
prov_report_export_sync (ProvStore                *store,
                         const gint64             *document_ids,
                         guint                     n_ids,
                         const char               *collection,
                         ProvReportFormat          format,
                         const ProvReportOptions  *options,
                         GFile                    *file,
                         GCancellable             *cancellable,
                         GError                  **error)
{
  g_autoptr(ProvReport) report = NULL;

  g_return_val_if_fail (PROV_IS_STORE (store), FALSE);
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = prov_report_new_from_store_sync (store, document_ids, n_ids, collection, options,
                                            cancellable, error);
  if (report == NULL)
    return FALSE;
  return prov_report_write_sync (report, format, options, file, cancellable, error);
}

typedef struct
{
  GArray            *ids;
  char              *collection;
  ProvReportFormat   format;
  ProvReportOptions  options;
  char              *title;
  GFile             *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_array_unref (job->ids);
  g_free (job->collection);
  g_free (job->title);
  g_object_unref (job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (prov_report_export_sync (PROV_STORE (source_object), (const gint64 *) job->ids->data,
                               job->ids->len, job->collection, job->format, &job->options,
                               job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_report_export_async (ProvStore                *store,
                          const gint64             *document_ids,
                          guint                     n_ids,
                          const char               *collection,
                          ProvReportFormat          format,
                          const ProvReportOptions  *options,
                          GFile                    *file,
                          GCancellable             *cancellable,
                          GAsyncReadyCallback       callback,
                          gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (PROV_IS_STORE (store));
  g_return_if_fail (n_ids == 0 || document_ids != NULL);
  g_return_if_fail (format < PROV_N_REPORT_FORMATS);
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (job->ids, document_ids, n_ids);
  job->collection = g_strdup (collection);
  job->format = format;
  if (options != NULL)
    job->options = *options;
  else
    prov_report_options_init (&job->options);
  job->title = g_strdup (job->options.title);
  job->options.title = job->title;
  job->file = g_object_ref (file);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, prov_report_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
prov_report_export_finish (ProvStore     *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (PROV_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == prov_report_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
