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
#include "prov-report-pdf.h"

static void
draw_text (Pdf                      *pdf,
           const ProvReportDocument *document)
{
  g_autoptr(GArray) items = _prov_report_layout (document);
  g_autoptr(GArray) highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  TextStyle cue_style = body_style;
  Rich rich;

  cue_style.weight = PANGO_WEIGHT_BOLD;
  _prov_pdf_rich_init (&rich);
  for (guint i = 0; i <= items->len; i++)
    {
      const ProvReportItem *item = i < items->len ? &g_array_index (items, ProvReportItem, i)
                                                  : NULL;

      if (item == NULL || item->type == PROV_REPORT_ITEM_PARAGRAPH)
        {
          if (rich.text->len > 0)
            {
              g_autoptr(PangoLayout) layout = _prov_pdf_rich_layout (pdf, &rich,
                                                                     pdf->right - pdf->left);

              pango_layout_set_spacing (layout, 5.5 * PANGO_SCALE);
              _prov_pdf_draw_paragraph (pdf, layout, highlights);
              pdf->y += 9;
            }
          _prov_pdf_rich_clear (&rich);
          _prov_pdf_rich_init (&rich);
          g_array_set_size (highlights, 0);
          continue;
        }
      if (item->type == PROV_REPORT_ITEM_TEXT)
        {
          guint start = rich.text->len;

          _prov_pdf_rich_append (&rich, item->text, item->length,
                                 item->cue ? &cue_style : &body_style);
          if (item->claim != NULL)
            {
              Highlight hl = { start, rich.text->len, item->claim };

              g_array_append_val (highlights, hl);
            }
        }
      else if (item->type == PROV_REPORT_ITEM_BREAK)
        _prov_pdf_rich_append (&rich, "\n", 1, &body_style);
      else
        {
          g_autofree char *number = g_strdup_printf ("%u", item->claim->number);
          TextStyle marker = { SANS, 7, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                               _prov_report_kind_style (item->claim->kind)->ink, 3.8, 0 };

          if (i > 0 && g_array_index (items, ProvReportItem, i - 1).type == PROV_REPORT_ITEM_MARKER)
            _prov_pdf_rich_append (&rich, ",", 1, &marker);
          else
            /* A word joiner: the number never wraps away from the claim's last word. */
            _prov_pdf_rich_append (&rich, "\xe2\x81\xa0", -1, &marker);
          _prov_pdf_rich_append (&rich, number, -1, &marker);
        }
    }
  _prov_pdf_rich_clear (&rich);
}


/* ---- tables ---- */

/* Appends a small second line to a cell. */
static void
append_detail (Rich       *rich,
               const char *text)
{
  TextStyle detail_style = small_style;

  detail_style.size = 6.8;
  _prov_pdf_rich_append (rich, "\n", 1, &detail_style);
  _prov_pdf_rich_append (rich, text, -1, &detail_style);
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

  _prov_pdf_draw_heading (pdf, _("Claims"));
  if (document->claims->len == 0)
    {
      g_autoptr(PangoLayout) empty =
        _prov_pdf_simple_layout (pdf, _("No claims match this report’s filters."),
                                                    &small_style, width);

      _prov_pdf_draw_block (pdf, empty, 6);
      return;
    }

  _prov_pdf_begin_table (pdf, columns, headers, G_N_ELEMENTS (columns));
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
      cells[0] = _prov_pdf_simple_layout (pdf, number, &number_style, columns[0] - 2 * PAD);

      _prov_pdf_rich_init (&rich);
      _prov_pdf_rich_append (&rich, quote, -1, &quote_style);
      if (claim->tags[0] != NULL)
        {
          g_autofree char *tags = g_strjoinv (", ", claim->tags);
          g_autofree char *text = g_strdup_printf ("\n%s %s", _("Tags:"), tags);

          _prov_pdf_rich_append (&rich, text, -1, &tag_style);
        }
      if (claim->note != NULL && *claim->note != '\0')
        {
          g_autofree char *note = clip_text (claim->note, 1200);
          g_autofree char *text = g_strdup_printf ("\n%s", g_strstrip (note));

          _prov_pdf_rich_append (&rich, text, -1, &note_style);
        }
      cells[1] = _prov_pdf_rich_layout (pdf, &rich, columns[1] - 2 * PAD);
      _prov_pdf_rich_clear (&rich);

      cells[2] = _prov_pdf_simple_layout (pdf, prov_report_kind_get_label (claim->kind),
                                          &cell_style,
                                columns[2] - 2 * PAD);
      cells[3] = _prov_pdf_simple_layout (pdf, source != NULL ? source : "—", &cell_style,
                                columns[3] - 2 * PAD);

      _prov_pdf_rich_init (&rich);
      _prov_pdf_rich_append (&rich, rating, -1, &rating_style);
      _prov_pdf_rich_append (&rich, "\n", 1, &detail_style);
      _prov_pdf_rich_append (&rich, _prov_report_reliability_label (claim->reliability), -1,
                   &detail_style);
      _prov_pdf_rich_append (&rich, "\n", 1, &detail_style);
      _prov_pdf_rich_append (&rich, _prov_report_credibility_label (claim->credibility), -1,
                             &detail_style);
      cells[4] = _prov_pdf_rich_layout (pdf, &rich, columns[4] - 2 * PAD);
      _prov_pdf_rich_clear (&rich);

      _prov_pdf_rich_init (&rich);
      _prov_pdf_rich_append (&rich, prov_report_status_get_label (claim->status), -1, &cell_style);
      if (claim->suggestion == PROV_SUGGESTION_SUGGESTED)
        append_detail (&rich, _("suggestion"));
      else if (claim->suggestion == PROV_SUGGESTION_DISMISSED)
        append_detail (&rich, _("dismissed"));
      if (claim->start < 0)
        append_detail (&rich, _("not found in this version"));
      else if (claim->changed)
        append_detail (&rich, _("changed since"));
      cells[5] = _prov_pdf_rich_layout (pdf, &rich, columns[5] - 2 * PAD);
      _prov_pdf_rich_clear (&rich);

      _prov_pdf_draw_row (pdf, cells, 2, claim->kind);
    }
  _prov_pdf_end_table (pdf);
}

static void
draw_sources (Pdf *pdf)
{
  double width = pdf->right - pdf->left;
  const double columns[] = { width * 0.3, width * 0.16, width * 0.2, width * 0.1, width * 0.24 };
  const char *headers[] = { _("Source"), _("Type"), _("Reliability"), _("Claims"),
                            _("Also known as") };

  _prov_pdf_draw_heading (pdf, _("Sources"));
  if (pdf->report->sources->len == 0)
    {
      g_autoptr(PangoLayout) empty =
        _prov_pdf_simple_layout (pdf, _("No claim of this report is linked to a source."),
                                 &small_style,
                       width);

      _prov_pdf_draw_block (pdf, empty, 6);
      return;
    }
  _prov_pdf_begin_table (pdf, columns, headers, G_N_ELEMENTS (columns));
  for (guint s = 0; s < pdf->report->sources->len; s++)
    {
      const ProvReportSource *source = g_ptr_array_index (pdf->report->sources, s);
      g_autofree char *aliases = _prov_report_join_tags ((const char * const *) source->aliases);
      g_autofree char *letter = g_strdup_printf ("%c", source->reliability);
      g_autofree char *count = g_strdup_printf ("%u", source->n_claims);
      PangoLayout *cells[5];

      cells[0] = _prov_pdf_simple_layout (pdf, source->name, &cell_style, columns[0] - 2 * PAD);
      cells[1] = _prov_pdf_simple_layout (pdf, source->type, &cell_style, columns[1] - 2 * PAD);
      cells[2] = _prov_pdf_simple_layout (pdf, letter, &cell_style, columns[2] - 2 * PAD);
      cells[3] = _prov_pdf_simple_layout (pdf, count, &cell_style, columns[3] - 2 * PAD);
      cells[4] = _prov_pdf_simple_layout (pdf, aliases, &cell_style, columns[4] - 2 * PAD);
      _prov_pdf_draw_row (pdf, cells, -1, 0);
    }
  _prov_pdf_end_table (pdf);
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

  _prov_pdf_draw_heading (pdf, _("Sourcing profile"));
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
          _prov_pdf_set_color (pdf->cr, style->fill);
          cairo_rectangle (pdf->cr, x, pdf->y, w - 1.5, 8);
          cairo_fill (pdf->cr);
          _prov_pdf_set_color (pdf->cr, style->ink);
          cairo_rectangle (pdf->cr, x, pdf->y + 8, w - 1.5, 1.4);
          cairo_fill (pdf->cr);
          x += w;
        }
      pdf->y += 14;
    }
  text = _prov_pdf_simple_layout (pdf, summary, &cell_style, width);
  _prov_pdf_draw_block (pdf, text, 6);

  /* The legend: each kind as the text shows it. */
  x = pdf->left;
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      const ProvKindStyle *style = _prov_report_kind_style (k);
      g_autoptr(PangoLayout) label = _prov_pdf_simple_layout (pdf, prov_report_kind_get_label (k),
                                                    &cell_style, -1);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (label, NULL, &logical);
      if (x + logical.width + 8 > pdf->right)
        {
          x = pdf->left;
          pdf->y += logical.height + 6;
        }
      _prov_pdf_set_color (pdf->cr, style->fill);
      cairo_rectangle (pdf->cr, x, pdf->y - 0.5, logical.width + 6, logical.height + 1);
      cairo_fill (pdf->cr);
      _prov_pdf_draw_layout (pdf, label, x + 3, pdf->y);
      _prov_pdf_draw_underline (pdf->cr, style->line, style->ink, x, x + logical.width + 6,
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
  const TextStyle hash_style = { MONO, 7, REGULAR, INK, 0, 0 };
  double label_width = 58;

  label_style.weight = PANGO_WEIGHT_BOLD;
  for (guint f = 0; f < G_N_ELEMENTS (labels); f++)
    {
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) value = NULL;
      double height;

      if (values[f] == NULL || *values[f] == '\0')
        continue;
      label = _prov_pdf_simple_layout (pdf, labels[f], &label_style, label_width);
      value = _prov_pdf_simple_layout (pdf, values[f], f == 2 ? &hash_style : &cell_style,
                                       pdf->right - pdf->left - label_width);
      height = MAX (_prov_pdf_layout_height (label), _prov_pdf_layout_height (value));
      _prov_pdf_ensure_space (pdf, height);
      _prov_pdf_draw_layout (pdf, label, pdf->left, pdf->y);
      _prov_pdf_draw_layout (pdf, value, pdf->left + label_width, pdf->y);
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
  _prov_pdf_draw_heading (pdf, heading);
  for (guint n = 0; n < notes->len; n++)
    {
      g_autofree char *note = g_strstrip (g_strdup (g_ptr_array_index (notes, n)));
      g_autoptr(PangoLayout) layout = _prov_pdf_simple_layout (pdf, note, &note_style,
                                                     pdf->right - pdf->left - 10);
      double top;

      _prov_pdf_ensure_space (pdf, MIN (_prov_pdf_layout_height (layout), 40));
      top = pdf->y;
      pdf->left += 10;
      _prov_pdf_draw_paragraph (pdf, layout, NULL);
      pdf->left -= 10;
      if (pdf->y > top)
        {
          _prov_pdf_set_color (pdf->cr, RULE);
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
      g_autoptr(PangoLayout) title = _prov_pdf_simple_layout (pdf, label, &title_style, width);

      _prov_pdf_ensure_space (pdf, 120);
      _prov_pdf_draw_block (pdf, title, 3);
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
      layout = _prov_pdf_simple_layout (pdf, line, &meta_style, width);
      _prov_pdf_draw_block (pdf, layout, 5);
    }
  g_ptr_array_unref (meta);

  draw_facts (pdf, document);
  draw_profile (pdf, document);
  _prov_pdf_draw_heading (pdf, _("Text"));
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

  _prov_pdf_new_page (pdf);
  eyebrow = _prov_pdf_simple_layout (pdf, _("SOURCING REPORT"), &caps_style, width);
  _prov_pdf_draw_block (pdf, eyebrow, 4);
  title = _prov_pdf_simple_layout (pdf, report->title, &title_style, width);
  _prov_pdf_draw_block (pdf, title, 4);
  docs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                       report->documents->len), report->documents->len);
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims),
                            n_claims);
  summary = g_strdup_printf (_("%s · %s · generated %s"), docs, claims, generated);
  line_style.size = 8.5;
  line = _prov_pdf_simple_layout (pdf, summary, &line_style, width);
  _prov_pdf_draw_block (pdf, line, 6);
  _prov_pdf_draw_rule (pdf, pdf->y, 0.8, INK);
  _prov_pdf_draw_rule (pdf, pdf->y + 2.2, 0.8, INK);
  pdf->y += 14;

  for (guint d = 0; d < report->documents->len; d++)
    {
      if (d > 0)
        _prov_pdf_new_page (pdf);
      draw_document (pdf, g_ptr_array_index (report->documents, d));
    }
  draw_notes (pdf, _("Notes on the collection"), report->notes);
  draw_sources (pdf);

  key = _prov_pdf_simple_layout (pdf,
                                 _("Ratings follow the Admiralty system. Reliability of the "
                                   "source: A completely reliable, B usually reliable, C fairly "
                                   "reliable, D not usually reliable, E unreliable, F cannot be "
                                   "judged. Credibility of the information: 1 confirmed, "
                                   "2 probably true, 3 possibly true, 4 doubtful, 5 improbable, "
                                   "6 cannot be judged."),
                                 &small_style, width);
  pdf->y += 6;
  _prov_pdf_draw_block (pdf, key, 0);
  _prov_pdf_draw_footer (pdf);
  cairo_show_page (pdf->cr);
}

/* ---- paper and output ---- */

/* TRUE for the locales whose paper is US Letter. */
static gboolean
letter_locale (const char *name)
{
  static const char * const letter[] = { "en_US", "en_CA", "es_US", "es_MX", "fr_CA", "en_PH" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (letter); i++)
    if (g_str_has_prefix (name, letter[i]))
      return TRUE;
  return FALSE;
}

/* The paper of LC_PAPER: glibc's _NL_PAPER_WIDTH/HEIGHT when the program's locale is set (216 mm
 * wide is Letter), else the locale's name as the environment gives it, else A4. */
static ProvPaperSize
locale_paper (void)
{
  const char *name = NULL;
  const char *vars[] = { "LC_ALL", "LC_PAPER", "LANG" };

#ifdef LC_PAPER
  name = setlocale (LC_PAPER, NULL);
#endif
#if defined (__GLIBC__)
  if (name != NULL && strcmp (name, "C") != 0 && strcmp (name, "POSIX") != 0)
    {
      int width = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
      int height = (int) (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

      if (width > 0 && height > 0)
        return width == 216 ? PROV_PAPER_LETTER : PROV_PAPER_A4;
    }
#endif
  if (name != NULL && strcmp (name, "C") != 0 && strcmp (name, "POSIX") != 0)
    return letter_locale (name) ? PROV_PAPER_LETTER : PROV_PAPER_A4;

  /* The locale was not set (or is not installed): what the user asked for. */
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);

      if (value != NULL && *value != '\0')
        return letter_locale (value) ? PROV_PAPER_LETTER : PROV_PAPER_A4;
    }
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
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Provenance " PACKAGE_VERSION);
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
