/* prov-rules-perspective.c — a point of view or a document that opens its sentence: "To
 * most Democrats, C", "To Frank, C", "In Trump's view, C", "By the AP's tally, C", "In a
 * CBS News poll released Monday, C"; and a report that frames its clause with "as": "As
 * Clinton told the Daily News, C", "C, as Clinton noted", "as he put it"
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-perspective"

#include "config.h"

#include <string.h>

#include "prov-rules.h"

/* The opening phrase runs at most this many words before its comma. */
#define MAX_PHRASE_WORDS 10

/* Heads of "to X," that stand for people: "To many, C", "To most of them, C". */
static const char * const people_words[] = {
  "many", "some", "others", "most", "anyone", "everyone", "everybody", "somebody", "someone",
  "all", "both", "few", "him", "her", "them", "us", "me", NULL,
};

/* Nouns of a point of view after a possessor: "In Trump's view", "By his own count". */
static const char * const view_nouns[] = {
  "view", "views", "opinion", "words", "mind", "telling", "estimation", "judgment",
  "judgement", "eyes", "tally", "count", "estimate", "estimates", "account", "accounts",
  "measure", "calculation", "calculations", "standard", "standards", "argument", "logic",
  "reckoning", "assessment", "analysis", "math", NULL,
};

/* Documents that speak for no one else: "In a CBS News poll released Monday, C". (A speech
 * or an interview is followed by its speaker's own report: "In a statement, X said C".) */
static const char * const document_nouns[] = {
  "poll", "polls", "survey", "surveys", "study", "studies", NULL,
};

static gboolean
is_possessor (const ProvTextBlock *block,
              guint                i)
{
  static const char * const possessive_pronouns[] = {
    "his", "her", "their", "its", "our", "my", NULL,
  };

  return _prov_block_is_any (block, i, possessive_pronouns) ||
         g_str_has_suffix (_prov_block_lower (block, i), "'s") ||
         g_str_has_suffix (_prov_block_lower (block, i), "s'");
}

/* Whether the phrase first..last (inclusive) names people: a name, a pronoun, an
 * anonymous head ("critics") or a word like "many". */
static gboolean
names_people (const ProvTextBlock *block,
              guint                first,
              guint                last)
{
  const ProvToken *head = &block->tok[last];

  if (_prov_block_is_any (block, last, people_words) ||
      (head->lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)))
    return TRUE;
  if (!(head->flags & PROV_TOK_CAP) || (head->flags & PROV_TOK_NUMBER))
    return FALSE;
  /* "For Trump," but not "For 2016," or "To be sure,". */
  for (guint k = first; k <= last; k++)
    if (!(block->tok[k].flags & PROV_TOK_WORD))
      return FALSE;
  return _prov_rules_is_name (block, last) &&
         !_prov_block_is_any (block, last, _prov_rules_weekdays);
}

void
_prov_rules_perspective (ProvTextBlock *block,
                         guint          i)
{
  ProvChunk source = { 0, 0, FALSE, FALSE };
  ProvContent content;
  guint first, last;
  guint comma;
  guint p = i + 1;

  _prov_block_sentence (block, i, &first, &last);
  if (i != first || p >= last)
    return;
  comma = p;
  while (comma < last && comma - p < MAX_PHRASE_WORDS && !_prov_rules_is_punct (block, comma, ','))
    comma++;
  if (comma >= last || comma == p || !_prov_rules_is_punct (block, comma, ','))
    return;
  content = _prov_rules_rest_of_sentence (block, comma + 1, last);
  if (!prov_span_is_set (content.content))
    return;

  if (_prov_block_is (block, i, "to"))
    {
      /* "To most Democrats today, C": the people whose view C is. ("For X, C" is as often
       * what happened to X as what X thinks.) */
      guint head = comma - 1;

      while (head > p && (_prov_block_is (block, head, "today") ||
                          _prov_block_is (block, head, "though") ||
                          _prov_block_is (block, head, "too")))
        head--;
      if (comma - p > 6 || !names_people (block, p, head))
        return;
      source = (ProvChunk) { p, head, TRUE, FALSE };
    }
  else if (_prov_block_is (block, i, "in") || _prov_block_is (block, i, "by"))
    {
      guint k;

      /* "In Trump's view, C", "By the AP's own tally, C": the possessor is the source. */
      for (k = p + 1; k < comma; k++)
        {
          guint owner = _prov_block_is (block, k - 1, "own") && k - 1 > p ? k - 2 : k - 1;

          if (_prov_block_is_any (block, k, view_nouns) && is_possessor (block, owner))
            {
              source = (ProvChunk) { p, owner, TRUE, FALSE };
              break;
            }
        }
      if (!source.found && _prov_block_is (block, i, "in"))
        {
          /* "In a CBS News poll released Monday, C": the document, with its apposition. */
          for (k = p; k < comma; k++)
            if (_prov_block_is_any (block, k, document_nouns))
              break;
          if (k >= comma || !_prov_block_is_any (block, p, _prov_rules_determiners))
            return;
          source = (ProvChunk) { p, comma - 1, TRUE, FALSE };
        }
      if (!source.found)
        return;
    }
  else
    return;
  _prov_rules_add_frame (block, i, i, source, content, "perspective", 0.6);
}

/* "As Clinton told the Daily News, C", "C, as Clinton noted.", "C, as he put it, D". */
void
_prov_rules_as_report (ProvTextBlock *block,
                       guint          i)
{
  const guint verbs = PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                      PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB);
  ProvContent content = { PROV_SPAN_NONE, FALSE };
  ProvChunk source;
  guint first, last;
  guint k = i + 1;
  guint cue_last;
  guint e;

  _prov_block_sentence (block, i, &first, &last);
  if (i != first && !_prov_rules_is_punct (block, i - 1, ','))
    return;
  while (k < last && k - i <= 5 && (block->tok[k].flags & PROV_TOK_WORD) &&
         !(block->tok[k].lex & verbs) && !_prov_block_is (block, k, "put") &&
         !_prov_block_is (block, k, "puts"))
    k++;
  if (k == i + 1 || k >= last || !(block->tok[k].flags & PROV_TOK_WORD))
    return;
  cue_last = k;
  if (_prov_block_is (block, k, "put") || _prov_block_is (block, k, "puts"))
    {
      if (!_prov_block_is (block, k + 1, "it"))
        return;
      cue_last = k + 1;
    }
  else if (!(block->tok[k].lex & verbs))
    return;
  if (!_prov_rules_is_source_head (block, k - 1) &&
      !_prov_block_is_any (block, i + 1, _prov_rules_determiners))
    return;
  source = (ProvChunk) { i + 1, k - 1, TRUE, FALSE };
  /* The clause of the report ends at a comma or the sentence's end, after an addressee. */
  e = cue_last + 1;
  while (e < last && e - cue_last <= 8 && (block->tok[e].flags & PROV_TOK_WORD))
    e++;
  if (i == first)
    {
      if (e >= last || !_prov_rules_is_punct (block, e, ','))
        return;
      content = _prov_rules_rest_of_sentence (block, e + 1, last);
    }
  else if (i >= first + 2)
    content.content = _prov_block_span (block, first, i - 2);
  if (!prov_span_is_set (content.content))
    return;
  _prov_rules_add_frame (block, k, cue_last, source, content, "as-report", 0.7);
}
