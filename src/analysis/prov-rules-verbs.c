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

#include "prov-chunk.h"

static const char * const be_forms[] = {
  "is", "was", "were", "are", "been", "being", "be", NULL,
};

static const char * const object_pronouns[] = {
  "me", "him", "her", "us", "them", "you", "it", NULL,
};

/* Words that end a source after "by" or "according to": time and place adjuncts. */
static const char * const adjunct_starts[] = {
  "today", "yesterday", "tonight", "on", "in", "last", "earlier", "this", "during", "at",
  "when", "after", "before", "as", "while", "since", NULL,
};

static const char * const subject_pronouns[] = {
  "he", "she", "they", "we", "i", "it", "you", "there", NULL,
};

static const char * const determiners[] = {
  "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
  "some", "many", "several", "no", NULL,
};

static const char * const wh_words[] = {
  "how", "why", "what", "whether", "if", "who", "where", "when", "which", NULL,
};

static const char * const clause_breaks[] = {
  "while", "but", "whereas", "although", "though", "even", NULL,
};

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  "today", "tonight", "recently", "earlier", "later", "again", NULL,
};

typedef struct
{
  ProvSpan content;
  gboolean quote;
} ProvContent;

static gboolean
is_punct (const ProvBlock *block,
          guint            i,
          gunichar         c)
{
  return i < block->n_tok && (block->tok[i].flags & PROV_TOK_PUNCT) && block->tok[i].c == c;
}

static gboolean
is_final_punct (const ProvBlock *block,
                guint            i)
{
  return is_punct (block, i, '.') || is_punct (block, i, '?') || is_punct (block, i, '!') ||
         is_punct (block, i, ';');
}

static ProvContent
quote_content (ProvBlock *block,
               guint      mark)
{
  ProvQuote *q = &g_array_index (block->quotes, ProvQuote, block->tok[mark].quote);
  ProvContent c = { PROV_SPAN_NONE, FALSE };

  if (q->end <= q->start)
    return c;
  block->tok[q->open].flags |= PROV_TOK_USED_QUOTE;
  c.content = (ProvSpan) { q->start, q->end };
  c.quote = TRUE;
  return c;
}

/* Content from token @j to the end of its clause: the sentence's end, a semicolon, or a
 * comma before a contrasting conjunction (", while …", ", but …"). */
static ProvContent
rest_of_sentence (ProvBlock *block,
                  guint      j,
                  guint      last)
{
  ProvContent c = { PROV_SPAN_NONE, FALSE };
  guint e = last;

  for (guint k = j + 1; k < last; k++)
    {
      if (is_punct (block, k, ';') ||
          (is_punct (block, k, ',') && _prov_block_is_any (block, k + 1, clause_breaks)) ||
          (is_punct (block, k, ',') && k + 1 < last && block->tok[k + 1].lex != 0 &&
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
static ProvContent
right_content (ProvBlock *block,
               guint      j,
               guint      last,
               gboolean   object_verb)
{
  ProvContent none = { PROV_SPAN_NONE, FALSE };

  if (j >= block->n_tok)
    return none;

  if ((is_punct (block, j, ',') || is_punct (block, j, ':')) && j + 1 < block->n_tok &&
      (block->tok[j + 1].flags & PROV_TOK_OPEN))
    return quote_content (block, j + 1);
  if (block->tok[j].flags & PROV_TOK_OPEN)
    return quote_content (block, j);
  if (is_punct (block, j, ','))
    {
      /* "said, among other things, that C". */
      for (guint k = j + 1; k + 1 < last && k - j < 8; k++)
        {
          if (is_punct (block, k, ','))
            {
              if (_prov_block_is (block, k + 1, "that"))
                return rest_of_sentence (block, k + 2, last);
              break;
            }
          if (!(block->tok[k].flags & PROV_TOK_WORD))
            break;
        }
    }
  if (is_punct (block, j, ':'))
    {
      if (j + 1 >= last)
        {
          /* "He said:" closing a paragraph introduces the quote that follows. */
          if (j + 1 < block->n_tok && (block->tok[j + 1].flags & PROV_TOK_OPEN))
            return quote_content (block, j + 1);
          return none;
        }
      return rest_of_sentence (block, j + 1, last);
    }
  if (j >= last || !(block->tok[j].flags & PROV_TOK_WORD))
    return none;

  if (object_verb && !_prov_block_is (block, j, "that"))
    {
      guint k = j;

      /* The addressee: a pronoun, a name, or a short noun phrase that ends where the
       * content's subject ("the talks", "he") or "that" / "to" begins. */
      if (_prov_block_is_any (block, j, object_pronouns))
        k = j + 1;
      else if (block->tok[j].flags & PROV_TOK_CAP)
        while (k < last && (block->tok[k].flags & PROV_TOK_CAP) && k - j < 5)
          k++;
      else
        {
          if (_prov_block_is_any (block, k, determiners))
            k++;
          while (k < last && k - j < 5 && (block->tok[k].flags & PROV_TOK_WORD) &&
                 !_prov_block_is (block, k, "that") && !_prov_block_is (block, k, "to") &&
                 !_prov_block_is_any (block, k, determiners) &&
                 !_prov_block_is_any (block, k, subject_pronouns))
            k++;
        }
      if (_prov_block_is (block, k, "to") && k + 1 < last &&
          !_prov_block_is_any (block, k + 1, determiners) &&
          !(block->tok[k + 1].flags & PROV_TOK_CAP))
        return rest_of_sentence (block, k, last);   /* "urged them to act" */
      if (_prov_block_is (block, k, "to") || _prov_block_is (block, k, "about"))
        {
          /* "told it to the court": the recipient comes after; keep going to "that". */
          while (k < last && (block->tok[k].flags & PROV_TOK_WORD) &&
                 !_prov_block_is (block, k, "that") && k - j < 8)
            k++;
        }
      if (k >= last || is_final_punct (block, k))
        return none;
      if ((is_punct (block, k, ',') || is_punct (block, k, ':')) && k + 1 < block->n_tok &&
          (block->tok[k + 1].flags & PROV_TOK_OPEN))
        return quote_content (block, k + 1);
      if (block->tok[k].flags & PROV_TOK_PUNCT)
        return none;
      j = k;
    }

  if (_prov_block_is (block, j, "that"))
    return rest_of_sentence (block, j + 1, last);

  /* Adjuncts before "that": "said on Monday that", "told reporters in Iowa that"; an
   * adjunct alone ("…, she said on Friday.") leaves the content on the left. */
  for (guint k = j + 1; k < last && k - j <= 4; k++)
    {
      if (!(block->tok[k].flags & PROV_TOK_WORD) || block->tok[k].lex != 0)
        break;
      if (_prov_block_is (block, k, "that"))
        return rest_of_sentence (block, k + 1, last);
    }
  if (_prov_block_is_any (block, j, adjunct_starts) || _prov_block_is_any (block, j, weekdays))
    {
      guint k = j;

      while (k < last && (block->tok[k].flags & PROV_TOK_WORD) && k - j < 6)
        k++;
      if (k >= last || is_final_punct (block, k))
        return none;
    }
  return rest_of_sentence (block, j, last);
}

/* The content before a source starting at token @s: "C, X said" or "“C,” X said". */
static ProvContent
left_content (ProvBlock *block,
              guint      s,
              guint      first)
{
  ProvContent none = { PROV_SPAN_NONE, FALSE };
  guint p;
  guint start = first;

  if (s == 0)
    return none;
  p = s - 1;
  if (is_punct (block, p, ',') || is_punct (block, p, 0x2014))
    {
      if (p == 0)
        return none;
      p--;
      if (block->tok[p].flags & PROV_TOK_CLOSE)
        return quote_content (block, p);
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
    return quote_content (block, p);
  return none;
}

static void
add_frame (ProvBlock   *block,
           guint        cue_first,
           guint        cue_last,
           ProvChunk    source,
           ProvContent  content,
           const char  *rule,
           double       score)
{
  ProvKind kind = content.quote ? PROV_KIND_QUOTE : _prov_chunk_kind (block, source);
  ProvSpan src = source.found ? _prov_block_span (block, source.first, source.last)
                              : PROV_SPAN_NONE;

  _prov_block_add (block, kind, _prov_block_span (block, cue_first, cue_last), src,
                   content.content, rule, score);
}

/* Cuts a source after "by" or "according to" before a time or place adjunct. */
static ProvChunk
trim_adjunct (const ProvBlock *block,
              ProvChunk        chunk)
{
  for (guint k = chunk.first + 1; chunk.found && k <= chunk.last; k++)
    {
      if (_prov_block_is_any (block, k, adjunct_starts))
        {
          chunk.last = k - 1;
          break;
        }
    }
  return chunk;
}

static ProvChunk
no_apposition (const ProvBlock *block,
               ProvChunk        chunk)
{
  for (guint k = chunk.first; chunk.found && k <= chunk.last; k++)
    {
      if (is_punct (block, k, ','))
        {
          chunk.last = k - 1;
          break;
        }
    }
  return chunk;
}

/* "according to X, C" and "C, according to X". */
static void
according_to (ProvBlock *block,
              guint      i,
              guint      end)
{
  guint first, last;
  ProvChunk source;
  ProvContent content = { PROV_SPAN_NONE, FALSE };

  _prov_block_sentence (block, i, &first, &last);
  source = trim_adjunct (block, no_apposition (block, _prov_chunk_after (block, end, last, 12)));
  if (!source.found)
    return;

  if (i <= first + 2 && !is_punct (block, i - 1, ','))
    {
      guint j = source.last + 1;

      if (is_punct (block, j, ','))
        j++;
      if (j < last)
        content = rest_of_sentence (block, j, last);
    }
  else
    content = left_content (block, i, first);

  add_frame (block, i, end - 1, source, content, "according-to", 0.9);
}

/* Passive "was detailed by X": be + participle + by. */
static gboolean
passive_by (ProvBlock *block,
            guint      i,
            guint      last)
{
  ProvChunk source;
  ProvContent none = { PROV_SPAN_NONE, FALSE };

  guint be = i;

  if (!_prov_block_is (block, i + 1, "by"))
    return FALSE;
  /* "was detailed by", "was first reported by", "has been widely cited by". */
  while (be > 0 && i - be < 3 && !_prov_block_is_any (block, be - 1, be_forms) &&
         _prov_chunk_is_aux (block, be - 1))
    be--;
  if (be == 0 || !_prov_block_is_any (block, be - 1, be_forms))
    return FALSE;
  source = trim_adjunct (block, no_apposition (block, _prov_chunk_after (block, i + 2, last, 10)));
  if (!source.found)
    return FALSE;
  add_frame (block, be - 1, i + 1, source, none, "passive-by", 0.85);
  return TRUE;
}

/* The source of a participle cue (", adding that C"): the last source of the sentence. */
static ProvChunk
participle_source (ProvBlock *block,
                   guint      first,
                   guint      i)
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
  /* Else the sentence's subject: "Trump spoke for an hour, saying that …". */
  chunk = _prov_chunk_after (block, first, i, 5);
  if (chunk.found && !(block->tok[chunk.first].flags & PROV_TOK_CAP))
    chunk.found = FALSE;
  return no_apposition (block, chunk);
}

static gboolean
ends_with_ing (const ProvBlock *block,
               guint            i)
{
  const char *lower = _prov_block_lower (block, i);
  gsize n = strlen (lower);

  return n > 4 && strcmp (lower + n - 3, "ing") == 0;
}

/* A capitalised word that is not just a capitalised sentence starter ("The", "But"). */
static gboolean
is_name (const ProvBlock *block,
         guint            i)
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
static gboolean
be_between (const ProvBlock *block,
            guint            a,
            guint            b)
{
  for (guint k = a; k < b; k++)
    if (_prov_block_is_any (block, k, be_forms) || _prov_block_is (block, k, "'s") ||
        _prov_block_is (block, k, "'re"))
      return TRUE;
  return FALSE;
}

/* A verb that is also a common noun ("reports", "states") is a cue only when its subject
 * is a name, a pronoun or a source noun right before it, and a complement follows. */
static gboolean
strict_frame (const ProvBlock *block,
              ProvChunk        source,
              guint            cue_last)
{
  const ProvToken *head = &block->tok[source.last];
  guint k = cue_last + 1;

  if (!(_prov_chunk_is_pronoun (block, source.last) || is_name (block, source.last) ||
        (head->lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD))))
    return FALSE;
  if (k >= block->n_tok)
    return FALSE;
  return _prov_block_is (block, k, "that") || is_punct (block, k, ':') ||
         _prov_block_is_any (block, k, wh_words) ||
         (block->tok[k].flags & PROV_TOK_QUOTE) || _prov_block_is_any (block, k, determiners) ||
         _prov_chunk_is_pronoun (block, k) || (block->tok[k].flags & PROV_TOK_CAP);
}

/* Whether the chunk can be an inverted subject: it runs to the sentence's end. */
static gboolean
inverted_subject (const ProvBlock *block,
                  ProvChunk        chunk,
                  guint            last)
{
  guint k;

  if (!chunk.found || _prov_block_is (block, chunk.first, "that"))
    return FALSE;
  if (!(block->tok[chunk.first].flags & PROV_TOK_CAP) &&
      !_prov_chunk_is_pronoun (block, chunk.first) &&
      !(block->tok[chunk.first].lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)) &&
      !_prov_block_is (block, chunk.first, "the") && !_prov_block_is (block, chunk.first, "a") &&
      !_prov_block_is (block, chunk.first, "an"))
    return FALSE;
  k = chunk.last + 1;
  return k >= last || is_final_punct (block, k) || is_punct (block, k, ',') ||
         (block->tok[k].flags & PROV_TOK_QUOTE);
}

static void
verb_frame (ProvBlock *block,
            guint      i)
{
  const ProvToken *t = &block->tok[i];
  gboolean cognition = !(t->lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                                   PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB)));
  gboolean object_verb = (t->lex & PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB)) != 0;
  guint first, last;
  guint cue_last = i;
  guint end;
  ProvChunk source;
  ProvContent content;

  _prov_block_sentence (block, i, &first, &last);
  if (i > 0 && _prov_block_is (block, i - 1, "to"))
    return;   /* an infinitive: "declined to say" is the cue of "declined" */

  if (!cognition && passive_by (block, i, last))
    return;
  if (_prov_block_match (block, i, PROV_LEX_BIT (PROV_LEXICON_PHRASAL_VERB), &end, NULL))
    cue_last = end - 1;
  if (_prov_block_match (block, cue_last + 1, PROV_LEX_BIT (PROV_LEXICON_PHRASAL_VERB), &end,
                         NULL) && _prov_block_is (block, cue_last + 1, "in"))
    cue_last = end - 1;

  /* ", adding that C": a participle whose subject is the sentence's. */
  if (!cognition && i > first && is_punct (block, i - 1, ',') && ends_with_ing (block, i))
    {
      source = participle_source (block, first, i);
      content = right_content (block, cue_last + 1, last, object_verb);
      if (source.found || prov_span_is_set (content.content))
        add_frame (block, i, cue_last, source, content, "verb-participle", 0.75);
      return;
    }

  /* "C, said X" and "“C,” said X": the subject follows the verb. */
  if (!cognition && i > 0 &&
      (is_punct (block, i - 1, ',') || (block->tok[i - 1].flags & PROV_TOK_CLOSE)))
    {
      gboolean after_quote = (block->tok[i - 1].flags & PROV_TOK_CLOSE) ||
                             (i > 1 && is_punct (block, i - 1, ',') &&
                              (block->tok[i - 2].flags & PROV_TOK_CLOSE));

      source = _prov_chunk_after (block, cue_last + 1, last, 14);
      /* After a closing quote the inversion is certain, however long the apposition. */
      if (inverted_subject (block, source, last) ||
          (after_quote && source.found && !_prov_block_is (block, source.first, "that") &&
           !_prov_chunk_is_preposition (block, source.first)))
        {
          content = left_content (block, i, first);
          add_frame (block, i, cue_last, source, content, "verb-inverted", 0.85);
          return;
        }
      /* "X, an apposition, said (that) C". */
      if (is_punct (block, i - 1, ',') && i >= first + 3)
        {
          guint c1 = i - 2;
          guint k;

          while (c1 > first && !is_punct (block, c1, ',') && i - c1 < 16)
            c1--;
          /* A longer relative clause with commas of its own: back to ", who/which". */
          for (k = i - 2; k > first && i - k < 40; k--)
            if (is_punct (block, k - 1, ',') &&
                (_prov_block_is (block, k, "who") || _prov_block_is (block, k, "which")))
              break;
          if (k > first && i - k < 40 && k - 1 < c1)
            c1 = k - 1;
          for (k = c1 + 1; k + 1 < i && !_prov_block_is (block, c1 + 1, "who") &&
                           !_prov_block_is (block, c1 + 1, "which"); k++)
            if ((block->tok[k].lex & (PROV_LEX_BIT (PROV_LEXICON_REPORTING_VERB) |
                                      PROV_LEX_BIT (PROV_LEXICON_OBJECT_VERB))) &&
                !(block->tok[k].flags & PROV_TOK_HOMOGRAPH))
              return;   /* "Rather, he said, continued …": no apposition */
          if (is_punct (block, c1, ','))
            {
              ProvChunk name = _prov_chunk_subject (block, c1, first);

              if (name.found)
                {
                  name.last = i - 2;
                  content = right_content (block, cue_last + 1, last, object_verb);
                  add_frame (block, i, cue_last, name, content, "verb-apposition", 0.8);
                  return;
                }
            }
        }
      return;
    }

  /* "X said (that) C" and "C, X said". */
  source = _prov_chunk_subject (block, i, first);
  if (source.shared && !cognition)
    {
      /* "X did Y and said C": the subject of the clause. */
      source = participle_source (block, first, i);
      content = right_content (block, cue_last + 1, last, object_verb);
      if (source.found && prov_span_is_set (content.content))
        add_frame (block, i, cue_last, source, content, "verb-coordinated", 0.75);
      return;
    }
  if (!source.found)
    return;
  if (ends_with_ing (block, i) && !be_between (block, source.last + 1, i))
    return;   /* "the Friday ruling", "a speaking tour": no "is/was" before -ing */
  content = right_content (block, cue_last + 1, last, object_verb);
  if ((t->flags & PROV_TOK_HOMOGRAPH) && !strict_frame (block, source, cue_last))
    return;
  if (cognition)
    {
      const ProvToken *head = &block->tok[source.last];

      guint k = cue_last + 1;
      gboolean clause = _prov_block_is (block, k, "that") || _prov_chunk_is_pronoun (block, k) ||
                        _prov_chunk_is_determiner (block, k);

      /* "X believes (that) C": the subject is a name, a pronoun or a source noun, or any
       * noun phrase when a clause follows ("the campaign believes it could win"). */
      if (!prov_span_is_set (content.content) ||
          !(_prov_chunk_is_pronoun (block, source.last) || (head->flags & PROV_TOK_CAP) ||
            (head->lex & PROV_LEX_BIT (PROV_LEXICON_ANONYMOUS_HEAD)) ||
            (clause && _prov_chunk_is_determiner (block, source.first))))
        return;
      add_frame (block, i, cue_last, source, content, "belief-frame", 0.5);
      return;
    }
  if (!prov_span_is_set (content.content) || content.quote)
    {
      /* "“C1,” X said, “C2”": the quote before the speaker is the content; the one after
       * continues it. */
      ProvContent left = left_content (block, source.first, first);

      if (prov_span_is_set (left.content) && (left.quote || !content.quote))
        content = left;
    }
  if (!content.quote && is_punct (block, cue_last + 1, ',') && source.first > first &&
      (!prov_span_is_set (content.content) ||
       content.content.end - content.content.start < 12))
    {
      /* "Rather, he said, C": a parenthetical report; the content is what follows. */
      ProvContent right = rest_of_sentence (block, cue_last + 2, last);

      if (prov_span_is_set (right.content))
        content = right;
    }
  /* A verb with neither complement nor reported clause is no report ("Figures reported on
   * Sunday now suggest …"), unless a quote follows in the next paragraph ("He said:"). */
  if (!prov_span_is_set (content.content) && !is_punct (block, cue_last + 1, ':'))
    return;
  add_frame (block, i, cue_last, source, content,
             object_verb ? "verb-object" : "verb-subject", 0.8);
}

void
_prov_rules_verbs (ProvBlock *block)
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
          according_to (block, i, end);
          i = end - 1;
          continue;
        }
      if (!(t->lex & verbs) || (t->flags & (PROV_TOK_MARKER | PROV_TOK_IN_QUOTE | PROV_TOK_ANON)))
        continue;
      /* A capitalised verb inside a sentence is a name ("Call of Duty"). */
      if ((t->flags & PROV_TOK_CAP) && !(t->flags & PROV_TOK_SENT_START) &&
          !(i > 0 && (block->tok[i - 1].flags & PROV_TOK_QUOTE)))
        continue;
      verb_frame (block, i);
    }
}
