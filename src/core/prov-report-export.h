/* prov-report-export.h — render a report in one of the five formats and write it safely
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "prov-report.h"

G_BEGIN_DECLS

/* Renders @report (already filtered with prov_report_apply_options ()) as @format. */
GBytes   *prov_report_render     (const ProvReport         *report,
                                  ProvReportFormat          format,
                                  const ProvReportOptions  *options,
                                  GError                  **error);
/* Writes @bytes to @file through a temporary file in the same folder, renamed over @file when
 * complete, so that a crash never leaves half a report under the final name. */
gboolean  prov_report_write_bytes (GFile                   *file,
                                   GBytes                  *bytes,
                                   GCancellable            *cancellable,
                                   GError                 **error);
/* Renders @report as @format and writes it to @file (see prov_report_write_bytes ()). */
gboolean  prov_report_write_sync (const ProvReport         *report,
                                  ProvReportFormat          format,
                                  const ProvReportOptions  *options,
                                  GFile                    *file,
                                  GCancellable             *cancellable,
                                  GError                  **error);

G_END_DECLS
