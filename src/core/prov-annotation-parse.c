/* prov-annotation-parse.c — reading W3C Web Annotations (our JSON-LD export) into a ProvReport
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first of the import's two steps: the whole file is parsed and checked into a ProvReport
 * (nothing is written when it is not a collection we can read); prov-annotation-import.c then
 * applies the report to the store.
 */
#define G_LOG_DOMAIN "prov-annotation-parse"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "prov-anchor.h"
#include "prov-annotation-import.h"
#include "prov-export-jsonld.h"

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
