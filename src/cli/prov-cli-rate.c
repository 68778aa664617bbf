/* prov-cli-rate.c — provenance-cli rate: a claim's reliability, credibility and review status
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-rate"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

int
prov_cli_rate (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvClaim) claim = NULL;
  ProvClaimUpdate update = { 0 };
  gboolean json = FALSE;
  const char *id_arg = NULL;
  gint64 id = 0;

  for (int i = 1; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];
      const char *value = i + 1 < ctx->argc ? ctx->argv[i + 1] : NULL;

      if (strcmp (arg, "--json") == 0)
        json = TRUE;
      else if (strcmp (arg, "--reliability") == 0 && value != NULL)
        {
          i++;
          if (strlen (value) != 1 || !prov_reliability_is_valid (g_ascii_toupper (value[0])))
            return prov_cli_usage (_("--reliability takes a letter from A to F"));
          update.fields |= PROV_CLAIM_UPDATE_RELIABILITY;
          update.reliability = g_ascii_toupper (value[0]);
        }
      else if (strcmp (arg, "--credibility") == 0 && value != NULL)
        {
          i++;
          if (strlen (value) != 1 || !prov_credibility_is_valid (value[0] - '0'))
            return prov_cli_usage (_("--credibility takes a number from 1 to 6"));
          update.fields |= PROV_CLAIM_UPDATE_CREDIBILITY;
          update.credibility = value[0] - '0';
        }
      else if (strcmp (arg, "--status") == 0 && value != NULL)
        {
          i++;
          if (!prov_review_status_from_string (value, &update.status))
            return prov_cli_usage (_("--status takes unreviewed, in-progress, verified, false "
                                     "or inconclusive"));
          update.fields |= PROV_CLAIM_UPDATE_STATUS;
        }
      else if (strcmp (arg, "--accept") == 0 || strcmp (arg, "--dismiss") == 0)
        {
          update.fields |= PROV_CLAIM_UPDATE_SUGGESTION;
          update.suggestion = arg[2] == 'a' ? PROV_SUGGESTION_ACCEPTED
                                            : PROV_SUGGESTION_DISMISSED;
        }
      else if (id_arg == NULL && arg[0] != '-')
        id_arg = arg;
      else
        return prov_cli_usage (_("rate: unexpected argument “%s”"), arg);
    }
  if (id_arg == NULL)
    return prov_cli_usage (_("rate needs a CLAIM_ID"));
  if (!prov_cli_parse_id (id_arg, &id))
    return prov_cli_usage (_("“%s” is not a claim ID"), id_arg);
  if (update.fields == 0)
    return prov_cli_usage (_("rate needs --reliability, --credibility or --status"));

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  if (!prov_store_update_claim_sync (store, id, &update, &error))
    return prov_cli_store_fail (error);
  claim = prov_store_get_claim_sync (store, id, &error);
  if (claim == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      prov_cli_build_claim (builder, claim);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
    }
  else
    printf ("%" G_GINT64_FORMAT "\t%s%d\t%s\n", id, prov_claim_get_reliability (claim),
            prov_claim_get_credibility (claim), prov_claim_get_status (claim));
  return PROV_CLI_EXIT_OK;
}
