/* prov-cli-show.c — provenance-cli show: one document with its text
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-cli-show"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prov-cli-commands.h"
#include "prov-cli-store.h"

static void
build_profile (JsonBuilder       *builder,
               const ProvProfile *profile)
{
  json_builder_set_member_name (builder, "profile");
  json_builder_begin_object (builder);
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      json_builder_set_member_name (builder, prov_kind_to_string ((ProvKind) k));
      json_builder_add_int_value (builder, profile->counts[k]);
    }
  json_builder_set_member_name (builder, "unattributed_sentences");
  json_builder_add_int_value (builder, profile->unattributed_sentences);
  json_builder_set_member_name (builder, "sentences");
  json_builder_add_int_value (builder, profile->sentences);
  json_builder_end_object (builder);
}

static void
build_contents (JsonBuilder          *builder,
                ProvDocumentContents *c,
                GPtrArray            *notes)
{
  ProvDocument *doc = c->document;
  g_autoptr(JsonNode) structure = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, prov_document_get_id (doc));
  prov_cli_build_string (builder, "uri", prov_document_get_uri (doc));
  prov_cli_build_string (builder, "title", prov_document_get_title (doc));
  prov_cli_build_string (builder, "byline", prov_document_get_byline (doc));
  prov_cli_build_string (builder, "site", prov_document_get_site (doc));
  prov_cli_build_string (builder, "published", prov_document_get_published (doc));
  prov_cli_build_string (builder, "language", prov_document_get_language (doc));
  json_builder_set_member_name (builder, "added");
  json_builder_add_int_value (builder, prov_document_get_added (doc));
  prov_cli_build_string (builder, "collection", prov_document_get_collection (doc));
  prov_cli_build_strv (builder, "tags", prov_document_get_tags (doc));
  json_builder_set_member_name (builder, "version");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, c->version_id);
  prov_cli_build_string (builder, "content_hash", c->content_hash);
  json_builder_set_member_name (builder, "fetched_at");
  json_builder_add_int_value (builder, c->fetched_at);
  prov_cli_build_string (builder, "etag", c->etag);
  prov_cli_build_string (builder, "last_modified", c->last_modified);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "versions");
  json_builder_add_int_value (builder, prov_document_get_version_count (doc));
  build_profile (builder, &c->profile);
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, prov_document_get_claim_count (doc));
  json_builder_set_member_name (builder, "unreviewed");
  json_builder_add_int_value (builder, prov_document_get_unreviewed_count (doc));
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < notes->len; i++)
    json_builder_add_string_value (builder, prov_note_get_body (g_ptr_array_index (notes, i)));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "structure");
  if (c->structure != NULL && (structure = json_from_string (c->structure, NULL)) != NULL)
    json_builder_add_value (builder, g_steal_pointer (&structure));
  else
    json_builder_add_null_value (builder);
  prov_cli_build_string (builder, "text", c->text);
  json_builder_end_object (builder);
}

int
prov_cli_show (ProvCliContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gboolean json = FALSE;
  const char *id_arg = NULL;
  gint64 id = 0;
  ProvDocument *doc;

  for (int i = 1; i < ctx->argc; i++)
    {
      if (strcmp (ctx->argv[i], "--json") == 0)
        json = TRUE;
      else if (id_arg == NULL && ctx->argv[i][0] != '-')
        id_arg = ctx->argv[i];
      else
        return prov_cli_usage (_("show: unexpected argument “%s”"), ctx->argv[i]);
    }
  if (id_arg == NULL)
    return prov_cli_usage (_("show needs a document ID"));
  if (!prov_cli_parse_id (id_arg, &id))
    return prov_cli_usage (_("“%s” is not a document ID"), id_arg);

  store = prov_cli_open_store (ctx);
  if (store == NULL)
    return PROV_CLI_EXIT_FAILURE;
  contents = prov_store_load_document_sync (store, id, 0, &error);
  if (contents == NULL)
    return prov_cli_store_fail (error);
  notes = prov_store_list_notes_sync (store, PROV_NOTE_DOCUMENT, id, &error);
  if (notes == NULL)
    return prov_cli_store_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      build_contents (builder, contents, notes);
      root = json_builder_get_root (builder);
      prov_cli_print_json (root);
      return PROV_CLI_EXIT_OK;
    }

  doc = contents->document;
  printf ("%s\n", prov_document_get_title (doc) != NULL ? prov_document_get_title (doc)
                                                       : prov_document_get_uri (doc));
  printf ("%s: %s\n", _("URI"), prov_document_get_uri (doc));
  if (prov_document_get_site (doc) != NULL)
    printf ("%s: %s\n", _("Site"), prov_document_get_site (doc));
  if (prov_document_get_byline (doc) != NULL)
    printf ("%s: %s\n", _("By"), prov_document_get_byline (doc));
  if (prov_document_get_published (doc) != NULL)
    printf ("%s: %s\n", _("Published"), prov_document_get_published (doc));
  printf ("%s: %s (%d)\n", _("Version"), contents->content_hash,
          prov_document_get_version_count (doc));
  printf ("%s: %d named, %d anonymous, %d hearsay, %d hedge, %d quote\n", _("Profile"),
          contents->profile.counts[PROV_KIND_NAMED], contents->profile.counts[PROV_KIND_ANONYMOUS],
          contents->profile.counts[PROV_KIND_HEARSAY], contents->profile.counts[PROV_KIND_HEDGE],
          contents->profile.counts[PROV_KIND_QUOTE]);
  printf ("%s: %d (%d %s)\n", _("Claims"), prov_document_get_claim_count (doc),
          prov_document_get_unreviewed_count (doc), _("unreviewed"));
  for (guint i = 0; i < notes->len; i++)
    printf ("%s: %s\n", _("Note"), prov_note_get_body (g_ptr_array_index (notes, i)));
  printf ("\n%s\n", contents->text);
  return PROV_CLI_EXIT_OK;
}
