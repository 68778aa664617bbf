/* prov-analyzer.c — text in, attributions and a sourcing profile out
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-analyzer"

#include "config.h"

#include <string.h>

#include "prov-analyzer.h"
#include "prov-block.h"
#include "prov-text-private.h"

/* Blocks end at a line break after BLOCK_MIN bytes, or are cut near BLOCK_MAX. */
#define BLOCK_MIN (16 * 1024)
#define BLOCK_MAX (256 * 1024)

struct _ProvAnalyzer
{
  GObject      parent_instance;

  ProvLexicon *lexicon;
};

G_DEFINE_FINAL_TYPE (ProvAnalyzer, prov_analyzer, G_TYPE_OBJECT)

G_DEFINE_QUARK (prov-analyzer-error-quark, prov_analyzer_error)

static void
prov_analyzer_finalize (GObject *object)
{
  ProvAnalyzer *self = (ProvAnalyzer *) object;

  g_clear_object (&self->lexicon);

  G_OBJECT_CLASS (prov_analyzer_parent_class)->finalize (object);
}

static void
prov_analyzer_class_init (ProvAnalyzerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prov_analyzer_finalize;
}

static void
prov_analyzer_init (ProvAnalyzer *self)
{
}

ProvAnalyzer *
prov_analyzer_new_with_lexicon (ProvLexicon *lexicon)
{
  ProvAnalyzer *self;

  g_return_val_if_fail (PROV_IS_LEXICON (lexicon), NULL);

  self = g_object_new (PROV_TYPE_ANALYZER, NULL);
  self->lexicon = g_object_ref (lexicon);
  return self;
}

ProvAnalyzer *
prov_analyzer_new (void)
{
  g_autoptr(ProvLexicon) lexicon = prov_lexicon_new ();

  return prov_analyzer_new_with_lexicon (lexicon);
}

ProvLexicon *
prov_analyzer_get_lexicon (ProvAnalyzer *self)
{
  g_return_val_if_fail (PROV_IS_ANALYZER (self), NULL);

  return self->lexicon;
}

/* The end (exclusive, bytes) of the block starting at @start. */
static gsize
block_end (const char *text,
           gsize       length,
           gsize       start)
{
  gsize lo = start + BLOCK_MIN;
  gsize hi = start + BLOCK_MAX;
  const char *nl;
  gsize cut;

  if (length <= hi)
    return length;
  nl = memchr (text + lo, '\n', hi - lo);
  if (nl != NULL)
    return (gsize) (nl - text) + 1;
  /* One huge paragraph: cut after a sentence-like ". ", else at a character boundary. */
  for (cut = hi; cut > lo; cut--)
    if (text[cut - 1] == ' ' && text[cut - 2] == '.')
      return cut;
  cut = hi;
  while (cut > lo && ((guchar) text[cut] & 0xC0) == 0x80)
    cut--;
  return cut;
}

/* Counts the block's sentences, and those with a claim but no attribution. */
static void
profile_block (const ProvTextBlock *block,
               ProvProfile         *profile)
{
  guint n_sent = block->sent_first->len - 1;
  g_autofree gboolean *attributed = g_new0 (gboolean, n_sent + 1);

  for (guint i = 0; i < block->found->len; i++)
    {
      const ProvAttribution *a = g_ptr_array_index (block->found, i);

      profile->counts[a->kind]++;
      if (a->kind == PROV_KIND_HEDGE)
        continue;
      /* Mark the sentences from the one of the cue or content start to the last end. */
      {
        gint64 from = a->cue.start;
        gint64 to = a->cue.end;
        guint lo = 0;
        guint hi = n_sent;

        if (prov_span_is_set (a->content))
          {
            from = MIN (from, a->content.start);
            to = MAX (to, a->content.end);
          }
        while (lo < hi)
          {
            guint mid = (lo + hi) / 2;

            if (g_array_index (block->sent_end, gint64, mid) <= from)
              lo = mid + 1;
            else
              hi = mid;
          }
        for (guint s = lo; s < n_sent; s++)
          {
            gint64 start = s == 0 ? 0 : g_array_index (block->sent_end, gint64, s - 1);

            if (start >= to)
              break;
            attributed[s] = TRUE;
          }
      }
    }

  for (guint s = 0; s < n_sent; s++)
    {
      guint first = g_array_index (block->sent_first, guint, s);
      guint last = g_array_index (block->sent_first, guint, s + 1);
      guint words = 0;

      for (guint k = first; k < last; k++)
        if (block->tok[k].flags & PROV_TOK_WORD)
          words++;
      if (words == 0)
        continue;
      profile->sentences++;
      if (words >= 3 && !attributed[s])
        profile->unattributed_sentences++;
    }
}

gboolean
prov_analyzer_analyze_foreach (ProvAnalyzer         *self,
                               const char           *text,
                               gssize                length,
                               ProvAttributionFunc   func,
                               gpointer              user_data,
                               ProvProfile          *profile,
                               GError              **error)
{
  g_autoptr(GString) normal = NULL;
  ProvProfile local = { { 0 } };
  UBreakIterator *bi;
  const char *bad = NULL;
  gsize start = 0;
  gint64 base = 0;

  g_return_val_if_fail (PROV_IS_ANALYZER (self), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length < 0)
    length = (gssize) strlen (text);
  if (!g_utf8_validate_len (text, (gsize) length, &bad))
    {
      g_set_error (error, PROV_ANALYZER_ERROR, PROV_ANALYZER_ERROR_INVALID_UTF8,
                   "Input is not valid UTF-8 (at byte %" G_GSIZE_FORMAT ")",
                   (gsize) (bad - text));
      return FALSE;
    }

  if (length == 0)
    {
      if (profile != NULL)
        *profile = local;
      return TRUE;
    }
  bi = _prov_text_sentence_iterator_new ();
  if (bi == NULL)
    {
      g_set_error (error, PROV_ANALYZER_ERROR, PROV_ANALYZER_ERROR_ICU,
                   "ICU could not open its sentence break iterator");
      return FALSE;
    }
  normal = g_string_sized_new (MIN ((gsize) length, BLOCK_MAX) + 16);
  while (start < (gsize) length)
    {
      gsize end = block_end (text, (gsize) length, start);
      ProvTextBlock block;
      gsize n_chars;

      g_string_truncate (normal, 0);
      n_chars = prov_text_normalize_append (normal, text + start, end - start);
      if (!_prov_block_init (&block, self->lexicon, bi, normal->str, normal->len))
        g_debug ("ICU could not split a block into sentences; taken as one");
      _prov_rules_markers (&block);
      _prov_rules_verbs (&block);
      _prov_rules_nominal (&block);
      _prov_rules_quotes (&block);
      _prov_block_resolve (&block);
      profile_block (&block, &local);

      for (guint i = 0; func != NULL && i < block.found->len; i++)
        {
          ProvAttribution *a = g_ptr_array_index (block.found, i);

          a->cue.start += base;
          a->cue.end += base;
          if (prov_span_is_set (a->source))
            {
              a->source.start += base;
              a->source.end += base;
            }
          if (prov_span_is_set (a->content))
            {
              a->content.start += base;
              a->content.end += base;
            }
          func (a, user_data);
        }
      _prov_block_clear (&block);
      base += (gint64) n_chars;
      start = end;
    }

  ubrk_close (bi);
  if (profile != NULL)
    *profile = local;
  return TRUE;
}

static void
collect_cb (const ProvAttribution *attribution,
            gpointer               user_data)
{
  g_ptr_array_add (user_data, prov_attribution_copy (attribution));
}

ProvAnalysis *
prov_analyzer_analyze (ProvAnalyzer  *self,
                       const char    *text,
                       gssize         length,
                       GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;
  ProvAnalysis *analysis;
  ProvProfile profile;
  char *normal;

  g_return_val_if_fail (PROV_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    text = "";
  normal = prov_text_normalize (text, length, error);
  if (normal == NULL)
    return NULL;

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_attribution_free);
  if (!prov_analyzer_analyze_foreach (self, normal, -1, collect_cb, found, &profile, error))
    {
      g_free (normal);
      return NULL;
    }

  analysis = g_new0 (ProvAnalysis, 1);
  analysis->text = normal;
  analysis->attributions = g_steal_pointer (&found);
  analysis->profile = profile;
  return analysis;
}

void
prov_analysis_free (ProvAnalysis *analysis)
{
  if (analysis == NULL)
    return;

  g_free (analysis->text);
  g_clear_pointer (&analysis->attributions, g_ptr_array_unref);
  g_free (analysis);
}
