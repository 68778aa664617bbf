/* prov-sample.c — the sample article bundled with the app, for a library's first run
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-sample"

#include "config.h"

#include <json-glib/json-glib.h>

#include "prov-importer.h"
#include "prov-sample.h"
#include "provenance-data-resources.h"

#define SAMPLE_PATH "/org/provenance/Provenance/sample/"

static char *
member_string (JsonObject *object,
               const char *name)
{
  if (!json_object_has_member (object, name))
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (object, name, NULL));
}

gint64
prov_sample_add_sync (ProvStore     *store,
                      ProvAnalyzer  *analyzer,
                      GError       **error)
{
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) meta = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autofree char *structure = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *site = NULL;
  g_autofree char *published = NULL;
  g_autofree char *language = NULL;
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult added = { 0 };
  GResource *resource;
  JsonObject *object;
  gsize length;
  const char *data;

  g_return_val_if_fail (PROV_IS_STORE (store), 0);
  g_return_val_if_fail (PROV_IS_ANALYZER (analyzer), 0);

  resource = prov_data_get_resource ();
  text = g_resource_lookup_data (resource, SAMPLE_PATH "harbour-plan.txt", 0, error);
  meta = text != NULL ? g_resource_lookup_data (resource, SAMPLE_PATH "harbour-plan.json", 0, error)
                      : NULL;
  if (meta == NULL)
    return 0;

  data = g_bytes_get_data (meta, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return 0;
  object = json_node_get_object (json_parser_get_root (parser));
  uri = member_string (object, "uri");
  title = member_string (object, "title");
  byline = member_string (object, "byline");
  site = member_string (object, "site");
  published = member_string (object, "published");
  language = member_string (object, "language");

  /* The sample is paragraphs of plain text, read as the importer reads a text file. */
  extraction = prov_importer_read_text ("harbour-plan.txt", text, error);
  if (extraction == NULL)
    return 0;
  analysis = prov_analyzer_analyze (analyzer, extraction->text, -1, error);
  if (analysis == NULL)
    return 0;
  structure = prov_extraction_structure_to_json (extraction);

  info.uri = uri;
  info.title = title;
  info.byline = byline;
  info.site = site;
  info.published = published;
  info.language = language;
  /* Store the text as written (curly quotes, dashes); the analysis's normalised twin has the
   * same code points, so its offsets hold for it. */
  if (!prov_store_add_document_version_sync (store, &info, extraction->text, structure, text,
                                             NULL, NULL, analysis, &added, error))
    return 0;

  return added.document_id;
}
