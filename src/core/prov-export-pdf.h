/* prov-export-pdf.h — the report as PDF through cairo and pango, paper from the locale
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* Renders @report (already filtered with prov_report_apply_options ()) as PDF. */
GBytes *prov_export_pdf (const ProvReport         *report,
                         const ProvReportOptions  *options,
                         GError                  **error);

G_END_DECLS
