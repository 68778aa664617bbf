/* prov-chunk.c — noun-phrase chunks around a cue, and the kind of a source
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-chunk"

#include "config.h"

#include <string.h>

#include "prov-chunk.h"

static const char * const pronouns[] = {
  "he", "she", "they", "we", "i", "you", "it", "who", "which", NULL,
};

/* Words that end a subject when scanning left from its verb. */
static const char * const boundaries[] = {
  "that", "which", "because", "after", "before", "when", "while", "if", "as", "since",
  "although", "though", "but", "where", "whether", "so", "than", "until", "unless", "what",
  "why", "how", "whom", "whose", "once", "and", "or", "nor",
  "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can",
  "could", "should", "may", "might", "must", "not", "said", "says", "told", "if", "then",
  "whereas", "yet", NULL,
};

/* Auxiliaries and adverbs between a subject and its verb ("has also said"). */
static const char * const auxiliaries[] = {
  "has", "have", "had", "also", "would", "will", "did", "does", "do", "not", "never",
  "first", "again", "then", "already", "still", "just", "even", "long", "always", "later",
  "is", "was", "were", "are", "been", "be", "being", "may", "might", "could", "should",
  "can", "must", "now", "once", "previously", "recently", "repeatedly", "publicly",
  "privately", "initially", "further", "often", "reportedly", "allegedly", "too",
  "'s", "'ve", "'d", "'ll", "n't", "didn't", "doesn't", "don't", "hasn't", "haven't",
  "hadn't", "won't", "wouldn't", "isn't", "wasn't", "aren't", "weren't", "cannot", "can't",
  "couldn't", "shouldn't", "yesterday", "today", "tonight", "since", "yet", NULL,
};

/* Determiners and function words that may start a noun phrase. */
static const char * const determiners[] = {
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
  "my", "your", "some", "many", "several", "one", "two", "three", "four", "five", "both",
  "all", "most", "other", "another", "each", "every", "few", "no", NULL,
};

static const char * const prepositions[] = {
  "of", "for", "to", "in", "on", "with", "by", "from", "at", "about", "into", "over", "under",
  "against", "between", "through", "during", "without", "within", "upon", "toward", "towards",
  NULL,
};

/* Time adverbials that precede a subject after a comma ("Last month, X said"). */
static const char * const time_words[] = {
  "last", "next", "this", "earlier", "later", "ago", "day", "days", "week", "weeks", "month",
  "months", "year", "years", "morning", "afternoon", "evening", "night", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "meanwhile",
  "however", "instead", "still", "also", "then", "now", NULL,
};

static const char * const and_or[] = { "and", "or", "&", NULL };

/* Determiners that cannot end a noun phrase ("many", "some" can: "many say"). */
static const char * const articles[] = {
  "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
  "your", "no", "every", "each", "another", NULL,
};

static const char * const possessives[] = {
  "his", "her", "their", "its", "my", "our", "your", NULL,
};

static gboolean
is_punct_char (const ProvTextBlock *block,
               guint                i,
               gunichar             c)
{
  return (block->tok[i].flags & PROV_TOK_PUNCT) && block->tok[i].c == c;
}

static gboolean
is_comma (const ProvTextBlock *block,
          guint                i)
{
  return is_punct_char (block, i, ',');
}

gboolean
_prov_chunk_is_pronoun (const ProvTextBlock *block,
                        guint                i)
{
  const char *lower;
  const char *apostrophe;
  char head[8];

  if (_prov_block_is_any (block, i, pronouns))
    return TRUE;
  /* Contractions: "he's", "they're", "I'm". */
  lower = _prov_block_lower (block, i);
  apostrophe = strchr (lower, '\'');
  if (apostrophe == NULL || apostrophe == lower || (gsize) (apostrophe - lower) >= sizeof head)
    return FALSE;
  memcpy (head, lower, (gsize) (apostrophe - lower));
  head[apostrophe - lower] = '\0';
  for (guint k = 0; pronouns[k] != NULL; k++)
    if (strcmp (head, pronouns[k]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_prov_chunk_is_boundary (const ProvTextBlock *block,
                         guint                i)
{
  const ProvToken *t = &block->tok[i];

  if (t->flags & PROV_TOK_PUNCT)
    return t->c != '&' && t->c != '\'' && t->c != '%';
  return _prov_block_is_any (block, i, boundaries) ||
         ((t->lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                     PROV_LEX_BIT (PROV_LEXICON_COGNITION_VERB))) != 0 &&
          !(t->flags & PROV_TOK_HOMOGRAPH));
}

gboolean
_prov_chunk_is_aux (const ProvTextBlock *block,
                    guint                i)
{
  const ProvToken *t = &block->tok[i];
  const char *lower;
  gsize n;

  if (!(t->flags & PROV_TOK_WORD) || (t->flags & PROV_TOK_CAP))
    return FALSE;
  if (_prov_block_is_any (block, i, auxiliaries))
    return TRUE;
  lower = _prov_block_lower (block, i);
  n = strlen (lower);
  /* Manner adverbs: "flatly", "angrily" (not "family", "Italy"). */
  return n > 4 && strcmp (lower + n - 2, "ly") == 0 && !(t->lex & PROV_LEX_VERBS) &&
         strcmp (lower, "only") != 0 && strcmp (lower, "early") != 0 &&
         strcmp (lower, "family") != 0 && strcmp (lower, "ally") != 0;
}

/* Whether the segment [first, last] looks like a noun phrase in a coordination list. */
static gboolean
list_item (const ProvTextBlock *block,
           guint                first,
           guint                last)
{
  if (last < first || last - first > 4)
    return FALSE;
  for (guint k = first; k <= last; k++)
    if ((_prov_chunk_is_boundary (block, k) && !_prov_block_is_any (block, k, and_or)) ||
        _prov_block_is_any (block, k, time_words))
      return FALSE;
  if (_prov_block_is_any (block, first, prepositions))
    return FALSE;
  return (block->tok[first].flags & PROV_TOK_CAP) ||
         _prov_block_is_any (block, first, determiners);
}

gboolean
_prov_chunk_is_preposition (const ProvTextBlock *block,
                            guint                i)
{
  return _prov_block_is_any (block, i, prepositions);
}

gboolean
_prov_chunk_is_determiner (const ProvTextBlock *block,
                           guint                i)
{
  return _prov_block_is_any (block, i, determiners) ||
         (block->tok[i].flags & PROV_TOK_NUMBER) != 0;
}

ProvChunk
_prov_chunk_subject (const ProvTextBlock *block,
                     guint                i,
                     guint                sent_first)
{
  ProvChunk chunk = { 0, 0, FALSE, FALSE };
  ProvChunk antecedent;
  guint end = i;
  guint start;
  gboolean coordinated = FALSE;

  /* Skip auxiliaries and adverbs leftwards: "X has also said". A hearsay marker there
   * ("X reportedly said") makes the whole report hearsay: no source frame. A short
   * parenthesis goes too: "Gov. Jerry Brown (D) announced". */
  for (;;)
    {
      if (end > sent_first && _prov_chunk_is_aux (block, end - 1))
        {
          if (block->tok[end - 1].flags & PROV_TOK_MARKER)
            return chunk;
          end--;
          continue;
        }
      if (end > sent_first + 2 &&
          (is_punct_char (block, end - 1, '-') || is_punct_char (block, end - 1, 0x2014)))
        {
          /* "some economists - including a minority of the Fed - warn": skip the aside. */
          guint k = end - 1;

          while (k > sent_first + 1 && is_punct_char (block, k - 1, '-'))
            k--;
          while (k > sent_first && end - k < 20 && !is_punct_char (block, k - 1, '-') &&
                 !is_punct_char (block, k - 1, 0x2014))
            k--;
          if (k > sent_first + 1 && end - k < 20 &&
              (block->tok[k - 1].flags & PROV_TOK_PUNCT) &&
              (block->tok[k - 2].flags & PROV_TOK_WORD))
            {
              end = k - 1;
              continue;
            }
        }
      if (end > sent_first + 2 && is_punct_char (block, end - 1, ')'))
        {
          guint k = end - 1;

          while (k > sent_first && end - k < 8 && !is_punct_char (block, k, '('))
            k--;
          if (is_punct_char (block, k, '(') && k > sent_first)
            {
              end = k;
              continue;
            }
        }
      break;
    }
  if (end == sent_first || end == 0)
    return chunk;
  end--;   /* the last token of the subject */
  if (is_punct_char (block, end, '%') && end > sent_first)
    {
      /* "26% say": the number and its percent sign. */
      chunk.first = end - 1;
      chunk.last = end;
      chunk.found = (block->tok[end - 1].flags & PROV_TOK_NUMBER) != 0;
      return chunk;
    }
  if (!(block->tok[end].flags & PROV_TOK_WORD))
    return chunk;
  /* "X did Y and said", "X did Y but said": the verb shares the clause's subject. */
  if (_prov_block_is_any (block, end, and_or) || _prov_block_is (block, end, "but"))
    {
      chunk.shared = end > sent_first;
      return chunk;
    }
  /* After a determiner or a preposition the "verb" is a noun: "the push", "of support". */
  if (_prov_block_is_any (block, end, articles) || _prov_block_is_any (block, end, prepositions))
    return chunk;
  /* Possessives too: "Trump's remarks". ("30 states" fails the homograph frame.) */
  if ((g_str_has_suffix (_prov_block_lower (block, end), "'s") &&
       !_prov_chunk_is_pronoun (block, end)) ||
      _prov_block_is_any (block, end, possessives))
    return chunk;
  if (_prov_block_is (block, end, "that") && end > sent_first + 1 &&
      (block->tok[end - 1].flags & PROV_TOK_WORD) && !(block->tok[end - 1].lex & PROV_LEX_VERBS) &&
      !_prov_chunk_is_aux (block, end - 1) && !_prov_block_is_any (block, end - 1, prepositions))
    return _prov_chunk_subject (block, end, sent_first);   /* "polls that showed" */
  if (_prov_chunk_is_pronoun (block, end))
    {
      /* "voters who said": the relative pronoun stands for the noun phrase before it. */
      if (_prov_block_is (block, end, "who") || _prov_block_is (block, end, "which"))
        {
          if (_prov_block_is (block, end - 1, "those") && end - 1 >= sent_first)
            {
              /* "those who felt": the pronoun phrase itself. */
              chunk.first = end - 1;
              chunk.last = end;
              chunk.found = TRUE;
              return chunk;
            }
          if (end == sent_first || _prov_block_is (block, end - 1, "who") ||
              _prov_block_is_any (block, end - 1, and_or))
            return chunk;
          if ((is_comma (block, end - 1) || is_punct_char (block, end - 1, '-') ||
               is_punct_char (block, end - 1, 0x2014)) && end - 1 > sent_first)
            {
              guint k = end - 1;

              /* "the study -- which notes": skip a doubled dash too. */
              while (k > sent_first + 1 && is_punct_char (block, k - 1, '-'))
                k--;
              antecedent = _prov_chunk_subject (block, k, sent_first);
            }
          else
            antecedent = _prov_chunk_subject (block, end, sent_first);
          /* The source runs from the noun phrase through its relative pronoun. */
          if (antecedent.found)
            antecedent.last = end;
          return antecedent;
        }
      chunk.first = chunk.last = end;
      chunk.found = TRUE;
      return chunk;
    }
  if (_prov_block_is_any (block, end, boundaries))
    return chunk;

  start = end;
  while (start > sent_first && end - start < 15)
    {
      guint k = start - 1;

      if (_prov_block_is_any (block, k, and_or))
        {
          coordinated = TRUE;
          start--;
          continue;
        }
      /* "The sources who shared the report said": a relative clause stays in the subject. */
      if ((block->tok[k].lex & PROV_LEX_VERBS) && k > sent_first &&
          (_prov_block_is (block, k - 1, "who") || _prov_block_is (block, k - 1, "which")))
        {
          start = k - 1;
          continue;
        }
      if (_prov_chunk_is_boundary (block, k))
        break;
      start--;
    }
  /* A subject starts with a noun phrase, not with a preposition's object: trim "In 2015". */
  if (start < end && _prov_block_is_any (block, start, and_or))
    start++;

  /* Coordinated lists: "the FBI, the CIA and the NSA". */
  while (coordinated && start >= sent_first + 2 &&
         block->tok[start - 1].flags & PROV_TOK_PUNCT && block->tok[start - 1].c == ',')
    {
      guint item_last = start - 2;
      guint item_first = item_last;

      while (item_first > sent_first && item_last - item_first < 5 &&
             !_prov_chunk_is_boundary (block, item_first - 1))
        item_first--;
      if (!list_item (block, item_first, item_last))
        break;
      start = item_first;
    }

  if (!(block->tok[start].flags & PROV_TOK_WORD))
    return chunk;
  chunk.first = start;
  chunk.last = end;
  chunk.found = TRUE;
  return chunk;
}

ProvChunk
_prov_chunk_after (const ProvTextBlock *block,
                   guint                i,
                   guint                sent_last,
                   guint                max_tokens)
{
  ProvChunk chunk = { 0, 0, FALSE };
  guint k = i;

  if (i >= sent_last || !(block->tok[i].flags & PROV_TOK_WORD))
    return chunk;
  while (k < sent_last && k - i < max_tokens)
    {
      const ProvToken *t = &block->tok[k];

      if (t->flags & PROV_TOK_PUNCT)
        {
          /* ", a lawyer at X" or ", who …": an apposition continues the phrase. */
          if (t->c == ',' && k + 1 < sent_last &&
              (_prov_block_is_any (block, k + 1, determiners) ||
               _prov_block_is (block, k + 1, "who") ||
               (block->tok[k + 1].flags & PROV_TOK_NUMBER)))
            {
              k++;
              continue;
            }
          if (t->c == '\'' || t->c == '&' || t->c == '-')
            {
              k++;
              continue;
            }
          /* A short parenthesis inside the phrase: "reporters (like me) off the beat". */
          if (t->c == '(' && k > i)
            {
              guint c = k + 1;

              while (c < sent_last && c - k < 6 && !((block->tok[c].flags & PROV_TOK_PUNCT) &&
                                                     block->tok[c].c == ')'))
                c++;
              if (c < sent_last && (block->tok[c].flags & PROV_TOK_PUNCT) &&
                  block->tok[c].c == ')')
                {
                  k = c + 1;
                  continue;
                }
            }
          break;
        }
      if (k > i && (_prov_block_is (block, k, "that") ||
                    (t->lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                               PROV_LEX_BIT (PROV_LEXICON_COGNITION_VERB)))))
        break;
      k++;
    }
  if (k == i)
    return chunk;
  chunk.first = i;
  chunk.last = k - 1;
  chunk.found = TRUE;
  return chunk;
}

ProvKind
_prov_chunk_kind (const ProvTextBlock *block,
                  ProvChunk            chunk)
{
  gboolean anon_head = FALSE;
  gboolean proper = FALSE;

  if (!chunk.found)
    return PROV_KIND_NAMED;
  for (guint k = chunk.first; k <= chunk.last; k++)
    {
      const ProvToken *t = &block->tok[k];

      if (t->flags & PROV_TOK_ANON)
        return PROV_KIND_ANONYMOUS;
      if (t->lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD))
        anon_head = TRUE;
      else if ((t->flags & PROV_TOK_CAP) && (t->flags & PROV_TOK_WORD) &&
               !(t->flags & PROV_TOK_SENT_START) && !_prov_block_is_any (block, k, determiners))
        proper = TRUE;
    }
  return anon_head && !proper ? PROV_KIND_ANONYMOUS : PROV_KIND_NAMED;
}
