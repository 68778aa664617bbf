/* prov-rules-verbs.c — reporting-verb frames: "X said (that) C", "C, X said", "C, said X",
 * "X, an apposition, said", "X told Y (that) C", "…, adding that C", passive "was detailed
 * by X", belief frames "X believes that C", and "according to X, C" / "C, according to X"
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-verbs"

#include "config.h"

#include <string.h>

#include "prov-rules.h"

ProvChunk
_prov_rules_clause_subject (ProvTextBlock *block,
                            guint          first,
                            guint          i)
{
  ProvChunk chunk = { 0, 0, FALSE };

  for (guint k = block->found->len; k > 0; k--)
    {
      ProvAttribution *a = g_ptr_array_index (block->found, k - 1);

      if (a->cue.start < block->tok[first].start)
        break;
      if (prov_span_is_set (a->source) && a->cue.end <= block->tok[i].start)
        {
          for (guint t = first; t < i; t++)
            {
              if (block->tok[t].start == a->source.start)
                chunk.first = t;
              if (block->tok[t].end == a->source.end)
                {
                  chunk.last = t;
                  chunk.found = TRUE;
                }
            }
          return chunk;
        }
    }
  /* Else the sentence's subject: a pronoun, a name ("Trump spoke for an hour, saying that
   * …"), or a determiner and its noun ("The mayor spoke, saying …"). */
  chunk.first = chunk.last = first;
  if (first >= i || !(block->tok[first].flags & PROV_TOK_WORD))
    return chunk;
  if (_prov_chunk_is_pronoun (block, first))
    {
      chunk.found = TRUE;
      return chunk;
    }
  if (block->tok[first].flags & PROV_TOK_CAP)
    {
      guint k = first + 1;

      if (_prov_chunk_is_determiner (block, first))
        {
          while (k < i && k - first < 4 && (block->tok[k].flags & PROV_TOK_WORD) &&
                 !_prov_chunk_is_aux (block, k) && !(block->tok[k].lex & PROV_LEX_VERBS) &&
                 !g_str_has_suffix (_prov_block_lower (block, k), "ed"))
            k++;
        }
      else
        while (k < i && (block->tok[k].flags & PROV_TOK_CAP) &&
               (block->tok[k].flags & PROV_TOK_WORD))
          k++;
      chunk.last = k - 1;
      chunk.found = TRUE;
    }
  return chunk;
}

gboolean
_prov_rules_ends_with_ing (const ProvTextBlock *block,
                           guint                i)
{
  const char *lower = _prov_block_lower (block, i);
  gsize n = strlen (lower);

  return n > 4 && strcmp (lower + n - 3, "ing") == 0;
}

/* A capitalised word that is not just a capitalised sentence starter ("The", "But"). */

/* A head that can be a source: a pronoun, a name, a source noun ("critics", "the poll"). */
gboolean
_prov_rules_is_source_head (const ProvTextBlock *block,
                            guint                i)
{
  return _prov_chunk_is_pronoun (block, i) || _prov_rules_is_name (block, i) ||
         (block->tok[i].lex & (PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD) |
                               PROV_LEX_BIT (PROV_LEXICON_SOURCE_NOUN)));
}

gboolean
_prov_rules_is_name (const ProvTextBlock *block,
                     guint                i)
{
  const ProvToken *t = &block->tok[i];

  if (!(t->flags & PROV_TOK_CAP))
    return FALSE;
  if (!(t->flags & PROV_TOK_SENT_START))
    return TRUE;
  return !prov_lexicon_is_sentence_starter (block->lexicon, block->text + t->bstart,
                                            t->bend - t->bstart);
}

/* Whether a form of "be" stands between tokens @a and @b (exclusive): "is saying". */
gboolean
_prov_rules_be_between (const ProvTextBlock *block,
                        guint                a,
                        guint                b)
{
  for (guint k = a; k < b; k++)
    if (_prov_block_is_any (block, k, _prov_rules_be_forms) || _prov_block_is (block, k, "'s") ||
        _prov_block_is (block, k, "'re") || g_str_has_suffix (_prov_block_lower (block, k), "'s") ||
        g_str_has_suffix (_prov_block_lower (block, k), "'re") ||
        g_str_has_suffix (_prov_block_lower (block, k), "'m"))
      return TRUE;
  return FALSE;
}

/* A verb that is also a common noun ("reports", "states") is a cue only when its subject
 * is a name, a pronoun or a source noun right before it, and a complement follows. */
gboolean
_prov_rules_strict_frame (const ProvTextBlock *block,
                          ProvChunk            source,
                          guint                cue_last)
{
  const ProvToken *head = &block->tok[source.last];
  guint k = cue_last + 1;
  gboolean clause;
  gboolean strong;

  if (k >= block->n_tok)
    return FALSE;
  strong = _prov_rules_is_source_head (block, source.last);
  /* "What's more, they note, there are …": a parenthetical report. */
  if (_prov_rules_is_punct (block, k, ',') && source.first > 0 &&
      _prov_rules_is_punct (block, source.first - 1, ','))
    return strong;
  /* "C, O'Keefe notes.", "…, as Clinton supporters point out.": the content is before. */
  if (_prov_rules_is_final_punct (block, k) && source.first > 0 &&
      (_prov_rules_is_punct (block, source.first - 1, ',') ||
       _prov_block_is (block, source.first - 1, "as") ||
       (block->tok[source.first - 1].flags & PROV_TOK_CLOSE)))
    return strong;
  /* "candidates promise they will …": a subject pronoun opens a clause too. */
  clause = _prov_block_is (block, k, "that") ||
           _prov_block_is_any (block, k, _prov_rules_wh_words) ||
           (_prov_block_is_any (block, k, _prov_rules_subject_pronouns) &&
            !_prov_block_is (block, k, "it") && !_prov_block_is (block, k, "you"));
  /* A plural noun is a subject too ("enlisted personnel favored", "voters say"). */
  if (!clause && !strong &&
      !(g_str_has_suffix (_prov_block_lower (block, source.last), "s") &&
        !(head->flags & PROV_TOK_HOMOGRAPH) && _prov_chunk_is_determiner (block, k)))
    return FALSE;
  if (strong && ((block->tok[k].flags & PROV_TOK_NUMBER) || _prov_rules_is_punct (block, k, '$')))
    return TRUE;   /* "the committee references four cases", "he calls for $1 trillion" */
  return clause || _prov_rules_is_punct (block, k, ':') || (block->tok[k].flags & PROV_TOK_QUOTE) ||
         _prov_block_is (block, k, "to") ||
         (strong && _prov_rules_ends_with_ing (block, k)) ||   /* "supports raising taxes" */
         (strong && _prov_block_is (block, k, "about")) ||   /* "she talks about Trump" */
         _prov_block_is_any (block, k, _prov_rules_determiners) ||
         _prov_chunk_is_pronoun (block, k) ||
         (block->tok[k].flags & PROV_TOK_CAP);
}

/* Words after a verb that make it a phrasal verb of another meaning ("show up"). */
static const char * const particles[] = {
  "up", "into", "out", "off", "down", "away", "since", "around", "over", "through", "ways",
  "way", NULL,
};

static const char * const reflexives[] = {
  "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", NULL,
};

static const char * const respond_forms[] = {
  "respond", "responded", "responds", "responding", NULL,
};

/* Whether the noun phrase @chunk ends in an indefinite one: "a firm", "They hired a firm". */
static gboolean
indefinite_head (const ProvTextBlock *block,
                 ProvChunk            chunk)
{
  for (guint k = chunk.last; k >= chunk.first && chunk.last - k < 4; k--)
    {
      if (_prov_block_is (block, k, "a") || _prov_block_is (block, k, "an"))
        return TRUE;
      if (k == 0)
        break;
    }
  return FALSE;
}

/* Verbs that name with a reflexive object: "called himself a feminist". */
static const char * const naming_verbs[] = {
  "call", "called", "calls", "calling", "describe", "described", "describes", "describing",
  "declared", "declares", NULL,
};

/* Whether the chunk can be an inverted subject: it runs to the sentence's end. */
static gboolean
inverted_subject (const ProvTextBlock *block,
                  ProvChunk            chunk,
                  guint                last)
{
  guint k;

  if (!chunk.found || _prov_block_is (block, chunk.first, "that"))
    return FALSE;
  /* "said former Pennsylvania governor Ed Rendell": a title before the name. */
  for (k = chunk.first; k <= chunk.last && k - chunk.first < 3; k++)
    if (!(block->tok[k].flags & PROV_TOK_WORD) || (block->tok[k].flags & PROV_TOK_CAP))
      break;
  if (!(block->tok[chunk.first].flags & PROV_TOK_CAP) &&
      !(k <= chunk.last && k > chunk.first && (block->tok[k].flags & PROV_TOK_CAP)) &&
      !_prov_chunk_is_pronoun (block, chunk.first) &&
      !(block->tok[chunk.first].lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)) &&
      !_prov_block_is (block, chunk.first, "the") && !_prov_block_is (block, chunk.first, "a") &&
      !_prov_block_is (block, chunk.first, "an"))
    return FALSE;
  /* An inverted subject is a short noun phrase, perhaps with an apposition after a comma;
   * "Clinton's response to Trump was undercut by …" is a clause, the content. */
  for (k = chunk.first; k <= chunk.last; k++)
    {
      if (_prov_rules_is_punct (block, k, ','))
        break;
      if (k - chunk.first >= 8 || _prov_block_is_any (block, k, _prov_rules_be_forms) ||
          _prov_chunk_is_aux (block, k))
        return FALSE;
    }
  k = chunk.last + 1;
  return k >= last || _prov_rules_is_final_punct (block, k) ||
         _prov_rules_is_punct (block, k, ',') ||
         (block->tok[k].flags & PROV_TOK_QUOTE);
}

/* Whether a clause starts at token @k: "that", a pronoun, a determiner, a quote. */
static gboolean
clause_follows (const ProvTextBlock *block,
                guint                k)
{
  if (k >= block->n_tok)
    return FALSE;
  if (_prov_rules_is_punct (block, k, ',') || _prov_rules_is_punct (block, k, ':'))
    k++;
  if (k >= block->n_tok)
    return FALSE;
  return _prov_block_is (block, k, "that") || _prov_chunk_is_pronoun (block, k) ||
         _prov_chunk_is_determiner (block, k) || (block->tok[k].flags & PROV_TOK_OPEN);
}

/* "X, an apposition, said (that) C": the comma before token @g closes an apposition; the
 * name stands before it, possibly several appositions back ("Jane Roe, 49, a nurse,"). */
static void
appositive_subject (ProvTextBlock *block,
                    guint          g,
                    guint          i,
                    guint          cue_last,
                    guint          first,
                    guint          last,
                    gboolean       object_verb)
{
  ProvContent content;
  guint c1 = g - 2;
  guint k;

  while (c1 > first && !_prov_rules_is_punct (block, c1, ',') && g - c1 < 40)
    c1--;
  /* A longer relative clause with commas of its own: back to ", who/which". */
  for (k = g - 2; k > first && g - k < 40; k--)
    if (_prov_rules_is_punct (block, k - 1, ',') &&
        (_prov_block_is (block, k, "who") || _prov_block_is (block, k, "which")))
      break;
  if (k > first && g - k < 40 && k - 1 < c1)
    c1 = k - 1;
  for (k = c1 + 1; k + 1 < g && !_prov_block_is (block, c1 + 1, "who") &&
                   !_prov_block_is (block, c1 + 1, "which"); k++)
    if ((block->tok[k].lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                              PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB))) &&
        !(block->tok[k].flags & PROV_TOK_HOMOGRAPH))
      return;   /* "Rather, he said, continued …": no apposition */
  /* The name may stand several appositions back: "Jane Roe, 49, a nurse, said". */
  for (guint tries = 0; tries < 3 && _prov_rules_is_punct (block, c1, ','); tries++)
    {
      ProvChunk name = _prov_chunk_subject (block, c1, first);

      if (name.found)
        {
          name.last = g - 2;
          content = _prov_rules_right_content (block, cue_last + 1, last, object_verb);
          _prov_rules_add_frame (block, i, cue_last, name, content, "verb-apposition", 0.8);
          return;
        }
      k = c1;
      while (c1 > first && c1 + 8 > k && (c1 == k || !_prov_rules_is_punct (block, c1, ',')))
        c1--;
    }
}

static void
verb_frame (ProvTextBlock *block,
            guint          i)
{
  const ProvToken *t = &block->tok[i];
  gboolean cognition = !(t->lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                                   PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB)));
  gboolean object_verb = (t->lex & PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB)) != 0;
  guint first, last;
  guint cue_last = i;
  guint end;
  guint link;
  ProvChunk source;
  ProvContent content;

  _prov_block_sentence (block, i, &first, &last);
  if (i > first && _prov_block_is (block, i - 1, "to"))
    {
      /* "… leading the authorities to question whether C", "for Trump to tweet that C": the
       * noun phrase before "to", else the clause's subject. Inside another report's content
       * ("declined to say") it is dropped as nested. */
      if (cognition)
        return;
      source = _prov_chunk_subject (block, i - 1, first);
      if (!source.found || !_prov_rules_is_source_head (block, source.last))
        source = _prov_rules_clause_subject (block, first, i);
      content = _prov_rules_right_content (block, i + 1, last, object_verb);
      if (source.found && prov_span_is_set (content.content))
        _prov_rules_add_frame (block, i, i, source, content, "verb-infinitive", 0.6);
      return;
    }

  if (!cognition && _prov_rules_passive_by (block, i, last))
    return;
  if (_prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_PHRASAL_VERB), &end, NULL))
    cue_last = end - 1;
  if (_prov_block_match (block, cue_last + 1, PROV_LEX_BIT (PROV_LEXICON_PHRASAL_VERB), &end,
                         NULL) && _prov_block_is (block, cue_last + 1, "in"))
    cue_last = end - 1;

  /* "Emphasizing the urgency, Trump said …": the subject follows the participle's clause. */
  if (i == first && !cognition && _prov_rules_ends_with_ing (block, i))
    {
      guint c = i + 1;

      while (c < last && !_prov_rules_is_punct (block, c, ',') && c - i < 20)
        c++;
      if (c < last && _prov_rules_is_punct (block, c, ','))
        {
          source = _prov_rules_no_apposition (block, _prov_chunk_after (block, c + 1, last, 6));
          content = _prov_rules_right_content (block, cue_last + 1, c, object_verb);
          if (source.found && prov_span_is_set (content.content) &&
              _prov_rules_is_source_head (block, source.first))
            _prov_rules_add_frame (block, i, cue_last, source, content, "verb-participle", 0.6);
        }
      return;
    }

  /* ", adding that C" and "before claiming that C": a participle whose subject is the
   * clause's. */
  link = i;
  while (link > first + 1 && _prov_chunk_is_aux (block, link - 1))
    link--;   /* "after accidentally tweeting" */
  if (i > first && _prov_rules_ends_with_ing (block, i) &&
      (!cognition || clause_follows (block, cue_last + 1) ||
       _prov_block_is (block, cue_last + 1, "to")) &&
      (_prov_rules_is_punct (block, link - 1, ',') ||
       _prov_block_is_any (block, link - 1, _prov_rules_participle_links)))
    {
      source = _prov_rules_clause_subject (block, first, i);
      content = _prov_rules_right_content (block, cue_last + 1, last, object_verb);
      if (source.found || prov_span_is_set (content.content))
        _prov_rules_add_frame (block, i, cue_last, source, content, "verb-participle", 0.75);
      return;
    }

  /* "C, said X" and "“C,” said X": the subject follows the verb. */
  if (!cognition && i > 0 &&
      (_prov_rules_is_punct (block, i - 1, ',') || (block->tok[i - 1].flags & PROV_TOK_CLOSE)))
    {
      gboolean after_quote = (block->tok[i - 1].flags & PROV_TOK_CLOSE) ||
                             (i > 1 && _prov_rules_is_punct (block, i - 1, ',') &&
                              (block->tok[i - 2].flags & PROV_TOK_CLOSE));

      /* The apposition of an inverted subject may be long ("said Steven Taylor, a chairman
       * of the political science department at Troy University in Alabama"). */
      source = _prov_chunk_after (block, cue_last + 1, last, 30);
      /* After a closing quote the inversion is certain, however long the apposition. */
      if (inverted_subject (block, source, last) ||
          (after_quote && source.found && !_prov_block_is (block, source.first, "that") &&
           !_prov_chunk_is_preposition (block, source.first)))
        {
          content = _prov_rules_left_content (block, i, first);
          _prov_rules_add_frame (block, i, cue_last, source, content, "verb-inverted", 0.85);
          return;
        }
      /* "X, an apposition, said (that) C". */
      if (_prov_rules_is_punct (block, i - 1, ',') && i >= first + 3)
        appositive_subject (block, i, i, cue_last, first, last, object_verb);
      return;
    }

  /* "X said (that) C" and "C, X said". */
  source = _prov_chunk_subject (block, i, first);
  if (!source.found && !source.shared)
    {
      /* ", John Hammond, has vocally called": an apposition before the auxiliaries. */
      guint g = i;

      while (g > first && _prov_chunk_is_aux (block, g - 1))
        g--;
      if (g > first + 2 && _prov_rules_is_punct (block, g - 1, ',') && (g < i || cognition))
        {
          appositive_subject (block, g, i, cue_last, first, last, object_verb);
          return;
        }
    }
  if (source.shared && !cognition)
    {
      /* "X did Y and said C": the subject of the clause. */
      source = _prov_rules_clause_subject (block, first, i);
      content = _prov_rules_right_content (block, cue_last + 1, last, object_verb);
      if (source.found && prov_span_is_set (content.content))
        _prov_rules_add_frame (block, i, cue_last, source, content, "verb-coordinated", 0.75);
      return;
    }
  if (!source.found)
    return;
  /* "the Friday ruling", "a speaking tour": an -ing form needs "is/was" before it, a
   * clause after it ("62 percent of voters saying they …", "Podesta saying, “…”"), or a
   * speech verb right after a source ("voters saying race relations are worse"). */
  if (_prov_rules_ends_with_ing (block, i) && !_prov_rules_be_between (block, source.last, i) &&
      !clause_follows (block, cue_last + 1) &&
      !((t->lex & PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB)) &&
        !(t->flags & PROV_TOK_HOMOGRAPH) && source.last + 1 == i &&
        _prov_rules_is_source_head (block, source.last)) &&
      !(cognition && source.last + 1 == i && _prov_rules_is_source_head (block, source.last) &&
        cue_last + 1 < last && _prov_rules_is_name (block, cue_last + 1)))
    return;
  content = _prov_rules_right_content (block, cue_last + 1, last, object_verb);
  if ((t->flags & PROV_TOK_HOMOGRAPH) && !_prov_rules_strict_frame (block, source, cue_last))
    return;
  /* "showed up", "called into the show", "found ways to", "found himself": a particle or a
   * reflexive after the verb makes another verb, not a report. */
  if (cue_last + 1 < last && !_prov_block_is_any (block, i, naming_verbs) &&
      (_prov_block_is_any (block, cue_last + 1, particles) ||
       _prov_block_is_any (block, cue_last + 1, reflexives)))
    return;
  /* "Smith spoke at the convention": a place or time is not what was said. */
  if ((t->lex & PROV_LEX_BIT (PROV_LEXICON_INTRANSITIVE)) && !content.quote &&
      prov_span_is_set (content.content) && !clause_follows (block, cue_last + 1) &&
      !_prov_block_is (block, cue_last + 1, "about") && !_prov_block_is (block, cue_last + 1, "of"))
    {
      /* "spoke warmly of C", "talked more about C": an adverb before the topic. */
      if (cue_last + 2 < last && !(block->tok[cue_last + 1].flags & PROV_TOK_CAP) &&
          (g_str_has_suffix (_prov_block_lower (block, cue_last + 1), "ly") ||
           _prov_block_is (block, cue_last + 1, "more")) &&
          (_prov_block_is (block, cue_last + 2, "about") ||
           _prov_block_is (block, cue_last + 2, "of")))
        {
          cue_last += 2;
          content = _prov_rules_rest_of_sentence (block, cue_last + 1, last);
        }
      else
        content.content = PROV_SPAN_NONE;
    }
  /* "X did not respond to requests for comment", "X responded to the attack": what was
   * answered is the content of the (perhaps refused) answer. */
  /* "X responded with attacks", "X responded by closing the quay": the answer given. */
  if (_prov_block_is_any (block, i, respond_forms) &&
      (_prov_block_is (block, cue_last + 1, "to") || _prov_block_is (block, cue_last + 1, "with") ||
       _prov_block_is (block, cue_last + 1, "by")) &&
      cue_last + 2 < last && (block->tok[cue_last + 2].flags & PROV_TOK_WORD))
    {
      cue_last++;
      content = _prov_rules_rest_of_sentence (block, cue_last + 1, last);
    }
  /* "a firm called Cambridge Analytica", "a website called Real News", "which is called
   * the Thrift Savings Plan": a name given, not a report. */
  if (_prov_block_is (block, i, "called") && source.last + 1 == i &&
      (((block->tok[cue_last + 1].flags & (PROV_TOK_CAP | PROV_TOK_QUOTE)) != 0 &&
        !_prov_rules_is_source_head (block, source.last) &&
        !(block->tok[source.last].flags & PROV_TOK_CAP)) ||
       (((block->tok[cue_last + 1].flags & (PROV_TOK_CAP | PROV_TOK_QUOTE)) != 0 ||
         _prov_block_is (block, cue_last + 1, "the")) && indefinite_head (block, source))))
    return;
  if (_prov_block_is (block, i, "called") && i > 0 &&
      (_prov_block_is_any (block, i - 1, _prov_rules_be_forms) ||
       _prov_rules_is_punct (block, i - 1, ',')))
    return;
  /* "leads by 271 pledged delegates": a number is no source. */
  if ((block->tok[source.last].flags & PROV_TOK_NUMBER) && source.first == source.last)
    return;
  if (cognition)
    {
      const ProvToken *head = &block->tok[source.last];

      guint k = cue_last + 1;
      gboolean clause = _prov_block_is (block, k, "that") || _prov_chunk_is_pronoun (block, k) ||
                        _prov_chunk_is_determiner (block, k);

      /* "if you think about it", "you know": a generic "you" holds no belief. */
      if (source.first == source.last && _prov_block_is (block, source.first, "you"))
        return;
      /* "X believes (that) C": the subject is a name, a pronoun or a source noun, or any
       * noun phrase when a clause follows ("the campaign believes it could win"). */
      /* "His leverage, they believe, is intact": a parenthetical belief. */
      if (!prov_span_is_set (content.content) && _prov_rules_is_punct (block, k, ',') &&
          source.first > first && _prov_rules_is_punct (block, source.first - 1, ','))
        {
          content = _prov_rules_rest_of_sentence (block, k + 1, last);
          clause = TRUE;
        }
      /* "X wants to bring back C", "they hope to win": an infinitive is the content,
       * however short (a noun phrase after "to" is an addressee, not a verb). */
      if (!prov_span_is_set (content.content) && _prov_block_is (block, k, "to") &&
          k + 1 < last && (block->tok[k + 1].flags & PROV_TOK_WORD) &&
          !(block->tok[k + 1].flags & (PROV_TOK_CAP | PROV_TOK_NUMBER)) &&
          !_prov_chunk_is_determiner (block, k + 1) && !_prov_chunk_is_pronoun (block, k + 1) &&
          !_prov_block_is_any (block, k + 1, _prov_rules_determiners))
        content = _prov_rules_rest_of_sentence (block, k, last);
      if (!prov_span_is_set (content.content) ||
          !(_prov_rules_is_source_head (block, source.last) || (head->flags & PROV_TOK_CAP) ||
            clause || _prov_block_is (block, k, "to")))
        return;
      _prov_rules_add_frame (block, i, cue_last, source, content, "belief-frame", 0.5);
      return;
    }
  {
    /* "“C1,” X said, “C2”": the quote before the speaker is the content (the one after
     * continues it); so is a clause before "X said" when nothing but an adjunct follows. */
    ProvContent left = _prov_rules_left_content (block, source.first, first);

    if (prov_span_is_set (left.content) &&
        ((left.quote && !_prov_block_is (block, cue_last + 1, "that")) ||
         (!prov_span_is_set (content.content) && !content.quote)))
      content = left;
  }
  if (!content.quote && _prov_rules_is_punct (block, cue_last + 1, ',') && source.first > first &&
      (!prov_span_is_set (content.content) ||
       content.content.end - content.content.start < 12))
    {
      /* "Rather, he said, C": a parenthetical report; the content is what follows. */
      ProvContent right = _prov_rules_rest_of_sentence (block, cue_last + 2, last);

      if (prov_span_is_set (right.content))
        content = right;
    }
  /* "what Melania Trump told NBC News": the relative "what" stands for the content. */
  if (!prov_span_is_set (content.content) && !content.quote && source.first > first &&
      _prov_block_is (block, source.first - 1, "what"))
    content.content = _prov_block_span (block, source.first - 1, source.first - 1);
  /* A verb with neither complement nor reported clause is no report ("Figures reported on
   * Sunday now suggest …"), unless a quote follows in the next paragraph ("He said:"). */
  if (!prov_span_is_set (content.content) && !_prov_rules_is_punct (block, cue_last + 1, ':'))
    return;
  _prov_rules_add_frame (block, i, cue_last, source, content,
             object_verb ? "verb-object" : "verb-subject", 0.8);
}

/* Whether the paragraph of token @i is a short line in title case (a headline). */
static gboolean
title_case_line (const ProvTextBlock *block,
                 guint                i)
{
  guint a = i;
  guint b = i;
  guint words = 0;
  guint caps = 0;

  while (a > 0 && !(block->tok[a].flags & PROV_TOK_PARA_START) && i - a < 40)
    a--;
  while (b + 1 < block->n_tok && !(block->tok[b + 1].flags & PROV_TOK_PARA_START) && b - i < 40)
    b++;
  if (!(block->tok[a].flags & PROV_TOK_PARA_START) ||
      (b + 1 < block->n_tok && !(block->tok[b + 1].flags & PROV_TOK_PARA_START)))
    return FALSE;
  for (guint k = a; k <= b; k++)
    {
      const ProvToken *t = &block->tok[k];

      /* Short words ("of", "to", "a") may stay lower case in a title. */
      if (!(t->flags & PROV_TOK_WORD) || t->end - t->start < 4)
        continue;
      words++;
      caps += (t->flags & PROV_TOK_CAP) != 0;
    }
  return words >= 3 && caps * 10 >= words * 9;
}

/* "X made it clear that C", "X has made clear C": a light verb and "clear" report. */
static void
made_clear (ProvTextBlock *block,
            guint          i)
{
  static const char * const make_forms[] = { "make", "made", "makes", "making", NULL };
  guint first, last;
  guint c = i + 1;
  ProvChunk source;
  ProvContent content;

  if (!_prov_block_is_any (block, i, make_forms))
    return;
  if (_prov_block_is (block, c, "it"))
    c++;
  if (!_prov_block_is (block, c, "clear") || c + 1 >= block->n_tok)
    return;
  _prov_block_sentence (block, i, &first, &last);
  if (c + 1 >= last || i == first)
    return;
  source = _prov_chunk_subject (block, i, first);
  if (!source.found)
    return;
  content = _prov_rules_right_content (block, c + 1, last, FALSE);
  if (!prov_span_is_set (content.content) ||
      !(_prov_block_is (block, c + 1, "that") || clause_follows (block, c + 1)))
    return;
  _prov_rules_add_frame (block, i, c, source, content, "verb-subject", 0.75);
}

void
_prov_rules_verbs (ProvTextBlock *block)
{
  const guint verbs = PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                      PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB) |
                      PROV_LEX_BIT (PROV_LEXICON_COGNITION_VERB);

  for (guint i = 0; i < block->n_tok; i++)
    {
      const ProvToken *t = &block->tok[i];
      guint end;

      if (!(t->flags & PROV_TOK_WORD))
        continue;
      if (_prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_ACCORDING_TO), &end, NULL))
        {
          _prov_rules_according_to (block, i, end);
          i = end - 1;
          continue;
        }
      if (!(t->flags & (PROV_TOK_IN_QUOTE | PROV_TOK_CAP)) && !(t->lex & verbs))
        {
          made_clear (block, i);
          _prov_rules_light_verbs (block, i);
        }
      if (!(t->lex & verbs) || (t->flags & (PROV_TOK_MARKER | PROV_TOK_IN_QUOTE | PROV_TOK_ANON)))
        continue;
      /* A capitalised verb inside a sentence is a name ("Call of Duty"), unless the whole
       * line is in title case ("Clinton Says Trump Is Unfit"). */
      if ((t->flags & PROV_TOK_CAP) && !(t->flags & PROV_TOK_SENT_START) &&
          !(i > 0 && (block->tok[i - 1].flags & PROV_TOK_QUOTE)) && !title_case_line (block, i))
        continue;
      verb_frame (block, i);
    }
}
