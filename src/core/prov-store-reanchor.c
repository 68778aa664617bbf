/* prov-store-reanchor.c — ProvStore: analyzer output into claims, and re-anchoring on new text
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-store-reanchor"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "prov-anchor.h"
#include "prov-store-private.h"

#define CONTEXT_LENGTH 32

/* The same quote in the same context, where ever it moved. */
#define IS_CERTAIN(m) ((m).state == PROV_ANCHOR_EXACT && (m).context >= 0.999)

void
_prov_quote_selector (const gunichar *chars,
                      gint64          n_chars,
                      gint64          start,
                      gint64          end,
                      char          **exact,
                      char          **prefix,
                      char          **suffix)
{
  gint64 p0 = MAX (0, start - CONTEXT_LENGTH);
  gint64 s1 = MIN (n_chars, end + CONTEXT_LENGTH);

  *exact = g_ucs4_to_utf8 (chars + start, end - start, NULL, NULL, NULL);
  *prefix = g_ucs4_to_utf8 (chars + p0, start - p0, NULL, NULL, NULL);
  *suffix = g_ucs4_to_utf8 (chars + end, s1 - end, NULL, NULL, NULL);
}

static gboolean
insert_annotation (ProvDb          *db,
                   ProvAnchorText  *text,
                   gint64           document_id,
                   gint64           version_id,
                   gint64           claim_id,
                   const char      *role,
                   ProvOrigin       origin,
                   ProvSpan         span,
                   const char      *rule,
                   GError         **error)
{
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  sqlite3_stmt *stmt;

  _prov_quote_selector (prov_anchor_text_get_chars (text), prov_anchor_text_get_length (text),
                        span.start, span.end, &exact, &prefix, &suffix);
  stmt = _prov_db_stmt (db, "INSERT INTO annotations (document_id, version_id, claim_id, role, "
                        "origin, status, start, end, exact, prefix, suffix, rule) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, version_id);
  sqlite3_bind_int64 (stmt, 3, claim_id);
  _prov_bind_text (stmt, 4, role);
  _prov_bind_text (stmt, 5, origin == PROV_ORIGIN_USER ? "user" : "auto");
  _prov_bind_text (stmt, 6, origin == PROV_ORIGIN_USER ? "accepted" : "suggested");
  sqlite3_bind_int64 (stmt, 7, span.start);
  sqlite3_bind_int64 (stmt, 8, span.end);
  _prov_bind_text (stmt, 9, exact);
  _prov_bind_text (stmt, 10, prefix);
  _prov_bind_text (stmt, 11, suffix);
  _prov_bind_text (stmt, 12, rule);
  return _prov_db_step_done (db, stmt, error);
}

static gboolean
span_ok (ProvSpan span,
         gint64   n)
{
  return !prov_span_is_set (span) || (span.start <= span.end && span.end <= n);
}

/* Inserts one claim with its annotations; the caller holds the writer in a transaction. */
gboolean
_prov_store_insert_claim (ProvStore        *self,
                          ProvAnchorText   *text,
                          gint64            document_id,
                          gint64            version_id,
                          ProvKind          kind,
                          ProvSpan          cue,
                          ProvSpan          source,
                          ProvSpan          content,
                          ProvOrigin        origin,
                          const char       *rule,
                          gint64           *claim_id,
                          GError          **error)
{
  ProvDb *db = &self->w;
  ProvSpan spans[3] = { cue, source, content };
  gint64 n = prov_anchor_text_get_length (text);
  gint64 start = G_MAXINT64, end = -1;
  gint64 source_id = 0;
  g_autofree char *quote = NULL;
  sqlite3_stmt *stmt;

  if (!prov_span_is_set (cue) || cue.end <= cue.start || !span_ok (cue, n) ||
      !span_ok (source, n) || !span_ok (content, n))
    {
      g_set_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_INVALID,
                   _("A claim span lies outside the text (cue %" PRId64 "–%"
                     PRId64 ", text length %" PRId64 ")"),
                   cue.start, cue.end, n);
      return FALSE;
    }
  for (guint i = 0; i < 3; i++)
    {
      if (!prov_span_is_set (spans[i]))
        continue;
      start = MIN (start, spans[i].start);
      end = MAX (end, spans[i].end);
    }
  quote = prov_anchor_text_slice (text, start, end);

  if ((kind == PROV_KIND_NAMED || kind == PROV_KIND_QUOTE) && prov_span_is_set (source) &&
      source.end > source.start)
    {
      g_autofree char *name = prov_anchor_text_slice (text, source.start, source.end);

      g_strstrip (name);
      if (*name != '\0' &&
          !_prov_store_source_id_locked (self, name, "unknown", 'F', TRUE, &source_id, error))
        return FALSE;
    }

  stmt = _prov_db_stmt (db, "INSERT INTO claims (document_id, kind, quote, start, source_id, "
                        "suggestion, origin, rule, created, modified) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  _prov_bind_text (stmt, 2, prov_kind_to_string (kind));
  _prov_bind_text (stmt, 3, quote);
  sqlite3_bind_int64 (stmt, 4, start);
  if (source_id != 0)
    sqlite3_bind_int64 (stmt, 5, source_id);
  _prov_bind_text (stmt, 6, origin == PROV_ORIGIN_USER ? "accepted" : "suggested");
  _prov_bind_text (stmt, 7, origin == PROV_ORIGIN_USER ? "user" : "auto");
  _prov_bind_text (stmt, 8, rule);
  sqlite3_bind_int64 (stmt, 9, _prov_now ());
  sqlite3_bind_int64 (stmt, 10, _prov_now ());
  if (!_prov_db_step_done (db, stmt, error))
    return FALSE;
  *claim_id = sqlite3_last_insert_rowid (db->db);

  if (!insert_annotation (db, text, document_id, version_id, *claim_id, "cue", origin, cue, rule,
                          error))
    return FALSE;
  if (prov_span_is_set (source) && source.end > source.start &&
      !insert_annotation (db, text, document_id, version_id, *claim_id, "source", origin, source,
                          rule, error))
    return FALSE;
  if (prov_span_is_set (content) && content.end > content.start &&
      !insert_annotation (db, text, document_id, version_id, *claim_id, "content", origin,
                          content, rule, error))
    return FALSE;
  return TRUE;
}

gboolean
_prov_store_apply_analysis (ProvStore           *self,
                            gint64               document_id,
                            gint64               version_id,
                            const char          *text,
                            const ProvAnalysis  *analysis,
                            guint               *n_added,
                            GError             **error)
{
  g_autoptr(ProvAnchorText) anchor_text = prov_anchor_text_new (text);
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ProvDb *db = &self->w;
  sqlite3_stmt *stmt;
  guint added = 0;
  int row;

  /* Every cue already there, whatever its status: re-analysis never duplicates an accepted
   * claim nor resurrects a dismissed suggestion. */
  stmt = _prov_db_stmt (db, "SELECT start, end FROM annotations WHERE document_id = ? "
                        "AND version_id = ? AND role = 'cue' AND anchor != 'orphan'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, version_id);
  while ((row = _prov_db_step_row (db, stmt, error)) > 0)
    g_hash_table_add (existing, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                 (gint64) sqlite3_column_int64 (stmt, 0),
                                                 (gint64) sqlite3_column_int64 (stmt, 1)));
  if (row < 0)
    return FALSE;

  for (guint i = 0; analysis->attributions != NULL && i < analysis->attributions->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (analysis->attributions, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                              a->cue.start, a->cue.end);
      gint64 claim_id = 0;

      if (g_hash_table_contains (existing, key))
        continue;
      if (!_prov_store_insert_claim (self, anchor_text, document_id, version_id, a->kind, a->cue,
                                     a->source, a->content, PROV_ORIGIN_AUTO, a->rule, &claim_id,
                                     error))
        return FALSE;
      g_hash_table_add (existing, g_steal_pointer (&key));
      added++;
    }
  *n_added = added;
  return TRUE;
}

typedef struct
{
  gint64  id;
  gint64  claim_id;
  char   *role;
  gint64  start;
  char   *exact;
  char   *prefix;
  char   *suffix;
} OldAnnotation;

static void
old_annotation_free (gpointer data)
{
  OldAnnotation *a = data;

  g_free (a->role);
  g_free (a->exact);
  g_free (a->prefix);
  g_free (a->suffix);
  g_free (a);
}

static gboolean
refresh_claim (ProvDb          *db,
               ProvAnchorText  *text,
               gint64           claim_id,
               GError         **error)
{
  g_autofree char *quote = NULL;
  sqlite3_stmt *stmt;
  gint64 start, end, orphans, fuzzy;
  int row;

  stmt = _prov_db_stmt (db, "SELECT min (start) FILTER (WHERE anchor != 'orphan'), "
                        "max (end) FILTER (WHERE anchor != 'orphan'), "
                        "count(*) FILTER (WHERE anchor = 'orphan'), "
                        "count(*) FILTER (WHERE anchor = 'fuzzy') "
                        "FROM annotations WHERE claim_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  row = _prov_db_step_row (db, stmt, error);
  if (row <= 0)
    return row == 0;
  start = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 0);
  end = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 1);
  orphans = sqlite3_column_int64 (stmt, 2);
  fuzzy = sqlite3_column_int64 (stmt, 3);
  sqlite3_reset (stmt);

  if (start >= 0 && orphans == 0)
    quote = prov_anchor_text_slice (text, start, end);

  /* The quote is kept when a part is lost, so the reader sees what was claimed. */
  stmt = _prov_db_stmt (db, "UPDATE claims SET quote = coalesce (?1, quote), start = ?2, "
                        "changed = changed OR ?3 OR (?1 IS NOT NULL AND ?1 != quote) "
                        "WHERE id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  _prov_bind_text (stmt, 1, quote);
  sqlite3_bind_int64 (stmt, 2, start);
  sqlite3_bind_int (stmt, 3, orphans > 0 || fuzzy > 0);
  sqlite3_bind_int64 (stmt, 4, claim_id);
  return _prov_db_step_done (db, stmt, error);
}

/* Whether match @i overlaps a better match (certain, or scored higher) of another annotation
 * in the same role: two cues, or two contents, cannot take the same words. */
static gboolean
overlaps_better (GPtrArray             *old,
                  const ProvAnchorMatch *matches,
                  guint                  i)
{
  const char *role = ((OldAnnotation *) g_ptr_array_index (old, i))->role;

  if (matches[i].state == PROV_ANCHOR_ORPHAN)
    return FALSE;
  for (guint j = 0; j < old->len; j++)
    {
      if (j == i || matches[j].state == PROV_ANCHOR_ORPHAN ||
          (!IS_CERTAIN (matches[j]) && matches[j].score < matches[i].score) ||
          g_strcmp0 (((OldAnnotation *) g_ptr_array_index (old, j))->role, role) != 0)
        continue;
      if (matches[j].start < matches[i].end && matches[i].start < matches[j].end)
        return TRUE;
    }
  return FALSE;
}

gboolean
_prov_store_reanchor (ProvStore   *self,
                      gint64       document_id,
                      gint64       old_version_id,
                      gint64       new_version_id,
                      const char  *new_text,
                      guint       *n_found,
                      guint       *n_orphaned,
                      GError     **error)
{
  g_autoptr(ProvAnchorText) text = prov_anchor_text_new (new_text);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (old_annotation_free);
  g_autoptr(GHashTable) claims = g_hash_table_new (g_int64_hash, g_int64_equal);
  ProvDb *db = &self->w;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key;
  g_autofree ProvAnchorMatch *matches = NULL;

  gint64 shift = 0;
  int row;

  *n_found = *n_orphaned = 0;
  stmt = _prov_db_stmt (db, "SELECT id, coalesce (claim_id, 0), start, exact, prefix, suffix, "
                        "role FROM annotations WHERE version_id = ? ORDER BY start < 0, start",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, old_version_id);
  while ((row = _prov_db_step_row (db, stmt, error)) > 0)
    {
      OldAnnotation *a = g_new0 (OldAnnotation, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->claim_id = sqlite3_column_int64 (stmt, 1);
      a->start = sqlite3_column_int64 (stmt, 2);
      a->exact = _prov_column_dup (stmt, 3);
      a->prefix = _prov_column_dup (stmt, 4);
      a->suffix = _prov_column_dup (stmt, 5);
      a->role = _prov_column_dup (stmt, 6);
      g_ptr_array_add (old, a);
    }
  if (row < 0)
    return FALSE;

  /* In document order, an insertion or a deletion shifts every later annotation by the same
   * amount: the old position plus the last shift is checked first, which makes the common case
   * one comparison instead of a search. */
  matches = g_new0 (ProvAnchorMatch, old->len);
  for (guint i = 0; i < old->len; i++)
    {
      OldAnnotation *a = g_ptr_array_index (old, i);
      ProvAnchorMatch *match = &matches[i];

      *match = prov_anchor_find (text, a->exact, a->prefix, a->suffix,
                                 a->start >= 0 ? MAX (0, a->start + shift) : -1);
      if (match->state != PROV_ANCHOR_EXACT || match->start != a->start + shift)
        g_debug ("annotation %" G_GINT64_FORMAT " “%s”: %s at %" G_GINT64_FORMAT " (was %"
                 G_GINT64_FORMAT ", shift %" G_GINT64_FORMAT ", score %.1f)", a->id, a->exact,
                 prov_anchor_state_to_string (match->state), match->start, a->start, shift,
                 match->score);
      /* only a certain match moves the expected shift (a wrong one must not spread) */
      if (IS_CERTAIN (*match) && a->start >= 0)
        shift = match->start - a->start;
    }

  /* A match that is not certain (not the same quote in the same context) must keep its place
   * among the certain ones around it, and must not take the words of a better match in the same
   * role: a near twin of a deleted sentence elsewhere in the text is not where the annotation
   * went. It is looked for again between its neighbours, else orphaned. Moved paragraphs keep
   * their context, so they stay. */
  for (guint i = 0; i < old->len; i++)
    {
      OldAnnotation *a = g_ptr_array_index (old, i);
      gint64 low = G_MININT64, high = G_MAXINT64;

      if (matches[i].state == PROV_ANCHOR_ORPHAN || IS_CERTAIN (matches[i]) || a->start < 0)
        continue;
      for (guint j = i; j-- > 0;)
        if (IS_CERTAIN (matches[j]))
          {
            low = matches[j].start;
            break;
          }
      for (guint k = i + 1; k < old->len; k++)
        if (IS_CERTAIN (matches[k]) && ((OldAnnotation *) g_ptr_array_index (old, k))->start >= 0)
          {
            high = matches[k].start;
            break;
          }
      if (matches[i].start < low || matches[i].start > high ||
          overlaps_better (old, matches, i))
        {
          /* look again, between those neighbours only */
          matches[i] = prov_anchor_find_within (text, a->exact, a->prefix, a->suffix, -1,
                                                MAX (0, low), MIN (high - 1, G_MAXINT64 / 2));
          if (!IS_CERTAIN (matches[i]) && overlaps_better (old, matches, i))
            matches[i] = (ProvAnchorMatch) { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0, 0.0 };
          g_debug ("annotation %" G_GINT64_FORMAT " “%s”: out of order or taken, between %"
                   G_GINT64_FORMAT " and %" G_GINT64_FORMAT ": %s at %" G_GINT64_FORMAT, a->id,
                   a->exact, low, high, prov_anchor_state_to_string (matches[i].state),
                   matches[i].start);
        }
    }

  for (guint i = 0; i < old->len; i++)
    {
      OldAnnotation *a = g_ptr_array_index (old, i);
      ProvAnchorMatch *match = &matches[i];
      g_autofree char *exact = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;

      if (match->state != PROV_ANCHOR_ORPHAN)
        {
          _prov_quote_selector (prov_anchor_text_get_chars (text),
                                prov_anchor_text_get_length (text), match->start, match->end,
                                &exact, &prefix, &suffix);
          (*n_found)++;
        }
      else
        (*n_orphaned)++;

      /* An orphan keeps its old selector, so a later version may find it again. */
      stmt = _prov_db_stmt (db, "UPDATE annotations SET version_id = ?, anchor = ?, start = ?, "
                            "end = ?, exact = coalesce (?, exact), prefix = coalesce (?, prefix), "
                            "suffix = coalesce (?, suffix) WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, new_version_id);
      _prov_bind_text (stmt, 2, prov_anchor_state_to_string (match->state));
      sqlite3_bind_int64 (stmt, 3, match->start);
      sqlite3_bind_int64 (stmt, 4, match->end);
      _prov_bind_text (stmt, 5, exact);
      _prov_bind_text (stmt, 6, prefix);
      _prov_bind_text (stmt, 7, suffix);
      sqlite3_bind_int64 (stmt, 8, a->id);
      if (!_prov_db_step_done (db, stmt, error))
        return FALSE;
      if (a->claim_id != 0)
        g_hash_table_add (claims, &a->claim_id);
    }

  g_hash_table_iter_init (&iter, claims);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!refresh_claim (db, text, *(gint64 *) key, error))
        return FALSE;
    }
  g_debug ("document %" G_GINT64_FORMAT ": %u annotations re-anchored, %u orphaned",
           document_id, *n_found, *n_orphaned);
  return TRUE;
}
