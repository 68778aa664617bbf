/* prov-report-pdf.c — drawing helpers of the PDF report: rich text, rules, pages, tables
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-report-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-report-pdf.h"

void
_prov_pdf_set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

void
_prov_pdf_rich_init (Rich *rich)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
}

void
_prov_pdf_rich_clear (Rich *rich)
{
  g_string_free (rich->text, TRUE);
  pango_attr_list_unref (rich->attrs);
}

static void
rich_attr (Rich           *rich,
           PangoAttribute *attr,
           guint           start)
{
  attr->start_index = start;
  attr->end_index = rich->text->len;
  pango_attr_list_insert (rich->attrs, attr);
}

/* Appends @text (@length bytes or -1) in @style; control characters become spaces. */
void
_prov_pdf_rich_append (Rich            *rich,
             const char      *text,
             gssize           length,
             const TextStyle *style)
{
  guint start = rich->text->len;
  PangoFontDescription *font = pango_font_description_from_string (style->family);
  const char *end;

  if (text == NULL)
    text = "";
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  for (const char *p = text; p < end; p++)
    g_string_append_c (rich->text, ((guchar) *p < 0x20 && *p != '\n') || *p == 0x7f ? ' ' : *p);
  if (rich->text->len == start)
    {
      pango_font_description_free (font);
      return;
    }

  /* Absolute: cairo's PDF units are points, pango's default resolution would scale by 96/72. */
  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->weight);
  pango_font_description_set_style (font, style->style);
  rich_attr (rich, pango_attr_font_desc_new (font), start);
  rich_attr (rich, pango_attr_foreground_new (((style->color >> 16) & 0xff) * 257,
                                              ((style->color >> 8) & 0xff) * 257,
                                              (style->color & 0xff) * 257), start);
  if (style->rise != 0)
    rich_attr (rich, pango_attr_rise_new ((int) (style->rise * PANGO_SCALE)), start);
  if (style->letter_spacing != 0)
    rich_attr (rich, pango_attr_letter_spacing_new ((int) (style->letter_spacing * PANGO_SCALE)),
               start);
  pango_font_description_free (font);
}

PangoLayout *
_prov_pdf_rich_layout (Pdf    *pdf,
             Rich   *rich,
             double  width)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  PangoAttrList *attrs = pango_attr_list_copy (rich->attrs);

  pango_attr_list_insert_before (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_text (layout, rich->text->str, rich->text->len);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_attr_list_unref (attrs);
  return layout;
}

PangoLayout *
_prov_pdf_simple_layout (Pdf             *pdf,
               const char      *text,
               const TextStyle *style,
               double           width)
{
  Rich rich;
  PangoLayout *layout;

  _prov_pdf_rich_init (&rich);
  _prov_pdf_rich_append (&rich, text, -1, style);
  layout = _prov_pdf_rich_layout (pdf, &rich, width);
  _prov_pdf_rich_clear (&rich);
  return layout;
}

double
_prov_pdf_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

void
_prov_pdf_draw_underline (cairo_t       *cr,
                ProvLineStyle  line,
                guint32        ink,
                double         x0,
                double         x1,
                double         y)
{
  static const double dashes[] = { 3.0, 1.8 };
  static const double dots[] = { 0.01, 2.3 };

  cairo_save (cr);
  _prov_pdf_set_color (cr, ink);
  cairo_new_path (cr);
  switch (line)
    {
    case PROV_LINE_DASHED:
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      break;
    case PROV_LINE_DOTTED:
      cairo_set_line_width (cr, 1.3);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dots, 2, 0);
      cairo_move_to (cr, x0 + 0.6, y);
      cairo_line_to (cr, x1, y);
      break;
    case PROV_LINE_WAVY:
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, x0, y);
      for (double x = x0, up = -1; x < x1; x += 1.6, up = -up)
        cairo_curve_to (cr, x + 0.5, y + up * 1.1, x + 1.1, y + up * 1.1, MIN (x + 1.6, x1), y);
      break;
    case PROV_LINE_DOUBLE:
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x0, y - 0.4);
      cairo_line_to (cr, x1, y - 0.4);
      cairo_move_to (cr, x0, y + 1.5);
      cairo_line_to (cr, x1, y + 1.5);
      break;
    case PROV_LINE_SOLID:
    default:
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      break;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_prov_pdf_draw_rule (Pdf    *pdf,
           double  y,
           double  width,
           guint32 color)
{
  cairo_save (pdf->cr);
  _prov_pdf_set_color (pdf->cr, color);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, pdf->left, y);
  cairo_line_to (pdf->cr, pdf->right, y);
  cairo_stroke (pdf->cr);
  cairo_restore (pdf->cr);
}

void
_prov_pdf_draw_layout (Pdf         *pdf,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

void
_prov_pdf_draw_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *generated = _prov_report_format_time (pdf->report->generated);
  g_autofree char *made = g_strdup_printf (_("Provenance sourcing report · %s"), generated);
  g_autofree char *page = pdf->n_pages > 0
                          ? g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages)
                          : g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->page);
  double y = pdf->height - 12 * MM;

  _prov_pdf_draw_rule (pdf, y - 4, 0.4, RULE);
  left = _prov_pdf_simple_layout (pdf, made, &small_style, (pdf->right - pdf->left) * 0.7);
  right = _prov_pdf_simple_layout (pdf, page, &small_style, (pdf->right - pdf->left) * 0.3);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  _prov_pdf_draw_layout (pdf, left, pdf->left, y);
  _prov_pdf_draw_layout (pdf, right, pdf->left + (pdf->right - pdf->left) * 0.7, y);
}

static void draw_table_header (Pdf *pdf);

void
_prov_pdf_new_page (Pdf *pdf)
{
  if (pdf->page > 0)
    {
      _prov_pdf_draw_footer (pdf);
      cairo_show_page (pdf->cr);
    }
  pdf->page++;
  pdf->y = pdf->top;
  if (pdf->page > 1)
    {
      g_autoptr(PangoLayout) head = _prov_pdf_simple_layout (pdf, pdf->report->title, &small_style,
                                                   pdf->right - pdf->left);

      pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (head, -1);
      _prov_pdf_draw_layout (pdf, head, pdf->left, pdf->top - 9 * MM);
      _prov_pdf_draw_rule (pdf, pdf->top - 9 * MM + _prov_pdf_layout_height (head) + 2, 0.4, RULE);
      if (pdf->columns != NULL)
        draw_table_header (pdf);
    }
}

void
_prov_pdf_ensure_space (Pdf    *pdf,
              double  height)
{
  if (pdf->y + height > pdf->bottom && pdf->y > pdf->top + 1)
    _prov_pdf_new_page (pdf);
}

void
_prov_pdf_draw_block (Pdf         *pdf,
            PangoLayout *layout,
            double       space_after)
{
  double height = _prov_pdf_layout_height (layout);

  _prov_pdf_ensure_space (pdf, height);
  _prov_pdf_draw_layout (pdf, layout, pdf->left, pdf->y);
  pdf->y += height + space_after;
}

void
_prov_pdf_draw_heading (Pdf        *pdf,
              const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  g_autoptr(PangoLayout) layout = _prov_pdf_simple_layout (pdf, upper, &caps_style,
                                                           pdf->right - pdf->left);
  double height = _prov_pdf_layout_height (layout);

  /* Keep a heading with at least a few lines of what follows. */
  pdf->y += 10;
  _prov_pdf_ensure_space (pdf, height + 60);
  _prov_pdf_draw_layout (pdf, layout, pdf->left, pdf->y);
  pdf->y += height + 2;
  _prov_pdf_draw_rule (pdf, pdf->y, 0.5, RULE);
  pdf->y += 7;
}

/* Draws a paragraph line by line, breaking pages between lines, with its highlights. */
void
_prov_pdf_draw_paragraph (Pdf         *pdf,
                PangoLayout *layout,
                GArray      *highlights)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double layout_top = pdf->y;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle extents, line_logical;
      double line_top, line_height, baseline;
      int line_start, line_end;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      pango_layout_line_get_extents (line, NULL, &line_logical);
      line_top = layout_top + (double) extents.y / PANGO_SCALE;
      line_height = (double) extents.height / PANGO_SCALE;
      if (line_top + line_height > pdf->bottom && line_top > pdf->top + 1)
        {
          _prov_pdf_new_page (pdf);
          layout_top = pdf->y - (double) extents.y / PANGO_SCALE;
          line_top = pdf->y;
        }
      baseline = layout_top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line_start = line->start_index;
      line_end = line->start_index + line->length;

      for (int pass = 0; pass < 2; pass++)
        {
          for (guint h = 0; highlights != NULL && h < highlights->len; h++)
            {
              const Highlight *hl = &g_array_index (highlights, Highlight, h);
              const ProvKindStyle *style = _prov_report_kind_style (hl->claim->kind);
              int start = MAX (hl->start, line_start);
              int end = MIN (hl->end, line_end);
              int *ranges = NULL;
              int n_ranges = 0;

              if (start >= end)
                continue;
              pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
              for (int r = 0; r < n_ranges; r++)
                {
                  double x0 = pdf->left + (double) ranges[2 * r] / PANGO_SCALE;
                  double x1 = pdf->left + (double) ranges[2 * r + 1] / PANGO_SCALE;

                  if (pass == 0)
                    {
                      _prov_pdf_set_color (pdf->cr, style->fill);
                      cairo_rectangle (pdf->cr, x0, baseline + line_logical.y / PANGO_SCALE + 0.3,
                                       x1 - x0, line_logical.height / PANGO_SCALE + 0.4);
                      cairo_fill (pdf->cr);
                    }
                  else
                    _prov_pdf_draw_underline (pdf->cr, style->line, style->ink, x0, x1,
                                              baseline + 2.4);
                }
              g_free (ranges);
            }
          if (pass == 0)
            {
              cairo_move_to (pdf->cr, pdf->left + (double) extents.x / PANGO_SCALE, baseline);
              pango_cairo_show_layout_line (pdf->cr, line);
            }
        }
      pdf->y = line_top + line_height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}


static void
draw_table_header (Pdf *pdf)
{
  double x = pdf->left;
  double height = 0;
  PangoLayout *layouts[8];

  g_assert (pdf->n_columns <= G_N_ELEMENTS (layouts));
  for (guint c = 0; c < pdf->n_columns; c++)
    {
      g_autofree char *upper = g_utf8_strup (pdf->headers[c], -1);

      layouts[c] = _prov_pdf_simple_layout (pdf, upper, &caps_style, pdf->columns[c] - 2 * PAD);
      height = MAX (height, _prov_pdf_layout_height (layouts[c]));
    }
  for (guint c = 0; c < pdf->n_columns; c++)
    {
      _prov_pdf_draw_layout (pdf, layouts[c], x + PAD, pdf->y);
      x += pdf->columns[c];
      g_object_unref (layouts[c]);
    }
  pdf->y += height + 3;
  _prov_pdf_draw_rule (pdf, pdf->y, 1.0, INK);
  pdf->y += 1;
}

void
_prov_pdf_begin_table (Pdf          *pdf,
             const double *columns,
             const char  **headers,
             guint         n_columns)
{
  pdf->columns = columns;
  pdf->headers = headers;
  pdf->n_columns = n_columns;
  /* The header and a first row or two, never a header alone at the foot of a page. */
  _prov_pdf_ensure_space (pdf, 90);
  draw_table_header (pdf);
}

void
_prov_pdf_end_table (Pdf *pdf)
{
  pdf->columns = NULL;
  pdf->headers = NULL;
  pdf->n_columns = 0;
  pdf->y += 6;
}

/* Draws one row of cells (taken); the cell @kind_column shows @kind as a swatch. */
void
_prov_pdf_draw_row (Pdf          *pdf,
          PangoLayout **cells,
          int           kind_column,
          ProvKind      kind)
{
  double height = 0;
  double x = pdf->left;

  for (guint c = 0; c < pdf->n_columns; c++)
    height = MAX (height, _prov_pdf_layout_height (cells[c]));
  height += 2 * PAD + 1;
  _prov_pdf_ensure_space (pdf, height);

  for (guint c = 0; c < pdf->n_columns; c++)
    {
      if ((int) c == kind_column)
        {
          const ProvKindStyle *style = _prov_report_kind_style (kind);
          PangoRectangle ink, logical;

          pango_layout_get_pixel_extents (cells[c], &ink, &logical);
          _prov_pdf_set_color (pdf->cr, style->fill);
          cairo_rectangle (pdf->cr, x + PAD - 2, pdf->y + PAD - 0.5, logical.width + 4,
                           logical.height + 1);
          cairo_fill (pdf->cr);
          _prov_pdf_draw_underline (pdf->cr, style->line, style->ink, x + PAD - 2,
                          x + PAD + logical.width + 2, pdf->y + PAD + logical.height + 1.5);
        }
      _prov_pdf_draw_layout (pdf, cells[c], x + PAD, pdf->y + PAD);
      x += pdf->columns[c];
      g_object_unref (cells[c]);
    }
  pdf->y += height;
  _prov_pdf_draw_rule (pdf, pdf->y, 0.4, RULE);
}
