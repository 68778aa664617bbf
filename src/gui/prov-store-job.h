/* prov-store-job.h — run a short store call (tags, sources, aliases) in a worker thread
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store has async wrappers for the calls the GUI makes most (update a claim, load a
 * document); the claims panel and the sources window run the other _sync calls through this
 * helper so that the main loop never waits on SQLite.
 */
#pragma once

#include <gio/gio.h>

#include "prov-store.h"

G_BEGIN_DECLS

/* The work of a job: runs in a worker thread; returns an id (or 1) on success, 0 on failure. */
typedef gint64 (*ProvStoreJobFunc) (ProvStore     *store,
                                    gpointer       data,
                                    GError       **error);

/* Runs @func (@store, @data) in a worker thread; @destroy frees @data afterwards. */
void   prov_store_job_run_async (ProvStore            *store,
                                 ProvStoreJobFunc      func,
                                 gpointer              data,
                                 GDestroyNotify        destroy,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data);
/* Returns what the job's function returned (0 with @error set on failure). */
gint64 prov_store_job_finish    (ProvStore            *store,
                                 GAsyncResult         *result,
                                 GError              **error);

G_END_DECLS
