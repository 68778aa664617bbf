/* prov-cli-store.c — what the library commands of provenance-cli share
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "prov-cli-store.h"
#include "prov-paths.h"

ProvStore *
prov_cli_open_store (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prov_paths_library (ctx->db_path);
  ProvStore *store = prov_store_open_sync (path, NULL, &error);

  if (store == NULL)
    prov_cli_fail ("%s", error->message);
  return store;
}

gboolean
prov_cli_parse_id (const char *text,
                   gint64     *id)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

void
prov_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
prov_cli_store_fail (const GError *error)
{
  return prov_cli_fail ("%s", error->message);
}

void
prov_cli_build_string (JsonBuilder *builder,
                       const char  *name,
                       const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
prov_cli_build_strv (JsonBuilder        *builder,
                     const char         *name,
                     const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

void
prov_cli_build_claim (JsonBuilder *builder,
                      ProvClaim   *claim)
{
  g_autofree char *rating = g_strdup_printf ("%s%d", prov_claim_get_reliability (claim),
                                             prov_claim_get_credibility (claim));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, prov_claim_get_id (claim));
  json_builder_set_member_name (builder, "document_id");
  json_builder_add_int_value (builder, prov_claim_get_document_id (claim));
  prov_cli_build_string (builder, "kind", prov_claim_get_kind (claim));
  prov_cli_build_string (builder, "quote", prov_claim_get_quote (claim));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, prov_claim_get_start (claim));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, prov_claim_get_end (claim));
  prov_cli_build_string (builder, "source", prov_claim_get_source_name (claim));
  json_builder_set_member_name (builder, "source_id");
  if (prov_claim_get_source_id (claim) != 0)
    json_builder_add_int_value (builder, prov_claim_get_source_id (claim));
  else
    json_builder_add_null_value (builder);
  prov_cli_build_string (builder, "source_text", prov_claim_get_source_text (claim));
  prov_cli_build_string (builder, "reliability", prov_claim_get_reliability (claim));
  json_builder_set_member_name (builder, "credibility");
  json_builder_add_int_value (builder, prov_claim_get_credibility (claim));
  prov_cli_build_string (builder, "rating", rating);
  prov_cli_build_string (builder, "status", prov_claim_get_status (claim));
  prov_cli_build_string (builder, "suggestion", prov_claim_get_suggestion (claim));
  prov_cli_build_string (builder, "origin", prov_claim_get_origin (claim));
  prov_cli_build_string (builder, "rule", prov_claim_get_rule (claim));
  prov_cli_build_strv (builder, "tags", prov_claim_get_tags (claim));
  prov_cli_build_string (builder, "note", prov_claim_get_note (claim));
  json_builder_set_member_name (builder, "changed");
  json_builder_add_boolean_value (builder, prov_claim_get_changed (claim));
  json_builder_set_member_name (builder, "orphaned");
  json_builder_add_boolean_value (builder, prov_claim_get_orphaned (claim));
  json_builder_end_object (builder);
}
