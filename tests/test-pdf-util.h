/* test-pdf-util.h — PDF fixtures made at test time with cairo's PDF surface and pango
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

static cairo_status_t
test_pdf_write_cb (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static inline void
test_pdf_show (cairo_t    *cr,
               double      x,
               double      y,
               const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 450 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

/* A PDF of @n_pages pages, titled @title (NULL: no document info), each page with a
 * heading line and a paragraph that says which page it is; n_pages 0 gives one blank page. */
static inline GBytes *
test_pdf_make (const char *title,
               int         n_pages)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (test_pdf_write_cb, out, 595, 842);
  cairo_t *cr = cairo_create (surface);

  if (title != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Port Authority");
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                      "2026-03-02T10:00:00Z");
    }
  for (int i = 1; i <= MAX (n_pages, 1); i++)
    {
      g_autofree char *heading = g_strdup_printf ("Findings, page %d", i);
      g_autofree char *body = g_strdup_printf ("This is page %d of the report. The dredging "
                                               "could cost twice the first estimate, officials "
                                               "said, and the work is expected to take a year "
                                               "longer than planned.", i);

      if (n_pages > 0)
        {
          test_pdf_show (cr, 72, 72, heading);
          test_pdf_show (cr, 72, 110, body);
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}
