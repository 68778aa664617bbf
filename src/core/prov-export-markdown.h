/* prov-export-markdown.h — the report as CommonMark with claim markers and footnotes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* Renders @report (already filtered with prov_report_apply_options ()) as Markdown. */
GBytes *prov_export_markdown (const ProvReport         *report,
                              const ProvReportOptions  *options,
                              GError                  **error);

G_END_DECLS
