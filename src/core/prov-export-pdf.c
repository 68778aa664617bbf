/* prov-export-pdf.c — the report as PDF through cairo and pango (no display needed)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is laid out twice: a first pass into a PDF surface that discards its output
 * counts the pages, so the second one can print "Page 3 of 7". Text is laid out per paragraph
 * and drawn line by line, so a paragraph can break across pages; highlights are drawn under
 * each line (a fill) and over it (an underline whose style tells the kind apart in black and
 * white), from the x ranges pango gives for each highlighted byte range.
 */
#define G_LOG_DOMAIN "prov-export-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <string.h>

#if defined (__GLIBC__)
#include <langinfo.h>
#include <stdint.h>
#endif

#include "prov-export-pdf.h"
#include "prov-report-private.h"

#define SERIF "P052, Palatino, Georgia, Liberation Serif, DejaVu Serif, serif"
#define SANS  "Nimbus Sans, Liberation Sans, DejaVu Sans, sans-serif"
#define MONO  "DejaVu Sans Mono, Liberation Mono, monospace"

#define INK    0x1f2328
#define MUTED  0x59636e
#define RULE   0xc9ced4

#define MM (72.0 / 25.4)

typedef struct
{
  const char  *family;
  double       size;
  PangoWeight  weight;
  PangoStyle   style;
  guint32      color;
  double       rise;
  double       letter_spacing;
} TextStyle;

static const TextStyle body_style = { SERIF, 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, 0, 0 };
static const TextStyle small_style = { SANS, 8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, 0, 0 };
static const TextStyle cell_style = { SANS, 8.2, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, 0, 0 };
static const TextStyle quote_style = { SERIF, 9.2, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, 0, 0 };
static const TextStyle caps_style = { SANS, 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, MUTED, 0, 0 };

/* Text with pango attributes, built a run at a time. */
typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
} Rich;

typedef struct
{
  int                    start;  /* byte indices into the paragraph */
  int                    end;
  const ProvReportClaim *claim;
} Highlight;

typedef struct
{
  cairo_t          *cr;
  const ProvReport *report;
  double            width;   /* the page */
  double            height;
  double            left;    /* the text box */
  double            right;
  double            top;
  double            bottom;
  double            y;
  guint             page;
  guint             n_pages; /* known in the second pass only */
  gboolean          table_header_pending;
  const double     *columns; /* the table being drawn, to repeat its header */
  const char      **headers;
  guint             n_columns;
} Pdf;

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
rich_init (Rich *rich)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
}

static void
rich_clear (Rich *rich)
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
static void
rich_append (Rich            *rich,
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

static PangoLayout *
rich_layout (Pdf    *pdf,
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

static PangoLayout *
simple_layout (Pdf             *pdf,
               const char      *text,
               const TextStyle *style,
               double           width)
{
  Rich rich;
  PangoLayout *layout;

  rich_init (&rich);
  rich_append (&rich, text, -1, style);
  layout = rich_layout (pdf, &rich, width);
  rich_clear (&rich);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
draw_underline (cairo_t       *cr,
                ProvLineStyle  line,
                guint32        ink,
                double         x0,
                double         x1,
                double         y)
{
  static const double dashes[] = { 3.0, 1.8 };
  static const double dots[] = { 0.01, 2.3 };

  cairo_save (cr);
  set_color (cr, ink);
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

static void
draw_rule (Pdf    *pdf,
           double  y,
           double  width,
           guint32 color)
{
  cairo_save (pdf->cr);
  set_color (pdf->cr, color);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, pdf->left, y);
  cairo_line_to (pdf->cr, pdf->right, y);
  cairo_stroke (pdf->cr);
  cairo_restore (pdf->cr);
}

static void
draw_layout (Pdf         *pdf,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

static void
draw_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *generated = _prov_report_format_time (pdf->report->generated);
  g_autofree char *made = g_strdup_printf (_("Provenance sourcing report · %s"), generated);
  g_autofree char *page = pdf->n_pages > 0
                          ? g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages)
                          : g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->page);
  double y = pdf->height - 12 * MM;

  draw_rule (pdf, y - 4, 0.4, RULE);
  left = simple_layout (pdf, made, &small_style, (pdf->right - pdf->left) * 0.7);
  right = simple_layout (pdf, page, &small_style, (pdf->right - pdf->left) * 0.3);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  draw_layout (pdf, left, pdf->left, y);
  draw_layout (pdf, right, pdf->left + (pdf->right - pdf->left) * 0.7, y);
}

static void draw_table_header (Pdf *pdf);

static void
new_page (Pdf *pdf)
{
  if (pdf->page > 0)
    {
      draw_footer (pdf);
      cairo_show_page (pdf->cr);
    }
  pdf->page++;
  pdf->y = pdf->top;
  if (pdf->page > 1)
    {
      g_autoptr(PangoLayout) head = simple_layout (pdf, pdf->report->title, &small_style,
                                                   pdf->right - pdf->left);

      pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (head, -1);
      draw_layout (pdf, head, pdf->left, pdf->top - 9 * MM);
      draw_rule (pdf, pdf->top - 9 * MM + layout_height (head) + 2, 0.4, RULE);
      if (pdf->columns != NULL)
        draw_table_header (pdf);
    }
}

static void
ensure_space (Pdf    *pdf,
              double  height)
{
  if (pdf->y + height > pdf->bottom && pdf->y > pdf->top + 1)
    new_page (pdf);
}

static void
draw_block (Pdf         *pdf,
            PangoLayout *layout,
            double       space_after)
{
  double height = layout_height (layout);

  ensure_space (pdf, height);
  draw_layout (pdf, layout, pdf->left, pdf->y);
  pdf->y += height + space_after;
}

static void
draw_heading (Pdf        *pdf,
              const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  g_autoptr(PangoLayout) layout = simple_layout (pdf, upper, &caps_style, pdf->right - pdf->left);
  double height = layout_height (layout);

  /* Keep a heading with at least a few lines of what follows. */
  pdf->y += 10;
  ensure_space (pdf, height + 60);
  draw_layout (pdf, layout, pdf->left, pdf->y);
  pdf->y += height + 2;
  draw_rule (pdf, pdf->y, 0.5, RULE);
  pdf->y += 7;
}

/* Draws a paragraph line by line, breaking pages between lines, with its highlights. */
static void
draw_paragraph (Pdf         *pdf,
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
          new_page (pdf);
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
                      set_color (pdf->cr, style->fill);
                      cairo_rectangle (pdf->cr, x0, baseline + line_logical.y / PANGO_SCALE + 0.3,
                                       x1 - x0, line_logical.height / PANGO_SCALE + 0.4);
                      cairo_fill (pdf->cr);
                    }
                  else
                    draw_underline (pdf->cr, style->line, style->ink, x0, x1, baseline + 2.4);
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
draw_text (Pdf                      *pdf,
           const ProvReportDocument *document)
{
  g_autoptr(GArray) items = _prov_report_layout (document);
  g_autoptr(GArray) highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  TextStyle cue_style = body_style;
  Rich rich;

  cue_style.weight = PANGO_WEIGHT_BOLD;
  rich_init (&rich);
  for (guint i = 0; i <= items->len; i++)
    {
      const ProvReportItem *item = i < items->len ? &g_array_index (items, ProvReportItem, i) : NULL;

      if (item == NULL || item->type == PROV_REPORT_ITEM_PARAGRAPH)
        {
          if (rich.text->len > 0)
            {
              g_autoptr(PangoLayout) layout = rich_layout (pdf, &rich, pdf->right - pdf->left);

              pango_layout_set_spacing (layout, 5.5 * PANGO_SCALE);
              draw_paragraph (pdf, layout, highlights);
              pdf->y += 9;
            }
          rich_clear (&rich);
          rich_init (&rich);
          g_array_set_size (highlights, 0);
          continue;
        }
      if (item->type == PROV_REPORT_ITEM_TEXT)
        {
          guint start = rich.text->len;

          rich_append (&rich, item->text, item->length, item->cue ? &cue_style : &body_style);
          if (item->claim != NULL)
            {
              Highlight hl = { start, rich.text->len, item->claim };

              g_array_append_val (highlights, hl);
            }
        }
      else if (item->type == PROV_REPORT_ITEM_BREAK)
        rich_append (&rich, "\n", 1, &body_style);
      else
        {
          g_autofree char *number = g_strdup_printf ("%u", item->claim->number);
          TextStyle marker = { SANS, 7, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                               _prov_report_kind_style (item->claim->kind)->ink, 3.8, 0 };

          if (i > 0 && g_array_index (items, ProvReportItem, i - 1).type == PROV_REPORT_ITEM_MARKER)
            rich_append (&rich, ",", 1, &marker);
          else
            rich_append (&rich, "\xe2\x80\x8a", -1, &marker);
          rich_append (&rich, number, -1, &marker);
        }
    }
  rich_clear (&rich);
}


/* ---- tables ---- */

#define PAD 3.5

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

      layouts[c] = simple_layout (pdf, upper, &caps_style, pdf->columns[c] - 2 * PAD);
      height = MAX (height, layout_height (layouts[c]));
    }
  for (guint c = 0; c < pdf->n_columns; c++)
    {
      draw_layout (pdf, layouts[c], x + PAD, pdf->y);
      x += pdf->columns[c];
      g_object_unref (layouts[c]);
    }
  pdf->y += height + 3;
  draw_rule (pdf, pdf->y, 1.0, INK);
  pdf->y += 1;
}

static void
begin_table (Pdf          *pdf,
             const double *columns,
             const char  **headers,
             guint         n_columns)
{
  pdf->columns = columns;
  pdf->headers = headers;
  pdf->n_columns = n_columns;
  /* The header and a first row or two, never a header alone at the foot of a page. */
  ensure_space (pdf, 90);
  draw_table_header (pdf);
}

static void
end_table (Pdf *pdf)
{
  pdf->columns = NULL;
  pdf->headers = NULL;
  pdf->n_columns = 0;
  pdf->y += 6;
}

/* Draws one row of cells (taken); the cell @kind_column shows @kind as a swatch. */
static void
draw_row (Pdf          *pdf,
          PangoLayout **cells,
          int           kind_column,
          ProvKind      kind)
{
  double height = 0;
  double x = pdf->left;

  for (guint c = 0; c < pdf->n_columns; c++)
    height = MAX (height, layout_height (cells[c]));
  height += 2 * PAD + 1;
  ensure_space (pdf, height);

  for (guint c = 0; c < pdf->n_columns; c++)
    {
      if ((int) c == kind_column)
        {
          const ProvKindStyle *style = _prov_report_kind_style (kind);
          PangoRectangle ink, logical;

          pango_layout_get_pixel_extents (cells[c], &ink, &logical);
          set_color (pdf->cr, style->fill);
          cairo_rectangle (pdf->cr, x + PAD - 2, pdf->y + PAD - 0.5, logical.width + 4,
                           logical.height + 1);
          cairo_fill (pdf->cr);
          draw_underline (pdf->cr, style->line, style->ink, x + PAD - 2,
                          x + PAD + logical.width + 2, pdf->y + PAD + logical.height + 1.5);
        }
      draw_layout (pdf, cells[c], x + PAD, pdf->y + PAD);
      x += pdf->columns[c];
      g_object_unref (cells[c]);
    }
  pdf->y += height;
  draw_rule (pdf, pdf->y, 0.4, RULE);
}

static char *
clip_text (const char *text,
           glong       max_chars)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  return g_strconcat (g_utf8_substring (text, 0, max_chars), "…", NULL);
}

static void
draw_claims (Pdf                      *pdf,
             const ProvReportDocument *document)
{
  double width = pdf->right - pdf->left;
  const double columns[] = { 18, width - 18 - 80 - 78 - 66 - 58, 80, 78, 66, 58 };
  const char *headers[] = { "#", _("Claim"), _("Kind"), _("Source"), _("Rating"), _("Status") };
  TextStyle tag_style = small_style;
  TextStyle note_style = quote_style;
  TextStyle rating_style = { MONO, 10, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, 0, 0 };
  TextStyle number_style = cell_style;
  TextStyle detail_style = small_style;

  tag_style.size = 7;
  note_style.style = PANGO_STYLE_ITALIC;
  note_style.size = 8.2;
  note_style.color = 0x3d444d;
  number_style.weight = PANGO_WEIGHT_BOLD;
  detail_style.size = 6.8;

  draw_heading (pdf, _("Claims"));
  if (document->claims->len == 0)
    {
      g_autoptr(PangoLayout) empty = simple_layout (pdf, _("No claims match this report’s filters."),
                                                    &small_style, width);

      draw_block (pdf, empty, 6);
      return;
    }

  begin_table (pdf, columns, headers, G_N_ELEMENTS (columns));
  for (guint c = 0; c < document->claims->len; c++)
    {
      const ProvReportClaim *claim = g_ptr_array_index (document->claims, c);
      g_autofree char *number = g_strdup_printf ("%u", claim->number);
      g_autofree char *line = _prov_report_claim_quote_line (claim);
      g_autofree char *quote = clip_text (line, 700);
      g_autofree char *rating = prov_report_claim_dup_rating (claim);
      const char *source = prov_report_claim_get_source (claim);
      PangoLayout *cells[6];
      Rich rich;

      number_style.color = _prov_report_kind_style (claim->kind)->ink;
      cells[0] = simple_layout (pdf, number, &number_style, columns[0] - 2 * PAD);

      rich_init (&rich);
      rich_append (&rich, quote, -1, &quote_style);
      if (claim->tags[0] != NULL)
        {
          g_autofree char *tags = g_strjoinv (", ", claim->tags);
          g_autofree char *text = g_strdup_printf ("\n%s %s", _("Tags:"), tags);

          rich_append (&rich, text, -1, &tag_style);
        }
      if (claim->note != NULL && *claim->note != '\0')
        {
          g_autofree char *note = clip_text (claim->note, 1200);
          g_autofree char *text = g_strdup_printf ("\n%s", g_strstrip (note));

          rich_append (&rich, text, -1, &note_style);
        }
      cells[1] = rich_layout (pdf, &rich, columns[1] - 2 * PAD);
      rich_clear (&rich);

      cells[2] = simple_layout (pdf, prov_report_kind_get_label (claim->kind), &cell_style,
                                columns[2] - 2 * PAD);
      cells[3] = simple_layout (pdf, source != NULL ? source : "—", &cell_style,
                                columns[3] - 2 * PAD);

      rich_init (&rich);
      rich_append (&rich, rating, -1, &rating_style);
      rich_append (&rich, "\n", 1, &detail_style);
      rich_append (&rich, _prov_report_reliability_label (claim->reliability), -1,
                   &detail_style);
      rich_append (&rich, "\n", 1, &detail_style);
      rich_append (&rich, _prov_report_credibility_label (claim->credibility), -1, &detail_style);
      cells[4] = rich_layout (pdf, &rich, columns[4] - 2 * PAD);
      rich_clear (&rich);

      rich_init (&rich);
      rich_append (&rich, prov_report_status_get_label (claim->status), -1, &cell_style);
      if (claim->suggestion == PROV_SUGGESTION_SUGGESTED)
        rich_append (&rich, _("\nsuggestion"), -1, &detail_style);
      else if (claim->suggestion == PROV_SUGGESTION_DISMISSED)
        rich_append (&rich, _("\ndismissed"), -1, &detail_style);
      if (claim->start < 0)
        rich_append (&rich, _("\nnot found in this version"), -1, &detail_style);
      else if (claim->changed)
        rich_append (&rich, _("\nchanged since"), -1, &detail_style);
      cells[5] = rich_layout (pdf, &rich, columns[5] - 2 * PAD);
      rich_clear (&rich);

      draw_row (pdf, cells, 2, claim->kind);
    }
  end_table (pdf);
}

static void
draw_sources (Pdf *pdf)
{
  double width = pdf->right - pdf->left;
  const double columns[] = { width * 0.3, width * 0.16, width * 0.2, width * 0.1, width * 0.24 };
  const char *headers[] = { _("Source"), _("Type"), _("Reliability"), _("Claims"),
                            _("Also known as") };

  draw_heading (pdf, _("Sources"));
  if (pdf->report->sources->len == 0)
    {
      g_autoptr(PangoLayout) empty =
        simple_layout (pdf, _("No claim of this report is linked to a source."), &small_style,
                       width);

      draw_block (pdf, empty, 6);
      return;
    }
  begin_table (pdf, columns, headers, G_N_ELEMENTS (columns));
  for (guint s = 0; s < pdf->report->sources->len; s++)
    {
      const ProvReportSource *source = g_ptr_array_index (pdf->report->sources, s);
      g_autofree char *aliases = _prov_report_join_tags ((const char * const *) source->aliases);
      g_autofree char *letter = g_strdup_printf ("%c", source->reliability);
      g_autofree char *count = g_strdup_printf ("%u", source->n_claims);
      PangoLayout *cells[5];

      cells[0] = simple_layout (pdf, source->name, &cell_style, columns[0] - 2 * PAD);
      cells[1] = simple_layout (pdf, source->type, &cell_style, columns[1] - 2 * PAD);
      cells[2] = simple_layout (pdf, letter, &cell_style, columns[2] - 2 * PAD);
      cells[3] = simple_layout (pdf, count, &cell_style, columns[3] - 2 * PAD);
      cells[4] = simple_layout (pdf, aliases, &cell_style, columns[4] - 2 * PAD);
      draw_row (pdf, cells, -1, 0);
    }
  end_table (pdf);
}

/* ---- documents ---- */

static void
draw_profile (Pdf                      *pdf,
              const ProvReportDocument *document)
{
  g_autofree char *summary = _prov_report_profile_text (&document->profile);
  g_autoptr(PangoLayout) text = NULL;
  double width = pdf->right - pdf->left;
  double x = pdf->left;
  guint total = 0;

  draw_heading (pdf, _("Sourcing profile"));
  for (guint k = 0; k < PROV_N_KINDS; k++)
    total += document->profile.counts[k];
  if (total > 0)
    {
      for (guint k = 0; k < PROV_N_KINDS; k++)
        {
          const ProvKindStyle *style = _prov_report_kind_style (k);
          double w = width * document->profile.counts[k] / total;

          if (w <= 0)
            continue;
          set_color (pdf->cr, style->fill);
          cairo_rectangle (pdf->cr, x, pdf->y, w - 1.5, 8);
          cairo_fill (pdf->cr);
          set_color (pdf->cr, style->ink);
          cairo_rectangle (pdf->cr, x, pdf->y + 8, w - 1.5, 1.4);
          cairo_fill (pdf->cr);
          x += w;
        }
      pdf->y += 14;
    }
  text = simple_layout (pdf, summary, &cell_style, width);
  draw_block (pdf, text, 6);

  /* The legend: each kind as the text shows it. */
  x = pdf->left;
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      const ProvKindStyle *style = _prov_report_kind_style (k);
      g_autoptr(PangoLayout) label = simple_layout (pdf, prov_report_kind_get_label (k),
                                                    &cell_style, -1);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (label, NULL, &logical);
      if (x + logical.width + 8 > pdf->right)
        {
          x = pdf->left;
          pdf->y += logical.height + 6;
        }
      set_color (pdf->cr, style->fill);
      cairo_rectangle (pdf->cr, x, pdf->y - 0.5, logical.width + 6, logical.height + 1);
      cairo_fill (pdf->cr);
      draw_layout (pdf, label, x + 3, pdf->y);
      draw_underline (pdf->cr, style->line, style->ink, x, x + logical.width + 6,
                      pdf->y + logical.height + 1.8);
      x += logical.width + 18;
      if (k == PROV_N_KINDS - 1)
        pdf->y += logical.height + 8;
    }
}

static void
draw_facts (Pdf                      *pdf,
            const ProvReportDocument *document)
{
  g_autofree char *fetched = _prov_report_format_time (document->fetched_at);
  g_autofree char *tags = _prov_report_join_tags ((const char * const *) document->tags);
  const char *labels[] = { _("Address"), _("Fetched"), _("Version"), _("Collection"), _("Tags") };
  const char *values[] = { document->uri, fetched, document->content_hash, document->collection,
                           tags };
  TextStyle label_style = small_style;
  double label_width = 58;

  label_style.weight = PANGO_WEIGHT_BOLD;
  for (guint f = 0; f < G_N_ELEMENTS (labels); f++)
    {
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) value = NULL;
      double height;

      if (values[f] == NULL || *values[f] == '\0')
        continue;
      label = simple_layout (pdf, labels[f], &label_style, label_width);
      value = simple_layout (pdf, values[f], f == 2 ? &(TextStyle) { MONO, 7, PANGO_WEIGHT_NORMAL,
                                                                     PANGO_STYLE_NORMAL, INK, 0, 0 }
                                                    : &cell_style,
                             pdf->right - pdf->left - label_width);
      height = MAX (layout_height (label), layout_height (value));
      ensure_space (pdf, height);
      draw_layout (pdf, label, pdf->left, pdf->y);
      draw_layout (pdf, value, pdf->left + label_width, pdf->y);
      pdf->y += height + 1.5;
    }
}

static void
draw_notes (Pdf        *pdf,
            const char *heading,
            GPtrArray  *notes)
{
  TextStyle note_style = body_style;

  note_style.size = 9.5;
  if (notes->len == 0)
    return;
  draw_heading (pdf, heading);
  for (guint n = 0; n < notes->len; n++)
    {
      g_autofree char *note = g_strstrip (g_strdup (g_ptr_array_index (notes, n)));
      g_autoptr(PangoLayout) layout = simple_layout (pdf, note, &note_style,
                                                     pdf->right - pdf->left - 10);
      double top;

      ensure_space (pdf, MIN (layout_height (layout), 40));
      top = pdf->y;
      pdf->left += 10;
      draw_paragraph (pdf, layout, NULL);
      pdf->left -= 10;
      if (pdf->y > top)
        {
          set_color (pdf->cr, RULE);
          cairo_rectangle (pdf->cr, pdf->left, top, 2, pdf->y - top);
          cairo_fill (pdf->cr);
        }
      pdf->y += 8;
    }
}

static void
draw_document (Pdf                      *pdf,
               const ProvReportDocument *document)
{
  const char *label = prov_report_document_get_label (document);
  GPtrArray *meta = g_ptr_array_new ();
  double width = pdf->right - pdf->left;

  if (pdf->report->documents->len > 1 || g_strcmp0 (pdf->report->title, label) != 0)
    {
      TextStyle title_style = { SERIF, 16, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, 0, 0 };
      g_autoptr(PangoLayout) title = simple_layout (pdf, label, &title_style, width);

      ensure_space (pdf, 120);
      draw_block (pdf, title, 3);
    }
  if (document->site != NULL && *document->site != '\0')
    g_ptr_array_add (meta, document->site);
  if (document->byline != NULL && *document->byline != '\0')
    g_ptr_array_add (meta, document->byline);
  if (document->published != NULL && *document->published != '\0')
    g_ptr_array_add (meta, document->published);
  if (meta->len > 0)
    {
      g_autofree char *line = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      TextStyle meta_style = cell_style;

      meta_style.size = 9;
      meta_style.color = MUTED;
      g_ptr_array_add (meta, NULL);
      line = g_strjoinv (" · ", (char **) meta->pdata);
      layout = simple_layout (pdf, line, &meta_style, width);
      draw_block (pdf, layout, 5);
    }
  g_ptr_array_unref (meta);

  draw_facts (pdf, document);
  draw_profile (pdf, document);
  draw_heading (pdf, _("Text"));
  draw_text (pdf, document);
  draw_claims (pdf, document);
  draw_notes (pdf, _("Notes"), document->notes);
}

static void
draw_report (Pdf *pdf)
{
  const ProvReport *report = pdf->report;
  TextStyle title_style = { SERIF, 24, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, 0, 0 };
  TextStyle line_style = small_style;
  g_autoptr(PangoLayout) eyebrow = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) line = NULL;
  g_autoptr(PangoLayout) key = NULL;
  g_autofree char *generated = _prov_report_format_time (report->generated);
  g_autofree char *docs = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *summary = NULL;
  guint n_claims = prov_report_count_claims (report);
  double width = pdf->right - pdf->left;

  new_page (pdf);
  eyebrow = simple_layout (pdf, _("SOURCING REPORT"), &caps_style, width);
  draw_block (pdf, eyebrow, 4);
  title = simple_layout (pdf, report->title, &title_style, width);
  draw_block (pdf, title, 4);
  docs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                       report->documents->len), report->documents->len);
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims),
                            n_claims);
  summary = g_strdup_printf (_("%s · %s · generated %s"), docs, claims, generated);
  line_style.size = 8.5;
  line = simple_layout (pdf, summary, &line_style, width);
  draw_block (pdf, line, 6);
  draw_rule (pdf, pdf->y, 0.8, INK);
  draw_rule (pdf, pdf->y + 2.2, 0.8, INK);
  pdf->y += 14;

  for (guint d = 0; d < report->documents->len; d++)
    {
      if (d > 0)
        new_page (pdf);
      draw_document (pdf, g_ptr_array_index (report->documents, d));
    }
  draw_notes (pdf, _("Notes on the collection"), report->notes);
  draw_sources (pdf);

  key = simple_layout (pdf, _("Ratings follow the Admiralty system. Reliability of the source: "
                              "A completely reliable, B usually reliable, C fairly reliable, "
                              "D not usually reliable, E unreliable, F cannot be judged. "
                              "Credibility of the information: 1 confirmed, 2 probably true, "
                              "3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."),
                       &small_style, width);
  pdf->y += 6;
  draw_block (pdf, key, 0);
  draw_footer (pdf);
  cairo_show_page (pdf->cr);
}

/* ---- paper and output ---- */

static ProvPaperSize
locale_paper (void)
{
  const char *name = NULL;

#if defined (__GLIBC__)
  {
    int width = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
    int height = (int) (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

    if (width > 0 && height > 0)
      return width == 216 ? PROV_PAPER_LETTER : PROV_PAPER_A4;
  }
#endif
#ifdef LC_PAPER
  name = setlocale (LC_PAPER, NULL);
#endif
  if (name == NULL || strcmp (name, "C") == 0)
    name = g_getenv ("LC_ALL");
  if (name == NULL || *name == '\0')
    name = g_getenv ("LC_PAPER");
  if (name == NULL || *name == '\0')
    name = g_getenv ("LANG");
  if (name != NULL &&
      (g_str_has_prefix (name, "en_US") || g_str_has_prefix (name, "en_CA") ||
       g_str_has_prefix (name, "es_US") || g_str_has_prefix (name, "es_MX") ||
       g_str_has_prefix (name, "fr_CA") || g_str_has_prefix (name, "en_PH")))
    return PROV_PAPER_LETTER;
  return PROV_PAPER_A4;
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Lays the report out once into @output (NULL: discard); returns the page count, 0 on error. */
static guint
render (const ProvReport  *report,
        double             width,
        double             height,
        guint              n_pages,
        GByteArray        *output,
        GError           **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0 };

  surface = cairo_pdf_surface_create_for_stream (write_to_array, output, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Provenance " PACKAGE_VERSION);
  pdf.cr = cairo_create (surface);
  pdf.report = report;
  pdf.width = width;
  pdf.height = height;
  pdf.left = 21 * MM;
  pdf.right = width - 21 * MM;
  pdf.top = 20 * MM;
  pdf.bottom = height - 20 * MM;
  pdf.n_pages = n_pages;

  draw_report (&pdf);

  status = cairo_status (pdf.cr);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PROV_REPORT_ERROR, PROV_REPORT_ERROR_RENDER,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return 0;
    }
  return pdf.page;
}

GBytes *
prov_export_pdf (const ProvReport         *report,
                 const ProvReportOptions  *options,
                 GError                  **error)
{
  g_autoptr(GByteArray) output = NULL;
  ProvPaperSize paper;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  paper = options != NULL ? options->paper : PROV_PAPER_AUTO;
  if (paper == PROV_PAPER_AUTO)
    paper = locale_paper ();
  width = paper == PROV_PAPER_LETTER ? 612 : 210 * MM;
  height = paper == PROV_PAPER_LETTER ? 792 : 297 * MM;

  n_pages = render (report, width, height, 0, NULL, error);
  if (n_pages == 0)
    return NULL;
  output = g_byte_array_sized_new (64 * 1024);
  if (render (report, width, height, n_pages, output, error) == 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&output));
}
