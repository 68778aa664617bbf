/* prov-rules-markers.c — lexicon phrases that need no frame: hearsay markers ("reportedly",
 * "is said to"), hedges ("could potentially", "is expected to"), and the anonymous-source
 * and weasel phrases that later decide a source's kind
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-markers"

#include "config.h"

#include <string.h>

#include "prov-block.h"

gboolean
_prov_block_match (const ProvTextBlock  *block,
                   guint                 i,
                   guint                 categories,
                   guint                *end,
                   const ProvPhrase    **phrase)
{
  GPtrArray *list;

  if (i >= block->n_tok || !(block->tok[i].phrase_lex & categories))
    return FALSE;
  list = block->tok[i].phrases;
  if (list == NULL || list->len == 0)
    return FALSE;

  for (guint p = 0; p < list->len; p++)
    {
      const ProvPhrase *ph = g_ptr_array_index (list, p);
      gboolean ok = TRUE;

      if (!(categories & PROV_LEX_BIT (ph->category)) || i + ph->n_words > block->n_tok)
        continue;
      for (guint k = 1; k < ph->n_words && ok; k++)
        ok = strcmp (_prov_block_lower (block, i + k), ph->words[k]) == 0;
      if (ok)
        {
          *end = i + ph->n_words;
          if (phrase != NULL)
            *phrase = ph;
          return TRUE;
        }
    }
  return FALSE;
}

/* The sentence of token @i without its final punctuation, as a content span. */
static ProvSpan
sentence_content (const ProvTextBlock *block,
                  guint                i)
{
  guint first, last;

  _prov_block_sentence (block, i, &first, &last);
  while (last > first + 1 && (block->tok[last - 1].flags & PROV_TOK_PUNCT))
    last--;
  while (first + 1 < last && (block->tok[first].flags & PROV_TOK_PUNCT))
    first++;
  return _prov_block_span (block, first, last - 1);
}

/* "May" and "Might" in the middle of a sentence are names or months, not modals. */
static gboolean
hedge_in_context (const ProvTextBlock *block,
                  guint                i,
                  guint                end)
{
  const ProvToken *t = &block->tok[i];

  if ((t->flags & PROV_TOK_CAP) && !(t->flags & PROV_TOK_SENT_START) &&
      !(i > 0 && (block->tok[i - 1].flags & PROV_TOK_QUOTE)))
    return FALSE;
  /* "could not be reached": a past ability denied, not a possibility. */
  if (end == i + 1 && _prov_block_is (block, i, "could") && end < block->n_tok &&
      (_prov_block_is (block, end, "not") || _prov_block_is (block, end, "n't") ||
       _prov_block_is (block, end, "never")))
    return FALSE;
  /* A modal needs a verb after it: "may 5" and "may." are not hedges. */
  if (end == i + 1 && (_prov_block_is (block, i, "may") || _prov_block_is (block, i, "might")))
    return end < block->n_tok && (block->tok[end].flags & PROV_TOK_WORD) &&
           !(block->tok[end].flags & PROV_TOK_NUMBER);
  return TRUE;
}

void
_prov_rules_markers (ProvTextBlock *block)
{
  const guint anon = PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_PHRASE) |
                     PROV_LEX_BIT (PROV_LEXICON_WEASEL);
  guint hearsay_until = 0;
  guint hedge_until = 0;

  for (guint i = 0; i < block->n_tok; i++)
    {
      const ProvPhrase *phrase = NULL;
      guint end;

      if (!(block->tok[i].flags & PROV_TOK_WORD))
        continue;

      if (_prov_block_match (block, i, anon, &end, &phrase))
        {
          /* The verb of a weasel phrase ("critics say") stays a cue; the rest marks the
           * source as anonymous. */
          for (guint k = i; k < end; k++)
            if (phrase->category != PROV_LEXICON_WEASEL || !(block->tok[k].lex & PROV_LEX_VERBS) ||
                (block->tok[k].lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)))
              block->tok[k].flags |= PROV_TOK_ANON;
        }

      if (_prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_ACCORDING_TO), &end, NULL))
        for (guint k = i; k < end; k++)
          block->tok[k].flags |= PROV_TOK_MARKER;

      if (i >= hearsay_until &&
          _prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_HEARSAY), &end, NULL))
        {
          for (guint k = i; k < end; k++)
            block->tok[k].flags |= PROV_TOK_MARKER;
          _prov_block_add (block, PROV_KIND_HEARSAY, _prov_block_span (block, i, end - 1),
                           PROV_SPAN_NONE, sentence_content (block, i), "hearsay-marker", 0.9);
          hearsay_until = end;
          hedge_until = end;
          continue;
        }

      if (i >= hedge_until &&
          _prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_HEDGE), &end, NULL) &&
          hedge_in_context (block, i, end))
        {
          _prov_block_add (block, PROV_KIND_HEDGE, _prov_block_span (block, i, end - 1),
                           PROV_SPAN_NONE, PROV_SPAN_NONE, "hedge-lexicon", 0.7);
          hedge_until = end;
        }
    }
}
