/* prov-store-async.h — ProvStore calls for the GUI: each runs its _sync twin in a GTask thread
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main loop never waits on SQLite: the work runs in a worker thread (the store serialises
 * it behind its mutexes), the callback runs in the caller's thread-default main context, and
 * the store's change signals arrive in the main context before or with the callback.
 */
#pragma once

#include "prov-store.h"

G_BEGIN_DECLS

/* Opens a library in a worker thread. */
void       prov_store_open_async            (const char            *path,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns the store opened by prov_store_open_async (). */
ProvStore *prov_store_open_finish           (GAsyncResult          *result,
                                             GError               **error);

/* prov_store_add_document_version_sync () in a worker thread; every argument is copied. */
void       prov_store_add_document_version_async (ProvStore              *self,
                                                  const ProvDocumentInfo *info,
                                                  const char             *text,
                                                  const char             *structure,
                                                  GBytes                 *raw,
                                                  const char             *etag,
                                                  const char             *last_modified,
                                                  const ProvAnalysis     *analysis,
                                                  GCancellable           *cancellable,
                                                  GAsyncReadyCallback     callback,
                                                  gpointer                user_data);
/* Returns TRUE and fills @result (may be NULL) on success. */
gboolean   prov_store_add_document_version_finish (ProvStore           *self,
                                                   GAsyncResult        *res,
                                                   ProvStoreAddResult  *result,
                                                   GError             **error);

/* prov_store_load_document_sync () in a worker thread. */
void       prov_store_load_document_async   (ProvStore             *self,
                                             gint64                 document_id,
                                             gint64                 version_id,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns the loaded contents (free with prov_document_contents_free). */
ProvDocumentContents *prov_store_load_document_finish (ProvStore     *self,
                                                       GAsyncResult  *result,
                                                       GError       **error);

/* prov_store_update_claim_sync () in a worker thread (@update and its note are copied). */
void       prov_store_update_claim_async    (ProvStore             *self,
                                             gint64                 claim_id,
                                             const ProvClaimUpdate *update,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns whether the claim was updated. */
gboolean   prov_store_update_claim_finish   (ProvStore             *self,
                                             GAsyncResult          *result,
                                             GError               **error);

/* prov_store_search_sync () in a worker thread. */
void       prov_store_search_async          (ProvStore             *self,
                                             const char            *query,
                                             guint                  limit,
                                             const char            *open,
                                             const char            *close,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns the hits (ProvSearchHit*). */
GPtrArray *prov_store_search_finish         (ProvStore             *self,
                                             GAsyncResult          *result,
                                             GError               **error);

/* prov_store_merge_sources_sync () in a worker thread. */
void       prov_store_merge_sources_async   (ProvStore             *self,
                                             gint64                 from_id,
                                             gint64                 into_id,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns whether the sources were merged. */
gboolean   prov_store_merge_sources_finish  (ProvStore             *self,
                                             GAsyncResult          *result,
                                             GError               **error);

/* prov_store_reanalyze_sync () in a worker thread (@analysis is copied). */
void       prov_store_reanalyze_async       (ProvStore             *self,
                                             gint64                 document_id,
                                             const ProvAnalysis    *analysis,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns whether the analysis was applied. */
gboolean   prov_store_reanalyze_finish      (ProvStore             *self,
                                             GAsyncResult          *result,
                                             GError               **error);

/* prov_store_check_integrity_sync () in a worker thread (a full PRAGMA integrity_check: run it
 * in the background after opening a large library). */
void       prov_store_check_integrity_async (ProvStore             *self,
                                             GCancellable          *cancellable,
                                             GAsyncReadyCallback    callback,
                                             gpointer               user_data);
/* Returns TRUE when the library is sound, else FALSE with PROV_STORE_ERROR_CORRUPT. */
gboolean   prov_store_check_integrity_finish (ProvStore            *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
