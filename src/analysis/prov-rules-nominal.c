/* prov-rules-nominal.c — reports without a reporting verb frame: a speaker label opening a
 * paragraph ("SMITH: We will win.", "Clinton: I support statehood"), a noun of saying
 * with its possessor ("his claim that C", "Trump's call for C") and the unnamed question
 * of "Asked whether C, she said …"
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-nominal"

#include "config.h"

#include <string.h>

#include "prov-rules.h"

/* A label is at most this many words before its colon. */
#define MAX_LABEL_WORDS 6

static const char * const name_joiners[] = {
  "of", "and", "the", "de", "van", "von", "al", "bin", NULL,
};

static const char * const possessive_pronouns[] = {
  "his", "her", "their", "its", "our", "my", "your", NULL,
};

/* The last token of the paragraph that token @i is in. */
static guint
paragraph_last (const ProvTextBlock *block,
                guint                i)
{
  guint k = i;

  while (k + 1 < block->n_tok && !(block->tok[k + 1].flags & PROV_TOK_PARA_START))
    k++;
  return k;
}

/* Whether token @i is written in capitals only ("CLINTON", "MS."). */
static gboolean
all_caps (const ProvTextBlock *block,
          guint                i)
{
  const ProvToken *t = &block->tok[i];
  gboolean letters = FALSE;

  for (guint32 b = t->bstart; b < t->bend; b++)
    {
      if (g_ascii_islower (block->text[b]))
        return FALSE;
      letters = letters || g_ascii_isupper (block->text[b]);
    }
  return letters;
}

/* "NAME: content" at the start of a paragraph (interview transcripts, headlines), or at the
 * start of a sentence when the name is in capitals ("… too. MS. CLINTON: You are …") or a
 * quote follows ("Bush: “The mission is …”"); @in_sentence says which. */
static void
speaker_label (ProvTextBlock *block,
               guint          i,
               gboolean       in_sentence)
{
  ProvChunk source = { i, i, TRUE, FALSE };
  ProvContent content = { PROV_SPAN_NONE, FALSE };
  gboolean named = FALSE;
  guint colon = i;
  guint end;

  while (colon < block->n_tok && colon - i <= MAX_LABEL_WORDS &&
         (block->tok[colon].flags & PROV_TOK_WORD))
    {
      const ProvToken *t = &block->tok[colon];

      /* A label names: capitalised words ("Gov. Mary Fallin", "TAPPER") joined by "of"
       * or "and" at most; a verb means a sentence ("He says: …"). */
      if ((t->lex & (PROV_LEX_BIT (PROV_LEXICON_LABEL) | PROV_LEX_VERBS)) &&
          !(t->flags & PROV_TOK_HOMOGRAPH))
        return;
      if (t->flags & PROV_TOK_CAP)
        named = TRUE;
      /* "Clinton camp:", "Trump aides:": a group noun after a name. */
      else if (!_prov_block_is_any (block, colon, name_joiners) &&
               !(named && (t->lex & (PROV_LEX_BIT (PROV_LEXICON_SOURCE_NOUN) |
                                     PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)))))
        return;
      colon++;
    }
  if (colon == i || colon + 1 >= block->n_tok || !named ||
      !_prov_rules_is_punct (block, colon, ':') || !(block->tok[i].flags & PROV_TOK_CAP) ||
      (block->tok[colon + 1].flags & PROV_TOK_PARA_START))
    return;

  if (in_sentence)
    {
      guint first, last;
      gboolean caps = TRUE;

      for (guint k = i; k < colon && caps; k++)
        caps = all_caps (block, k);
      if (!caps && !(block->tok[colon + 1].flags & PROV_TOK_OPEN))
        return;
      _prov_block_sentence (block, colon + 1, &first, &last);
      end = last - 1;
    }
  else
    end = paragraph_last (block, colon + 1);
  if (end < colon + 3)
    return;   /* "Sanders: 1,547." is a tally, not a statement */
  if (block->tok[colon + 1].flags & PROV_TOK_OPEN)
    content = _prov_rules_quote_content (block, colon + 1);
  else
    {
      while (end > colon + 1 && (block->tok[end].flags & PROV_TOK_PUNCT))
        end--;
      content.content = _prov_block_span (block, colon + 1, end);
    }
  source.last = colon - 1;
  _prov_rules_add_frame (block, colon, colon, source, content, "speaker-label", 0.7);
}

/* "his claim that C", "Trump's call for C", "her support for C", "his decision to run",
 * "Trump's attacks on C". */
static void
report_noun (ProvTextBlock *block,
             guint          i)
{
  ProvChunk source = { 0, 0, FALSE, FALSE };
  ProvContent content = { PROV_SPAN_NONE, FALSE };
  guint first, last;
  guint p = i - 1;
  guint cue_last = i;
  guint j;

  _prov_block_sentence (block, i, &first, &last);
  if (i <= first)
    return;
  if (_prov_block_is_any (block, p, possessive_pronouns))
    source.first = source.last = p;
  else if (g_str_has_suffix (_prov_block_lower (block, p), "'s") &&
           (block->tok[p].flags & PROV_TOK_CAP))
    {
      /* "Donald Trump's": the name before the possessive. */
      source.first = source.last = p;
      while (source.first > first && (block->tok[source.first - 1].flags & PROV_TOK_CAP) &&
             (block->tok[source.first - 1].flags & PROV_TOK_WORD) && p - source.first < 4)
        source.first--;
    }
  else
    return;
  source.found = TRUE;

  /* The reported clause: "that C", or the object of "for" or "about". */
  j = i + 1;
  if (_prov_block_is (block, j, "that"))
    content = _prov_rules_rest_of_sentence (block, j + 1, last);
  else if (_prov_block_is (block, j, "to") && j + 1 < last &&
           (block->tok[j + 1].flags & PROV_TOK_WORD) &&
           !(block->tok[j + 1].flags & (PROV_TOK_CAP | PROV_TOK_NUMBER)) &&
           !_prov_block_is_any (block, j + 1, _prov_rules_determiners))
    content = _prov_rules_rest_of_sentence (block, j, last);   /* "his decision to run" */
  else if (_prov_block_is (block, j, "for") || _prov_block_is (block, j, "about") ||
           _prov_block_is (block, j, "on"))
    {
      guint e = j + 1;

      cue_last = j;
      while (e < last && (block->tok[e].flags & PROV_TOK_WORD) && e - j < 12)
        e++;
      if (e > j + 1)
        content.content = _prov_block_span (block, j + 1, e - 1);
    }
  else if (_prov_rules_is_punct (block, j, ':') || (block->tok[j].flags & PROV_TOK_OPEN))
    content = _prov_rules_right_content (block, j, last, FALSE);
  if (!prov_span_is_set (content.content))
    return;
  _prov_rules_add_frame (block, i, cue_last, source, content, "noun-possessive", 0.55);
}

static const char * const question_words[] = {
  "if", "whether", "about", "what", "who", "whom", "how", "why", "where", "when", "which", NULL,
};

/* "Asked whether C, she said …", "When asked about C, …", "When told C, …": a question or
 * news put by someone the text does not name (the reporter); the cue is "asked" or "told",
 * the content the question or the news. */
static void
asked_question (ProvTextBlock *block,
                guint          i)
{
  ProvContent content = { PROV_SPAN_NONE, FALSE };
  guint first, last;
  guint q = i + 1;
  guint e;

  _prov_block_sentence (block, i, &first, &last);
  /* Only a participle opening its clause: "Asked …", "When asked …", "… when asked …",
   * "And asked …". */
  if (i > first && !(_prov_block_is (block, i - 1, "when") && !_prov_block_is (block, i, "told")) &&
      !((_prov_block_is (block, i - 1, "when") || _prov_block_is (block, i - 1, "and")) &&
        (i - 1 == first || _prov_rules_is_punct (block, i - 2, ','))))
    return;
  /* "When told (that) C, X …": what was told follows at once. */
  if (_prov_block_is (block, i, "told"))
    {
      if (i == first || !(block->tok[q].flags & PROV_TOK_WORD) ||
          _prov_chunk_is_pronoun (block, q) ||
          _prov_block_is_any (block, q, _prov_rules_object_pronouns))
        return;
      if (_prov_block_is (block, q, "that"))
        q++;
    }
  /* A short time adjunct may come first: "Asked on Monday whether …". */
  else while (q < last && q - i <= 4 && (block->tok[q].flags & PROV_TOK_WORD) &&
         !_prov_block_is_any (block, q, question_words))
    q++;
  /* "When asked to confirm C": the request follows at once. */
  if (_prov_block_is (block, i, "asked") && i > first && _prov_block_is (block, i + 1, "to"))
    q = i + 1;
  else if (q >= last || (!_prov_block_is (block, i, "told") &&
                         !_prov_block_is_any (block, q, question_words)))
    return;
  e = q + 1;
  while (e < last && !_prov_rules_is_punct (block, e, ',') &&
         !_prov_rules_is_final_punct (block, e) && e - q < 40)
    e++;
  if (e <= q + 1)
    return;
  content.content = _prov_block_span (block, q, e - 1);
  _prov_block_add (block, PROV_KIND_ANONYMOUS, _prov_block_span (block, i, i), PROV_SPAN_NONE,
                   content.content, "asked-question", 0.6);
}

/* "These calls for more troops", "amid calls for a boycott": demands whose makers are not
 * named. */
static void
calls_for (ProvTextBlock *block,
           guint          i)
{
  static const char * const openers[] = {
    "these", "those", "the", "such", "with", "amid", "despite", "growing", "repeated",
    "renewed", "new", NULL,
  };
  ProvContent content;
  guint first, last;

  if (!_prov_block_is (block, i, "calls") || !_prov_block_is (block, i + 1, "for") || i == 0 ||
      !_prov_block_is_any (block, i - 1, openers))
    return;
  _prov_block_sentence (block, i, &first, &last);
  if (i + 2 >= last)
    return;
  content = _prov_rules_rest_of_sentence (block, i + 2, last);
  if (!prov_span_is_set (content.content))
    return;
  _prov_block_add (block, PROV_KIND_ANONYMOUS, _prov_block_span (block, i, i + 1),
                   PROV_SPAN_NONE, content.content, "noun-possessive", 0.6);
}

void
_prov_rules_nominal (ProvTextBlock *block)
{
  for (guint i = 0; i < block->n_tok; i++)
    {
      const ProvToken *t = &block->tok[i];

      if (t->flags & PROV_TOK_IN_QUOTE)
        continue;
      if (t->flags & PROV_TOK_PARA_START)
        {
          /* Transcripts quote whole turns: "“WALLACE: Let's start …". */
          if ((t->flags & PROV_TOK_OPEN) && i + 1 < block->n_tok)
            speaker_label (block, i + 1, FALSE);
          else
            speaker_label (block, i, FALSE);
        }
      else if (t->flags & PROV_TOK_SENT_START)
        speaker_label (block, i, TRUE);
      /* "Polls shift late - Ana Lopez: “…”": a label after a dash. */
      else if (i > 0 && (t->flags & PROV_TOK_CAP) &&
               (_prov_rules_is_punct (block, i - 1, '-') ||
                _prov_rules_is_punct (block, i - 1, 0x2013) ||
                _prov_rules_is_punct (block, i - 1, 0x2014)))
        speaker_label (block, i, TRUE);
      if (t->flags & PROV_TOK_SENT_START)
        _prov_rules_perspective (block, i);
      if (_prov_block_is (block, i, "as"))
        _prov_rules_as_report (block, i);
      if (_prov_block_is (block, i, "asked") || _prov_block_is (block, i, "told"))
        asked_question (block, i);
      if ((t->lex & PROV_LEX_BIT (PROV_LEXICON_REPORT_NOUN)) && i > 0 && !(t->flags & PROV_TOK_CAP))
        report_noun (block, i);
      calls_for (block, i);
    }
}
