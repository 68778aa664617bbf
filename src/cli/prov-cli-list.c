/* prov-cli-list.c — provenance-cli list: the documents of the library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-list"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

static void
build_document (JsonBuilder  *builder,
                ProvDocument *doc)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, prov_document_get_id (doc));
  prov_cli_build_string (builder, "uri", prov_document_get_uri (doc));
  prov_cli_build_string (builder, "title", prov_document_get_title (doc));
  prov_cli_build_string (builder, "byline", prov_document_get_byline (doc));
  prov_cli_build_string (builder, "site", prov_document_get_site (doc));
  prov_cli_build_string (builder, "published", prov_document_get_published (doc));
  json_builder_set_member_name (builder, "added");
  json_builder_add_int_value (builder, prov_document_get_added (doc));
  prov_cli_build_string (builder, "collection", prov_document_get_collection (doc));
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, prov_document_get_claim_count (doc));
  json_builder_set_member_name (builder, "unreviewed");
  json_builder_add_int_value (builder, prov_document_get_unreviewed_count (doc));
  json_builder_set_member_name (builder, "versions");
  json_builder_add_int_value (builder, prov_document_get_version_count (doc));
  prov_cli_build_strv (builder, "tags", prov_document_get_tags (doc));
  json_builder_end_object (builder);
}

int
prov_cli_list (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  ProvDocumentQuery query = { PROV_SORT_ADDED, TRUE, PROV_FILTER_ALL, NULL, 0, NULL };
  const char *collection = NULL;
  gboolean json = FALSE;
  guint64 limit = 0;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];
      const char *value = i + 1 < ctx->argc ? ctx->argv[i + 1] : NULL;

      if (strcmp (arg, "--json") == 0)
        json = TRUE;
      else if (strcmp (arg, "--sort") == 0 && value != NULL)
        {
          i++;
          if (strcmp (value, "added") == 0)
            query.sort = PROV_SORT_ADDED;
          else if (strcmp (value, "published") == 0)
            query.sort = PROV_SORT_PUBLISHED;
          else if (strcmp (value, "title") == 0)
            {
              query.sort = PROV_SORT_TITLE;
              query.descending = FALSE;
            }
          else
            return prov_cli_usage (_("--sort takes added, published or title"));
        }
      else if (strcmp (arg, "--filter") == 0 && value != NULL)
        {
          i++;
          if (strcmp (value, "unreviewed") == 0)
            query.filter = PROV_FILTER_UNREVIEWED;
          else if (strcmp (value, "changed") == 0)
            query.filter = PROV_FILTER_CHANGED;
          else if (strcmp (value, "suggested") == 0)
            query.filter = PROV_FILTER_SUGGESTED;
          else if (strcmp (value, "anonymous") == 0)
            query.filter = PROV_FILTER_ANONYMOUS;
          else
            return prov_cli_usage (_("--filter takes unreviewed, changed, suggested or "
                                     "anonymous"));
        }
      else if (strcmp (arg, "--search") == 0 && value != NULL)
        query.search = ctx->argv[++i];
      else if (strcmp (arg, "--collection") == 0 && value != NULL)
        collection = ctx->argv[++i];
      else if (strcmp (arg, "--tag") == 0 && value != NULL)
        query.tag = ctx->argv[++i];
      else if (strcmp (arg, "--limit") == 0 && value != NULL)
        {
          if (!g_ascii_string_to_unsigned (ctx->argv[++i], 10, 1, G_MAXUINT, &limit, NULL))
            return prov_cli_usage (_("--limit takes a positive number"));
        }
      else
        return prov_cli_usage (_("list: unexpected argument “%s”"), arg);
    }

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  if (collection != NULL)
    {
      query.collection_id = prov_store_find_collection_sync (store, collection, &error);
      if (error != NULL)
        return prov_cli_store_fail (error);
      if (query.collection_id == 0)
        return prov_cli_fail (_("No collection named “%s”"), collection);
    }
  docs = prov_store_list_documents_sync (store, &query, 0, (guint) limit, &error);
  if (docs == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < docs->len; i++)
        build_document (builder, g_ptr_array_index (docs, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
      return PROV_CLI_EXIT_OK;
    }

  for (guint i = 0; i < docs->len; i++)
    {
      ProvDocument *doc = g_ptr_array_index (docs, i);
      const char *title = prov_document_get_title (doc);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t", prov_document_get_id (doc),
              prov_document_get_published (doc) != NULL ? prov_document_get_published (doc) : "-",
              prov_document_get_site (doc) != NULL ? prov_document_get_site (doc) : "-",
              title != NULL && *title != '\0' ? title : prov_document_get_uri (doc));
      printf (g_dngettext (GETTEXT_PACKAGE, "%d claim, %d unreviewed",
                           "%d claims, %d unreviewed", prov_document_get_claim_count (doc)),
              prov_document_get_claim_count (doc), prov_document_get_unreviewed_count (doc));
      printf ("\n");
    }
  return PROV_CLI_EXIT_OK;
}
