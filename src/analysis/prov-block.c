/* prov-block.c — tokens, sentences and quotes of one block of text; resolving detections
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-block"

#include "config.h"

#include <string.h>

#include "prov-block.h"
#include "prov-text-private.h"

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum ((char) c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         (c >= 0x80 && g_unichar_isspace (c));
}

/* Reads the code point at byte @i of the block (ASCII fast path). */
static inline gunichar
char_at (const char *text,
         gsize       i)
{
  guchar b = (guchar) text[i];

  return b < 0x80 ? b : g_utf8_get_char (text + i);
}

static inline gsize
char_len (const char *text,
          gsize       i)
{
  guchar b = (guchar) text[i];

  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

static void
append_lower (ProvTextBlock *block,
              ProvToken     *tok)
{
  const char *s = block->text + tok->bstart;
  gsize n = tok->bend - tok->bstart;
  gboolean ascii = TRUE;

  tok->lower = (guint32) block->lower->len;
  for (gsize i = 0; i < n; i++)
    if ((guchar) s[i] >= 0x80)
      ascii = FALSE;
  if (ascii)
    {
      for (gsize i = 0; i < n; i++)
        g_string_append_c (block->lower, g_ascii_tolower (s[i]));
    }
  else
    {
      g_autofree char *down = g_utf8_strdown (s, (gssize) n);

      g_string_append (block->lower, down);
    }
  g_string_append_c (block->lower, '\0');
}

/* Splits the block into word and punctuation tokens. */
static void
tokenize (ProvTextBlock *block)
{
  const char *text = block->text;
  gsize len = block->length;
  gsize i = 0;
  gint64 cp = 0;
  gboolean para_start = TRUE;

  while (i < len)
    {
      gunichar c = char_at (text, i);
      ProvToken tok = { 0 };

      if (is_space_char (c))
        {
          if (c == '\n')
            para_start = TRUE;
          i += char_len (text, i);
          cp++;
          continue;
        }

      tok.bstart = (guint32) i;
      tok.start = cp;
      tok.quote = -1;
      if (para_start)
        tok.flags |= PROV_TOK_PARA_START;
      para_start = FALSE;

      if (is_word_char (c))
        {
          gboolean dotted = FALSE;
          gboolean digits = TRUE;

          tok.flags |= PROV_TOK_WORD;
          if (g_unichar_isupper (c))
            tok.flags |= PROV_TOK_CAP;
          for (;;)
            {
              gunichar d = char_at (text, i);

              if (!g_ascii_isdigit ((char) (d < 0x80 ? d : 'x')))
                digits = FALSE;
              i += char_len (text, i);
              cp++;
              if (i >= len)
                break;
              d = char_at (text, i);
              if (is_word_char (d))
                continue;
              /* Inner apostrophes, hyphens, dots and digit-group commas join. */
              if ((d == '\'' || d == '-' || d == '.' || d == '&' ||
                   (d == ',' && digits)) &&
                  i + 1 < len && is_word_char (char_at (text, i + 1)))
                {
                  if (d == '.')
                    dotted = TRUE;
                  i++;
                  cp++;
                  continue;
                }
              break;
            }
          /* "U.S." keeps its final period, as do known abbreviations ("Dr.") and middle
           * initials before a name ("George W. Bush"). */
          if (i < len && text[i] == '.' &&
              ((dotted && i - tok.bstart <= 8) ||
               (i - tok.bstart == 1 && (tok.flags & PROV_TOK_CAP) && i + 2 < len &&
                text[i + 1] == ' ' && g_ascii_isupper (text[i + 2])) ||
               prov_lexicon_abbreviation_class (block->lexicon, text + tok.bstart,
                                                i + 1 - tok.bstart) != PROV_ABBREV_NONE))
            {
              i++;
              cp++;
            }
          if (digits)
            tok.flags |= PROV_TOK_NUMBER;
        }
      else
        {
          tok.flags |= PROV_TOK_PUNCT;
          tok.c = c;
          if (c == '"')
            tok.flags |= PROV_TOK_QUOTE;
          i += char_len (text, i);
          cp++;
          /* Two apostrophes or backticks are a double quote (''like this'', ``or this''). */
          if ((c == '\'' || c == '`') && i < len && (text[i] == '\'' || text[i] == '`'))
            {
              tok.flags |= PROV_TOK_QUOTE;
              tok.c = '"';
              i++;
              cp++;
            }
        }
      tok.bend = (guint32) i;
      tok.end = cp;
      append_lower (block, &tok);
      if (tok.flags & PROV_TOK_WORD)
        {
          const ProvWordEntry *entry = _prov_lexicon_lookup (block->lexicon,
                                                             block->lower->str + tok.lower);

          if (entry != NULL)
            {
              tok.lex = entry->flags;
              if (entry->flags & PROV_LEX_BIT (PROV_LEXICON_HOMOGRAPH))
                tok.flags |= PROV_TOK_HOMOGRAPH;
              tok.phrases = entry->phrases;
              tok.phrase_lex = entry->phrase_categories;
            }
        }
      g_array_append_val (block->tokens, tok);
    }
  block->tok = (ProvToken *) (gpointer) block->tokens->data;
  block->n_tok = block->tokens->len;
}

static void
assign_sentences (ProvTextBlock *block)
{
  guint s = 0;
  guint n_sent = block->sent_end->len;

  for (guint i = 0; i < block->n_tok; i++)
    {
      while (s + 1 < n_sent && block->tok[i].start >= g_array_index (block->sent_end, gint64, s))
        s++;
      if (block->sent_first->len <= s)
        {
          /* Sentences without tokens (only spaces) get an empty token range. */
          while (block->sent_first->len <= s)
            g_array_append_val (block->sent_first, i);
          block->tok[i].flags |= PROV_TOK_SENT_START;
        }
      block->tok[i].sent = s;
    }
  while (block->sent_first->len < n_sent)
    g_array_append_val (block->sent_first, block->n_tok);
  g_array_append_val (block->sent_first, block->n_tok);
}

static gboolean
space_or_edge_before (const ProvTextBlock *block,
                      guint                i)
{
  gsize b = block->tok[i].bstart;
  char prev;

  if (b == 0)
    return TRUE;
  prev = block->text[b - 1];
  if (prev == ' ' || prev == '\n' || prev == '\t' || prev == '\r' || prev == '(' ||
      prev == '[' || prev == '-' || prev == ':')
    return TRUE;
  /* An em dash (U+2014, bytes E2 80 94) before a quote opens it. */
  return b >= 3 && (guchar) block->text[b - 1] == 0x94 && (guchar) block->text[b - 2] == 0x80;
}

static gboolean
space_or_edge_after (const ProvTextBlock *block,
                     guint                i)
{
  gsize b = block->tok[i].bend;
  char next;

  if (b >= block->length)
    return TRUE;
  next = block->text[b];
  return next == ' ' || next == '\n' || next == '\t' || next == '\r' || next == ',' ||
         next == '.' || next == ';' || next == ':' || next == ')' || next == '?' || next == '!';
}

static void
close_quote (ProvTextBlock *block,
             ProvQuote     *q,
             gint           close,
             guint          last_inside)
{
  q->close = close;
  q->start = block->tok[q->open].end;
  /* "“We will win,” he said": the comma belongs to the sentence, not to the quote. */
  while (last_inside > q->open && (block->tok[last_inside].flags & PROV_TOK_PUNCT) &&
         (block->tok[last_inside].c == ',' || block->tok[last_inside].c == ':'))
    last_inside--;
  q->end = last_inside > q->open ? block->tok[last_inside].end : q->start;
  g_array_append_val (block->quotes, *q);
  block->tok[q->open].quote = (gint32) (block->quotes->len - 1);
  block->tok[q->open].flags |= PROV_TOK_OPEN;
  for (guint k = q->open + 1; k <= last_inside && k < block->n_tok; k++)
    block->tok[k].flags |= PROV_TOK_IN_QUOTE;
  if (close >= 0)
    {
      block->tok[close].quote = (gint32) (block->quotes->len - 1);
      block->tok[close].flags |= PROV_TOK_CLOSE;
    }
}

/* Pairs double quotes within paragraphs; an unclosed quote ends with its paragraph. */
static void
pair_quotes (ProvTextBlock *block)
{
  ProvQuote q = { 0 };
  gboolean open = FALSE;
  guint words = 0;

  for (guint i = 0; i < block->n_tok; i++)
    {
      ProvToken *t = &block->tok[i];

      if (open && (t->flags & PROV_TOK_PARA_START))
        {
          q.n_words = words;
          close_quote (block, &q, -1, i - 1);
          open = FALSE;
        }
      if (!(t->flags & PROV_TOK_QUOTE))
        {
          if (t->flags & PROV_TOK_WORD)
            words++;
          continue;
        }
      if (!open)
        {
          if (space_or_edge_before (block, i) || !space_or_edge_after (block, i))
            {
              q.open = i;
              open = TRUE;
              words = 0;
            }
        }
      else
        {
          if (space_or_edge_before (block, i) && !space_or_edge_after (block, i))
            {
              /* Another opening quote: the previous one ran to here. */
              q.n_words = words;
              close_quote (block, &q, -1, i - 1);
              q.open = i;
              words = 0;
            }
          else
            {
              q.n_words = words;
              close_quote (block, &q, (gint) i, i - 1);
              open = FALSE;
            }
        }
    }
  if (open)
    {
      q.n_words = words;
      close_quote (block, &q, -1, block->n_tok - 1);
    }
}

gboolean
_prov_block_init (ProvTextBlock *block,
                  ProvLexicon   *lexicon,
                  gpointer       sentence_iterator,
                  const char    *text,
                  gsize          length)
{
  memset (block, 0, sizeof *block);
  block->lexicon = lexicon;
  block->text = text;
  block->length = length;
  block->tokens = g_array_sized_new (FALSE, FALSE, sizeof (ProvToken), length / 5 + 8);
  block->lower = g_string_sized_new (length + length / 5 + 8);
  block->sent_first = g_array_new (FALSE, FALSE, sizeof (guint));
  block->sent_end = g_array_new (FALSE, FALSE, sizeof (gint64));
  block->quotes = g_array_new (FALSE, FALSE, sizeof (ProvQuote));
  block->found = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_attribution_free);

  tokenize (block);
  if (!_prov_text_sentences_with (sentence_iterator, text, length, lexicon, block->sent_end))
    return FALSE;
  if (block->sent_end->len == 0)
    {
      gint64 end = block->n_tok > 0 ? block->tok[block->n_tok - 1].end : 0;

      g_array_append_val (block->sent_end, end);
    }
  assign_sentences (block);
  pair_quotes (block);
  return TRUE;
}

void
_prov_block_clear (ProvTextBlock *block)
{
  g_clear_pointer (&block->tokens, g_array_unref);
  if (block->lower != NULL)
    g_string_free (block->lower, TRUE);
  block->lower = NULL;
  g_clear_pointer (&block->sent_first, g_array_unref);
  g_clear_pointer (&block->sent_end, g_array_unref);
  g_clear_pointer (&block->quotes, g_array_unref);
  g_clear_pointer (&block->found, g_ptr_array_unref);
  block->tok = NULL;
  block->n_tok = 0;
}

gboolean
_prov_block_is (const ProvTextBlock *block,
                guint                i,
                const char          *word)
{
  return i < block->n_tok && strcmp (_prov_block_lower (block, i), word) == 0;
}

gboolean
_prov_block_is_any (const ProvTextBlock *block,
                    guint                i,
                    const                char * const *words)
{
  const char *lower;

  if (i >= block->n_tok)
    return FALSE;
  lower = _prov_block_lower (block, i);
  for (guint k = 0; words[k] != NULL; k++)
    if (strcmp (lower, words[k]) == 0)
      return TRUE;
  return FALSE;
}

void
_prov_block_sentence (const ProvTextBlock *block,
                      guint                i,
                      guint               *first,
                      guint               *last)
{
  guint s = block->tok[i].sent;

  *first = g_array_index (block->sent_first, guint, s);
  *last = g_array_index (block->sent_first, guint, s + 1);
}

ProvSpan
_prov_block_span (const ProvTextBlock *block,
                  guint                a,
                  guint                b)
{
  return (ProvSpan) { block->tok[a].start, block->tok[b].end };
}

void
_prov_block_add (ProvTextBlock *block,
                 ProvKind       kind,
                 ProvSpan       cue,
                 ProvSpan       source,
                 ProvSpan       content,
                 const char    *rule,
                 double         score)
{
  g_ptr_array_add (block->found, prov_attribution_new (kind, cue, source, content, rule, score));
}

/* Nested detections scoring below this are dropped inside another's content. */
#define NESTED_MIN_SCORE 0.75

static gboolean
is_attribution_kind (ProvKind kind)
{
  return kind == PROV_KIND_NAMED || kind == PROV_KIND_ANONYMOUS || kind == PROV_KIND_QUOTE;
}

static gboolean
spans_overlap (ProvSpan a,
               ProvSpan b)
{
  return prov_span_is_set (a) && prov_span_is_set (b) && a.start < b.end && b.start < a.end;
}

/* The index of the token starting at code point @at (or the next one). */
static guint
token_at (const ProvTextBlock *block,
          gint64               at)
{
  guint lo = 0;
  guint hi = block->n_tok;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (block->tok[mid].start < at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether @content is a clause reported after "that" ("X said that C"). */
static gboolean
reported_clause (const ProvTextBlock *block,
                 ProvSpan             content)
{
  guint k = token_at (block, content.start);

  return k > 0 && k < block->n_tok && _prov_block_is (block, k - 1, "that");
}

/* Whether @a is a plain report of speech ("X said C", "X told Y C", "according to X, C"):
 * everything in its content is the speaker's words, reports in it included. */
static gboolean
plain_speech (const ProvTextBlock   *block,
              const ProvAttribution *a)
{
  static const char * const say[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according", NULL,
  };
  guint k = token_at (block, a->cue.start);

  return k < block->n_tok && _prov_block_is_any (block, k, say);
}

/* Whether @b's source ends in a relative pronoun ("economists who argue"): a report of its
 * own even inside another's clause. */
static gboolean
relative_source (const ProvTextBlock   *block,
                 const ProvAttribution *b)
{
  guint k;

  if (!prov_span_is_set (b->source))
    return FALSE;
  k = token_at (block, b->source.end);
  return k > 0 && (_prov_block_is (block, k - 1, "who") || _prov_block_is (block, k - 1, "which"));
}

void
_prov_block_resolve (ProvTextBlock *block)
{
  GPtrArray *found = block->found;
  g_autofree gboolean *drop = NULL;
  guint n;
  guint kept = 0;

  g_ptr_array_sort (found, prov_attribution_compare);
  n = found->len;
  drop = g_new0 (gboolean, n + 1);

  /* Two detections of the same kind group on overlapping cues: keep the better one. */
  for (guint i = 0; i + 1 < n; i++)
    {
      ProvAttribution *a = g_ptr_array_index (found, i);

      for (guint j = i + 1; j < n; j++)
        {
          ProvAttribution *b = g_ptr_array_index (found, j);

          if (b->cue.start >= a->cue.end)
            break;
          if ((a->kind == PROV_KIND_HEDGE) != (b->kind == PROV_KIND_HEDGE))
            continue;
          if (b->score > a->score)
            drop[i] = TRUE;
          else
            drop[j] = TRUE;
        }
    }

  /* An attribution whose cue lies inside another one's content is nested: the outer one
   * stands for it (a "said" inside a quote is the speaker's, not the article's). Cues are
   * sorted, so each content looks only at the cues inside it. */
  for (guint i = 0; i < n; i++)
    {
      ProvAttribution *a = g_ptr_array_index (found, i);
      guint lo = 0;
      guint hi = n;

      if (drop[i] || !is_attribution_kind (a->kind) || !prov_span_is_set (a->content))
        continue;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          ProvAttribution *m = g_ptr_array_index (found, mid);

          if (m->cue.start < a->content.start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint j = lo; j < n; j++)
        {
          ProvAttribution *b = g_ptr_array_index (found, j);

          if (b->cue.start >= a->content.end)
            break;
          if (j == i || !is_attribution_kind (b->kind) || b->cue.end > a->content.end)
            continue;
          /* A report inside a reported clause stands when it is a full report of its own
           * (a named subject and a speech verb); beliefs and loose frames go. */
          if (a->kind != PROV_KIND_QUOTE && b->score >= NESTED_MIN_SCORE &&
              !(reported_clause (block, a->content) && !relative_source (block, b)) &&
              !plain_speech (block, a))
            continue;
          if (spans_overlap (b->content, a->cue) && b->score > a->score)
            continue;
          /* A report with a described or inverted subject of its own ("X, a lawyer, said D",
           * "D, said X") stands even inside another's clause. */
          if (a->kind != PROV_KIND_QUOTE &&
              (strcmp (b->rule, "verb-apposition") == 0 || strcmp (b->rule, "verb-inverted") == 0))
            continue;
          drop[j] = TRUE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      if (drop[i])
        prov_attribution_free (found->pdata[i]);
      else
        found->pdata[kept++] = found->pdata[i];
    }
  found->len = kept;
}
