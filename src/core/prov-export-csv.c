/* prov-export-csv.c — the claims of a report as CSV, one row per claim
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: CRLF line ends, a header row, fields with a comma, a quote or a line break between
 * double quotes, quotes doubled. A text cell that a spreadsheet would read as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, the
 * neutralisation OWASP recommends, so that opening the file never runs anything.
 */
#define G_LOG_DOMAIN "prov-export-csv"

#include "config.h"

#include <string.h>

#include "prov-export-csv.h"
#include "prov-report-private.h"

static const char * const columns[] = {
  "document", "quote", "kind", "source", "reliability", "credibility", "status", "tags",
  "note", "start", "end",
};

static void
append_field (GString    *out,
              const char *value,
              gboolean    text)
{
  gboolean formula;

  if (value == NULL)
    value = "";
  formula = text && strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0';
  if (!formula && strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields,
            const gboolean     *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i], text[i]);
    }
  g_string_append (out, "\r\n");
}

GBytes *
prov_export_csv (const ProvReport         *report,
                 const ProvReportOptions  *options,
                 GError                  **error)
{
  static const gboolean text[G_N_ELEMENTS (columns)] = {
    TRUE, TRUE, FALSE, TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, FALSE,
  };
  static const gboolean header_text[G_N_ELEMENTS (columns)] = { FALSE, };
  GString *out;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_string_sized_new (16 * 1024);
  append_row (out, columns, header_text);
  for (guint d = 0; d < report->documents->len; d++)
    {
      const ProvReportDocument *document = g_ptr_array_index (report->documents, d);

      for (guint c = 0; c < document->claims->len; c++)
        {
          const ProvReportClaim *claim = g_ptr_array_index (document->claims, c);
          g_autofree char *tags = g_strjoinv ("; ", claim->tags);
          g_autofree char *credibility = g_strdup_printf ("%d", claim->credibility);
          g_autofree char *start = claim->start >= 0 ?
                                   g_strdup_printf ("%" G_GINT64_FORMAT, claim->start) : NULL;
          g_autofree char *end = claim->start >= 0 ?
                                 g_strdup_printf ("%" G_GINT64_FORMAT, claim->end) : NULL;
          char reliability[2] = { claim->reliability, '\0' };
          const char *fields[G_N_ELEMENTS (columns)];

          fields[0] = prov_report_document_get_label (document);
          fields[1] = claim->quote;
          fields[2] = prov_kind_to_string (claim->kind);
          fields[3] = prov_report_claim_get_source (claim);
          fields[4] = reliability;
          fields[5] = credibility;
          fields[6] = claim->suggestion == PROV_SUGGESTION_DISMISSED
                      ? "dismissed" : prov_review_status_to_string (claim->status);
          fields[7] = tags;
          fields[8] = claim->note;
          fields[9] = start;
          fields[10] = end;
          append_row (out, fields, text);
        }
    }

  (void) options;
  return g_string_free_to_bytes (out);
}
