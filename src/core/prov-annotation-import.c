/* prov-annotation-import.c — W3C Web Annotations (our JSON-LD export) back into a library
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two steps: the whole file is parsed and checked into a ProvReport first (nothing is written
 * when it is not a collection we can read), then the report is applied to the store.
 */
#define G_LOG_DOMAIN "prov-annotation-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-anchor.h"
#include "prov-annotation-import.h"
#include "prov-export-jsonld.h"

#define CONTEXT_SIZE 32

/* ---- reading JSON defensively: a missing or mistyped member reads as absent ---- */

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_int (JsonObject *object,
         const char *name,
         gint64     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Returns the member as a list of nodes: an array's elements, or the member alone. */
static GList *
get_list (JsonObject *object,
          const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_elements (json_node_get_array (node));
  return g_list_prepend (NULL, node);
}

static char **
get_strv (JsonObject *object,
          const char *name)
{
  GList *list = get_list (object, name);
  GPtrArray *strv = g_ptr_array_new ();

  for (GList *l = list; l != NULL; l = l->next)
    {
      JsonNode *node = l->data;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (strv, g_strdup (json_node_get_string (node)));
    }
  g_list_free (list);
  g_ptr_array_add (strv, NULL);
  return (char **) g_ptr_array_free (strv, FALSE);
}

static gboolean
has_type (JsonObject *object,
          const char *type)
{
  GList *list = get_list (object, "type");
  gboolean found = FALSE;

  for (GList *l = list; l != NULL && !found; l = l->next)
    found = JSON_NODE_HOLDS_VALUE (l->data) &&
            json_node_get_value_type (l->data) == G_TYPE_STRING &&
            g_strcmp0 (json_node_get_string (l->data), type) == 0;
  g_list_free (list);
  return found;
}

/* ---- parsing ---- */

static ProvReportDocument *
parse_document (JsonObject  *object,
                GError     **error)
{
  const char *uri = get_string (object, "id");
  const char *text = get_string (object, "pv:text");
  ProvReportDocument *document;
  JsonObject *profile;

  if (uri == NULL || text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_PARSE,
                   _("A document of the collection has no address or no text snapshot"));
      return NULL;
    }
  document = prov_report_document_new (uri, get_string (object, "pv:title"), text);
  document->byline = g_strdup (get_string (object, "pv:byline"));
  document->site = g_strdup (get_string (object, "pv:site"));
  document->published = g_strdup (get_string (object, "pv:published"));
  document->language = g_strdup (get_string (object, "language"));
  document->collection = g_strdup (get_string (object, "pv:collection"));
  g_strfreev (document->tags);
  document->tags = get_strv (object, "pv:tags");
  {
    g_auto(GStrv) notes = get_strv (object, "pv:notes");

    for (guint n = 0; notes[n] != NULL; n++)
      prov_report_document_add_note (document, notes[n]);
  }
  profile = get_object (object, "pv:profile");
  for (guint k = 0; profile != NULL && k < PROV_N_KINDS; k++)
    {
      gint64 count = 0;

      if (get_int (profile, prov_kind_to_string (k), &count))
        document->profile.counts[k] = (guint) CLAMP (count, 0, G_MAXUINT);
    }
  {
    gint64 value = 0;

    if (get_int (profile, "sentences", &value))
      document->profile.sentences = (guint) CLAMP (value, 0, G_MAXUINT);
    if (get_int (profile, "unattributed_sentences", &value))
      document->profile.unattributed_sentences = (guint) CLAMP (value, 0, G_MAXUINT);
  }
  return document;
}

static void
parse_body (ProvReportClaim *claim,
            JsonObject      *body)
{
  const char *purpose = get_string (body, "purpose");
  const char *value = get_string (body, "value");
  const char *letter = get_string (body, "pv:reliability");
  gint64 credibility = 0;

  if (value == NULL)
    return;
  if (g_strcmp0 (purpose, "classifying") == 0)
    prov_kind_from_string (value, &claim->kind);
  else if (g_strcmp0 (purpose, "assessing") == 0)
    {
      /* "B2", with the parts spelt out too. */
      if (letter == NULL && strlen (value) == 2)
        {
          claim->reliability = value[0];
          credibility = value[1] - '0';
        }
      if (letter != NULL && prov_reliability_is_valid (letter[0]))
        claim->reliability = letter[0];
      get_int (body, "pv:credibility", &credibility);
      if (prov_credibility_is_valid ((int) credibility))
        claim->credibility = (int) credibility;
      if (!prov_reliability_is_valid (claim->reliability))
        claim->reliability = 'F';
      claim->reliability_set = get_boolean (body, "pv:reliabilitySet");
    }
  else if (g_strcmp0 (purpose, "identifying") == 0)
    {
      g_free (claim->source_name);
      claim->source_name = g_strdup (value);
      g_free (claim->source_type);
      claim->source_type = g_strdup (get_string (body, "pv:sourceType"));
    }
  else if (g_strcmp0 (purpose, "commenting") == 0)
    {
      g_free (claim->note);
      claim->note = g_strdup (value);
    }
  else if (g_strcmp0 (purpose, "tagging") == 0)
    {
      GPtrArray *tags = g_ptr_array_new ();

      for (guint t = 0; claim->tags[t] != NULL; t++)
        g_ptr_array_add (tags, claim->tags[t]);
      g_ptr_array_add (tags, (gpointer) value);
      g_ptr_array_add (tags, NULL);
      prov_report_claim_set_tags (claim, (const char * const *) tags->pdata);
      g_ptr_array_unref (tags);
    }
}

/* Reads the target's selectors into @claim's span and quote; FALSE when it has none. */
static gboolean
parse_target (ProvReportClaim          *claim,
              const ProvReportDocument *document,
              JsonObject               *target)
{
  GList *selectors = get_list (target, "selector");
  gint64 length = g_utf8_strlen (document->text, -1);
  const char *exact = NULL;
  gint64 start = -1, end = -1;

  for (GList *l = selectors; l != NULL; l = l->next)
    {
      JsonObject *selector = JSON_NODE_HOLDS_OBJECT (l->data) ? json_node_get_object (l->data)
                                                              : NULL;

      if (has_type (selector, "TextQuoteSelector"))
        exact = get_string (selector, "exact");
      else if (has_type (selector, "TextPositionSelector") &&
               (!get_int (selector, "start", &start) || !get_int (selector, "end", &end)))
        start = end = -1;
    }
  g_list_free (selectors);

  if (start >= 0 && (end < start || end > length))
    start = end = -1;
  if (start < 0 && exact != NULL && *exact != '\0')
    {
      /* No usable position: find the quote in the snapshot. */
      g_autoptr(ProvAnchorText) text = prov_anchor_text_new (document->text);
      ProvAnchorMatch match = prov_anchor_find (text, exact, NULL, NULL, -1);

      if (match.state != PROV_ANCHOR_ORPHAN)
        {
          start = match.start;
          end = match.end;
        }
    }
  if (exact == NULL && start < 0)
    return FALSE;

  claim->start = start;
  claim->end = start >= 0 ? end : -1;
  g_free (claim->quote);
  claim->quote = exact != NULL ? g_strdup (exact)
                               : prov_report_document_substring (document, start, end);
  return TRUE;
}

static void
parse_annotation (ProvReport *report,
                  GHashTable *documents,
                  JsonObject *annotation)
{
  JsonObject *target = get_object (annotation, "target");
  const char *source = get_string (target, "source");
  /* a target without a source names no document (and NULL is no key of the table) */
  ProvReportDocument *document = source != NULL ? g_hash_table_lookup (documents, source) : NULL;
  g_autoptr(ProvReportClaim) claim = NULL;
  GList *bodies, *parts;
  const char *value;
  gint64 length;

  if (document == NULL)
    {
      g_debug ("An annotation targets a document that is not embedded; skipped");
      return;
    }
  length = g_utf8_strlen (document->text, -1);
  claim = prov_report_claim_new (NULL, PROV_KIND_NAMED, -1, -1);
  if (!parse_target (claim, document, target))
    return;

  bodies = get_list (annotation, "body");
  for (GList *l = bodies; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_OBJECT (l->data))
      parse_body (claim, json_node_get_object (l->data));
  g_list_free (bodies);

  if ((value = get_string (annotation, "pv:status")) != NULL)
    prov_review_status_from_string (value, &claim->status);
  if ((value = get_string (annotation, "pv:suggestion")) != NULL)
    prov_suggestion_from_string (value, &claim->suggestion);
  claim->origin = g_strcmp0 (get_string (annotation, "pv:origin"), "auto") == 0
                  ? PROV_ORIGIN_AUTO : PROV_ORIGIN_USER;
  claim->rule = g_strdup (get_string (annotation, "pv:rule"));
  claim->source_text = g_strdup (get_string (annotation, "pv:sourceText"));
  claim->changed = get_boolean (annotation, "pv:changed");

  parts = get_list (annotation, "pv:parts");
  for (GList *l = parts; l != NULL; l = l->next)
    {
      JsonObject *part = JSON_NODE_HOLDS_OBJECT (l->data) ? json_node_get_object (l->data) : NULL;
      ProvRole role;
      gint64 start, end;

      if (prov_report_role_from_string (get_string (part, "pv:role"), &role) &&
          get_int (part, "start", &start) && get_int (part, "end", &end) &&
          start >= 0 && start <= end && end <= length)
        prov_report_claim_add_part (claim, role, start, end);
    }
  g_list_free (parts);

  /* An annotation of another tool: its whole span is the cue. */
  if (claim->parts->len == 0 && claim->start >= 0)
    prov_report_claim_add_part (claim, PROV_ROLE_CUE, claim->start, claim->end);

  prov_report_document_add_claim (document, g_steal_pointer (&claim));
}

ProvReport *
prov_annotation_parse (GBytes  *bytes,
                       GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ProvReport) report = NULL;
  g_autoptr(GHashTable) documents = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;
  JsonNode *root_node;
  JsonObject *root;
  JsonObject *page;
  GList *list;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", size, &local_error))
    {
      g_set_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_PARSE,
                   _("Not a JSON-LD file: %s"), local_error->message);
      return NULL;
    }
  /* an empty or blank file parses to no root at all */
  root_node = json_parser_get_root (parser);
  root = root_node != NULL && JSON_NODE_HOLDS_OBJECT (root_node)
         ? json_node_get_object (root_node) : NULL;
  if (root == NULL || !has_type (root, "AnnotationCollection"))
    {
      g_set_error_literal (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_PARSE,
                           _("Not a W3C Web Annotation collection"));
      return NULL;
    }

  report = prov_report_new (get_string (root, "label"));
  report->collection = g_strdup (get_string (root, "pv:collection"));
  {
    g_auto(GStrv) notes = get_strv (root, "pv:notes");

    for (guint n = 0; notes[n] != NULL; n++)
      prov_report_add_note (report, notes[n]);
  }

  list = get_list (root, "pv:documents");
  for (GList *l = list; l != NULL; l = l->next)
    {
      ProvReportDocument *document;

      if (!JSON_NODE_HOLDS_OBJECT (l->data))
        continue;
      document = parse_document (json_node_get_object (l->data), error);
      if (document == NULL)
        {
          g_list_free (list);
          return NULL;
        }
      prov_report_add_document (report, document);
      g_hash_table_insert (documents, document->uri, document);
    }
  g_list_free (list);
  if (report->documents->len == 0)
    {
      g_set_error_literal (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_PARSE,
                           _("The collection embeds no document text (pv:documents)"));
      return NULL;
    }

  list = get_list (root, "pv:sources");
  for (GList *l = list; l != NULL; l = l->next)
    {
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (l->data) ? json_node_get_object (l->data) : NULL;
      const char *name = get_string (object, "pv:name");
      const char *letter = get_string (object, "pv:reliability");
      ProvReportSource *source;

      if (name == NULL || *name == '\0')
        continue;
      source = prov_report_source_new (name, get_string (object, "pv:type"),
                                       letter != NULL ? letter[0] : 'F');
      g_strfreev (source->aliases);
      source->aliases = get_strv (object, "pv:aliases");
      prov_report_add_source (report, source);
    }
  g_list_free (list);

  page = get_object (root, "first");
  list = get_list (page != NULL ? page : root, "items");
  for (GList *l = list; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_OBJECT (l->data))
      parse_annotation (report, documents, json_node_get_object (l->data));
  g_list_free (list);

  return g_steal_pointer (&report);
}


/* ---- applying a parsed collection to the store ---- */

typedef struct
{
  ProvStore                  *store;
  ProvAnnotationImportResult *result;
} Import;

static gboolean
import_sources (Import      *import,
                ProvReport  *report,
                GError     **error)
{
  for (guint s = 0; s < report->sources->len; s++)
    {
      ProvReportSource *source = g_ptr_array_index (report->sources, s);
      gint64 id = prov_store_find_source_sync (import->store, source->name, error);

      if (id < 0 || (id == 0 && error != NULL && *error != NULL))
        return FALSE;
      if (id != 0)
        continue;  /* The library's registry wins over the file's. */
      id = prov_store_ensure_source_sync (import->store, source->name, source->type,
                                          source->reliability, error);
      if (id <= 0)
        return FALSE;
      import->result->sources_created++;
      for (guint a = 0; source->aliases[a] != NULL; a++)
        {
          g_autoptr(GError) alias_error = NULL;

          /* An alias another source already uses stays with that source. */
          if (!prov_store_add_source_alias_sync (import->store, id, source->aliases[a],
                                                 &alias_error))
            g_debug ("Alias “%s” not added: %s", source->aliases[a], alias_error->message);
        }
    }
  return TRUE;
}

/* Finds [@start, @end) of the snapshot in @current, near @hint; FALSE when it is nowhere. */
static gboolean
find_span (const ProvReportDocument *snapshot,
           ProvAnchorText           *current,
           gint64                    hint,
           gint64                   *start,
           gint64                   *end,
           ProvAnchorState          *state)
{
  g_autofree char *exact = prov_report_document_substring (snapshot, *start, *end);
  g_autofree char *prefix = prov_report_document_substring (snapshot, *start - CONTEXT_SIZE,
                                                            *start);
  g_autofree char *suffix = prov_report_document_substring (snapshot, *end, *end + CONTEXT_SIZE);
  ProvAnchorMatch match = prov_anchor_find (current, exact, prefix, suffix, hint);

  *state = match.state;
  if (match.state == PROV_ANCHOR_ORPHAN)
    return FALSE;
  *start = match.start;
  *end = match.end;
  return TRUE;
}

/* The claim's spans in the current text; FALSE when its cue is not there. The claim is found as
 * a whole first (its quote with its context), so that a short cue such as "said" cannot land
 * on another sentence; its parts move with it, or are looked for inside it when it changed. */
static gboolean
claim_spans (const ProvReportDocument *snapshot,
             const ProvReportClaim    *claim,
             ProvAnchorText           *current,
             ProvClaimSpans           *spans,
             gboolean                 *moved)
{
  ProvSpan *slots[] = { &spans->cue, &spans->source, &spans->content };
  g_autoptr(ProvAnchorText) region = NULL;
  gint64 start = claim->start, end = claim->end;
  ProvAnchorState state = PROV_ANCHOR_EXACT;

  spans->kind = claim->kind;
  spans->cue = spans->source = spans->content = PROV_SPAN_NONE;
  *moved = FALSE;

  if (claim->parts->len == 0 || claim->start < 0)
    {
      /* An orphan of the exporting library: look for its quote in this text. */
      ProvAnchorMatch match;

      if (current == NULL || claim->quote == NULL || *claim->quote == '\0')
        return FALSE;
      match = prov_anchor_find (current, claim->quote, NULL, NULL, -1);
      if (match.state == PROV_ANCHOR_ORPHAN)
        return FALSE;
      spans->cue = (ProvSpan) { match.start, match.end };
      *moved = TRUE;
      return TRUE;
    }

  if (current != NULL)
    {
      if (!find_span (snapshot, current, claim->start, &start, &end, &state))
        return FALSE;
      *moved = state != PROV_ANCHOR_EXACT || start != claim->start;
      if (state != PROV_ANCHOR_EXACT || end - start != claim->end - claim->start)
        {
          g_autofree char *slice = prov_anchor_text_slice (current, start, end);

          region = prov_anchor_text_new (slice);
        }
    }

  for (guint p = 0; p < claim->parts->len; p++)
    {
      const ProvReportSpan *part = &g_array_index (claim->parts, ProvReportSpan, p);
      gint64 part_start = part->start, part_end = part->end;
      ProvAnchorState part_state;

      if (part->role > PROV_ROLE_CONTENT)
        continue;
      if (region != NULL)
        {
          /* The claim changed: find the part inside what it became. */
          if (!find_span (snapshot, region, part->start - claim->start, &part_start, &part_end,
                          &part_state))
            continue;
          part_start += start;
          part_end += start;
        }
      else
        {
          part_start += start - claim->start;
          part_end += start - claim->start;
        }
      *slots[part->role] = (ProvSpan) { part_start, part_end };
    }
  return prov_span_is_set (spans->cue) && spans->cue.end > spans->cue.start;
}

/* Cue spans of the claims already in the document, "kind:start:end" → claim id. */
static GHashTable *
existing_claims (ProvDocumentContents *contents)
{
  GHashTable *existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint a = 0; a < contents->annotations->len; a++)
    {
      const ProvAnnotation *annotation = g_ptr_array_index (contents->annotations, a);

      if (annotation->role != PROV_ROLE_CUE || annotation->claim_id == 0 || annotation->start < 0)
        continue;
      g_hash_table_insert (existing,
                           g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "#id",
                                            annotation->kind != NULL ? annotation->kind : "",
                                            annotation->start, annotation->end),
                           g_memdup2 (&annotation->claim_id, sizeof (gint64)));
    }
  return existing;
}

static gboolean
apply_claim (Import                *import,
             const ProvReportClaim *claim,
             gint64                 claim_id,
             gboolean               created,
             GError               **error)
{
  ProvClaimUpdate update = { 0 };
  gint64 source_id = 0;

  if (claim->source_name != NULL)
    {
      source_id = prov_store_find_source_sync (import->store, claim->source_name, error);
      if (source_id == 0 && error != NULL && *error != NULL)
        return FALSE;
      if (source_id == 0)
        {
          source_id = prov_store_ensure_source_sync (import->store, claim->source_name,
                                                     claim->source_type, claim->reliability,
                                                     error);
          if (source_id <= 0)
            return FALSE;
          import->result->sources_created++;
        }
    }

  update.fields = PROV_CLAIM_UPDATE_CREDIBILITY | PROV_CLAIM_UPDATE_STATUS |
                  PROV_CLAIM_UPDATE_SOURCE | PROV_CLAIM_UPDATE_SUGGESTION;
  update.credibility = claim->credibility;
  update.status = claim->status;
  update.source_id = source_id;
  update.suggestion = claim->suggestion;
  if (claim->reliability_set || !created)
    {
      update.fields |= PROV_CLAIM_UPDATE_RELIABILITY;
      update.reliability = claim->reliability_set ? claim->reliability : '\0';
    }
  if ((claim->note != NULL && *claim->note != '\0') || !created)
    {
      update.fields |= PROV_CLAIM_UPDATE_NOTE;
      update.note = claim->note;
    }
  if (!prov_store_update_claim_sync (import->store, claim_id, &update, error))
    return FALSE;
  for (guint t = 0; claim->tags[t] != NULL; t++)
    if (!prov_store_add_tag_sync (import->store, 0, claim_id, claim->tags[t], error))
      return FALSE;
  return TRUE;
}

static gboolean
add_missing_notes (Import          *import,
                   ProvNoteTarget   target,
                   gint64           target_id,
                   GPtrArray       *notes,
                   GError         **error)
{
  g_autoptr(GPtrArray) present = NULL;

  if (notes->len == 0)
    return TRUE;
  present = prov_store_list_notes_sync (import->store, target, target_id, error);
  if (present == NULL)
    return FALSE;
  for (guint n = 0; n < notes->len; n++)
    {
      const char *body = g_ptr_array_index (notes, n);
      gboolean found = FALSE;

      for (guint p = 0; p < present->len && !found; p++)
        found = g_strcmp0 (prov_note_get_body (g_ptr_array_index (present, p)), body) == 0;
      if (found)
        continue;
      if (prov_store_add_note_sync (import->store, target, target_id, body, error) <= 0)
        return FALSE;
      import->result->notes_added++;
    }
  return TRUE;
}

static gboolean
import_document (Import                   *import,
                 const ProvReportDocument *snapshot,
                 GCancellable             *cancellable,
                 GError                  **error)
{
  g_autoptr(ProvDocumentContents) contents = NULL;
  g_autoptr(ProvAnchorText) current = NULL;
  g_autoptr(GHashTable) existing = NULL;
  gint64 document_id;

  document_id = prov_store_find_document_by_uri_sync (import->store, snapshot->uri, error);
  if (document_id == 0 && error != NULL && *error != NULL)
    return FALSE;
  if (document_id == 0)
    {
      ProvDocumentInfo info = { 0 };
      ProvAnalysis analysis = { 0 };
      ProvStoreAddResult added = { 0 };

      info.uri = snapshot->uri;
      info.title = snapshot->title;
      info.byline = snapshot->byline;
      info.site = snapshot->site;
      info.published = snapshot->published;
      info.language = snapshot->language;
      info.collection = snapshot->collection;
      /* No attributions: the file's claims are the claims, only its profile is kept. */
      analysis.text = snapshot->text;
      analysis.profile = snapshot->profile;
      if (!prov_store_add_document_version_sync (import->store, &info, snapshot->text, NULL, NULL,
                                                 NULL, NULL, &analysis, &added, error))
        return FALSE;
      document_id = added.document_id;
      import->result->documents_created++;
    }
  else
    import->result->documents_matched++;

  contents = prov_store_load_document_sync (import->store, document_id, 0, error);
  if (contents == NULL)
    return FALSE;
  if (g_strcmp0 (contents->text, snapshot->text) != 0)
    current = prov_anchor_text_new (contents->text != NULL ? contents->text : "");
  existing = existing_claims (contents);

  for (guint c = 0; c < snapshot->claims->len; c++)
    {
      const ProvReportClaim *claim = g_ptr_array_index (snapshot->claims, c);
      ProvClaimSpans spans;
      g_autofree char *key = NULL;
      gint64 *known;
      gint64 claim_id;
      gboolean moved = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!claim_spans (snapshot, claim, current, &spans, &moved))
        {
          import->result->claims_not_found++;
          continue;
        }
      if (moved)
        import->result->claims_reanchored++;

      key = g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "#id",
                             prov_kind_to_string (claim->kind), spans.cue.start, spans.cue.end);
      known = g_hash_table_lookup (existing, key);
      if (known != NULL)
        {
          claim_id = *known;
          import->result->claims_updated++;
        }
      else
        {
          claim_id = prov_store_add_claim_sync (import->store, document_id, &spans, error);
          if (claim_id <= 0)
            return FALSE;
          import->result->claims_created++;
          g_hash_table_insert (existing, g_steal_pointer (&key),
                               g_memdup2 (&claim_id, sizeof claim_id));
        }
      if (!apply_claim (import, claim, claim_id, known == NULL, error))
        return FALSE;
    }

  for (guint t = 0; snapshot->tags[t] != NULL; t++)
    if (!prov_store_add_tag_sync (import->store, document_id, 0, snapshot->tags[t], error))
      return FALSE;
  return add_missing_notes (import, PROV_NOTE_DOCUMENT, document_id, snapshot->notes, error);
}

gboolean
prov_annotation_import_sync (ProvStore                   *store,
                             GBytes                      *bytes,
                             ProvAnnotationImportResult  *result,
                             GCancellable                *cancellable,
                             GError                     **error)
{
  g_autoptr(ProvReport) report = NULL;
  ProvAnnotationImportResult local = { 0 };
  Import import = { store, result != NULL ? result : &local };

  g_return_val_if_fail (PROV_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (import.result, 0, sizeof *import.result);
  report = prov_annotation_parse (bytes, error);
  if (report == NULL)
    return FALSE;
  if (!import_sources (&import, report, error))
    return FALSE;
  for (guint d = 0; d < report->documents->len; d++)
    if (!import_document (&import, g_ptr_array_index (report->documents, d), cancellable, error))
      return FALSE;
  if (report->collection != NULL && report->notes->len > 0)
    {
      gint64 collection_id = prov_store_ensure_collection_sync (store, report->collection, error);

      if (collection_id <= 0 ||
          !add_missing_notes (&import, PROV_NOTE_COLLECTION, collection_id, report->notes, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
prov_annotation_import_file_sync (ProvStore                   *store,
                                  GFile                       *file,
                                  ProvAnnotationImportResult  *result,
                                  GCancellable                *cancellable,
                                  GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PROV_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return FALSE;
  return prov_annotation_import_sync (store, bytes, result, cancellable, error);
}
