/* prov-cli-import.c — provenance-cli import: plain-text files read, analyzed and stored
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The full importer (HTML, Markdown, URLs) is ProvImporter's; this stores plain text so that
 * the library can be exercised from the command line.
 */
#define G_LOG_DOMAIN "prov-cli-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-analyzer.h"
#include "prov-cli-commands.h"
#include "prov-cli-store.h"

/* Paragraphs (separated by blank lines) as a structure list, in code points. */
static char *
paragraph_structure (const char *text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *p = text;
  glong offset = 0;

  json_builder_begin_array (builder);
  while (*p != '\0')
    {
      const char *end = strstr (p, "\n\n");
      const char *stop = end != NULL ? end : p + strlen (p);
      glong length = g_utf8_strlen (p, stop - p);
      g_autofree char *chunk = g_strndup (p, stop - p);

      if (*g_strstrip (chunk) != '\0')
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, "paragraph");
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, offset);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, offset + length);
          json_builder_end_object (builder);
        }
      offset += length;
      if (end == NULL)
        break;
      offset += 2;
      p = end + 2;
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The first non-empty line, as a title. */
static char *
first_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 50);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        {
          if (g_utf8_strlen (lines[i], -1) > 200)
            return g_utf8_substring (lines[i], 0, 200);
          return g_strdup (lines[i]);
        }
    }
  return NULL;
}

static int
import_file (ProvStore    *store,
             ProvAnalyzer *analyzer,
             const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  g_autofree char *structure = NULL;
  g_autoptr(GBytes) raw = NULL;
  gsize length = 0;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult result;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    return prov_cli_fail (_("Cannot read “%s”: %s"), path, error->message);
  if (memchr (contents, '\0', length) != NULL || !g_utf8_validate (contents, length, NULL))
    return prov_cli_fail (_("“%s” is not UTF-8 text"), path);

  raw = g_bytes_new (contents, length);
  analysis = prov_analyzer_analyze (analyzer, contents, length, &error);
  if (analysis == NULL)
    return prov_cli_fail (_("Cannot analyze “%s”: %s"), path, error->message);

  title = first_line (analysis->text);
  structure = paragraph_structure (analysis->text);
  info.uri = uri;
  info.title = title;
  if (!prov_store_add_document_version_sync (store, &info, analysis->text, structure, raw, NULL,
                                             NULL, analysis, &result, &error))
    return prov_cli_store_fail (error);
  printf ("%" G_GINT64_FORMAT "\n", result.document_id);
  return PROV_CLI_EXIT_OK;
}

int
prov_cli_import (ProvCliContext *ctx)
{
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvAnalyzer) analyzer = NULL;
  int status = PROV_CLI_EXIT_OK;

  if (ctx->argc < 2)
    return prov_cli_usage (_("import needs a FILE"));
  for (int i = 1; i < ctx->argc; i++)
    {
      if (ctx->argv[i][0] == '-' && ctx->argv[i][1] != '\0')
        return prov_cli_usage (_("import: unknown option “%s”"), ctx->argv[i]);
    }

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  analyzer = prov_analyzer_new ();
  for (int i = 1; i < ctx->argc; i++)
    {
      if (import_file (store, analyzer, ctx->argv[i]) != PROV_CLI_EXIT_OK)
        status = PROV_CLI_EXIT_FAILURE;
    }
  return status;
}
