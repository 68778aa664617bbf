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
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  path = g_file_get_path (file);
  if (path != NULL)
    {
      /* A temporary file beside the target, synced and renamed over it when complete: the old
       * report (or nothing) stays until the new one is whole, even after a crash. (GIO's
       * g_file_replace_contents () writes a file that does not exist yet in place.) */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!g_file_set_contents_full (path, data != NULL ? data : "", (gssize) size,
                                     G_FILE_SET_CONTENTS_CONSISTENT |
                                     G_FILE_SET_CONTENTS_DURABLE, 0666, &local_error))
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                       "%s", local_error->message);
          return FALSE;
        }
      return TRUE;
    }
  /* not a local file (a GVfs location): its backend replaces it */
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
