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

#include <string.h>

#include "prov-anchor.h"
#include "prov-annotation-import.h"

#define CONTEXT_SIZE 32

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
