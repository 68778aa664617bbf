/* prov-rules-light.c — light-verb and other phrase frames: "made the case that C",
 * "issued a statement that C", "took aim at C", "drew criticism from X", "laid out C",
 * "“C,” read the statement"
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-rules-light"

#include "config.h"

#include "prov-rules.h"

/* Nouns of saying that a light verb turns into a report: "made the case that C". */
static const char * const speech_nouns_make[] = {
  "case", "point", "argument", "arguments", "statement", "statements", "comment", "comments",
  "remark", "remarks", "reference", "suggestion", "observation", "allegation", "allegations",
  "claim", "claims", "accusation", "accusations", "promise", "pledge", "vow", "plea", "appeal",
  "pitch", "announcement", "mention", "secret", "endorsement", "commitment", "prediction",
  "predictions", NULL,
};

/* Words that open what a light-verb report is about: "made the case for C". */
static const char * const speech_noun_links[] = {
  "that", "of", "about", "for", "to", "against", "on", "over", "at", NULL,
};

/* "X made the case that C", "X has made no secret of C", "X made several statements about
 * C", "X raised questions about C": a light verb, at most four modifiers, and a noun of
 * saying with what it is about. */
/* Verbs that put out a text or a view ("issued a statement", "raised questions about"),
 * in their finite forms, and the nouns they make a report with. */
static const char * const issue_forms[] = {
  "issued", "issues", "released", "releases", "published", "publishes", "delivered",
  "delivers", "raised", "raises", "voiced", "voices", "expressed", "expresses", "leveled",
  "levelled", "drawn", "drew", NULL,
};

static const char * const issued_nouns[] = {
  "statement", "statements", "report", "letter", "memo", "ad", "ads", "video", "critique",
  "criticism", "questions", "concern", "concerns", "defense", "tweet", "findings",
  "assessment", "complaint", "message", "endorsement", "doubt", "doubts", "rebuke", "warning",
  "apology", "denial", "objection", "objections", "opposition", "accusation", "accusations",
  NULL,
};

/* "took aim at C", "took a swipe at C". */
static const char * const take_forms[] = { "take", "took", "takes", "taking", "taken", NULL };

static const char * const take_nouns[] = {
  "aim", "shot", "shots", "swipe", "swipes", "jab", "jabs", "potshots", NULL,
};

/* "has been critical of C", "is a vocal supporter of C": a form of "be" and an adjective
 * or a noun of judging. */
static const char * const judging_adjectives[] = {
  "critical", "supportive", "dismissive", "skeptical", "sceptical", "supporter", "supporters",
  "critic", "critics", "opponent", "opponents", "backer", "backers", "proponent", "proponents",
  "advocate", "advocates", "champion", "defender", "defenders", NULL,
};

/* "won the endorsement of C", "threw her support behind C": support given or received. */
static const char * const support_forms[] = {
  "enjoy", "enjoys", "enjoyed", "enjoying", "threw", "throws", "throw", "throwing", "thrown",
  "withheld", "withholds", "withholding", "won", "wins", "received", "receives", "earned",
  "earns", "secured", "secures", "garnered", "garners", "picked", "locked", "got", "gets", NULL,
};

static const char * const support_nouns[] = {
  "support", "endorsement", "endorsements", "backing", NULL,
};

/* Words that open what support is for or from: "behind C", "from C", "among C". */
static const char * const support_links[] = { "from", "behind", "among", NULL };

/* "cast their votes for C". */
static const char * const cast_forms[] = { "cast", "casts", "casting", NULL };

static const char * const cast_nouns[] = { "vote", "votes", "ballot", "ballots", NULL };

static void
made_statement (ProvTextBlock *block,
                guint          i)
{
  static const char * const make_forms[] = { "make", "made", "makes", "making", NULL };
  const char * const *speech_nouns = speech_nouns_make;
  guint first, last;
  guint n = i + 1;
  guint cue_last;
  ProvChunk source;
  ProvContent content = { PROV_SPAN_NONE, FALSE };

  if (_prov_block_is_any (block, i, issue_forms))
    speech_nouns = issued_nouns;
  else if (_prov_block_is_any (block, i, take_forms))
    speech_nouns = take_nouns;
  else if (_prov_block_is_any (block, i, _prov_rules_be_forms))
    speech_nouns = judging_adjectives;
  else if (_prov_block_is_any (block, i, cast_forms))
    speech_nouns = cast_nouns;
  else if (_prov_block_is_any (block, i, support_forms))
    speech_nouns = support_nouns;
  else if (!_prov_block_is_any (block, i, make_forms))
    return;
  _prov_block_sentence (block, i, &first, &last);
  while (n < last && n - i <= 5 && (block->tok[n].flags & PROV_TOK_WORD) &&
         !(block->tok[n].flags & PROV_TOK_CAP) && !_prov_block_is_any (block, n, speech_nouns))
    n++;
  if (n >= last || n - i > 5 || !_prov_block_is_any (block, n, speech_nouns) || i == first)
    return;
  cue_last = n;
  /* "made the comments on Friday": a time is not what they were about. */
  if (n + 2 < last && _prov_block_is (block, n + 1, "on") &&
      (_prov_block_is_any (block, n + 2, _prov_rules_weekdays) ||
       (block->tok[n + 2].flags & PROV_TOK_NUMBER)))
    return;
  /* "at" is a place after other nouns: "made the comments at a rally". */
  if (n + 1 < last && _prov_block_is (block, n + 1, "at") && speech_nouns != take_nouns)
    return;
  if (n + 1 < last && speech_nouns == support_nouns &&
      _prov_block_is_any (block, n + 1, support_links))
    {
      cue_last = n + 1;
      content = _prov_rules_rest_of_sentence (block, n + 2, last);
    }
  else if (n + 1 < last && _prov_block_is_any (block, n + 1, speech_noun_links))
    {
      if (!_prov_block_is (block, n + 1, "that"))
        cue_last = n + 1;   /* "made no secret of": the preposition is part of the cue */
      content = _prov_rules_rest_of_sentence (block, n + 2, last);
    }
  else if (n + 1 < last && (_prov_rules_is_punct (block, n + 1, ':') ||
                            (block->tok[n + 1].flags & PROV_TOK_OPEN)))
    content = _prov_rules_right_content (block, n + 1, last, FALSE);
  if (!prov_span_is_set (content.content))
    return;
  source = _prov_chunk_subject (block, i, first);
  if (!source.found)
    return;
  _prov_rules_add_frame (block, i, cue_last, source, content, "verb-subject", 0.75);
}

/* "X laid out her plan", "X lays out the stakes": setting out a view. */
static void
laid_out (ProvTextBlock *block,
          guint          i)
{
  static const char * const forms[] = { "lay", "lays", "laid", "laying", NULL };
  ProvContent content;
  ProvChunk source;
  guint first, last;

  if (!_prov_block_is_any (block, i, forms) || !_prov_block_is (block, i + 1, "out"))
    return;
  _prov_block_sentence (block, i, &first, &last);
  if (i == first || i + 2 >= last || !(block->tok[i + 2].flags & PROV_TOK_WORD))
    return;
  content = _prov_rules_rest_of_sentence (block, i + 2, last);
  source = _prov_chunk_subject (block, i, first);
  if (!source.found || !prov_span_is_set (content.content))
    return;
  _prov_rules_add_frame (block, i, i + 1, source, content, "verb-subject", 0.75);
}

/* Whether token @k closes a quote, perhaps with a comma after it: "“C,” read …". */
static gboolean
after_quote_close (const ProvTextBlock *block,
                   guint                k)
{
  if (k > 0 && _prov_rules_is_punct (block, k, ','))
    k--;
  return (block->tok[k].flags & PROV_TOK_CLOSE) != 0;
}

/* "“C,” read the statement." and "“C,” the editorial read.": a text that reads a quote. */
static void
quote_read (ProvTextBlock *block,
            guint          i)
{
  ProvChunk source;
  guint first, last;
  guint s;

  if (!_prov_block_is (block, i, "read") || i < 2)
    return;
  _prov_block_sentence (block, i, &first, &last);
  if (after_quote_close (block, i - 1))
    {
      source = _prov_rules_no_apposition (block, _prov_chunk_after (block, i + 1, last, 6));
      if (source.found && source.last + 1 < block->n_tok &&
          (_prov_rules_is_final_punct (block, source.last + 1) ||
           _prov_rules_is_punct (block, source.last + 1, ',')))
        _prov_rules_add_frame (block, i, i, source, _prov_rules_left_content (block, i, first),
                               "verb-inverted", 0.8);
      return;
    }
  if (i + 1 >= block->n_tok || !_prov_rules_is_final_punct (block, i + 1))
    return;
  for (s = i - 1; s > 0 && i - s < 4 && (block->tok[s].flags & PROV_TOK_WORD); s--)
    if (after_quote_close (block, s - 1))
      {
        source = (ProvChunk) { s, i - 1, TRUE, FALSE };
        _prov_rules_add_frame (block, i, i, source, _prov_rules_left_content (block, s, first),
                               "verb-subject", 0.8);
        return;
      }
}

/* "X drew criticism from Y", "X has faced sharp criticism over C", "X came under heavy
 * criticism": criticism received; the critics after "from" are the source, the subject
 * what they criticise. */
static void
faced_criticism (ProvTextBlock *block,
                 guint          i)
{
  static const char * const forms[] = {
    "drew", "drawn", "draws", "drawing", "faced", "faces", "facing", "face", "received",
    "receives", "came", "come", "comes", "coming", NULL,
  };
  static const char * const nouns[] = { "criticism", "attacks", "condemnation", NULL };
  static const char * const links[] = { "from", "over", "for", NULL };
  ProvContent content = { PROV_SPAN_NONE, FALSE };
  ProvChunk source;
  ProvChunk subject;
  guint first, last;
  guint n = i + 1;
  guint cue_last;

  if (!_prov_block_is_any (block, i, forms))
    return;
  _prov_block_sentence (block, i, &first, &last);
  while (n < last && n - i <= 4 && (block->tok[n].flags & PROV_TOK_WORD) &&
         !(block->tok[n].flags & PROV_TOK_CAP) && !_prov_block_is_any (block, n, nouns))
    n++;
  if (n >= last || !_prov_block_is_any (block, n, nouns) || i == first)
    return;
  cue_last = n;
  subject = _prov_chunk_subject (block, i, first);
  if (!subject.found)
    return;
  content.content = _prov_block_span (block, subject.first, subject.last);
  source = (ProvChunk) { 0, 0, FALSE };
  if (n + 2 < last && _prov_block_is (block, n + 1, "from"))
    {
      cue_last = n + 1;
      source = _prov_rules_trim_adjunct (block, _prov_rules_no_apposition (block,
                                           _prov_chunk_after (block, n + 2, last, 10)));
    }
  else if (n + 2 < last && _prov_block_is_any (block, n + 1, links))
    cue_last = n + 1;
  _prov_rules_add_frame (block, i, cue_last, source, content, "verb-subject", 0.75);
}

void
_prov_rules_light_verbs (ProvTextBlock *block,
                         guint          i)
{
  made_statement (block, i);
  faced_criticism (block, i);
  laid_out (block, i);
  quote_read (block, i);
}
