/* prov-export-csv.h — the report as CSV, one row per claim (RFC 4180, formulas neutralised)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* Renders @report (already filtered with prov_report_apply_options ()) as CSV. */
GBytes *prov_export_csv (const ProvReport         *report,
                         const ProvReportOptions  *options,
                         GError                  **error);

G_END_DECLS
