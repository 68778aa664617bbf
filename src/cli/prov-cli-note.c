/* prov-cli-note.c — provenance-cli note add and tag add: notes and tags on documents and claims
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-note"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

/* Parses "add (--document ID | --claim ID) VALUE [--json]". */
static int
parse_target (ProvCliContext  *ctx,
              const char      *what,
              gint64          *document_id,
              gint64          *claim_id,
              const char     **value,
              gboolean        *json)
{
  if (ctx->argc < 2 || strcmp (ctx->argv[1], "add") != 0)
    return prov_cli_usage (_("usage: %s add (--document ID | --claim ID) %s"), ctx->argv[0],
                           what);
  for (int i = 2; i < ctx->argc; i++)
    {
      const char *arg = ctx->argv[i];

      if (strcmp (arg, "--json") == 0)
        *json = TRUE;
      else if ((strcmp (arg, "--document") == 0 || strcmp (arg, "--claim") == 0) &&
               i + 1 < ctx->argc)
        {
          gint64 *target = arg[2] == 'd' ? document_id : claim_id;

          if (!prov_cli_parse_id (ctx->argv[++i], target))
            return prov_cli_usage (_("“%s” is not an ID"), ctx->argv[i]);
        }
      else if (*value == NULL && (arg[0] != '-' || arg[1] == '\0' || arg[1] == ' '))
        *value = arg;
      else
        return prov_cli_usage (_("%s add: unexpected argument “%s”"), ctx->argv[0], arg);
    }
  if ((*document_id == 0) == (*claim_id == 0))
    return prov_cli_usage (_("%s add needs either --document ID or --claim ID"), ctx->argv[0]);
  if (*value == NULL || **value == '\0')
    return prov_cli_usage (_("%s add needs a %s"), ctx->argv[0], what);
  return -1;
}

int
prov_cli_note (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  gint64 document_id = 0, claim_id = 0, note_id;
  const char *text = NULL;
  gboolean json = FALSE;
  int status;

  status = parse_target (ctx, "TEXT", &document_id, &claim_id, &text, &json);
  if (status >= 0)
    return status;
  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  note_id = prov_store_add_note_sync (store, document_id != 0 ? PROV_NOTE_DOCUMENT
                                                              : PROV_NOTE_CLAIM,
                                      document_id != 0 ? document_id : claim_id, text, &error);
  if (note_id == 0)
    return prov_cli_store_fail (error);
  if (json)
    printf ("{\"id\": %" G_GINT64_FORMAT "}\n", note_id);
  else
    printf ("%" G_GINT64_FORMAT "\n", note_id);
  return PROV_CLI_EXIT_OK;
}

int
prov_cli_tag (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  gint64 document_id = 0, claim_id = 0;
  const char *tag = NULL;
  gboolean json = FALSE;
  int status;

  status = parse_target (ctx, "TAG", &document_id, &claim_id, &tag, &json);
  if (status >= 0)
    return status;
  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  if (!prov_store_add_tag_sync (store, document_id, claim_id, tag, &error))
    return prov_cli_store_fail (error);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      prov_cli_build_string (builder, "tag", tag);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
    }
  return PROV_CLI_EXIT_OK;
}
