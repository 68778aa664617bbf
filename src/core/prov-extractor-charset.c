/* prov-extractor-charset.c — which charset a page is in, and decoding it to UTF-8
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-extractor-charset"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "prov-extractor-private.h"

/* The bytes 0x80–0x9F of windows-1252 (0 = undefined, decoded as the C1 control). */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

typedef struct
{
  const char *label;
  const char *name;
} CharsetAlias;

/* Labels as pages write them → the name we convert with. As the WHATWG Encoding
 * standard says, Latin-1 and ASCII labels mean windows-1252 and Shift_JIS means
 * Microsoft's superset. */
static const CharsetAlias charset_aliases[] = {
  { "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
  { "utf-16", "UTF-8" }, { "utf-16le", "UTF-8" }, { "utf-16be", "UTF-8" },
  { "x-user-defined", "WINDOWS-1252" },
  { "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
  { "latin1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
  { "ascii", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
  { "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
  { "iso_8859-1", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" },
  { "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
  { "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "windows-31j", "CP932" },
  { "cp932", "CP932" },
  { "euc-jp", "EUC-JP" }, { "iso-2022-jp", "ISO-2022-JP" },
  { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "gb18030", "GB18030" },
  { "x-gbk", "GB18030" }, { "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" },
  { "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" }, { "windows-949", "CP949" },
  { "koi8-r", "KOI8-R" }, { "koi8-u", "KOI8-U" },
  { "tis-620", "CP874" }, { "windows-874", "CP874" }, { "iso-8859-11", "CP874" },
  { "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
};

static const char * const iso_8859_names[] = {
  "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
  "ISO-8859-8", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15",
  "ISO-8859-16",
};

const char *
_prov_charset_canonical (const char *label)
{
  g_autofree char *lower = NULL;

  if (label == NULL)
    return NULL;
  lower = g_ascii_strdown (label, -1);
  g_strstrip (lower);
  if (*lower == '"' || *lower == '\'')
    {
      memmove (lower, lower + 1, strlen (lower));
      lower[strcspn (lower, "\"'")] = '\0';
    }

  for (guint i = 0; i < G_N_ELEMENTS (charset_aliases); i++)
    if (strcmp (lower, charset_aliases[i].label) == 0)
      return charset_aliases[i].name;

  for (guint i = 0; i < G_N_ELEMENTS (iso_8859_names); i++)
    if (g_ascii_strcasecmp (lower, iso_8859_names[i]) == 0)
      return iso_8859_names[i];

  if (g_str_has_prefix (lower, "windows-125") && strlen (lower) == 12)
    {
      static const char * const cp[] = {
        "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253", "WINDOWS-1254",
        "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258",
      };
      int digit = lower[11] - '0';

      if (digit >= 0 && digit <= 8)
        return cp[digit];
    }

  return NULL;
}

gboolean
_prov_charset_is_binary (const guint8 *data,
                         gsize         length)
{
  gsize n = MIN (length, 4096);
  gsize control = 0;

  /* UTF-16 with a BOM is text */
  if (length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    return FALSE;

  for (gsize i = 0; i < n; i++)
    {
      guint8 c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
        control++;
    }

  return n > 0 && control * 20 > n;
}

/* Finds the value after "charset" in @attr (e.g. "text/html; charset=utf-8"). */
static char *
charset_in_string (const char *attr)
{
  const char *p = attr;

  while ((p = strstr (p, "charset")) != NULL)
    {
      const char *start;

      p += strlen ("charset");
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
        p++;
      start = p;
      while (*p != '\0' && *p != '"' && *p != '\'' && *p != ';' && *p != ' ' && *p != '>'
             && *p != '/' && *p != '\t')
        p++;
      if (p > start)
        return g_strndup (start, p - start);
    }

  return NULL;
}

char *
_prov_charset_from_meta (const guint8 *data,
                         gsize         length)
{
  g_autofree char *head = NULL;
  const char *p;
  gsize n = MIN (length, 8192);

  head = g_ascii_strdown ((const char *) data, n);
  /* g_ascii_strdown stops at a NUL; that is fine for a prescan */
  p = head;
  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      g_autofree char *tag = NULL;
      char *found;

      if (end == NULL)
        break;
      tag = g_strndup (p, end - p);
      found = charset_in_string (tag);
      if (found != NULL)
        return found;
      p = end;
    }

  return NULL;
}

static char *
decode_cp1252 (const guint8 *data,
               gsize         length)
{
  GString *out = g_string_sized_new (length + length / 8 + 1);

  for (gsize i = 0; i < length; i++)
    {
      guint8 c = data[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
_prov_charset_convert (const guint8 *data,
                       gsize         length,
                       const char   *charset,
                       guint        *n_invalid)
{
  GIConv conv;
  GString *out;
  char *in = (char *) data;
  gsize in_left = length;
  guint invalid = 0;

  if (n_invalid != NULL)
    *n_invalid = 0;

  if (g_ascii_strcasecmp (charset, "UTF-8") == 0)
    {
      const char *end;

      if (g_utf8_validate ((const char *) data, length, &end))
        return g_strndup ((const char *) data, length);
      if (n_invalid != NULL)
        {
          const char *p = (const char *) data;
          const char *stop = p + length;

          /* count the invalid sequences */
          while (p < stop)
            {
              if (!g_utf8_validate (p, stop - p, &end))
                {
                  invalid++;
                  p = end + 1;
                }
              else
                break;
            }
          *n_invalid = invalid;
        }
      return g_utf8_make_valid ((const char *) data, length);
    }

  if (g_ascii_strcasecmp (charset, "WINDOWS-1252") == 0)
    return decode_cp1252 (data, length);

  conv = g_iconv_open ("UTF-8", charset);
  if (conv == (GIConv) -1)
    {
      /* Shift_JIS spelled the way this libc knows it */
      if (g_ascii_strcasecmp (charset, "CP932") == 0)
        conv = g_iconv_open ("UTF-8", "SHIFT_JIS");
      if (conv == (GIConv) -1)
        return NULL;
    }

  out = g_string_sized_new (length * 2 + 16);
  while (in_left > 0)
    {
      char buf[4096];
      char *outp = buf;
      gsize out_left = sizeof buf;
      gsize r = g_iconv (conv, &in, &in_left, &outp, &out_left);

      g_string_append_len (out, buf, outp - buf);
      if (r == (gsize) -1)
        {
          if (errno == E2BIG)
            continue;
          /* invalid or truncated input: one replacement character, skip a byte */
          g_string_append (out, "\xEF\xBF\xBD");
          invalid++;
          in++;
          in_left--;
          g_iconv (conv, NULL, NULL, NULL, NULL);
        }
    }
  g_iconv_close (conv);

  if (n_invalid != NULL)
    *n_invalid = invalid;
  return g_string_free (out, FALSE);
}

/* Decodes with @charset; gives up (NULL) when too much of the input is invalid,
 * which means the declaration was wrong. */
static char *
try_charset (const guint8 *data,
             gsize         length,
             const char   *charset)
{
  guint invalid = 0;
  char *text = _prov_charset_convert (data, length, charset, &invalid);

  if (text != NULL && invalid > 0 && invalid * 1000 > length)
    g_clear_pointer (&text, g_free);
  else if (text != NULL && invalid > 0 && g_ascii_strcasecmp (charset, "UTF-8") == 0)
    g_clear_pointer (&text, g_free);
  return text;
}

char *
prov_extractor_decode (const guint8  *data,
                       gsize          length,
                       const char    *header_charset,
                       char         **charset)
{
  const char *name;
  g_autofree char *meta = NULL;
  gboolean utf8_valid;
  gboolean non_ascii = FALSE;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (charset != NULL)
    *charset = NULL;

  /* a byte order mark is unambiguous and wins, as in the WHATWG standard */
  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      if (charset != NULL)
        *charset = g_strdup ("UTF-8");
      return g_utf8_make_valid ((const char *) data + 3, length - 3);
    }
  if (length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      const char *utf16 = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      text = _prov_charset_convert (data + 2, length - 2, utf16, NULL);
      if (text != NULL)
        {
          if (charset != NULL)
            *charset = g_strdup (utf16);
          return text;
        }
    }

  utf8_valid = g_utf8_validate ((const char *) data, length, NULL);
  for (gsize i = 0; i < length && !non_ascii; i++)
    non_ascii = data[i] >= 0x80;

  name = _prov_charset_canonical (header_charset);
  if (name == NULL)
    {
      meta = _prov_charset_from_meta (data, length);
      name = _prov_charset_canonical (meta);
    }
  /* A page declared in another charset whose bytes are valid UTF-8 with multi-byte
   * sequences is UTF-8 mislabelled (a server default, a page saved again): such
   * byte runs are next to impossible in real text of single-byte charsets, GBK or
   * Shift_JIS. */
  if (name != NULL && utf8_valid && non_ascii && g_ascii_strcasecmp (name, "UTF-8") != 0)
    name = NULL;
  if (name != NULL && (text = try_charset (data, length, name)) != NULL)
    goto done;

  name = "UTF-8";
  if (utf8_valid)
    {
      text = g_strndup ((const char *) data, length);
      goto done;
    }

  name = "WINDOWS-1252";
  text = decode_cp1252 (data, length);

done:
  if (charset != NULL)
    *charset = g_strdup (name);
  return text;
}
