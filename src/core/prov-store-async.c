/* prov-store-async.c — ProvStore calls for the GUI: each runs its _sync twin in a GTask thread
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-async"

#include "config.h"

#include "prov-store-async.h"

typedef struct
{
  char               *path;
  ProvDocumentInfo    info;
  char               *strings[7];   /* the owned copies behind @info */
  char               *text;
  char               *structure;
  GBytes             *raw;
  char               *etag;
  char               *last_modified;
  ProvAnalysis       *analysis;
  ProvStoreAddResult  result;
  gint64              id;
  gint64              id2;
  ProvClaimUpdate     update;
  char               *note;
  char               *query;
  char               *open;
  char               *close;
  guint               limit;
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *d = data;

  g_free (d->path);
  for (guint i = 0; i < G_N_ELEMENTS (d->strings); i++)
    g_free (d->strings[i]);
  g_free (d->text);
  g_free (d->structure);
  g_clear_pointer (&d->raw, g_bytes_unref);
  g_free (d->etag);
  g_free (d->last_modified);
  if (d->analysis != NULL)
    {
      g_free (d->analysis->text);
      g_clear_pointer (&d->analysis->attributions, g_ptr_array_unref);
      g_free (d->analysis);
    }
  g_free (d->note);
  g_free (d->query);
  g_free (d->open);
  g_free (d->close);
  g_free (d);
}

static ProvAnalysis *
copy_analysis (const ProvAnalysis *analysis)
{
  ProvAnalysis *copy;

  if (analysis == NULL)
    return NULL;
  copy = g_new0 (ProvAnalysis, 1);
  copy->text = g_strdup (analysis->text);
  copy->profile = analysis->profile;
  copy->attributions = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_attribution_free);
  for (guint i = 0; analysis->attributions != NULL && i < analysis->attributions->len; i++)
    g_ptr_array_add (copy->attributions,
                     prov_attribution_copy (g_ptr_array_index (analysis->attributions, i)));
  return copy;
}

static GTask *
new_task (gpointer             source,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             tag,
          TaskData           **data)
{
  GTask *task = g_task_new (source, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  *data = g_new0 (TaskData, 1);
  g_task_set_task_data (task, *data, task_data_free);
  return task;
}

/* ---- open ---- */

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;
  ProvStore *store = prov_store_open_sync (d->path, cancellable, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
prov_store_open_async (const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (path != NULL);

  task = new_task (NULL, cancellable, callback, user_data, prov_store_open_async, &d);
  d->path = g_strdup (path);
  g_task_run_in_thread (task, open_thread);
}

ProvStore *
prov_store_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- add a document version ---- */

static void
add_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (prov_store_add_document_version_sync (source, &d->info, d->text, d->structure, d->raw,
                                            d->etag, d->last_modified, d->analysis, &d->result,
                                            &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_store_add_document_version_async (ProvStore              *self,
                                       const ProvDocumentInfo *info,
                                       const char             *text,
                                       const char             *structure,
                                       GBytes                 *raw,
                                       const char             *etag,
                                       const char             *last_modified,
                                       const ProvAnalysis     *analysis,
                                       GCancellable           *cancellable,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));
  g_return_if_fail (info != NULL && text != NULL);

  task = new_task (self, cancellable, callback, user_data,
                   prov_store_add_document_version_async, &d);
  d->info.uri = d->strings[0] = g_strdup (info->uri);
  d->info.title = d->strings[1] = g_strdup (info->title);
  d->info.byline = d->strings[2] = g_strdup (info->byline);
  d->info.site = d->strings[3] = g_strdup (info->site);
  d->info.published = d->strings[4] = g_strdup (info->published);
  d->info.language = d->strings[5] = g_strdup (info->language);
  d->info.collection = d->strings[6] = g_strdup (info->collection);
  d->text = g_strdup (text);
  d->structure = g_strdup (structure);
  d->raw = raw != NULL ? g_bytes_ref (raw) : NULL;
  d->etag = g_strdup (etag);
  d->last_modified = g_strdup (last_modified);
  d->analysis = copy_analysis (analysis);
  g_task_run_in_thread (task, add_thread);
}

gboolean
prov_store_add_document_version_finish (ProvStore           *self,
                                        GAsyncResult        *res,
                                        ProvStoreAddResult  *result,
                                        GError             **error)
{
  TaskData *d;

  g_return_val_if_fail (g_task_is_valid (res, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (res), error))
    return FALSE;
  d = g_task_get_task_data (G_TASK (res));
  if (result != NULL)
    *result = d->result;
  return TRUE;
}

/* ---- load a document ---- */

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;
  ProvDocumentContents *contents;

  if (g_task_return_error_if_cancelled (task))
    return;
  contents = prov_store_load_document_sync (source, d->id, d->id2, &error);
  if (contents == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, contents, (GDestroyNotify) prov_document_contents_free);
}

void
prov_store_load_document_async (ProvStore           *self,
                                gint64               document_id,
                                gint64               version_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));

  task = new_task (self, cancellable, callback, user_data, prov_store_load_document_async, &d);
  d->id = document_id;
  d->id2 = version_id;
  g_task_run_in_thread (task, load_thread);
}

ProvDocumentContents *
prov_store_load_document_finish (ProvStore     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- update a claim ---- */

static void
update_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;

  if (prov_store_update_claim_sync (source, d->id, &d->update, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_store_update_claim_async (ProvStore             *self,
                               gint64                 claim_id,
                               const ProvClaimUpdate *update,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));
  g_return_if_fail (update != NULL);

  task = new_task (self, cancellable, callback, user_data, prov_store_update_claim_async, &d);
  d->id = claim_id;
  d->update = *update;
  d->update.note = d->note = g_strdup (update->note);
  g_task_run_in_thread (task, update_thread);
}

gboolean
prov_store_update_claim_finish (ProvStore     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- search ---- */

static void
search_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;
  GPtrArray *hits;

  if (g_task_return_error_if_cancelled (task))
    return;
  hits = prov_store_search_sync (source, d->query, d->limit, d->open, d->close, &error);
  if (hits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
}

void
prov_store_search_async (ProvStore           *self,
                         const char          *query,
                         guint                limit,
                         const char          *open,
                         const char          *close,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));
  g_return_if_fail (query != NULL);

  task = new_task (self, cancellable, callback, user_data, prov_store_search_async, &d);
  d->query = g_strdup (query);
  d->limit = limit;
  d->open = g_strdup (open);
  d->close = g_strdup (close);
  g_task_run_in_thread (task, search_thread);
}

GPtrArray *
prov_store_search_finish (ProvStore     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- merge sources ---- */

static void
merge_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;

  if (prov_store_merge_sources_sync (source, d->id, d->id2, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_store_merge_sources_async (ProvStore           *self,
                                gint64               from_id,
                                gint64               into_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));

  task = new_task (self, cancellable, callback, user_data, prov_store_merge_sources_async, &d);
  d->id = from_id;
  d->id2 = into_id;
  g_task_run_in_thread (task, merge_thread);
}

gboolean
prov_store_merge_sources_finish (ProvStore     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- re-analysis ---- */

static void
reanalyze_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *d = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (prov_store_reanalyze_sync (source, d->id, d->analysis, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_store_reanalyze_async (ProvStore           *self,
                            gint64               document_id,
                            const ProvAnalysis  *analysis,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));
  g_return_if_fail (analysis != NULL);

  task = new_task (self, cancellable, callback, user_data, prov_store_reanalyze_async, &d);
  d->id = document_id;
  d->analysis = copy_analysis (analysis);
  g_task_run_in_thread (task, reanalyze_thread);
}

gboolean
prov_store_reanalyze_finish (ProvStore     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- integrity ---- */

static void
integrity_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (prov_store_check_integrity_sync (source, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prov_store_check_integrity_async (ProvStore           *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *d;

  g_return_if_fail (PROV_IS_STORE (self));

  task = new_task (self, cancellable, callback, user_data, prov_store_check_integrity_async, &d);
  g_task_run_in_thread (task, integrity_thread);
}

gboolean
prov_store_check_integrity_finish (ProvStore     *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
