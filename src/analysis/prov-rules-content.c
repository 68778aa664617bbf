/* prov-rules-content.c — the content and source pieces of the frame rules: the reported
 * clause after or before a cue, quotes, adjuncts, "according to X" and passive "by X"
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-content"

#include "config.h"

#include <string.h>

#include "prov-rules.h"

const char * const _prov_rules_be_forms[] = {
  "is", "was", "were", "are", "been", "being", "be", NULL,
};

const char * const _prov_rules_object_pronouns[] = {
  "me", "him", "her", "us", "them", "you", "it", NULL,
};

/* Words that end a source after "by" or "according to": time and place adjuncts. */
const char * const _prov_rules_source_adjuncts[] = {
  "today", "yesterday", "tonight", "on", "in", "last", "earlier", "this", "during", "at",
  "when", "after", "before", "as", "while", "since", NULL,
};

/* Words that start an adjunct after a verb instead of its content. */
const char * const _prov_rules_adjunct_starts[] = {
  "today", "yesterday", "tonight", "in", "last", "earlier", "this", "during", "at", "when",
  "after", "before", "as", "while", "since", "to", "for", "with", "from", "by", "following",
  "outside", "inside", "near", "amid", "among", "across", "into", "onto", "alongside",
  "through", "throughout", "until", "later", "again", "repeatedly", "often", NULL,
};

const char * const _prov_rules_subject_pronouns[] = {
  "he", "she", "they", "we", "i", "it", "you", "there", NULL,
};

const char * const _prov_rules_determiners[] = {
  "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
  "some", "many", "several", "no", "most", "all", "each", "every", "both", "any", "few",
  "more", "much", NULL,
};

const char * const _prov_rules_wh_words[] = {
  "how", "why", "what", "whether", "if", "who", "where", "when", "which", NULL,
};

/* Words that link a participle to its clause: "before claiming that C". */
const char * const _prov_rules_participle_links[] = {
  "before", "after", "while", "by", "despite", "when", "without", "in", "since", "upon",
  "through", "on", "of", "for", "about", NULL,
};

const char * const _prov_rules_clause_breaks[] = {
  "while", "but", "whereas", "although", "though", "even", NULL,
};

const char * const _prov_rules_weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  "today", "tonight", "recently", "earlier", "later", "again", NULL,
};

gboolean
_prov_rules_is_punct (const ProvTextBlock *block,
                      guint                i,
                      gunichar             c)
{
  return i < block->n_tok && (block->tok[i].flags & PROV_TOK_PUNCT) && block->tok[i].c == c;
}

gboolean
_prov_rules_is_final_punct (const ProvTextBlock *block,
                            guint                i)
{
  return _prov_rules_is_punct (block, i, '.') || _prov_rules_is_punct (block, i, '?') ||
         _prov_rules_is_punct (block, i, '!') ||
         _prov_rules_is_punct (block, i, ';');
}

ProvContent
_prov_rules_quote_content (ProvTextBlock *block,
                           guint          mark)
{
  ProvQuote *q = &g_array_index (block->quotes, ProvQuote, block->tok[mark].quote);
  ProvContent c = { PROV_SPAN_NONE, FALSE };

  if (q->end <= q->start)
    return c;
  c.content = (ProvSpan) { q->start, q->end };
  c.quote = TRUE;
  return c;
}

/* Content from token @j to the end of its clause: the sentence's end, a semicolon, or a
 * comma before a contrasting conjunction (", while …", ", but …"). */
/* Whether token @i is a speech verb proper ("said", "told"), not a noun-like form. */
static gboolean
speech_verb (const ProvTextBlock *block,
             guint                i)
{
  return (block->tok[i].lex & PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB)) &&
         !(block->tok[i].flags & (PROV_TOK_HOMOGRAPH | PROV_TOK_CAP)) &&
         !_prov_rules_ends_with_ing (block, i);
}

/* Whether a short subject and a speech verb start at token @i and end their clause there
 * (", he said,", ", the report said.", ", Podesta said that"). */
static gboolean
report_follows (const ProvTextBlock *block,
                guint                i,
                guint                last)
{
  guint k = i;

  while (k < last && k - i < 4 && (block->tok[k].flags & PROV_TOK_WORD) && !speech_verb (block, k))
    k++;
  if (k == i || k >= last || !speech_verb (block, k) ||
      !(_prov_chunk_is_pronoun (block, i) || (block->tok[i].flags & PROV_TOK_CAP) ||
        _prov_block_is_any (block, i, _prov_rules_determiners)))
    return FALSE;
  return k + 1 >= last || (block->tok[k + 1].flags & PROV_TOK_PUNCT) ||
         _prov_block_is (block, k + 1, "that");
}

/* Conjunctions that open a new clause of their own: "C, and he said D", "C while critics
 * argue D". */
static const char * const clause_conjunctions[] = {
  "and", "but", "while", "whereas", "though", "although", "when", "because", "as", NULL,
};

/* Whether a subject of at most four words and a speech verb start at token @i: the start
 * of a report of its own ("he also noted", "73 percent said", "Clinton has called"). */
static gboolean
report_starts (const ProvTextBlock *block,
               guint                i,
               guint                last)
{
  guint k = i;

  if (i >= last || !(_prov_chunk_is_pronoun (block, i) || (block->tok[i].flags & PROV_TOK_CAP) ||
                     (block->tok[i].flags & PROV_TOK_NUMBER) ||
                     _prov_block_is_any (block, i, _prov_rules_determiners)))
    return FALSE;
  while (k < last && k - i < 4 && (block->tok[k].flags & (PROV_TOK_WORD | PROV_TOK_NUMBER)) &&
         !speech_verb (block, k) && !_prov_block_is (block, k, "that"))
    k++;
  return k > i && k < last && speech_verb (block, k);
}

ProvContent
_prov_rules_rest_of_sentence (ProvTextBlock *block,
                              guint          j,
                              guint          last)
{
  ProvContent c = { PROV_SPAN_NONE, FALSE };
  guint e = last;

  for (guint k = j + 1; k < last; k++)
    {
      /* Another report of the same speaker ends the clause: "C and said D". */
      if ((_prov_block_is (block, k, "and") || _prov_block_is (block, k, "but")) &&
          k + 1 < last && speech_verb (block, k + 1))
        {
          e = k;
          break;
        }
      /* So does a new clause with a report of its own: "C, and he said D", "C while critics
       * argue D". */
      if (k > j && _prov_block_is_any (block, k, clause_conjunctions) &&
          report_starts (block, k + 1, last))
        {
          e = k;
          break;
        }
      /* So does a parenthetical or closing report: "C, he said, D", "C, the report said". */
      if (_prov_rules_is_punct (block, k, ',') && k > j + 2 && report_follows (block, k + 1, last))
        {
          e = k;
          break;
        }
      if (_prov_rules_is_punct (block, k, ';') ||
          (_prov_rules_is_punct (block, k, ',') &&
           _prov_block_is_any (block, k + 1, _prov_rules_clause_breaks)) ||
          (_prov_rules_is_punct (block, k, ',') && k + 1 < last &&
           (block->tok[k + 1].lex & PROV_LEX_VERBS) &&
           !(block->tok[k + 1].flags & PROV_TOK_HOMOGRAPH) &&
           g_str_has_suffix (_prov_block_lower (block, k + 1), "ing")))
        {
          e = k;
          break;
        }
    }

  while (e > j && (block->tok[e - 1].flags & PROV_TOK_PUNCT))
    e--;
  if (e <= j)
    return c;
  c.content = _prov_block_span (block, j, e - 1);
  return c;
}

/* The content after a cue ending before token @j, or none ("X said." / "X said, …"). */
ProvContent
_prov_rules_right_content (ProvTextBlock *block,
                           guint          j,
                           guint          last,
                           gboolean       object_verb)
{
  ProvContent none = { PROV_SPAN_NONE, FALSE };

  if (j >= block->n_tok)
    return none;

  if ((_prov_rules_is_punct (block, j, ',') || _prov_rules_is_punct (block, j, ':')) &&
      j + 1 < block->n_tok &&
      (block->tok[j + 1].flags & PROV_TOK_OPEN))
    return _prov_rules_quote_content (block, j + 1);
  if (block->tok[j].flags & PROV_TOK_OPEN)
    return _prov_rules_quote_content (block, j);
  if (_prov_rules_is_punct (block, j, ','))
    {
      /* "said, among other things, that C". */
      for (guint k = j + 1; k + 1 < last && k - j < 8; k++)
        {
          if (_prov_rules_is_punct (block, k, ','))
            {
              if (_prov_block_is (block, k + 1, "that"))
                return _prov_rules_rest_of_sentence (block, k + 2, last);
              break;
            }
          if (!(block->tok[k].flags & PROV_TOK_WORD))
            break;
        }
    }
  if (_prov_rules_is_punct (block, j, ':'))
    {
      if (j + 1 >= last)
        {
          /* "He said:" closing a paragraph introduces the quote that follows. */
          if (j + 1 < block->n_tok && (block->tok[j + 1].flags & PROV_TOK_OPEN))
            return _prov_rules_quote_content (block, j + 1);
          return none;
        }
      return _prov_rules_rest_of_sentence (block, j + 1, last);
    }
  /* A sum opens a content too: "calls for $1 trillion in new spending". */
  if (j >= last || !((block->tok[j].flags & (PROV_TOK_WORD | PROV_TOK_NUMBER)) ||
                     _prov_rules_is_punct (block, j, '$') ||
                     _prov_rules_is_punct (block, j, 0x20AC) ||
                     _prov_rules_is_punct (block, j, 0xA3)))
    return none;

  if (object_verb && !_prov_block_is (block, j, "that"))
    {
      guint k = j;

      /* The addressee: a pronoun, a name, or a short noun phrase that ends where the
       * content's subject ("the talks", "he") or "that" / "to" begins. */
      if (_prov_block_is_any (block, j, _prov_rules_object_pronouns))
        k = j + 1;
      else if (block->tok[j].flags & PROV_TOK_CAP)
        {
          while (k < last && (block->tok[k].flags & PROV_TOK_CAP) && k - j < 5)
            k++;
          /* A programme or paper in quotes: "told ABC's “Good Morning America” that C". */
          if (k < last && (block->tok[k].flags & PROV_TOK_OPEN) && block->tok[k].quote >= 0)
            {
              const ProvQuote *q = &g_array_index (block->quotes, ProvQuote,
                                                   block->tok[k].quote);

              if (q->close > (gint) k && (guint) q->close < last && q->n_words <= 6)
                k = (guint) q->close + 1;
            }
        }
      else
        {
          if (_prov_block_is_any (block, k, _prov_rules_determiners))
            k++;
          while (k < last && k - j < 5 && (block->tok[k].flags & PROV_TOK_WORD) &&
                 !_prov_block_is (block, k, "that") && !_prov_block_is (block, k, "to") &&
                 !_prov_block_is_any (block, k, _prov_rules_determiners) &&
                 !_prov_block_is_any (block, k, _prov_rules_subject_pronouns))
            k++;
        }
      if (_prov_block_is (block, k, "to") && k + 1 < last &&
          !_prov_block_is_any (block, k + 1, _prov_rules_determiners) &&
          !(block->tok[k + 1].flags & PROV_TOK_CAP))
        return _prov_rules_rest_of_sentence (block, k, last);   /* "urged them to act" */
      if (_prov_block_is (block, k, "to") || _prov_block_is (block, k, "about"))
        {
          /* "told it to the court": the recipient comes after; keep going to "that". */
          while (k < last && (block->tok[k].flags & PROV_TOK_WORD) &&
                 !_prov_block_is (block, k, "that") && k - j < 8)
            k++;
        }
      if (k >= last || _prov_rules_is_final_punct (block, k))
        return none;
      if ((_prov_rules_is_punct (block, k, ',') || _prov_rules_is_punct (block, k, ':')) &&
          k + 1 < block->n_tok &&
          (block->tok[k + 1].flags & PROV_TOK_OPEN))
        return _prov_rules_quote_content (block, k + 1);
      if (block->tok[k].flags & PROV_TOK_PUNCT)
        return none;
      j = k;
    }

  if (_prov_block_is (block, j, "that"))
    return _prov_rules_rest_of_sentence (block, j + 1, last);

  /* Adjuncts before "that": "said on Monday that", "told reporters in Iowa that"; an
   * adjunct alone ("…, she said on Friday.") leaves the content on the left. */
  for (guint k = j + 1; k < last && k - j <= 4; k++)
    {
      if (!(block->tok[k].flags & PROV_TOK_WORD) || (block->tok[k].lex & PROV_LEX_VERBS))
        break;
      if (_prov_block_is (block, k, "that"))
        return _prov_rules_rest_of_sentence (block, k + 1, last);
    }
  /* A short place or time adjunct that ends the sentence is no content ("she said on
   * Friday."); the content is then before the subject. */
  /* "declined to comment": "to" and a verb is a complement, not an adjunct. */
  if (_prov_block_is (block, j, "to") && j + 1 < last &&
      (block->tok[j + 1].lex & PROV_LEX_VERBS))
    return _prov_rules_rest_of_sentence (block, j, last);
  if (_prov_block_is_any (block, j, _prov_rules_adjunct_starts) ||
      _prov_block_is_any (block, j, _prov_rules_weekdays) || _prov_block_is (block, j, "on"))
    {
      guint k = j;

      while (k < last && (block->tok[k].flags & PROV_TOK_WORD) && k - j < 6)
        k++;
      if (k >= last || _prov_rules_is_final_punct (block, k))
        return none;
    }
  return _prov_rules_rest_of_sentence (block, j, last);
}

/* The content before a source starting at token @s: "C, X said" or "“C,” X said". */
ProvContent
_prov_rules_left_content (ProvTextBlock *block,
                          guint          s,
                          guint          first)
{
  ProvContent none = { PROV_SPAN_NONE, FALSE };
  guint p;
  guint start = first;

  if (s == 0 || (block->tok[s].flags & PROV_TOK_PARA_START))
    return none;   /* nothing before the subject in its paragraph */
  p = s - 1;
  if (_prov_rules_is_punct (block, p, ',') || _prov_rules_is_punct (block, p, 0x2014))
    {
      if (p == 0)
        return none;
      p--;
      if (block->tok[p].flags & PROV_TOK_CLOSE)
        return _prov_rules_quote_content (block, p);
      if (p < first)
        return none;
      while (start < p && (block->tok[start].flags & PROV_TOK_PUNCT))
        start++;
      if (!(block->tok[p].flags & PROV_TOK_WORD) && p == start)
        return none;
      {
        ProvContent c = { _prov_block_span (block, start, p), FALSE };

        return c;
      }
    }
  if (block->tok[p].flags & PROV_TOK_CLOSE)
    return _prov_rules_quote_content (block, p);
  return none;
}

void
_prov_rules_add_frame (ProvTextBlock *block,
                       guint          cue_first,
                       guint          cue_last,
                       ProvChunk      source,
                       ProvContent    content,
                       const char    *rule,
                       double         score)
{
  ProvKind kind = content.quote ? PROV_KIND_QUOTE : _prov_chunk_kind (block, source);
  ProvSpan src = source.found ? _prov_block_span (block, source.first, source.last)
                              : PROV_SPAN_NONE;

  if (content.quote)
    {
      /* The quote is taken: the quote rule will not report it again. */
      guint lo = 0;
      guint hi = block->quotes->len;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (block->quotes, ProvQuote, mid).start < content.content.start)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo < block->quotes->len &&
          g_array_index (block->quotes, ProvQuote, lo).start == content.content.start)
        block->tok[g_array_index (block->quotes, ProvQuote, lo).open].flags |= PROV_TOK_USED_QUOTE;
    }

  _prov_block_add (block, kind, _prov_block_span (block, cue_first, cue_last), src,
                   content.content, rule, score);
}

/* Cuts a source after "by" or "according to" before a time or place adjunct. */
ProvChunk
_prov_rules_trim_adjunct (const ProvTextBlock *block,
                          ProvChunk            chunk)
{
  for (guint k = chunk.first + 1; chunk.found && k <= chunk.last; k++)
    {
      if (_prov_block_is_any (block, k, _prov_rules_source_adjuncts))
        {
          chunk.last = k - 1;
          break;
        }
    }
  return chunk;
}

ProvChunk
_prov_rules_no_apposition (const ProvTextBlock *block,
                           ProvChunk            chunk)
{
  for (guint k = chunk.first; chunk.found && k <= chunk.last; k++)
    {
      if (_prov_rules_is_punct (block, k, ','))
        {
          chunk.last = k - 1;
          break;
        }
    }
  return chunk;
}

/* "according to X, C" and "C, according to X". */
void
_prov_rules_according_to (ProvTextBlock *block,
                          guint          i,
                          guint          end)
{
  guint first, last;
  ProvChunk source;
  ProvContent content = { PROV_SPAN_NONE, FALSE };

  _prov_block_sentence (block, i, &first, &last);
  source = _prov_chunk_after (block, end, last, 12);
  source = _prov_rules_trim_adjunct (block, _prov_rules_no_apposition (block, source));
  if (!source.found)
    return;

  if (i <= first + 2 && !_prov_rules_is_punct (block, i - 1, ','))
    {
      guint j = source.last + 1;

      if (_prov_rules_is_punct (block, j, ','))
        j++;
      if (j < last)
        content = _prov_rules_rest_of_sentence (block, j, last);
    }
  else
    content = _prov_rules_left_content (block, i, first);

  _prov_rules_add_frame (block, i, end - 1, source, content, "according-to", 0.9);
}

/* Passive "was detailed by X": be + participle + by. */
gboolean
_prov_rules_passive_by (ProvTextBlock *block,
                        guint          i,
                        guint          last)
{
  ProvChunk source;
  ProvContent none = { PROV_SPAN_NONE, FALSE };

  guint be = i;

  if (!_prov_block_is (block, i + 1, "by"))
    return FALSE;
  /* "was detailed by", "was first reported by", "has been widely cited by". */
  while (be > 0 && i - be < 3 && !_prov_block_is_any (block, be - 1, _prov_rules_be_forms) &&
         _prov_chunk_is_aux (block, be - 1))
    be--;
  if (be == 0 || !_prov_block_is_any (block, be - 1, _prov_rules_be_forms))
    {
      /* A reduced passive: "as first reported by X", "the video, first reported by X,". */
      static const char * const firsts[] = {
        "first", "originally", "initially", "previously", "earlier", NULL,
      };

      be = i;
      if (be > 0 && _prov_block_is_any (block, be - 1, firsts))
        be--;
      if (be == 0 || !(_prov_rules_is_punct (block, be - 1, ',') ||
                       _prov_block_is (block, be - 1, "as")))
        return FALSE;
      be++;   /* the cue starts at the participle or its adverb */
    }
  source = _prov_chunk_after (block, i + 2, last, 10);
  source = _prov_rules_trim_adjunct (block, _prov_rules_no_apposition (block, source));
  if (!source.found)
    return FALSE;
  _prov_rules_add_frame (block, be - 1, i + 1, source, none, "passive-by", 0.85);
  return TRUE;
}

/* The source of a participle cue (", adding that C"): the last source of the sentence. */
