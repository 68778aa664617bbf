/* prov-cli-sources.c — provenance-cli sources: the source registry
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-sources"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

int
prov_cli_sources (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  gboolean json = FALSE;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--json") == 0)
        json = TRUE;
      else
        return prov_cli_usage (_("sources: unexpected argument “%s”"), ctx->argv[i]);
    }

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  sources = prov_store_list_sources_sync (store, &error);
  if (sources == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < sources->len; i++)
        {
          ProvSource *s = g_ptr_array_index (sources, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, prov_source_get_id (s));
          prov_cli_build_string (builder, "name", prov_source_get_name (s));
          prov_cli_build_string (builder, "type", prov_source_get_source_type (s));
          prov_cli_build_string (builder, "reliability", prov_source_get_reliability (s));
          prov_cli_build_strv (builder, "aliases", prov_source_get_aliases (s));
          json_builder_set_member_name (builder, "claims");
          json_builder_add_int_value (builder, prov_source_get_claim_count (s));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
      return PROV_CLI_EXIT_OK;
    }

  for (guint i = 0; i < sources->len; i++)
    {
      ProvSource *s = g_ptr_array_index (sources, i);
      const char * const *aliases = prov_source_get_aliases (s);
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%d", prov_source_get_id (s),
              prov_source_get_name (s), prov_source_get_reliability (s),
              prov_source_get_source_type (s), prov_source_get_claim_count (s));
      if (*joined != '\0')
        printf ("\t(%s)", joined);
      printf ("\n");
    }
  return PROV_CLI_EXIT_OK;
}
