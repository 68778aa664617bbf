/* prov-export-dialog.h — export a report of the chosen documents: format and options
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-report.h"
#include "prov-store.h"
#include "prov-window.h"

G_BEGIN_DECLS

#define PROV_TYPE_EXPORT_DIALOG (prov_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ProvExportDialog, prov_export_dialog, PROV, EXPORT_DIALOG, AdwWindow)

/* Creates the dialog exporting @ids (@n_ids documents of @store), transient for @parent. */
ProvExportDialog *prov_export_dialog_new            (ProvWindow       *parent,
                                                     ProvStore        *store,
                                                     const gint64     *ids,
                                                     guint             n_ids);
/* Chooses the format (the dialog starts on the last one used, else HTML). */
void              prov_export_dialog_set_format     (ProvExportDialog *self,
                                                     ProvReportFormat  format);
/* Fills @options from the dialog's switches and check buttons. */
void              prov_export_dialog_get_options    (ProvExportDialog *self,
                                                     ProvReportOptions *options);
/* Writes the report to @file (what the Save dialog does once a file is chosen), then closes;
 * the parent window gets a toast with an Open button, or the error. */
void              prov_export_dialog_export_to_file (ProvExportDialog *self,
                                                     GFile            *file);

G_END_DECLS
