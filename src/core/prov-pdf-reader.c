/* prov-pdf-reader.c — the text of a PDF, page by page, with its document info
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>
#include <string.h>

#include "prov-extractor-private.h"
#include "prov-pdf-reader.h"

/* poppler-glib 22 defines no autoptr cleanups of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

gboolean
prov_pdf_reader_sniff (const guint8 *data,
                       gsize         length)
{
  /* the header may follow a little junk, as readers allow */
  for (gsize i = 0; i + 5 <= length && i < 1024; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
ends_sentence (const char *line)
{
  gsize n = strlen (line);
  const char *last;

  if (n == 0)
    return FALSE;
  last = g_utf8_find_prev_char (line, line + n);
  switch (g_utf8_get_char (last))
    {
    case '.': case '!': case '?': case ':': case '"': case 0x201D: case 0x2019: case ')':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Writes one page: lines are joined into paragraphs; a paragraph ends at a blank line,
 * or at a short line that ends a sentence; "exam-\nple" is joined back. */
static void
write_page (ProvTextBuilder *builder,
            const char      *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  glong typical = 0;
  guint counted = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      glong len;

      g_strstrip (lines[i]);
      len = g_utf8_strlen (lines[i], -1);
      if (len > typical && counted < 200)
        typical = len;
      counted++;
    }

  _prov_text_builder_break (builder);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize n = strlen (line);
      const char *next = lines[i + 1];

      if (n == 0)
        {
          _prov_text_builder_break (builder);
          continue;
        }
      if (n > 1 && line[n - 1] == '-' && g_ascii_isalpha (line[n - 2]) && next != NULL
          && g_ascii_islower (next[0]))
        {
          _prov_text_builder_append (builder, line, n - 1, FALSE);
          continue;
        }
      _prov_text_builder_append (builder, line, n, FALSE);
      /* a short line ends its paragraph (or is a heading); a sentence end on a
       * shorter-than-full line does too */
      if ((ends_sentence (line) && g_utf8_strlen (line, -1) < typical * 4 / 5)
          || g_utf8_strlen (line, -1) < typical * 3 / 5)
        _prov_text_builder_break (builder);
      else
        _prov_text_builder_append (builder, " ", 1, FALSE);
    }
}

static char *
info_string (char *value)
{
  if (value != NULL)
    {
      g_strstrip (value);
      if (*value == '\0' || !g_utf8_validate (value, -1, NULL))
        g_clear_pointer (&value, g_free);
    }
  return value;
}

ProvExtraction *
prov_pdf_reader_read (GBytes  *data,
                      GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(ProvExtraction) out = NULL;
  g_autoptr(GDateTime) created = NULL;
  ProvTextBuilder *builder;
  int n_pages;

  g_return_val_if_fail (data != NULL, NULL);

  if (g_bytes_get_size (data) == 0)
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_EMPTY,
                   _("The PDF file is empty"));
      return NULL;
    }
  doc = poppler_document_new_from_bytes (data, NULL, &local_error);
  if (doc == NULL)
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_INVALID,
                   _("Not a readable PDF: %s"), local_error->message);
      return NULL;
    }

  out = prov_extraction_new ();
  out->title = info_string (poppler_document_get_title (doc));
  out->byline = info_string (poppler_document_get_author (doc));
  created = poppler_document_get_creation_date_time (doc);
  if (created != NULL)
    out->published = g_date_time_format_iso8601 (created);

  builder = _prov_text_builder_new ();
  n_pages = poppler_document_get_n_pages (doc);
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = page != NULL ? poppler_page_get_text (page) : NULL;

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        continue;
      _prov_text_builder_open (builder, PROV_BLOCK_PAGE, (guint) i + 1);
      write_page (builder, text);
      _prov_text_builder_close (builder);
    }
  _prov_text_builder_finish (builder, out);
  _prov_text_builder_free (builder);

  if (*out->text == '\0')
    {
      g_set_error (error, PROV_EXTRACTOR_ERROR, PROV_EXTRACTOR_ERROR_NO_CONTENT,
                   _("The PDF has no text (a scan without OCR?)"));
      return NULL;
    }
  if (out->title == NULL)
    {
      const char *nl = strchr (out->text, '\n');
      gsize n = nl != NULL ? (gsize) (nl - out->text) : strlen (out->text);

      out->title = g_utf8_substring (out->text, 0, MIN (g_utf8_strlen (out->text, n), 200));
    }
  return g_steal_pointer (&out);
}
