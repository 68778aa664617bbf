/* prov-cli-search.c — provenance-cli search: full-text search of the library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-search"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

int
prov_cli_search (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gboolean json = FALSE;
  const char *query = NULL;
  guint64 limit = 50;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--json") == 0)
        json = TRUE;
      else if (strcmp (ctx->argv[i], "--limit") == 0 && i + 1 < ctx->argc)
        {
          if (!g_ascii_string_to_unsigned (ctx->argv[++i], 10, 1, G_MAXUINT, &limit, NULL))
            return prov_cli_usage (_("--limit takes a positive number"));
        }
      else if (query == NULL)
        query = ctx->argv[i];
      else
        return prov_cli_usage (_("search: unexpected argument “%s” (quote the query)"),
                               ctx->argv[i]);
    }
  if (query == NULL || *query == '\0')
    return prov_cli_usage (_("search needs a QUERY"));

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  hits = prov_store_search_sync (store, query, (guint) limit, json ? "[" : "\033[1m",
                                 json ? "]" : "\033[0m", &error);
  if (hits == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          ProvSearchHit *hit = g_ptr_array_index (hits, i);

          json_builder_begin_object (builder);
          prov_cli_build_string (builder, "kind", prov_hit_kind_to_string (hit->kind));
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, hit->id);
          json_builder_set_member_name (builder, "document_id");
          if (hit->document_id != 0)
            json_builder_add_int_value (builder, hit->document_id);
          else
            json_builder_add_null_value (builder);
          prov_cli_build_string (builder, "title", hit->title);
          prov_cli_build_string (builder, "snippet", hit->snippet);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_double_value (builder, hit->rank);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
      return PROV_CLI_EXIT_OK;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      ProvSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = g_strdup (hit->snippet);

      if (!isatty (fileno (stdout)))
        {
          g_autoptr(GString) plain = g_string_new (snippet);

          g_string_replace (plain, "\033[1m", "[", 0);
          g_string_replace (plain, "\033[0m", "]", 0);
          g_free (snippet);
          snippet = g_string_free (g_steal_pointer (&plain), FALSE);
        }
      g_strdelimit (snippet, "\n\t", ' ');
      printf ("%s %" G_GINT64_FORMAT "\t%s\t%s\n", prov_hit_kind_to_string (hit->kind), hit->id,
              hit->title != NULL ? hit->title : "-", snippet);
    }
  return PROV_CLI_EXIT_OK;
}
