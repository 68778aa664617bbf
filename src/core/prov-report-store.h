/* prov-report-store.h — reports of the library: build one from the store, export it to a file
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the GUI's export dialog (Ctrl+E) and `provenance-cli export` call: pick documents (their
 * ids, or a collection by name), a format and options, and a file; the report is written to a
 * temporary file beside it and renamed when complete.
 */
#pragma once

#include <gio/gio.h>

#include "prov-report.h"
#include "prov-store.h"

G_BEGIN_DECLS

/* Builds the report of @document_ids (@n_ids of them), or, when @collection is not NULL, of
 * every document of that collection (oldest first, with the collection's notes), filtered with
 * @options (NULL: the defaults). */
ProvReport *prov_report_new_from_store_sync (ProvStore                *store,
                                             const gint64             *document_ids,
                                             guint                     n_ids,
                                             const char               *collection,
                                             const ProvReportOptions  *options,
                                             GCancellable             *cancellable,
                                             GError                  **error);
/* Builds the report (see prov_report_new_from_store_sync ()) and writes it as @format to
 * @file atomically. */
gboolean    prov_report_export_sync         (ProvStore                *store,
                                             const gint64             *document_ids,
                                             guint                     n_ids,
                                             const char               *collection,
                                             ProvReportFormat          format,
                                             const ProvReportOptions  *options,
                                             GFile                    *file,
                                             GCancellable             *cancellable,
                                             GError                  **error);
/* Runs prov_report_export_sync () in a worker thread; the arguments are copied. */
void        prov_report_export_async        (ProvStore                *store,
                                             const gint64             *document_ids,
                                             guint                     n_ids,
                                             const char               *collection,
                                             ProvReportFormat          format,
                                             const ProvReportOptions  *options,
                                             GFile                    *file,
                                             GCancellable             *cancellable,
                                             GAsyncReadyCallback       callback,
                                             gpointer                  user_data);
/* Finishes prov_report_export_async (); FALSE with @error on failure (G_IO_ERROR_CANCELLED when
 * cancelled, nothing written then). */
gboolean    prov_report_export_finish       (ProvStore                *store,
                                             GAsyncResult             *result,
                                             GError                  **error);

G_END_DECLS
