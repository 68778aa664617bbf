/* prov-report-export.c — render a report in one of the five formats and write it safely
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-report-export"

#include "config.h"

#include "prov-export-csv.h"
#include "prov-export-html.h"
#include "prov-export-jsonld.h"
#include "prov-export-markdown.h"
#include "prov-export-pdf.h"
#include "prov-report-export.h"

GBytes *
prov_report_render (const ProvReport         *report,
                    ProvReportFormat          format,
                    const ProvReportOptions  *options,
                    GError                  **error)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case PROV_REPORT_FORMAT_HTML:
      return prov_export_html (report, options, error);
    case PROV_REPORT_FORMAT_MARKDOWN:
      return prov_export_markdown (report, options, error);
    case PROV_REPORT_FORMAT_PDF:
      return prov_export_pdf (report, options, error);
    case PROV_REPORT_FORMAT_CSV:
      return prov_export_csv (report, options, error);
    case PROV_REPORT_FORMAT_JSONLD:
      return prov_export_jsonld (report, options, error);
    case PROV_N_REPORT_FORMATS:
    default:
      break;
    }
  g_assert_not_reached ();
}

gboolean
prov_report_write_bytes (GFile         *file,
                         GBytes        *bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  /* GIO writes a temporary file beside the target and renames it when everything is written:
   * the old report (or nothing) stays until the new one is complete. */
  return g_file_replace_contents (file, data != NULL ? data : "", size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

gboolean
prov_report_write_sync (const ProvReport         *report,
                        ProvReportFormat          format,
                        const ProvReportOptions  *options,
                        GFile                    *file,
                        GCancellable             *cancellable,
                        GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  bytes = prov_report_render (report, format, options, error);
  if (bytes == NULL)
    return FALSE;
  return prov_report_write_bytes (file, bytes, cancellable, error);
}
