/* prov-export-html.c — the report as one self-contained HTML file
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No script, no external resource: the CSS is inline and a Content-Security-Policy forbids
 * everything else. Every string that comes from an article, a note, a tag or a source goes
 * through append_escaped (), and only http(s) URIs become links.
 */
#define G_LOG_DOMAIN "prov-export-html"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-export-html.h"
#include "prov-report-private.h"

static const char stylesheet[] =
  ":root{--ink:#1f2328;--muted:#59636e;--rule:#d8dce0;--paper:#fff}\n"
  "*{box-sizing:border-box}\n"
  "html{background:#eeece8}\n"
  "body{margin:0 auto;max-width:56rem;padding:2.5rem 3.25rem 3rem;background:var(--paper);"
  "color:var(--ink);font:17px/1.65 Georgia,'DejaVu Serif','Liberation Serif',serif}\n"
  ".sans,.eyebrow,.meta,.facts,.profile,.legend,table,.generated,footer,h2,h3,sup.marker{"
  "font-family:system-ui,'DejaVu Sans','Liberation Sans',sans-serif}\n"
  ".eyebrow{font-size:.72rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase;"
  "color:var(--muted);margin:0}\n"
  "header.report{border-bottom:3px double var(--ink);padding-bottom:.9rem;margin-bottom:1.6rem}\n"
  "h1{font-size:2rem;line-height:1.2;margin:.35rem 0 .4rem;font-weight:700}\n"
  "h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .3rem}\n"
  "h3{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);"
  "border-bottom:1px solid var(--rule);padding-bottom:.25rem;margin:2rem 0 .8rem}\n"
  ".generated,.meta{font-size:.85rem;color:var(--muted);margin:.2rem 0}\n"
  ".facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.8rem;"
  "margin:.8rem 0;color:var(--muted)}\n"
  ".facts dt{font-weight:600}.facts dd{margin:0;overflow-wrap:anywhere;color:var(--ink)}\n"
  ".hash{font-family:'DejaVu Sans Mono',monospace;font-size:.75rem}\n"
  ".profile{margin:1rem 0 .4rem;font-size:.85rem}\n"
  ".bar{display:flex;height:.7rem;border-radius:.35rem;overflow:hidden;background:var(--rule);"
  "margin:.35rem 0}\n"
  ".bar span{display:block;background:var(--fill);border-bottom:3px solid var(--kink);"
  "border-right:2px solid var(--paper)}\n"
  ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;font-size:.8rem;margin:.6rem 0 1rem;"
  "padding:0;list-style:none}\n"
  ".k-named{--fill:#cfe2ff;--kink:#1a56b0;--line:solid}\n"
  ".k-anonymous{--fill:#ffd8d2;--kink:#b0281a;--line:dashed}\n"
  ".k-hearsay{--fill:#ffe7a1;--kink:#875400;--line:dotted}\n"
  ".k-hedge{--fill:#e5dcff;--kink:#5a3bc2;--line:wavy}\n"
  ".k-quote{--fill:#ccebd0;--kink:#1c7332;--line:double}\n"
  ".hl,.swatch,.kind{background:var(--fill);color:inherit;text-decoration-line:underline;"
  "text-decoration-style:var(--line);text-decoration-color:var(--kink);"
  "text-decoration-thickness:2px;text-underline-offset:.22em;border-radius:2px;"
  "-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
  ".k-quote.hl,.k-quote.swatch,.k-quote.kind{text-decoration-thickness:1px}\n"
  ".swatch{padding:0 .35em}\n"
  ".hl.cue{font-weight:700}\n"
  ".text p{margin:0 0 1em;hyphens:auto}\n"
  "sup.marker{font-size:.62rem;font-weight:700;line-height:0;margin-left:.1em}\n"
  "sup.marker a{color:var(--kink);text-decoration:none;border:1px solid var(--kink);"
  "border-radius:.7em;padding:0 .3em;background:var(--paper)}\n"
  "table{border-collapse:collapse;width:100%;font-size:.82rem;line-height:1.45}\n"
  "th{text-align:left;font-size:.7rem;letter-spacing:.06em;text-transform:uppercase;"
  "color:var(--muted);border-bottom:2px solid var(--ink);padding:.3rem .45rem}\n"
  "td{border-bottom:1px solid var(--rule);padding:.5rem .45rem;vertical-align:top}\n"
  "td.num{font-weight:700;white-space:nowrap}td.num a{color:var(--kink);text-decoration:none}\n"
  "table.claims{table-layout:fixed}\n"
  ".c-num{width:4%}.c-kind{width:15%}.c-source{width:16%}.c-rating{width:14%}"
  ".c-status{width:12%}\n"
  ".kind{white-space:nowrap;padding:0 .35em}\n"
  ".rating{font:700 1rem 'DejaVu Sans Mono',monospace}\n"
  ".small{display:block;font-size:.7rem;color:var(--muted)}\n"
  ".tag{display:inline-block;border:1px solid var(--rule);border-radius:.8em;padding:0 .5em;"
  "margin:.3rem .25rem 0 0;font-size:.72rem}\n"
  ".cnote{margin:.35rem 0 0;padding-left:.6rem;border-left:3px solid var(--rule);"
  "white-space:pre-wrap;font-style:italic}\n"
  "tr.dismissed td{color:var(--muted);text-decoration:line-through}\n"
  ".note{white-space:pre-wrap;border-left:3px solid var(--rule);padding:.1rem 0 .1rem .9rem;"
  "margin:0 0 1rem}\n"
  ".empty{color:var(--muted);font-style:italic}\n"
  "footer{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:.7rem;font-size:.72rem;"
  "color:var(--muted)}\n"
  "a{color:#1a56b0}\n"
  "@page{margin:16mm 15mm}\n"
  "@media print{html{background:none}body{max-width:none;padding:0;font-size:10.5pt}"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit}"
  "tr,.note{break-inside:avoid}h2,h3{break-after:avoid}"
  "article+article{break-before:page}thead{display:table-header-group}"
  ".kind{white-space:normal}table{font-size:8pt}}\n";

/* Appends @text (@length bytes, or -1) with the five HTML specials escaped and C0 controls,
 * which HTML forbids, replaced. Valid for text and for quoted attribute values. */
static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  const char *end;

  if (text == NULL)
    return;
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        case '\n':
        case '\t':
        case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            g_string_append (out, "\xef\xbf\xbd");
          else
            g_string_append_c (out, *p);
          break;
        }
    }
}

static void
append_element (GString    *out,
                const char *tag,
                const char *klass,
                const char *text)
{
  g_string_append_printf (out, "<%s", tag);
  if (klass != NULL)
    g_string_append_printf (out, " class=\"%s\"", klass);
  g_string_append_c (out, '>');
  append_escaped (out, text, -1);
  g_string_append_printf (out, "</%s>", tag);
}

static void
append_link_or_text (GString    *out,
                     const char *uri)
{
  if (_prov_report_uri_is_web (uri))
    {
      g_string_append (out, "<a href=\"");
      append_escaped (out, uri, -1);
      g_string_append (out, "\" rel=\"noreferrer noopener\">");
      append_escaped (out, uri, -1);
      g_string_append (out, "</a>");
    }
  else
    append_escaped (out, uri, -1);
}

/* Appends a Markdown note as escaped paragraphs (shown as written, never interpreted). */
static void
append_note (GString    *out,
             const char *klass,
             const char *markdown)
{
  g_autofree char *copy = g_strstrip (g_strdup (markdown));

  g_string_append_printf (out, "<div class=\"%s\">", klass);
  append_escaped (out, copy, -1);
  g_string_append (out, "</div>\n");
}

static void
append_fact (GString    *out,
             const char *label,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  append_element (out, "dt", NULL, label);
  append_element (out, "dd", NULL, value);
}

static void
append_profile (GString                  *out,
                const ProvReportDocument *document)
{
  g_autofree char *summary = _prov_report_profile_text (&document->profile);
  guint total = 0;

  for (guint k = 0; k < PROV_N_KINDS; k++)
    total += document->profile.counts[k];

  g_string_append (out, "<section class=\"profile\">");
  append_element (out, "h3", NULL, _("Sourcing profile"));
  if (total > 0)
    {
      g_string_append (out, "<div class=\"bar\" role=\"img\" aria-label=\"");
      append_escaped (out, summary, -1);
      g_string_append (out, "\">");
      for (guint k = 0; k < PROV_N_KINDS; k++)
        {
          if (document->profile.counts[k] == 0)
            continue;
          g_string_append_printf (out, "<span class=\"%s\" style=\"flex:%u\"></span>",
                                  _prov_report_kind_style (k)->css_class,
                                  document->profile.counts[k]);
        }
      g_string_append (out, "</div>");
    }
  append_element (out, "p", NULL, summary);
  g_string_append (out, "<ul class=\"legend\">");
  for (guint k = 0; k < PROV_N_KINDS; k++)
    {
      g_autofree char *klass = g_strdup_printf ("swatch %s",
                                                _prov_report_kind_style (k)->css_class);

      g_string_append (out, "<li>");
      append_element (out, "span", klass, prov_report_kind_get_label (k));
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul></section>\n");
}

static void
append_text (GString                  *out,
             guint                     doc_index,
             const ProvReportDocument *document)
{
  g_autoptr(GArray) items = _prov_report_layout (document);
  gboolean open = FALSE;
  gboolean after_marker = FALSE;

  g_string_append (out, "<section class=\"text\">");
  append_element (out, "h3", NULL, _("Text"));
  for (guint i = 0; i < items->len; i++)
    {
      const ProvReportItem *item = &g_array_index (items, ProvReportItem, i);

      if (!open && item->type != PROV_REPORT_ITEM_PARAGRAPH)
        {
          g_string_append (out, "<p>");
          open = TRUE;
        }
      switch (item->type)
        {
        case PROV_REPORT_ITEM_TEXT:
          if (item->claim != NULL)
            {
              g_string_append_printf (out, "<mark class=\"hl %s%s\">",
                                      _prov_report_kind_style (item->claim->kind)->css_class,
                                      item->cue ? " cue" : "");
              append_escaped (out, item->text, item->length);
              g_string_append (out, "</mark>");
            }
          else
            append_escaped (out, item->text, item->length);
          after_marker = FALSE;
          break;
        case PROV_REPORT_ITEM_MARKER:
          g_string_append_printf (out,
                                  "<sup class=\"marker %s\">%s<a id=\"d%u-ref-%u\" "
                                  "href=\"#d%u-claim-%u\">%u</a></sup>",
                                  _prov_report_kind_style (item->claim->kind)->css_class,
                                  after_marker ? "\xe2\x80\x89" : "",
                                  doc_index, item->claim->number,
                                  doc_index, item->claim->number, item->claim->number);
          after_marker = TRUE;
          break;
        case PROV_REPORT_ITEM_BREAK:
          g_string_append (out, "<br>\n");
          after_marker = FALSE;
          break;
        case PROV_REPORT_ITEM_PARAGRAPH:
        default:
          if (open)
            g_string_append (out, "</p>\n");
          open = FALSE;
          after_marker = FALSE;
          break;
        }
    }
  if (open)
    g_string_append (out, "</p>\n");
  g_string_append (out, "</section>\n");
}

static void
append_claim_row (GString               *out,
                  guint                  doc_index,
                  const ProvReportClaim *claim)
{
  const ProvKindStyle *style = _prov_report_kind_style (claim->kind);
  g_autofree char *rating = prov_report_claim_dup_rating (claim);
  g_autofree char *quote = _prov_report_claim_quote_line (claim);
  g_autofree char *kind_class = g_strdup_printf ("kind %s", style->css_class);
  const char *source = prov_report_claim_get_source (claim);
  gboolean placed = claim->start >= 0;

  g_string_append_printf (out, "<tr id=\"d%u-claim-%u\" class=\"%s%s\">", doc_index,
                          claim->number, style->css_class,
                          claim->suggestion == PROV_SUGGESTION_DISMISSED ? " dismissed" : "");
  if (placed)
    g_string_append_printf (out,
                            "<td class=\"num\"><a href=\"#d%u-ref-%u\" title=\"%s\">%u</a></td>",
                            doc_index, claim->number, _("Show in the text"), claim->number);
  else
    g_string_append_printf (out, "<td class=\"num\">%u</td>", claim->number);

  g_string_append (out, "<td class=\"quote\">");
  append_escaped (out, quote, -1);
  for (guint t = 0; claim->tags[t] != NULL; t++)
    append_element (out, "span", "tag", claim->tags[t]);
  if (claim->note != NULL && *claim->note != '\0')
    append_note (out, "cnote", claim->note);
  g_string_append (out, "</td><td>");
  append_element (out, "span", kind_class, prov_report_kind_get_label (claim->kind));
  g_string_append (out, "</td><td>");
  if (source != NULL)
    append_escaped (out, source, -1);
  else
    append_element (out, "span", "empty", _("none"));
  if (claim->source_name != NULL && claim->source_text != NULL &&
      g_utf8_collate (claim->source_name, claim->source_text) != 0)
    {
      g_autofree char *as = g_strdup_printf (_("as “%s”"), claim->source_text);

      append_element (out, "span", "small", as);
    }
  g_string_append (out, "</td><td>");
  append_element (out, "span", "rating", rating);
  append_element (out, "span", "small", _prov_report_reliability_label (claim->reliability));
  append_element (out, "span", "small", _prov_report_credibility_label (claim->credibility));
  g_string_append (out, "</td><td>");
  append_escaped (out, prov_report_status_get_label (claim->status), -1);
  if (claim->suggestion == PROV_SUGGESTION_SUGGESTED)
    append_element (out, "span", "small", _("suggestion, not yet accepted"));
  else if (claim->suggestion == PROV_SUGGESTION_DISMISSED)
    append_element (out, "span", "small", _("dismissed suggestion"));
  if (!placed)
    append_element (out, "span", "small", _("not found in this version"));
  else if (claim->changed)
    append_element (out, "span", "small", _("changed since it was made"));
  g_string_append (out, "</td></tr>\n");
}

static void
append_claims (GString                  *out,
               guint                     doc_index,
               const ProvReportDocument *document)
{
  g_string_append (out, "<section class=\"claims\">");
  append_element (out, "h3", NULL, _("Claims"));
  if (document->claims->len == 0)
    {
      append_element (out, "p", "empty", _("No claims match this report’s filters."));
      g_string_append (out, "</section>\n");
      return;
    }
  g_string_append (out, "<table class=\"claims\"><thead><tr>");
  append_element (out, "th", "c-num", "#");
  append_element (out, "th", NULL, _("Claim"));
  append_element (out, "th", "c-kind", _("Kind"));
  append_element (out, "th", "c-source", _("Source"));
  append_element (out, "th", "c-rating", _("Rating"));
  append_element (out, "th", "c-status", _("Status"));
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint c = 0; c < document->claims->len; c++)
    append_claim_row (out, doc_index, g_ptr_array_index (document->claims, c));
  g_string_append (out, "</tbody></table></section>\n");
}

static void
append_document (GString                  *out,
                 const ProvReport         *report,
                 guint                     doc_index,
                 const ProvReportDocument *document)
{
  const char *label = prov_report_document_get_label (document);
  g_autofree char *fetched = _prov_report_format_time (document->fetched_at);
  g_autofree char *tags = _prov_report_join_tags ((const char * const *) document->tags);
  g_autofree char *short_hash = g_strndup (document->content_hash != NULL ?
                                           document->content_hash : "", 12);
  g_autoptr(GPtrArray) meta = g_ptr_array_new_with_free_func (g_free);

  g_string_append_printf (out, "<article class=\"document\" id=\"doc-%u\">\n", doc_index);
  if (report->documents->len > 1 || g_strcmp0 (report->title, label) != 0)
    append_element (out, "h2", NULL, label);

  if (document->site != NULL && *document->site != '\0')
    g_ptr_array_add (meta, g_strdup (document->site));
  if (document->byline != NULL && *document->byline != '\0')
    g_ptr_array_add (meta, g_strdup (document->byline));
  if (document->published != NULL && *document->published != '\0')
    g_ptr_array_add (meta, g_strdup (document->published));
  if (meta->len > 0)
    {
      g_autofree char *line = NULL;

      g_ptr_array_add (meta, NULL);
      line = g_strjoinv (" · ", (char **) meta->pdata);
      append_element (out, "p", "meta", line);
    }

  g_string_append (out, "<dl class=\"facts\">");
  if (document->uri != NULL)
    {
      append_element (out, "dt", NULL, _("Address"));
      g_string_append (out, "<dd>");
      append_link_or_text (out, document->uri);
      g_string_append (out, "</dd>");
    }
  append_fact (out, _("Fetched"), fetched);
  if (*short_hash != '\0')
    {
      append_element (out, "dt", NULL, _("Version"));
      g_string_append (out, "<dd><span class=\"hash\" title=\"");
      append_escaped (out, document->content_hash, -1);
      g_string_append (out, "\">");
      append_escaped (out, short_hash, -1);
      g_string_append (out, "</span></dd>");
    }
  append_fact (out, _("Collection"), document->collection);
  append_fact (out, _("Tags"), tags);
  g_string_append (out, "</dl>\n");

  append_profile (out, document);
  append_text (out, doc_index, document);
  append_claims (out, doc_index, document);

  if (document->notes->len > 0)
    {
      g_string_append (out, "<section class=\"notes\">");
      append_element (out, "h3", NULL, _("Notes"));
      for (guint n = 0; n < document->notes->len; n++)
        append_note (out, "note", g_ptr_array_index (document->notes, n));
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</article>\n");
}

static void
append_sources (GString          *out,
                const ProvReport *report)
{
  g_string_append (out, "<section class=\"sources\">");
  append_element (out, "h2", NULL, _("Sources"));
  if (report->sources->len == 0)
    {
      append_element (out, "p", "empty", _("No claim of this report is linked to a source."));
      g_string_append (out, "</section>\n");
      return;
    }
  g_string_append (out, "<table><thead><tr>");
  append_element (out, "th", NULL, _("Source"));
  append_element (out, "th", NULL, _("Type"));
  append_element (out, "th", NULL, _("Reliability"));
  append_element (out, "th", NULL, _("Claims"));
  append_element (out, "th", NULL, _("Also known as"));
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint s = 0; s < report->sources->len; s++)
    {
      const ProvReportSource *source = g_ptr_array_index (report->sources, s);
      g_autofree char *aliases = _prov_report_join_tags ((const char * const *) source->aliases);
      char letter[2] = { source->reliability, '\0' };

      g_string_append (out, "<tr>");
      append_element (out, "td", NULL, source->name);
      append_element (out, "td", NULL, source->type);
      g_string_append (out, "<td>");
      append_element (out, "span", "rating", letter);
      append_element (out, "span", "small", _prov_report_reliability_label (source->reliability));
      g_string_append_printf (out, "</td><td>%u</td>", source->n_claims);
      append_element (out, "td", NULL, aliases);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table></section>\n");
}

GBytes *
prov_export_html (const ProvReport         *report,
                  const ProvReportOptions  *options,
                  GError                  **error)
{
  GString *out = g_string_sized_new (64 * 1024);
  g_autofree char *generated = _prov_report_format_time (report->generated);
  g_autofree char *made = NULL;
  const char *lang = "en";
  guint n_claims;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_claims = prov_report_count_claims (report);
  if (report->documents->len == 1)
    {
      const ProvReportDocument *document = g_ptr_array_index (report->documents, 0);

      if (document->language != NULL && g_regex_match_simple ("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
                                                              document->language, 0, 0))
        lang = document->language;
    }

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, lang, -1);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" "
                        "content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                        "form-action 'none'\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Provenance " PACKAGE_VERSION "\">\n"
                        "<title>");
  append_escaped (out, report->title, -1);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, stylesheet);
  g_string_append (out, "</style>\n</head>\n<body>\n<header class=\"report\">");
  append_element (out, "p", "eyebrow", _("Sourcing report"));
  append_element (out, "h1", NULL, report->title);
  {
    g_autofree char *docs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document",
                                                          "%u documents",
                                                          report->documents->len),
                                             report->documents->len);
    g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim",
                                                            "%u claims", n_claims),
                                               n_claims);
    g_autofree char *line = g_strdup_printf (_("%s · %s · generated %s"), docs, claims,
                                             generated);

    append_element (out, "p", "generated", line);
  }
  g_string_append (out, "</header>\n<main>\n");

  for (guint d = 0; d < report->documents->len; d++)
    append_document (out, report, d + 1, g_ptr_array_index (report->documents, d));

  if (report->notes->len > 0)
    {
      g_string_append (out, "<section class=\"notes\">");
      append_element (out, "h2", NULL, _("Notes"));
      for (guint n = 0; n < report->notes->len; n++)
        append_note (out, "note", g_ptr_array_index (report->notes, n));
      g_string_append (out, "</section>\n");
    }
  append_sources (out, report);

  g_string_append (out, "</main>\n<footer>");
  append_escaped (out, _("Ratings follow the Admiralty system. Reliability of the source: "
                         "A completely reliable, B usually reliable, C fairly reliable, "
                         "D not usually reliable, E unreliable, F cannot be judged. "
                         "Credibility of the information: 1 confirmed, 2 probably true, "
                         "3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."), -1);
  g_string_append (out, "<br>");
  made = g_strdup_printf (_("Made with Provenance %s."), PACKAGE_VERSION);
  append_escaped (out, made, -1);
  g_string_append (out, "</footer>\n</body>\n</html>\n");

  (void) options;
  return g_string_free_to_bytes (out);
}
