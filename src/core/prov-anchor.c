/* prov-anchor.c — re-anchoring: exact, then bit-parallel approximate match, else orphan
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-anchor"

#include "config.h"

#include <string.h>

#include "prov-anchor.h"

#define MAX_ERRORS       256
#define MAX_CANDIDATES   8
/* The mean prefix/suffix similarity that vouches for a quote shorter than LONG_QUOTE: at the
 * expected position, for the only occurrence, or for an approximate match, the place itself is
 * half the evidence; among several exact occurrences the context must decide. */
#define CONTEXT_WEAK     0.5
#define CONTEXT_OK       0.75
#define FUZZY_MIN_SCORE  55.0  /* quote 50 + prefix 20 + suffix 20 needed for a fuzzy match */
#define LONG_QUOTE       32    /* an exact quote this long is trusted without its context */
#define UNIQUE_QUOTE     12    /* a quote this long found once is trusted without its context */

struct _ProvAnchorText
{
  gunichar *chars;
  gint64    n;
};

ProvAnchorText *
prov_anchor_text_new (const char *utf8)
{
  ProvAnchorText *text;
  glong n = 0;

  g_return_val_if_fail (utf8 != NULL, NULL);

  text = g_new0 (ProvAnchorText, 1);
  text->chars = g_utf8_to_ucs4_fast (utf8, -1, &n);
  text->n = n;
  return text;
}

void
prov_anchor_text_free (ProvAnchorText *text)
{
  if (text == NULL)
    return;
  g_free (text->chars);
  g_free (text);
}

gint64
prov_anchor_text_get_length (ProvAnchorText *text)
{
  g_return_val_if_fail (text != NULL, 0);
  return text->n;
}

const gunichar *
prov_anchor_text_get_chars (ProvAnchorText *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return text->chars;
}

char *
prov_anchor_text_slice (ProvAnchorText *text,
                        gint64          start,
                        gint64          end)
{
  g_return_val_if_fail (text != NULL, NULL);

  start = CLAMP (start, 0, text->n);
  end = CLAMP (end, start, text->n);
  return g_ucs4_to_utf8 (text->chars + start, end - start, NULL, NULL, NULL);
}

guint
prov_anchor_edit_distance (const gunichar *a,
                           gsize           n_a,
                           const gunichar *b,
                           gsize           n_b)
{
  g_autofree guint *row = g_new (guint, n_b + 1);
  guint result;

  for (gsize j = 0; j <= n_b; j++)
    row[j] = j;
  for (gsize i = 1; i <= n_a; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (gsize j = 1; j <= n_b; j++)
        {
          guint up = row[j];
          guint best = diag + (a[i - 1] == b[j - 1] ? 0 : 1);

          best = MIN (best, up + 1);
          best = MIN (best, row[j - 1] + 1);
          diag = up;
          row[j] = best;
        }
    }
  result = row[n_b];
  return result;
}

/* Similarity 0–1 of two short strings. */
static double
similarity (const gunichar *a,
            gsize           n_a,
            const gunichar *b,
            gsize           n_b)
{
  gsize longest = MAX (n_a, n_b);

  if (longest == 0)
    return 1.0;
  return 1.0 - (double) prov_anchor_edit_distance (a, n_a, b, n_b) / (double) longest;
}

typedef struct
{
  const gunichar *quote;
  gsize           n_quote;
  const gunichar *prefix;
  gsize           n_prefix;
  const gunichar *suffix;
  gsize           n_suffix;
  gint64          hint;
  gint64          lo;      /* a match must start in [lo, hi] */
  gint64          hi;
} Selector;

static double
context_similarity (ProvAnchorText *text,
                    const Selector *sel,
                    gint64          start,
                    gint64          end)
{
  gint64 p0 = MAX (0, start - (gint64) sel->n_prefix);
  gint64 s1 = MIN (text->n, end + (gint64) sel->n_suffix);
  double p = similarity (sel->prefix, sel->n_prefix, text->chars + p0, start - p0);
  double s = similarity (sel->suffix, sel->n_suffix, text->chars + end, s1 - end);

  return (p + s) / 2.0;
}

static gboolean
context_exact (ProvAnchorText *text,
               const Selector *sel,
               gint64          start,
               gint64          end)
{
  return start >= (gint64) sel->n_prefix && end + (gint64) sel->n_suffix <= text->n &&
         memcmp (text->chars + start - sel->n_prefix, sel->prefix,
                 sel->n_prefix * sizeof (gunichar)) == 0 &&
         memcmp (text->chars + end, sel->suffix, sel->n_suffix * sizeof (gunichar)) == 0;
}

static double
score_at (ProvAnchorText *text,
          const Selector *sel,
          gint64          start,
          gint64          end,
          guint           errors)
{
  double q = sel->n_quote > 0 ? 1.0 - (double) errors / (double) sel->n_quote : 1.0;
  double ctx = context_similarity (text, sel, start, end);
  double pos = 1.0;

  if (sel->hint >= 0 && text->n > 0)
    pos = 1.0 - MIN (1.0, (double) ABS (start - sel->hint) / (double) text->n);
  return 50.0 * q + 40.0 * ctx + 2.0 * pos;
}

static gboolean
find_exact (ProvAnchorText  *text,
            const Selector  *sel,
            ProvAnchorMatch *match)
{
  gsize m = sel->n_quote;
  guint n_found = 0;
  double best_ctx = 0;

  if (m == 0 || (gint64) m > text->n)
    return FALSE;

  for (gint64 i = MAX (0, sel->lo); i + (gint64) m <= text->n && i <= sel->hi; i++)
    {
      double score;

      if (text->chars[i] != sel->quote[0] ||
          memcmp (text->chars + i, sel->quote, m * sizeof (gunichar)) != 0)
        continue;
      n_found++;
      /* the whole context is unchanged: this is the place (the nearest such, scanning on would
       * only matter for a text that repeats 64 code points word for word) */
      if (context_exact (text, sel, i, i + m))
        {
          match->score = score_at (text, sel, i, i + m, 0);
          match->context = 1.0;
          match->start = i;
          match->end = i + m;
          match->state = PROV_ANCHOR_EXACT;
          match->errors = 0;
          return TRUE;
        }
      score = score_at (text, sel, i, i + m, 0);
      if (n_found == 1 || score > match->score)
        {
          match->score = score;
          match->start = i;
          match->end = i + m;
          best_ctx = context_similarity (text, sel, i, i + m);
          match->context = best_ctx;
        }
    }

  if (n_found == 0)
    return FALSE;
  if (m >= LONG_QUOTE || best_ctx >= (n_found == 1 ? CONTEXT_WEAK : CONTEXT_OK) ||
      (n_found == 1 && m >= UNIQUE_QUOTE) ||
      (sel->n_prefix == 0 && sel->n_suffix == 0))
    {
      match->state = PROV_ANCHOR_EXACT;
      match->errors = 0;
      return TRUE;
    }
  return FALSE;
}

/* The start of the best alignment of the whole quote ending at @end (reverse DP). */
static gint64
find_start (ProvAnchorText *text,
            const Selector *sel,
            gint64          end,
            guint           max_errors,
            guint          *errors)
{
  gsize m = sel->n_quote;
  gint64 width = MIN (end, (gint64) (m + max_errors));
  g_autofree guint *row = g_new (guint, width + 1);
  guint best;
  gint64 best_j;

  /* row[j]: cost of aligning the last i quote characters with the j text characters before
   * @end. */
  for (gint64 j = 0; j <= width; j++)
    row[j] = j;
  for (gsize i = 1; i <= m; i++)
    {
      guint diag = row[0];
      gunichar qc = sel->quote[m - i];

      row[0] = i;
      for (gint64 j = 1; j <= width; j++)
        {
          guint up = row[j];
          guint cost = diag + (qc == text->chars[end - j] ? 0 : 1);

          cost = MIN (cost, up + 1);
          cost = MIN (cost, row[j - 1] + 1);
          diag = up;
          row[j] = cost;
        }
    }

  best = row[0];
  best_j = 0;
  for (gint64 j = 1; j <= width; j++)
    {
      if (row[j] < best || (row[j] == best && ABS (j - (gint64) m) < ABS (best_j - (gint64) m)))
        {
          best = row[j];
          best_j = j;
        }
    }
  *errors = best;
  return end - best_j;
}

typedef struct
{
  gint64 end;
  guint  errors;
} Candidate;

/* Myers' bit-vector edit distance in 64-bit blocks (Hyyrö's formulation): for every text
 * position, the least number of errors of the quote ending there. Keeps the best local minima. */
static guint
scan_approximate (ProvAnchorText *text,
                  const Selector *sel,
                  guint           max_errors,
                  Candidate      *candidates)
{
  gsize m = sel->n_quote;
  gsize n_blocks = (m + 63) / 64;
  g_autoptr(GHashTable) alphabet = g_hash_table_new (NULL, NULL);
  g_autofree guint64 *peq = NULL;
  g_autofree guint64 *pv = g_new (guint64, n_blocks);
  g_autofree guint64 *mv = g_new0 (guint64, n_blocks);
  g_autofree gint64 *scores = g_new (gint64, n_blocks);
  guint64 last_bit = G_GUINT64_CONSTANT (1) << ((m - 1) % 64);
  guint n_symbols = 0;
  guint n_candidates = 0;
  gint64 prev_score = G_MAXINT64;
  gint64 prev2_score = G_MAXINT64;

  for (gsize i = 0; i < m; i++)
    {
      if (!g_hash_table_contains (alphabet, GUINT_TO_POINTER (sel->quote[i])))
        g_hash_table_insert (alphabet, GUINT_TO_POINTER (sel->quote[i]),
                             GUINT_TO_POINTER (++n_symbols));
    }
  /* peq[symbol * n_blocks + block]: bits of the quote positions holding that symbol. Symbol 0 is
   * every character not in the quote. */
  peq = g_new0 (guint64, (n_symbols + 1) * n_blocks);
  for (gsize i = 0; i < m; i++)
    {
      guint sym = GPOINTER_TO_UINT (g_hash_table_lookup (alphabet,
                                                         GUINT_TO_POINTER (sel->quote[i])));

      peq[sym * n_blocks + i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
    }
  for (gsize b = 0; b < n_blocks; b++)
    {
      pv[b] = ~G_GUINT64_CONSTANT (0);
      scores[b] = (b + 1 == n_blocks) ? (gint64) m : (gint64) (b + 1) * 64;
    }

  for (gint64 k = 0; k < text->n; k++)
    {
      guint sym = GPOINTER_TO_UINT (g_hash_table_lookup (alphabet,
                                                         GUINT_TO_POINTER (text->chars[k])));
      int hin = 0;  /* semi-global: a match may start anywhere, row 0 is all zeros */
      gint64 score;

      for (gsize b = 0; b < n_blocks; b++)
        {
          guint64 eq = peq[sym * n_blocks + b];
          guint64 xv = eq | mv[b];
          guint64 xh, ph, mh;
          guint64 high = (b + 1 == n_blocks) ? last_bit : G_GUINT64_CONSTANT (1) << 63;
          int hout = 0;

          if (hin < 0)
            eq |= 1;
          xh = (((eq & pv[b]) + pv[b]) ^ pv[b]) | eq;
          ph = mv[b] | ~(xh | pv[b]);
          mh = pv[b] & xh;
          if (ph & high)
            hout = 1;
          else if (mh & high)
            hout = -1;
          ph <<= 1;
          mh <<= 1;
          if (hin < 0)
            mh |= 1;
          else if (hin > 0)
            ph |= 1;
          pv[b] = mh | ~(xv | ph);
          mv[b] = ph & xv;
          scores[b] += hout;
          hin = hout;
        }

      score = scores[n_blocks - 1];
      /* the previous position is a local minimum within the error budget */
      if (prev_score <= (gint64) max_errors && prev_score <= prev2_score && prev_score <= score)
        {
          Candidate c = { k, (guint) prev_score };  /* ends at k (exclusive) */
          guint worst = 0;

          if (n_candidates < MAX_CANDIDATES)
            candidates[n_candidates++] = c;
          else
            {
              for (guint i = 1; i < n_candidates; i++)
                if (candidates[i].errors > candidates[worst].errors)
                  worst = i;
              if (c.errors < candidates[worst].errors)
                candidates[worst] = c;
            }
        }
      prev2_score = prev_score;
      prev_score = score;
    }
  if (prev_score <= (gint64) max_errors && prev_score <= prev2_score)
    {
      Candidate c = { text->n, (guint) prev_score };

      if (n_candidates < MAX_CANDIDATES)
        candidates[n_candidates++] = c;
    }
  return n_candidates;
}

static gboolean
find_approximate (ProvAnchorText  *text,
                  const Selector  *sel,
                  ProvAnchorMatch *match)
{
  Candidate candidates[MAX_CANDIDATES];
  guint max_errors = MIN (sel->n_quote / 2, MAX_ERRORS);
  guint n;
  gboolean found = FALSE;

  if (sel->n_quote == 0 || text->n == 0)
    return FALSE;

  n = scan_approximate (text, sel, max_errors, candidates);
  for (guint i = 0; i < n; i++)
    {
      guint errors = 0;
      gint64 start = find_start (text, sel, candidates[i].end, max_errors, &errors);
      double score = score_at (text, sel, start, candidates[i].end, errors);

      if (start < sel->lo || start > sel->hi)
        continue;
      /* a short quote needs its context, whether found with errors or without */
      if (errors > max_errors || score < FUZZY_MIN_SCORE ||
          (sel->n_quote < LONG_QUOTE &&
           context_similarity (text, sel, start, candidates[i].end) < CONTEXT_WEAK))
        continue;
      if (!found || score > match->score)
        {
          found = TRUE;
          match->score = score;
          match->context = context_similarity (text, sel, start, candidates[i].end);
          match->start = start;
          match->end = candidates[i].end;
          match->errors = errors;
          match->state = errors == 0 ? PROV_ANCHOR_EXACT : PROV_ANCHOR_FUZZY;
        }
    }
  return found;
}

static ProvAnchorMatch find_in (ProvAnchorText *text,
                                const char     *exact,
                                const char     *prefix,
                                const char     *suffix,
                                gint64          hint_start,
                                gint64          lo,
                                gint64          hi);

ProvAnchorMatch
prov_anchor_find (ProvAnchorText *text,
                  const char     *exact,
                  const char     *prefix,
                  const char     *suffix,
                  gint64          hint_start)
{
  g_return_val_if_fail (text != NULL, ((ProvAnchorMatch) { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0,
                                                           0.0 }));

  return prov_anchor_find_within (text, exact, prefix, suffix, hint_start, 0, text->n);
}

ProvAnchorMatch
prov_anchor_find_within (ProvAnchorText *whole,
                         const char     *exact,
                         const char     *prefix,
                         const char     *suffix,
                         gint64          hint_start,
                         gint64          from,
                         gint64          to)
{
  ProvAnchorText view;
  ProvAnchorText *text = &view;
  ProvAnchorMatch found;
  ProvAnchorMatch match = { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0, 0.0 };
  gint64 offset;

  g_return_val_if_fail (whole != NULL, match);
  g_return_val_if_fail (exact != NULL, match);

  /* Search a view of the window with a margin for the contexts, then shift back. */
  from = CLAMP (from, 0, whole->n);
  to = CLAMP (to, from, whole->n);
  offset = MAX (0, from - 64);
  view.chars = whole->chars + offset;
  view.n = MIN (whole->n, to + 64 + (gint64) strlen (exact)) - offset;
  found = find_in (text, exact, prefix, suffix, hint_start >= offset ? hint_start - offset : -1,
                   from - offset, to - offset);
  if (found.state == PROV_ANCHOR_ORPHAN)
    return found;
  found.start += offset;
  found.end += offset;
  return found;
}

static ProvAnchorMatch
find_in (ProvAnchorText *text,
         const char     *exact,
         const char     *prefix,
         const char     *suffix,
         gint64          hint_start,
         gint64          lo,
         gint64          hi)
{
  ProvAnchorMatch match = { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0, 0.0 };
  g_autofree gunichar *q = NULL;
  g_autofree gunichar *p = NULL;
  g_autofree gunichar *s = NULL;
  glong n_q = 0, n_p = 0, n_s = 0;
  Selector sel;

  q = g_utf8_to_ucs4_fast (exact, -1, &n_q);
  p = g_utf8_to_ucs4_fast (prefix != NULL ? prefix : "", -1, &n_p);
  s = g_utf8_to_ucs4_fast (suffix != NULL ? suffix : "", -1, &n_s);
  sel = (Selector) { q, n_q, p, n_p, s, n_s, hint_start, lo, hi };

  if (n_q == 0)
    return match;

  /* 1. the old position still holds the quote */
  if (hint_start >= lo && hint_start <= hi && hint_start + n_q <= text->n &&
      memcmp (text->chars + hint_start, q, n_q * sizeof (gunichar)) == 0)
    {
      match.state = PROV_ANCHOR_EXACT;
      match.start = hint_start;
      match.end = hint_start + n_q;
      match.score = score_at (text, &sel, match.start, match.end, 0);
      match.context = context_similarity (text, &sel, match.start, match.end);
      if (match.context >= CONTEXT_WEAK || n_q >= LONG_QUOTE)
        return match;
      match = (ProvAnchorMatch) { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0, 0.0 };
    }

  /* 2. exact search, 3. approximate search */
  if (find_exact (text, &sel, &match) || find_approximate (text, &sel, &match))
    return match;

  return (ProvAnchorMatch) { PROV_ANCHOR_ORPHAN, -1, -1, 0, 0.0, 0.0 };
}
