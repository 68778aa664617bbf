/* prov-rules-quotes.c — direct quotations that no reporting verb claimed: a quote of a few
 * words or more whose speaker a dash or a colon names ("“…” – Jane Roe",
 * "Jane Roe: “…”"), and quotes that go on with their paragraph's last speaker (joined to
 * that speaker's attribution)
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
speaker_after (const ProvTextBlock *block,
               gint                 close)
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
speaker_before (const ProvTextBlock *block,
                guint                open)
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

/* The last quote attribution with a source that ends before token @open in its paragraph,
 * when no other attribution's cue lies between its content and @open (a new report in
 * between makes the quote that report's, or nobody's). */
static ProvAttribution *
previous_speaker (const ProvTextBlock *block,
                  guint                open)
{
  ProvAttribution *best = NULL;
  gint64 para_start = 0;
  gint64 at = block->tok[open].start;

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
      ProvAttribution *a = g_ptr_array_index (block->found, i);

      if (a->kind != PROV_KIND_QUOTE || !prov_span_is_set (a->source) ||
          a->cue.start < para_start || a->content.end > at)
        continue;
      if (best == NULL || a->content.end > best->content.end)
        best = a;
    }
  if (best == NULL)
    return NULL;
  for (guint i = 0; i < block->found->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (block->found, i);

      if (a != best && a->kind != PROV_KIND_HEDGE && a->cue.start >= best->content.end &&
          a->cue.start < at)
        return NULL;
    }
  return best;
}

/* Whether the quote opening at token @open starts a sentence or follows a comma (a
 * continuation, "“A,” she said. “B.”" or "“A,” she said, “B.”") rather than sitting
 * inside running text (a scare quote). */
static gboolean
opens_clause (const ProvTextBlock *block,
              guint                open)
{
  const ProvToken *prev;

  if (block->tok[open].flags & (PROV_TOK_SENT_START | PROV_TOK_PARA_START))
    return TRUE;
  if (open == 0)
    return TRUE;
  prev = &block->tok[open - 1];
  return (prev->flags & PROV_TOK_PUNCT) && (prev->c == ',' || prev->c == ':' || prev->c == '.');
}

void
_prov_rules_quotes (ProvTextBlock *block)
{
  for (guint i = 0; i < block->quotes->len; i++)
    {
      const ProvQuote *q = &g_array_index (block->quotes, ProvQuote, i);
      ProvChunk speaker;
      ProvSpan source = PROV_SPAN_NONE;
      ProvSpan cue;
      ProvAttribution *prev;

      if (block->tok[q->open].flags & PROV_TOK_USED_QUOTE || q->end <= q->start)
        continue;
      speaker = speaker_after (block, q->close);
      if (!speaker.found)
        speaker = speaker_before (block, q->open);
      if (!speaker.found && opens_clause (block, q->open) &&
          (prev = previous_speaker (block, q->open)) != NULL)
        {
          /* "“A,” she said. “B.”": the quote goes on with the same speech, so the speaker's
           * attribution covers it; its content runs from the start of A to the end of B. */
          prev->content.end = q->end;
          block->tok[q->open].flags |= PROV_TOK_USED_QUOTE;
          continue;
        }
      /* A quote with no speaker is a phrase the writer borrows, not an attribution; shorter
       * quotes are titles and scare quotes. */
      if (!speaker.found || q->n_words < MIN_QUOTE_WORDS)
        continue;
      cue = _prov_block_span (block, q->open, q->open);
      if (speaker.last + 2 == q->open)
        {
          /* "Stated Stone: “…”", "Clinton responded awkwardly: “…”": the verb is the
           * cue and the name the source; any other word makes a sentence ("Transcript as
           * follows:"), no speaker. */
          guint verb = G_MAXUINT;
          guint name = G_MAXUINT;
          gboolean other = FALSE;

          for (guint k = speaker.first; k <= speaker.last; k++)
            {
              if ((block->tok[k].lex & PROV_LEX_VERBS) && verb == G_MAXUINT)
                verb = k;
              else if ((block->tok[k].flags & PROV_TOK_CAP) && name == G_MAXUINT)
                name = k;
              else if (!(block->tok[k].flags & PROV_TOK_CAP) &&
                       !g_str_has_suffix (_prov_block_lower (block, k), "ly"))
                other = TRUE;
            }
          if (other || name == G_MAXUINT)
            continue;
          if (verb != G_MAXUINT)
            {
              guint e = name;

              cue = _prov_block_span (block, verb, verb);
              while (e + 1 <= speaker.last && e + 1 != verb &&
                     (block->tok[e + 1].flags & PROV_TOK_CAP))
                e++;
              speaker.first = name;
              speaker.last = e;
            }
        }
      source = _prov_block_span (block, speaker.first, speaker.last);
      _prov_block_add (block, PROV_KIND_QUOTE, cue, source, (ProvSpan) { q->start, q->end },
                       "quote-speaker", 0.7);
    }
}
