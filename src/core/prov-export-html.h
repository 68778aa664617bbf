/* prov-export-html.h — the report as one self-contained HTML file with a print stylesheet
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* Renders @report (already filtered with prov_report_apply_options ()) as HTML. */
GBytes *prov_export_html (const ProvReport         *report,
                          const ProvReportOptions  *options,
                          GError                  **error);

G_END_DECLS
