/* prov-cli-import-annotations.c — provenance-cli import-annotations: W3C annotations back in
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   import-annotations FILE.jsonld [--json]
 *
 * Prints what was done: documents created or matched, claims added, updated, re-anchored and
 * not found, sources and notes added.
 */
#define G_LOG_DOMAIN "prov-cli-import-annotations"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-annotation-import.h"
#include "prov-cli-commands.h"
#include "prov-cli-store.h"

static void
print_json (const ProvAnnotationImportResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  const struct
  {
    const char *name;
    guint       value;
  } members[] = {
    { "documents_created", result->documents_created },
    { "documents_matched", result->documents_matched },
    { "claims_created", result->claims_created },
    { "claims_updated", result->claims_updated },
    { "claims_reanchored", result->claims_reanchored },
    { "claims_not_found", result->claims_not_found },
    { "sources_created", result->sources_created },
    { "notes_added", result->notes_added },
  };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      json_builder_set_member_name (builder, members[i].name);
      json_builder_add_int_value (builder, members[i].value);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  prov_cli_print_json (root);
}

int
prov_cli_import_annotations (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  ProvAnnotationImportResult result = { 0 };
  const char *path = NULL;
  gboolean json = FALSE;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--json") == 0)
        json = TRUE;
      else if (path == NULL && (ctx->argv[i][0] != '-' || ctx->argv[i][1] == '\0'))
        path = ctx->argv[i];
      else
        return prov_cli_usage (_("import-annotations: unexpected argument “%s”"), ctx->argv[i]);
    }
  if (path == NULL)
    return prov_cli_usage (_("import-annotations needs a FILE.jsonld"));

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;

  if (strcmp (path, "-") == 0)
    {
      GString *text = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      char buffer[8192];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (text, buffer, n);
      if (ferror (stdin))
        {
          g_string_free (text, TRUE);
          return prov_cli_fail (_("Could not read standard input"));
        }
      bytes = g_string_free_to_bytes (text);
      if (!prov_annotation_import_sync (store, bytes, &result, NULL, &error))
        return prov_cli_fail ("%s", error->message);
    }
  else
    {
      file = g_file_new_for_commandline_arg (path);
      if (!prov_annotation_import_file_sync (store, file, &result, NULL, &error))
        return prov_cli_fail ("%s: %s", path, error->message);
    }

  if (json)
    print_json (&result);
  else
    {
      printf (_("%u documents (%u new, %u already in the library); claims: %u added, "
                "%u updated, %u re-anchored, %u not found; %u sources and %u notes added\n"),
              result.documents_created + result.documents_matched, result.documents_created,
              result.documents_matched, result.claims_created, result.claims_updated,
              result.claims_reanchored, result.claims_not_found, result.sources_created,
              result.notes_added);
    }
  return PROV_CLI_EXIT_OK;
}
