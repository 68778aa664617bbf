/* prov-cli-export.c — provenance-cli export: an annotated report of documents or a collection
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   export (ID… | --collection NAME) --format html|md|pdf|csv|jsonld [-o FILE]
 *          [--include-dismissed] [--status S[,S…]] [--kind K[,K…]] [--title TEXT]
 *          [--paper a4|letter]
 *
 * Without -o the report goes to standard output; with it, to a temporary file renamed to FILE
 * when complete.
 */
#define G_LOG_DOMAIN "prov-cli-export"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"
#include "prov-report-export.h"
#include "prov-report-store.h"

/* Parses "a,b,c" into a bit set with @parse; FALSE on an unknown name. */
static gboolean
parse_set (const char  *list,
           gboolean   (*parse) (const char *, guint *),
           guint       *bits,
           char       **bad)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint value;

      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      if (!parse (names[i], &value))
        {
          *bad = g_strdup (names[i]);
          return FALSE;
        }
      *bits |= 1u << value;
    }
  return TRUE;
}

static gboolean
parse_status (const char *name,
              guint      *value)
{
  ProvReviewStatus status;

  if (!prov_review_status_from_string (name, &status))
    return FALSE;
  *value = status;
  return TRUE;
}

static gboolean
parse_kind (const char *name,
            guint      *value)
{
  ProvKind kind;

  if (!prov_kind_from_string (name, &kind))
    return FALSE;
  *value = kind;
  return TRUE;
}

/* Takes the value of option @name at argv[*i] ("--name VALUE" or "--name=VALUE"). */
static gboolean
take_value (ProvCliContext  *ctx,
            int             *i,
            const char      *name,
            const char     **value)
{
  const char *arg = ctx->argv[*i];
  gsize n = strlen (name);

  if (strncmp (arg, name, n) != 0)
    return FALSE;
  if (arg[n] == '=')
    {
      *value = arg + n + 1;
      return TRUE;
    }
  if (arg[n] != '\0')
    return FALSE;
  *value = *i + 1 < ctx->argc ? ctx->argv[++*i] : NULL;
  return TRUE;
}

int
prov_cli_export (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ProvReportOptions options = PROV_REPORT_OPTIONS_INIT;
  ProvReportFormat format = PROV_REPORT_FORMAT_HTML;
  const char *format_arg = NULL;
  const char *collection = NULL;
  const char *output = NULL;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];
      const char *value = NULL;
      g_autofree char *bad = NULL;

      if (take_value (ctx, &i, "--format", &value) || take_value (ctx, &i, "-f", &value))
        {
          if (value == NULL)
            return prov_cli_usage (_("export: --format needs html, md, pdf, csv or jsonld"));
          format_arg = value;
        }
      else if (take_value (ctx, &i, "--output", &value) || take_value (ctx, &i, "-o", &value))
        {
          if (value == NULL || *value == '\0')
            return prov_cli_usage (_("export: -o needs a FILE"));
          output = value;
        }
      else if (take_value (ctx, &i, "--collection", &value))
        {
          if (value == NULL || *value == '\0')
            return prov_cli_usage (_("export: --collection needs a NAME"));
          collection = value;
        }
      else if (take_value (ctx, &i, "--status", &value))
        {
          if (value == NULL || !parse_set (value, parse_status, &options.statuses, &bad))
            return prov_cli_usage (_("export: unknown status “%s” (unreviewed, in-progress, "
                                     "verified, false, inconclusive)"),
                                   bad != NULL ? bad : "");
        }
      else if (take_value (ctx, &i, "--kind", &value))
        {
          if (value == NULL || !parse_set (value, parse_kind, &options.kinds, &bad))
            return prov_cli_usage (_("export: unknown kind “%s” (named, anonymous, hearsay, "
                                     "hedge, quote)"),
                                   bad != NULL ? bad : "");
        }
      else if (take_value (ctx, &i, "--title", &value))
        {
          if (value == NULL)
            return prov_cli_usage (_("export: --title needs a TEXT"));
          options.title = value;
        }
      else if (take_value (ctx, &i, "--paper", &value))
        {
          if (g_strcmp0 (value, "a4") == 0 || g_strcmp0 (value, "A4") == 0)
            options.paper = PROV_PAPER_A4;
          else if (value != NULL && g_ascii_strcasecmp (value, "letter") == 0)
            options.paper = PROV_PAPER_LETTER;
          else
            return prov_cli_usage (_("export: --paper must be a4 or letter"));
        }
      else if (strcmp (arg, "--include-dismissed") == 0)
        options.include_dismissed = TRUE;
      else if (arg[0] != '-')
        {
          gint64 id;

          if (!prov_cli_parse_id (arg, &id))
            return prov_cli_usage (_("“%s” is not a document ID"), arg);
          g_array_append_val (ids, id);
        }
      else
        return prov_cli_usage (_("export: unknown option “%s”"), arg);
    }

  if (format_arg == NULL)
    return prov_cli_usage (_("export needs --format html, md, pdf, csv or jsonld"));
  if (!prov_report_format_from_string (format_arg, &format))
    return prov_cli_usage (_("export: unknown format “%s” (html, md, pdf, csv, jsonld)"),
                           format_arg);
  if (ids->len == 0 && collection == NULL)
    return prov_cli_usage (_("export needs a document ID or --collection NAME"));
  if (ids->len > 0 && collection != NULL)
    return prov_cli_usage (_("export takes document IDs or --collection NAME, not both"));

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;

  if (output != NULL && strcmp (output, "-") != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!prov_report_export_sync (store, (const gint64 *) ids->data, ids->len, collection,
                                    format, &options, file, NULL, &error))
        return prov_cli_fail ("%s", error->message);
    }
  else
    {
      g_autoptr(ProvReport) report = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize size;
      const char *data;

      report = prov_report_new_from_store_sync (store, (const gint64 *) ids->data, ids->len,
                                                collection, &options, NULL, &error);
      if (report == NULL)
        return prov_cli_fail ("%s", error->message);
      bytes = prov_report_render (report, format, &options, &error);
      if (bytes == NULL)
        return prov_cli_fail ("%s", error->message);
      data = g_bytes_get_data (bytes, &size);
      if (size > 0 && (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0))
        return prov_cli_fail (_("Could not write the report to standard output"));
    }
  return PROV_CLI_EXIT_OK;
}
