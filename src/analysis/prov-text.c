/* prov-text.c — text normalisation (one code point to one) and sentence boundaries
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-text"

#include "config.h"

#include <string.h>
#include <unicode/ustring.h>

#include "prov-analyzer.h"
#include "prov-text-private.h"

gunichar
prov_text_normalize_char (gunichar c)
{
  if (c < 0x80)
    return c;

  switch (c)
    {
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x200B: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return ' ';
    case 0x2028: case 0x2029: case 0x0085:
      return '\n';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039:
    case 0x203A: case 0xFF07:
      return '\'';
    case 0x2010: case 0x2011: case 0x2212: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x2012: case 0x2013: case 0x2015: case 0x2E3A: case 0x2E3B: case 0xFE58:
      return 0x2014;
    default:
      return c;
    }
}

gsize
prov_text_normalize_append (GString    *out,
                            const char *text,
                            gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  gsize n_chars = 0;

  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (text != NULL || length == 0, 0);

  while (p < end)
    {
      const char *run = p;
      gunichar c;

      /* Copy runs of ASCII in one go. */
      while (p < end && (guchar) *p < 0x80)
        p++;
      if (p > run)
        {
          g_string_append_len (out, run, p - run);
          n_chars += (gsize) (p - run);
        }
      if (p >= end)
        break;
      c = g_utf8_get_char (p);
      g_string_append_unichar (out, prov_text_normalize_char (c));
      p = g_utf8_next_char (p);
      n_chars++;
    }
  return n_chars;
}

char *
prov_text_normalize (const char  *text,
                     gssize       length,
                     GError     **error)
{
  const char *bad = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  if (!g_utf8_validate_len (text, (gsize) length, &bad))
    {
      g_set_error (error, PROV_ANALYZER_ERROR, PROV_ANALYZER_ERROR_INVALID_UTF8,
                   "Input is not valid UTF-8 (at byte %" G_GSIZE_FORMAT ")",
                   (gsize) (bad - text));
      return NULL;
    }
  out = g_string_sized_new ((gsize) length + 1);
  prov_text_normalize_append (out, text, (gsize) length);
  return g_string_free (out, FALSE);
}

static gboolean
is_space_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The abbreviation-like word ending at byte @end (exclusive): from the previous space. */
static void
word_before (const char  *text,
             gsize        end,
             gsize       *word_start,
             gsize       *word_end)
{
  gsize e = end;
  gsize s;

  while (e > 0 && is_space_byte (text[e - 1]))
    e--;
  s = e;
  while (s > 0 && !is_space_byte (text[s - 1]) && text[s - 1] != '(' && text[s - 1] != '"')
    s--;
  *word_start = s;
  *word_end = e;
}

/* Whether a sentence break at byte @at, after the word text[ws:we], should be dropped. */
static gboolean
suppress_break (const char  *text,
                gsize        length,
                gsize        ws,
                gsize        we,
                gsize        at,
                ProvLexicon *lexicon)
{
  ProvAbbrevClass klass;
  gsize ns = at;
  gsize ne;

  if (we <= ws || text[we - 1] != '.')
    return FALSE;

  /* A hard line break between the two sentences always stands. */
  for (gsize i = we; i < at; i++)
    if (text[i] == '\n')
      return FALSE;

  while (ns < length && (text[ns] == '"' || text[ns] == '(' || text[ns] == '\''))
    ns++;
  ne = ns;
  while (ne < length && (g_ascii_isalnum (text[ne]) || (guchar) text[ne] >= 0x80))
    ne++;
  if (ne == ns)
    return FALSE;

  klass = prov_lexicon_abbreviation_class (lexicon, text + ws, we - ws);
  if (klass == PROV_ABBREV_NONE && we - ws == 2 && g_ascii_isupper (text[ws]))
    klass = PROV_ABBREV_INITIALISM;   /* a middle initial: "John F. Kennedy" */

  switch (klass)
    {
    case PROV_ABBREV_TITLE:
      return TRUE;
    case PROV_ABBREV_MONTH:
      return g_ascii_isdigit (text[ns]);
    case PROV_ABBREV_COMPANY:
    case PROV_ABBREV_INITIALISM:
    case PROV_ABBREV_OTHER:
      if (!g_ascii_isupper (text[ns]))
        return TRUE;
      return !prov_lexicon_is_sentence_starter (lexicon, text + ns, ne - ns);
    case PROV_ABBREV_NONE:
    default:
      return FALSE;
    }
}

UBreakIterator *
_prov_text_sentence_iterator_new (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open (UBRK_SENTENCE, "en@ss=standard", NULL, 0, &status);

  return U_FAILURE (status) ? NULL : bi;
}

gboolean
_prov_text_sentences_with (UBreakIterator *bi,
                           const char     *text,
                           gsize           length,
                           ProvLexicon    *lexicon,
                           GArray         *bounds)
{
  g_autofree gunichar2 *utf16 = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int32_t n_units = 0;
  int32_t unit = 0;
  gsize byte = 0;
  gint64 cp = 0;
  int32_t next;

  if (length == 0)
    return TRUE;
  if (length > G_MAXINT32 / 2)
    return FALSE;

  utf16 = g_new (gunichar2, length + 1);
  u_strFromUTF8 (utf16, (int32_t) length + 1, &n_units, text, (int32_t) length, &status);
  if (U_FAILURE (status))
    return FALSE;
  ubrk_setText (bi, utf16, n_units, &status);
  if (U_FAILURE (status))
    return FALSE;

  ubrk_first (bi);
  while ((next = ubrk_next (bi)) != UBRK_DONE)
    {
      gsize ws, we;

      /* Walk UTF-16 units, bytes and code points forward together: linear overall. */
      while (unit < next)
        {
          guchar b = (guchar) text[byte];
          gsize step = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;

          unit += step == 4 ? 2 : 1;
          byte += step;
          cp++;
        }
      if ((gsize) next < (gsize) n_units)
        {
          word_before (text, byte, &ws, &we);
          if (suppress_break (text, length, ws, we, byte, lexicon))
            continue;
        }
      g_array_append_val (bounds, cp);
    }
  /* The iterator must not keep pointing at the freed UTF-16 copy. */
  ubrk_setText (bi, NULL, 0, &status);
  return TRUE;
}

gboolean
prov_text_sentences (const char  *text,
                     gsize        length,
                     ProvLexicon *lexicon,
                     GArray      *bounds)
{
  UBreakIterator *bi;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (PROV_IS_LEXICON (lexicon), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (length == 0)
    return TRUE;
  bi = _prov_text_sentence_iterator_new ();
  if (bi == NULL)
    return FALSE;
  ok = _prov_text_sentences_with (bi, text, length, lexicon, bounds);
  ubrk_close (bi);
  return ok;
}
