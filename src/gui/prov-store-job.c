/* prov-store-job.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-job"

#include "config.h"

#include "prov-store-job.h"

typedef struct
{
  ProvStoreJobFunc func;
  gpointer         data;
  GDestroyNotify   destroy;
} Job;

static void
job_free (gpointer user_data)
{
  Job *job = user_data;

  if (job->destroy != NULL)
    job->destroy (job->data);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gint64 id;

  id = job->func (PROV_STORE (source_object), job->data, &error);
  if (id == 0)
    {
      if (error == NULL)
        g_set_error_literal (&error, PROV_STORE_ERROR, PROV_STORE_ERROR_FAILED,
                             "The library call failed");
      g_task_return_error (task, error);
    }
  else
    {
      gint64 *result = g_new (gint64, 1);

      *result = id;
      g_task_return_pointer (task, result, g_free);
    }
}

void
prov_store_job_run_async (ProvStore            *store,
                          ProvStoreJobFunc      func,
                          gpointer              data,
                          GDestroyNotify        destroy,
                          GCancellable         *cancellable,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (PROV_IS_STORE (store));
  g_return_if_fail (func != NULL);

  job = g_new0 (Job, 1);
  job->func = func;
  job->data = data;
  job->destroy = destroy;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, prov_store_job_run_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, job_thread);
}

gint64
prov_store_job_finish (ProvStore     *store,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autofree gint64 *id = NULL;

  g_return_val_if_fail (PROV_IS_STORE (store), 0);
  g_return_val_if_fail (g_task_is_valid (result, store), 0);

  id = g_task_propagate_pointer (G_TASK (result), error);
  return id != NULL ? *id : 0;
}
