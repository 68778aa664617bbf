/* prov-export-jsonld.c — the report as a W3C Web Annotation collection (JSON-LD)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One AnnotationCollection whose first AnnotationPage holds one Annotation per claim. Each
 * annotation targets its document's URI with a TextQuoteSelector (exact, 32 code points of
 * prefix and suffix) and a TextPositionSelector (code points, end exclusive), and has
 * TextualBody bodies for the kind (classifying), the rating (assessing), the source
 * (identifying), the note (commenting) and each tag (tagging). What the W3C model has no word
 * for lives under the "pv:" prefix: the documents themselves with their text snapshot, the
 * sources registry, review status, suggestion state and the claim's cue/source/content parts.
 * prov-annotation-import.c reads this back.
 */
#define G_LOG_DOMAIN "prov-export-jsonld"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-export-jsonld.h"
#include "prov-report-private.h"

#define CONTEXT_SIZE 32

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_notes (JsonBuilder *builder,
           GPtrArray   *notes)
{
  json_builder_set_member_name (builder, "pv:notes");
  json_builder_begin_array (builder);
  for (guint n = 0; n < notes->len; n++)
    json_builder_add_string_value (builder, g_ptr_array_index (notes, n));
  json_builder_end_array (builder);
}

/* The IRI annotations use as their target source. */
static char *
document_iri (const ProvReportDocument *document)
{
  if (document->uri != NULL && *document->uri != '\0')
    return g_strdup (document->uri);
  return g_strdup_printf ("urn:sha256:%s", document->content_hash);
}

static void
add_textual_body (JsonBuilder *builder,
                  const char  *purpose,
                  const char  *value)
{
  json_builder_begin_object (builder);
  add_string (builder, "type", "TextualBody");
  add_string (builder, "purpose", purpose);
  add_string (builder, "value", value);
}

static void
add_document (JsonBuilder              *builder,
              const ProvReportDocument *document)
{
  g_autofree char *iri = document_iri (document);

  json_builder_begin_object (builder);
  add_string (builder, "id", iri);
  add_string (builder, "type", "Text");
  add_string (builder, "format", "text/plain");
  add_string (builder, "language", document->language);
  add_string (builder, "pv:title", document->title);
  add_string (builder, "pv:byline", document->byline);
  add_string (builder, "pv:site", document->site);
  add_string (builder, "pv:published", document->published);
  add_string (builder, "pv:collection", document->collection);
  if (document->fetched_at > 0)
    {
      g_autofree char *fetched = _prov_report_format_iso8601 (document->fetched_at);

      add_string (builder, "pv:fetched", fetched);
    }
  add_string (builder, "pv:contentHash", document->content_hash);
  add_strv (builder, "pv:tags", (const char * const *) document->tags);
  add_notes (builder, document->notes);

  json_builder_set_member_name (builder, "pv:profile");
  json_builder_begin_object (builder);
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      json_builder_set_member_name (builder, prov_kind_to_string (k));
      json_builder_add_int_value (builder, document->profile.counts[k]);
    }
  json_builder_set_member_name (builder, "unattributed_sentences");
  json_builder_add_int_value (builder, document->profile.unattributed_sentences);
  json_builder_set_member_name (builder, "sentences");
  json_builder_add_int_value (builder, document->profile.sentences);
  json_builder_end_object (builder);

  add_string (builder, "pv:text", document->text);
  json_builder_end_object (builder);
}

static void
add_selectors (JsonBuilder              *builder,
               const ProvTextIndex      *index,
               const ProvReportClaim    *claim)
{
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);

  json_builder_begin_object (builder);
  add_string (builder, "type", "TextQuoteSelector");
  add_string (builder, "exact", claim->quote);
  if (claim->start >= 0)
    {
      g_autofree char *prefix = _prov_text_index_slice (index, claim->start - CONTEXT_SIZE,
                                                        claim->start);
      g_autofree char *suffix = _prov_text_index_slice (index, claim->end,
                                                        claim->end + CONTEXT_SIZE);

      add_string (builder, "prefix", prefix);
      add_string (builder, "suffix", suffix);
    }
  json_builder_end_object (builder);

  if (claim->start >= 0)
    {
      json_builder_begin_object (builder);
      add_string (builder, "type", "TextPositionSelector");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, claim->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, claim->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_annotation (JsonBuilder              *builder,
                guint                     doc_index,
                const ProvReportDocument *document,
                const ProvTextIndex      *index,
                const ProvReportClaim    *claim)
{
  g_autofree char *iri = document_iri (document);
  g_autofree char *id = g_strdup_printf ("urn:provenance:claim:%.16s:%u:%u",
                                         document->content_hash, doc_index, claim->number);
  g_autofree char *rating = prov_report_claim_dup_rating (claim);
  char reliability[2] = { claim->reliability, '\0' };
  gboolean has_note = claim->note != NULL && *claim->note != '\0';

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "type", "Annotation");

  json_builder_set_member_name (builder, "motivation");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "highlighting");
  json_builder_add_string_value (builder, "classifying");
  json_builder_add_string_value (builder, "assessing");
  if (claim->source_name != NULL)
    json_builder_add_string_value (builder, "identifying");
  if (has_note)
    json_builder_add_string_value (builder, "commenting");
  if (claim->tags[0] != NULL)
    json_builder_add_string_value (builder, "tagging");
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  add_textual_body (builder, "classifying", prov_kind_to_string (claim->kind));
  json_builder_end_object (builder);
  add_textual_body (builder, "assessing", rating);
  add_string (builder, "pv:reliability", reliability);
  json_builder_set_member_name (builder, "pv:reliabilitySet");
  json_builder_add_boolean_value (builder, claim->reliability_set);
  json_builder_set_member_name (builder, "pv:credibility");
  json_builder_add_int_value (builder, claim->credibility);
  json_builder_end_object (builder);
  if (claim->source_name != NULL)
    {
      add_textual_body (builder, "identifying", claim->source_name);
      add_string (builder, "pv:sourceType", claim->source_type);
      json_builder_end_object (builder);
    }
  if (has_note)
    {
      add_textual_body (builder, "commenting", claim->note);
      add_string (builder, "format", "text/markdown");
      json_builder_end_object (builder);
    }
  for (guint t = 0; claim->tags[t] != NULL; t++)
    {
      add_textual_body (builder, "tagging", claim->tags[t]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  add_string (builder, "source", iri);
  add_selectors (builder, index, claim);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "pv:number");
  json_builder_add_int_value (builder, claim->number);
  add_string (builder, "pv:status", prov_review_status_to_string (claim->status));
  add_string (builder, "pv:suggestion", prov_suggestion_to_string (claim->suggestion));
  add_string (builder, "pv:origin", claim->origin == PROV_ORIGIN_AUTO ? "auto" : "user");
  add_string (builder, "pv:rule", claim->rule);
  add_string (builder, "pv:sourceText", claim->source_text);
  json_builder_set_member_name (builder, "pv:changed");
  json_builder_add_boolean_value (builder, claim->changed);

  json_builder_set_member_name (builder, "pv:parts");
  json_builder_begin_array (builder);
  for (guint p = 0; p < claim->parts->len; p++)
    {
      const ProvReportSpan *span = &g_array_index (claim->parts, ProvReportSpan, p);
      g_autofree char *exact = _prov_text_index_slice (index, span->start, span->end);

      json_builder_begin_object (builder);
      add_string (builder, "pv:role", prov_role_to_string (span->role));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->end);
      add_string (builder, "exact", exact);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_source (JsonBuilder            *builder,
            const ProvReportSource *source)
{
  char reliability[2] = { source->reliability, '\0' };

  json_builder_begin_object (builder);
  add_string (builder, "pv:name", source->name);
  add_string (builder, "pv:type", source->type);
  add_string (builder, "pv:reliability", reliability);
  add_strv (builder, "pv:aliases", (const char * const *) source->aliases);
  json_builder_end_object (builder);
}

GBytes *
prov_export_jsonld (const ProvReport         *report,
                    const ProvReportOptions  *options,
                    GError                  **error)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *id = NULL;
  g_autofree char *generator_name = NULL;
  char *json;
  gsize length;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  for (guint d = 0; d < report->documents->len; d++)
    {
      const ProvReportDocument *document = g_ptr_array_index (report->documents, d);

      g_checksum_update (checksum, (const guchar *) document->content_hash, -1);
    }
  id = g_strdup_printf ("urn:provenance:report:%.32s", g_checksum_get_string (checksum));
  generated = _prov_report_format_iso8601 (report->generated);
  generator_name = g_strdup_printf ("Provenance %s", PACKAGE_VERSION);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (builder);
  add_string (builder, "pv", PROV_JSONLD_NAMESPACE);
  /* Plain keys of our own objects (the profile's counts) are ours too. */
  add_string (builder, "@vocab", PROV_JSONLD_NAMESPACE);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  add_string (builder, "id", id);
  add_string (builder, "type", "AnnotationCollection");
  add_string (builder, "label", report->title);
  json_builder_set_member_name (builder, "generator");
  json_builder_begin_object (builder);
  add_string (builder, "type", "Software");
  add_string (builder, "name", generator_name);
  json_builder_end_object (builder);
  add_string (builder, "generated", generated);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, prov_report_count_claims (report));
  json_builder_set_member_name (builder, "pv:formatVersion");
  json_builder_add_int_value (builder, PROV_JSONLD_FORMAT_VERSION);
  add_string (builder, "pv:collection", report->collection);
  add_notes (builder, report->notes);

  json_builder_set_member_name (builder, "pv:documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < report->documents->len; d++)
    add_document (builder, g_ptr_array_index (report->documents, d));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "pv:sources");
  json_builder_begin_array (builder);
  for (guint s = 0; s < report->sources->len; s++)
    add_source (builder, g_ptr_array_index (report->sources, s));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_string (builder, "type", "AnnotationPage");
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint d = 0; d < report->documents->len; d++)
    {
      const ProvReportDocument *document = g_ptr_array_index (report->documents, d);
      g_autoptr(ProvTextIndex) index = _prov_text_index_new (document->text);

      for (guint c = 0; c < document->claims->len; c++)
        add_annotation (builder, d + 1, document, index, g_ptr_array_index (document->claims, c));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);
  json = g_realloc (json, length + 2);
  json[length++] = '\n';
  json[length] = '\0';

  (void) options;
  return g_bytes_new_take (json, length);
}
