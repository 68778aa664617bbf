/* prov-block.h — one block of text (whole paragraphs) as tokens, sentences and quotes;
 * the rules of the analyzer work on it. Private to src/analysis.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prov-attribution.h"
#include "prov-lexicon-private.h"

G_BEGIN_DECLS

typedef enum
{
  PROV_TOK_WORD       = 1 << 0,
  PROV_TOK_CAP        = 1 << 1,   /* starts with an upper-case letter */
  PROV_TOK_PUNCT      = 1 << 2,
  PROV_TOK_QUOTE      = 1 << 3,   /* '"' */
  PROV_TOK_OPEN       = 1 << 4,   /* an opening quote */
  PROV_TOK_CLOSE      = 1 << 5,   /* a closing quote */
  PROV_TOK_NUMBER     = 1 << 6,
  PROV_TOK_SENT_START = 1 << 7,   /* first token of a sentence */
  PROV_TOK_PARA_START = 1 << 8,   /* first token after a line break */
  PROV_TOK_MARKER     = 1 << 9,   /* inside a hearsay or according-to phrase */
  PROV_TOK_ANON       = 1 << 10,  /* inside an anonymous-source or weasel phrase */
  PROV_TOK_USED_QUOTE = 1 << 11,  /* a quote already taken as some attribution's content */
  PROV_TOK_IN_QUOTE   = 1 << 12,  /* inside a direct quotation */
  PROV_TOK_HOMOGRAPH  = 1 << 13,  /* a verb form that is also a common noun ("reports") */
} ProvTokFlags;

typedef struct
{
  gint64   start;       /* code points, relative to the block */
  gint64   end;
  guint32  bstart;      /* bytes, relative to the block */
  guint32  bend;
  guint32  lower;       /* offset of the NUL-terminated lower-case form in ProvTextBlock.lower */
  guint32  flags;       /* ProvTokFlags */
  guint32  lex;         /* PROV_LEX_BIT()s of the word */
  GPtrArray *phrases;   /* lexicon phrases starting with the word, or NULL */
  guint32  phrase_lex;  /* PROV_LEX_BIT()s of those phrases */
  guint32  sent;        /* sentence index */
  gint32   quote;       /* for quote marks: index in ProvTextBlock.quotes, else -1 */
  gunichar c;           /* for punctuation: the character */
} ProvToken;

/* A paired direct quotation: tokens open..close (close may be -1: ended by the paragraph). */
typedef struct
{
  guint  open;
  gint   close;
  gint64 start;         /* content, code points relative to the block */
  gint64 end;
  guint  n_words;
} ProvQuote;

typedef struct
{
  ProvLexicon *lexicon;
  const char  *text;        /* the normalised block, UTF-8 */
  gsize        length;
  ProvToken   *tok;         /* tokens->data */
  guint        n_tok;
  GArray      *tokens;
  GString     *lower;
  GArray      *sent_first;  /* guint: first token of each sentence, then n_tok */
  GArray      *sent_end;    /* gint64: end (code points) of each sentence */
  GArray      *quotes;      /* ProvQuote */
  GPtrArray   *found;       /* ProvAttribution*, offsets relative to the block */
} ProvTextBlock;

/* Fills @block from the normalised @text, splitting sentences with @sentence_iterator (an
 * UBreakIterator*); returns FALSE when ICU fails. */
gboolean    _prov_block_init        (ProvTextBlock *block,
                                     ProvLexicon   *lexicon,
                                     gpointer       sentence_iterator,
                                     const char    *text,
                                     gsize          length);
/* Frees what _prov_block_init() allocated (not the text). */
void        _prov_block_clear       (ProvTextBlock   *block);
/* The lower-case form of token @i. */
static inline const char *
_prov_block_lower (const ProvTextBlock *block,
                   guint                i)
{
  /* Rules look one token past a cue freely; past the end of the text there is no word. */
  if (i >= block->n_tok)
    return "";
  return block->lower->str + block->tok[i].lower;
}
/* Whether token @i is the word @word (lower case). */
gboolean    _prov_block_is          (const ProvTextBlock *block,
                                     guint                i,
                                     const char          *word);
/* Whether token @i is one of the NULL-terminated lower-case @words. */
gboolean    _prov_block_is_any      (const ProvTextBlock *block,
                                     guint                i,
                                     const                char * const *words);
/* First and last+1 token of the sentence of token @i. */
void        _prov_block_sentence    (const ProvTextBlock *block,
                                     guint                i,
                                     guint               *first,
                                     guint               *last);
/* A span from token @a to token @b inclusive (b >= a). */
ProvSpan    _prov_block_span        (const ProvTextBlock *block,
                                     guint                a,
                                     guint                b);
/* Records an attribution (relative offsets); @rule must be a static string. */
void        _prov_block_add         (ProvTextBlock *block,
                                     ProvKind       kind,
                                     ProvSpan       cue,
                                     ProvSpan       source,
                                     ProvSpan       content,
                                     const char    *rule,
                                     double         score);
/* Matches the longest lexicon phrase of @categories (PROV_LEX_BIT mask) at token @i. */
gboolean    _prov_block_match       (const ProvTextBlock  *block,
                                     guint                 i,
                                     guint                 categories,
                                     guint                *end,
                                     const ProvPhrase    **phrase);
/* Drops nested and duplicate detections and sorts what is left. */
void        _prov_block_resolve     (ProvTextBlock   *block);

/* The rules, in the order the analyzer runs them. */
void        _prov_rules_markers     (ProvTextBlock   *block);
void        _prov_rules_verbs       (ProvTextBlock   *block);
void        _prov_rules_quotes      (ProvTextBlock   *block);
void        _prov_rules_nominal     (ProvTextBlock   *block);

G_END_DECLS
