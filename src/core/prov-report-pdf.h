/* prov-report-pdf.h — drawing helpers of the PDF report: rich text, rules, pages, tables
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "prov-report-private.h"

G_BEGIN_DECLS

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

#define REGULAR PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL

/* The report's text styles. */
static const TextStyle body_style = { SERIF, 11, REGULAR, INK, 0, 0 };
static const TextStyle small_style = { SANS, 8, REGULAR, MUTED, 0, 0 };
static const TextStyle cell_style = { SANS, 8.2, REGULAR, INK, 0, 0 };
static const TextStyle quote_style = { SERIF, 9.2, REGULAR, INK, 0, 0 };
static const TextStyle caps_style = { SANS, 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, MUTED, 0,
                                      0 };

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
  const double     *columns; /* the table being drawn, to repeat its header */
  const char      **headers;
  guint             n_columns;
} Pdf;

#define PAD 3.5

/* Sets the source colour 0xRRGGBB. */
void _prov_pdf_set_color (cairo_t *cr,
                          guint32  rgb);
/* Starts empty rich text. */
void _prov_pdf_rich_init (Rich *rich);
/* Frees rich text. */
void _prov_pdf_rich_clear (Rich *rich);
/* Appends @text (@length bytes or -1) in @style; control characters become spaces. */
void _prov_pdf_rich_append (Rich            *rich,
                            const char      *text,
                            gssize           length,
                            const TextStyle *style);
/* Lays out rich text @width points wide (no hyphens inserted). */
PangoLayout *_prov_pdf_rich_layout (Pdf    *pdf,
                                    Rich   *rich,
                                    double  width);
/* Lays out @text in @style, @width points wide. */
PangoLayout *_prov_pdf_simple_layout (Pdf             *pdf,
                                      const char      *text,
                                      const TextStyle *style,
                                      double           width);
/* Returns the height of @layout in points. */
double _prov_pdf_layout_height (PangoLayout *layout);
/* Draws an underline of @line style from @x0 to @x1 at @y. */
void _prov_pdf_draw_underline (cairo_t       *cr,
                               ProvLineStyle  line,
                               guint32        ink,
                               double         x0,
                               double         x1,
                               double         y);
/* Draws a horizontal rule across the text box at @y. */
void _prov_pdf_draw_rule (Pdf     *pdf,
                          double   y,
                          double   width,
                          guint32  color);
/* Draws @layout with its top left at (@x, @y). */
void _prov_pdf_draw_layout (Pdf         *pdf,
                            PangoLayout *layout,
                            double       x,
                            double       y);
/* Draws the page footer (report, date, "Page N of M"). */
void _prov_pdf_draw_footer (Pdf *pdf);
/* Ends the page (footer) and starts the next (running head, table header). */
void _prov_pdf_new_page (Pdf *pdf);
/* Starts a new page unless @height points fit below the current position. */
void _prov_pdf_ensure_space (Pdf    *pdf,
                             double  height);
/* Draws @layout at the current position, on a new page if it does not fit. */
void _prov_pdf_draw_block (Pdf         *pdf,
                           PangoLayout *layout,
                           double       space_after);
/* Draws a section heading in small capitals with a rule, kept with what follows. */
void _prov_pdf_draw_heading (Pdf        *pdf,
                             const char *text);
/* Draws a paragraph line by line, breaking pages between lines, with its highlights. */
void _prov_pdf_draw_paragraph (Pdf         *pdf,
                               PangoLayout *layout,
                               GArray      *highlights);
/* Starts a table: its header now and on each new page until _prov_pdf_end_table (). */
void _prov_pdf_begin_table (Pdf           *pdf,
                            const double  *columns,
                            const char   **headers,
                            guint          n_columns);
/* Ends the table. */
void _prov_pdf_end_table (Pdf *pdf);
/* Draws one row of cells (taken); the cell @kind_column shows @kind as a swatch. */
void _prov_pdf_draw_row (Pdf          *pdf,
                         PangoLayout **cells,
                         int           kind_column,
                         ProvKind      kind);

G_END_DECLS
