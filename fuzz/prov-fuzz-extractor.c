/* prov-fuzz-extractor.c — HTML bytes through the extractor, the Markdown reader through its own
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-fuzz"

#include "config.h"

#include <stdlib.h>

#include "prov-extractor.h"
#include "prov-fuzz-util.h"
#include "prov-markdown-reader.h"

/* The charsets an HTTP header may name: real ones, aliases, unknown, empty. */
static const char * const charsets[] = {
  NULL, "utf-8", "UTF-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "utf-16le",
  "utf-16be", "utf-32", "euc-jp", "gb18030", "big5", "koi8-r", "x-no-such-charset", "",
};

static void
check_extraction (const ProvExtraction *extraction)
{
  g_autofree char *json = NULL;
  glong n_chars;

  PROV_FUZZ_CHECK (extraction->text != NULL, "an extraction without text");
  PROV_FUZZ_CHECK (g_utf8_validate (extraction->text, -1, NULL), "text is not UTF-8");
  n_chars = g_utf8_strlen (extraction->text, -1);
  for (guint i = 0; extraction->structure != NULL && i < extraction->structure->len; i++)
    {
      const ProvBlock *block = g_ptr_array_index (extraction->structure, i);

      prov_fuzz_check_span (block->start, block->end, n_chars, "a block outside the text");
    }
  PROV_FUZZ_CHECK (extraction->title == NULL || g_utf8_validate (extraction->title, -1, NULL),
                   "title is not UTF-8");
  PROV_FUZZ_CHECK (extraction->byline == NULL || g_utf8_validate (extraction->byline, -1, NULL),
                   "byline is not UTF-8");
  json = prov_extraction_structure_to_json (extraction);
  PROV_FUZZ_CHECK (json != NULL && g_utf8_validate (json, -1, NULL), "structure JSON");
}

int
prov_fuzz_extractor (const guint8 *data,
                     gsize         size)
{
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *charset = NULL;
  const char *header_charset;
  const char *url;

  if (size == 0)
    return 0;
  header_charset = charsets[data[0] % G_N_ELEMENTS (charsets)];
  url = (data[0] & 0x10) != 0 ? "https://news.example/2026/11/article.html?id=1#top" : NULL;
  data++;
  size--;

  decoded = prov_extractor_decode (data, size, header_charset, &charset);
  PROV_FUZZ_CHECK (decoded == NULL || g_utf8_validate (decoded, -1, NULL), "decode: not UTF-8");

  extraction = prov_extractor_extract (extractor, data, size, header_charset, url, &error);
  PROV_FUZZ_CHECK ((extraction == NULL) == (error != NULL), "extract: result and error disagree");
  if (extraction != NULL)
    check_extraction (extraction);
  return 0;
}

int
prov_fuzz_markdown (const guint8 *data,
                    gsize         size)
{
  g_autoptr(ProvExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;

  extraction = prov_markdown_reader_read ((const char *) data, size, &error);
  PROV_FUZZ_CHECK ((extraction == NULL) == (error != NULL), "markdown: result and error disagree");
  if (extraction != NULL)
    check_extraction (extraction);
  return 0;
}
