/* prov-rules-quotes.c — direct quotations that no reporting verb claimed: a quote of a few
 * words or more whose speaker a dash or a colon names ("“…” – Jane Roe", "Jane Roe: “…”")
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-quotes"

#include "config.h"

#include "prov-chunk.h"

/* Shorter quotes are titles and scare quotes ("the “Great Satan”"). */
#define MIN_QUOTE_WORDS 6

static gboolean
is_dash (const ProvToken *t)
{
  return (t->flags & PROV_TOK_PUNCT) && (t->c == '-' || t->c == 0x2014);
}

/* "“…” – Jane Roe": a capitalised name after a dash ends the quote's paragraph. */
static ProvChunk
speaker_after (const ProvBlock *block,
               gint             close)
{
  ProvChunk none = { 0, 0, FALSE };
  guint k;
  guint e;

  if (close < 0 || (guint) close + 2 >= block->n_tok || !is_dash (&block->tok[close + 1]))
    return none;
  k = (guint) close + 2;
  if (!(block->tok[k].flags & PROV_TOK_CAP))
    return none;
  e = k;
  while (e + 1 < block->n_tok && !(block->tok[e + 1].flags & PROV_TOK_PARA_START) &&
         (block->tok[e + 1].flags & PROV_TOK_WORD) && e - k < 5)
    e++;
  return (ProvChunk) { k, e, TRUE };
}

/* "Jane Roe: “…”": a short capitalised name and a colon open the quote's paragraph. */
static ProvChunk
speaker_before (const ProvBlock *block,
                guint            open)
{
  ProvChunk none = { 0, 0, FALSE };
  guint s;

  if (open < 2 || block->tok[open - 1].c != ':' || !(block->tok[open - 1].flags & PROV_TOK_PUNCT))
    return none;
  s = open - 2;
  while (s > 0 && open - 2 - s < 4 && !(block->tok[s].flags & PROV_TOK_PARA_START) &&
         (block->tok[s - 1].flags & PROV_TOK_WORD))
    s--;
  if (!(block->tok[s].flags & PROV_TOK_PARA_START) || !(block->tok[s].flags & PROV_TOK_CAP))
    return none;
  return (ProvChunk) { s, open - 2, TRUE };
}

/* The last quote attribution with a source that ends before token @open in its paragraph. */
static const ProvAttribution *
previous_speaker (const ProvBlock *block,
                  guint            open)
{
  const ProvAttribution *best = NULL;
  gint64 para_start = 0;

  for (guint k = open + 1; k > 0; k--)
    {
      if (block->tok[k - 1].flags & PROV_TOK_PARA_START)
        {
          para_start = block->tok[k - 1].start;
          break;
        }
    }
  for (guint i = 0; i < block->found->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (block->found, i);

      if (a->kind != PROV_KIND_QUOTE || !prov_span_is_set (a->source) ||
          a->cue.start < para_start || a->content.end > block->tok[open].start)
        continue;
      if (best == NULL || a->content.end > best->content.end)
        best = a;
    }
  return best;
}

void
_prov_rules_quotes (ProvBlock *block)
{
  for (guint i = 0; i < block->quotes->len; i++)
    {
      const ProvQuote *q = &g_array_index (block->quotes, ProvQuote, i);
      ProvChunk speaker;
      ProvSpan source = PROV_SPAN_NONE;

      if (block->tok[q->open].flags & PROV_TOK_USED_QUOTE)
        continue;
      if (q->n_words < MIN_QUOTE_WORDS || q->end <= q->start)
        continue;
      speaker = speaker_after (block, q->close);
      if (!speaker.found)
        speaker = speaker_before (block, q->open);
      if (!speaker.found && block->quote_continuations)
        {
          /* "“C1,” she said. “C2.”": a quote continues its paragraph's last speaker. */
          const ProvAttribution *prev = previous_speaker (block, q->open);

          if (prev != NULL)
            {
              _prov_block_add (block, PROV_KIND_QUOTE,
                               _prov_block_span (block, q->open, q->open), prev->source,
                               (ProvSpan) { q->start, q->end }, "quote-continued", 0.6);
              continue;
            }
        }
      /* A quote with no speaker is a continuation of the previous speaker's words, or a
       * phrase the writer borrows; neither is a new attribution. */
      if (!speaker.found)
        continue;
      source = _prov_block_span (block, speaker.first, speaker.last);
      _prov_block_add (block, PROV_KIND_QUOTE, _prov_block_span (block, q->open, q->open),
                       source, (ProvSpan) { q->start, q->end }, "quote-speaker", 0.7);
    }
}
