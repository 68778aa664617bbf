/* prov-cli-claims.c — provenance-cli claims: the claims of a document
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-claims"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

/* Prints one claim as a line of text. */
static void
print_claim (ProvClaim *claim)
{
  const char * const *tags = prov_claim_get_tags (claim);
  g_autofree char *joined = tags != NULL ? g_strjoinv (",", (char **) tags) : NULL;

  printf ("%" G_GINT64_FORMAT "\t%s\t%s%d\t%s\t%s\t%s\t%s", prov_claim_get_id (claim),
          prov_claim_get_kind (claim), prov_claim_get_reliability (claim),
          prov_claim_get_credibility (claim), prov_claim_get_status (claim),
          prov_claim_get_suggestion (claim),
          prov_claim_get_source_name (claim) != NULL ? prov_claim_get_source_name (claim) : "-",
          prov_claim_get_quote (claim));
  if (joined != NULL && *joined != '\0')
    printf ("\t#%s", joined);
  if (prov_claim_get_changed (claim))
    printf ("\t(%s)", prov_claim_get_orphaned (claim) ? _("not found in this version")
                                                      : _("changed since"));
  printf ("\n");
}

int
prov_cli_claims (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  gboolean json = FALSE;
  gboolean all = FALSE;
  const char *id_arg = NULL;
  gint64 id = 0;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--json") == 0)
        json = TRUE;
      else if (strcmp (ctx->argv[i], "--all") == 0)
        all = TRUE;
      else if (id_arg == NULL && ctx->argv[i][0] != '-')
        id_arg = ctx->argv[i];
      else
        return prov_cli_usage (_("claims: unexpected argument “%s”"), ctx->argv[i]);
    }
  if (id_arg == NULL)
    return prov_cli_usage (_("claims needs a document ID"));
  if (!prov_cli_parse_id (id_arg, &id))
    return prov_cli_usage (_("“%s” is not a document ID"), id_arg);

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  {
    g_autoptr(ProvDocument) doc = prov_store_get_document_sync (store, id, &error);

    if (doc == NULL)
      return prov_cli_store_fail (error);
  }
  claims = prov_store_list_claims_sync (store, id, all, &error);
  if (claims == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < claims->len; i++)
        prov_cli_build_claim (builder, g_ptr_array_index (claims, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
      return PROV_CLI_EXIT_OK;
    }
  for (guint i = 0; i < claims->len; i++)
    print_claim (g_ptr_array_index (claims, i));
  return PROV_CLI_EXIT_OK;
}
