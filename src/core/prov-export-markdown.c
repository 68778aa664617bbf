/* prov-export-markdown.c — the report as CommonMark with claim markers and footnotes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every string from an article, a note, a tag or a source is escaped (md_escape) so that it
 * reads as the same characters and never as markup: inline specials always, block markers
 * (#, >, -, +, =, "1.") at the start of a line, and no line starts indented (a code block).
 * Cues are bold, and each claim ends with a footnote reference [^N] whose footnote carries its
 * kind, source, rating, status, tags and note (footnotes are the GFM/Pandoc extension; plain
 * CommonMark shows them as text).
 */
#define G_LOG_DOMAIN "prov-export-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-export-markdown.h"
#include "prov-report-private.h"

/* Escapes @text (@length bytes or -1). @line_start tracks whether the next character begins a
 * line; @indent is written after each line break (footnote continuation). */
static void
md_escape (GString    *out,
           const char *text,
           gssize      length,
           gboolean   *line_start,
           const char *indent)
{
  const char *end;
  const char *p;

  if (text == NULL)
    return;
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  for (p = text; p < end; p++)
    {
      char c = *p;

      if (c == '\n')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          *line_start = TRUE;
          continue;
        }
      if (*line_start)
        {
          const char *q = p;

          /* No indented code blocks: drop the indentation. */
          if (c == ' ' || c == '\t' || c == '\r')
            continue;
          *line_start = FALSE;
          if (strchr ("-+=", c) != NULL)
            g_string_append_c (out, '\\');
          else if (g_ascii_isdigit (c))
            {
              while (q < end && g_ascii_isdigit (*q))
                q++;
              if (q < end && (*q == '.' || *q == ')'))
                {
                  g_string_append_len (out, p, q - p);
                  g_string_append_c (out, '\\');
                  p = q - 1;
                  continue;
                }
            }
        }
      if (strchr ("\\`*_[]<>&~|!#", c) != NULL)
        g_string_append_c (out, '\\');
      if ((guchar) c < 0x20 && c != '\t')
        g_string_append (out, "\xef\xbf\xbd");
      else
        g_string_append_c (out, c);
    }
}

/* Escapes a one-line string (line breaks become spaces). */
static void
md_inline (GString    *out,
           const char *text)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  gboolean line_start = FALSE;

  g_strdelimit (line, "\r\n", ' ');
  md_escape (out, line, -1, &line_start, "");
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* TRUE when **…** around @text is sure to parse as strong emphasis. */
static gboolean
can_embolden (const char *text,
              gsize       length)
{
  const char *last;

  if (length == 0)
    return FALSE;
  last = g_utf8_find_prev_char (text, text + length);
  return is_word_char (g_utf8_get_char (text)) && last != NULL &&
         is_word_char (g_utf8_get_char (last));
}

static char *
marker_label (const ProvReport      *report,
              guint                  doc_index,
              const ProvReportClaim *claim)
{
  if (report->documents->len > 1)
    return g_strdup_printf ("%u-%u", doc_index, claim->number);
  return g_strdup_printf ("%u", claim->number);
}

static void
append_text (GString                  *out,
             const ProvReport         *report,
             guint                     doc_index,
             const ProvReportDocument *document)
{
  g_autoptr(GArray) items = _prov_report_layout (document);
  gboolean line_start = TRUE;

  for (guint i = 0; i < items->len; i++)
    {
      const ProvReportItem *item = &g_array_index (items, ProvReportItem, i);

      switch (item->type)
        {
        case PROV_REPORT_ITEM_TEXT:
          if (item->cue && can_embolden (item->text, item->length))
            {
              g_string_append (out, "**");
              line_start = FALSE;
              md_escape (out, item->text, item->length, &line_start, "");
              g_string_append (out, "**");
            }
          else
            md_escape (out, item->text, item->length, &line_start, "");
          break;
        case PROV_REPORT_ITEM_MARKER:
          {
            g_autofree char *label = marker_label (report, doc_index, item->claim);

            g_string_append_printf (out, "[^%s]", label);
            line_start = FALSE;
          }
          break;
        case PROV_REPORT_ITEM_BREAK:
          g_string_append (out, "  \n");
          line_start = TRUE;
          break;
        case PROV_REPORT_ITEM_PARAGRAPH:
        default:
          g_string_append (out, "\n\n");
          line_start = TRUE;
          break;
        }
    }
  g_string_append (out, "\n\n");
}

static void
append_claim (GString               *out,
              const ProvReport      *report,
              guint                  doc_index,
              const ProvReportClaim *claim)
{
  g_autofree char *label = marker_label (report, doc_index, claim);
  g_autofree char *rating = prov_report_claim_dup_rating (claim);
  g_autofree char *quote = _prov_report_claim_quote_line (claim);
  const char *source = prov_report_claim_get_source (claim);
  gboolean line_start = FALSE;

  g_string_append_printf (out, "[^%s]: **", label);
  md_inline (out, prov_report_kind_get_label (claim->kind));
  g_string_append (out, "** · ");
  if (source != NULL)
    md_inline (out, source);
  else
    md_inline (out, _("no source"));
  g_string_append_printf (out, " · **%s** · ", rating);
  md_inline (out, prov_report_status_get_label (claim->status));
  if (claim->suggestion == PROV_SUGGESTION_SUGGESTED)
    {
      g_string_append (out, " · ");
      md_inline (out, _("suggestion"));
    }
  else if (claim->suggestion == PROV_SUGGESTION_DISMISSED)
    {
      g_string_append (out, " · ");
      md_inline (out, _("dismissed"));
    }
  if (claim->start < 0)
    {
      g_string_append (out, " · ");
      md_inline (out, _("not found in this version"));
    }
  /* The quote between quotation marks, unless it brings its own. */
  if (g_str_has_prefix (quote, "“") || g_str_has_prefix (quote, "\""))
    {
      g_string_append (out, "  \n    ");
      md_inline (out, quote);
    }
  else
    {
      g_string_append (out, "  \n    “");
      md_inline (out, quote);
      g_string_append (out, "”");
    }
  if (claim->tags[0] != NULL)
    {
      g_autofree char *tags = g_strjoinv (", ", claim->tags);

      g_string_append (out, "  \n    ");
      md_inline (out, _("Tags:"));
      g_string_append_c (out, ' ');
      md_inline (out, tags);
    }
  if (claim->note != NULL && *claim->note != '\0')
    {
      g_autofree char *note = g_strstrip (g_strdup (claim->note));

      g_string_append (out, "\n\n    ");
      line_start = TRUE;
      md_escape (out, note, -1, &line_start, "    ");
    }
  g_string_append (out, "\n\n");
}

static void
append_list_item (GString    *out,
                  const char *label,
                  const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append (out, "- ");
  md_inline (out, label);
  g_string_append (out, ": ");
  md_inline (out, value);
  g_string_append_c (out, '\n');
}

static void
append_notes (GString   *out,
              GPtrArray *notes)
{
  for (guint n = 0; n < notes->len; n++)
    {
      g_autofree char *note = g_strstrip (g_strdup (g_ptr_array_index (notes, n)));
      gboolean line_start = TRUE;

      g_string_append (out, "> ");
      md_escape (out, note, -1, &line_start, "> ");
      g_string_append (out, "\n\n");
    }
}

static void
append_document (GString                  *out,
                 const ProvReport         *report,
                 guint                     doc_index,
                 const ProvReportDocument *document)
{
  const char *label = prov_report_document_get_label (document);
  const char *level = report->documents->len > 1 ? "###" : "##";
  g_autofree char *fetched = _prov_report_format_time (document->fetched_at);
  g_autofree char *tags = _prov_report_join_tags ((const char * const *) document->tags);
  g_autofree char *profile = _prov_report_profile_text (&document->profile);
  g_autofree char *short_hash = g_strndup (document->content_hash != NULL ?
                                           document->content_hash : "", 12);
  const char *meta[] = { document->site, document->byline, document->published };
  gboolean first = TRUE;

  if (report->documents->len > 1 || g_strcmp0 (report->title, label) != 0)
    {
      g_string_append (out, "## ");
      md_inline (out, label);
      g_string_append (out, "\n\n");
    }
  for (guint m = 0; m < G_N_ELEMENTS (meta); m++)
    {
      if (meta[m] == NULL || *meta[m] == '\0')
        continue;
      g_string_append (out, first ? "*" : " · ");
      md_inline (out, meta[m]);
      first = FALSE;
    }
  if (!first)
    g_string_append (out, "*\n\n");

  if (document->uri != NULL && _prov_report_uri_is_web (document->uri))
    {
      g_string_append (out, "- ");
      md_inline (out, _("Address"));
      g_string_append_printf (out, ": <%s>\n", document->uri);
    }
  else
    append_list_item (out, _("Address"), document->uri);
  append_list_item (out, _("Fetched"), fetched);
  if (*short_hash != '\0' && strspn (short_hash, "0123456789abcdef") == strlen (short_hash))
    {
      g_string_append (out, "- ");
      md_inline (out, _("Version"));
      g_string_append_printf (out, ": `%s`\n", short_hash);
    }
  append_list_item (out, _("Collection"), document->collection);
  append_list_item (out, _("Tags"), tags);
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s ", level);
  md_inline (out, _("Sourcing profile"));
  g_string_append (out, "\n\n");
  md_inline (out, profile);
  g_string_append (out, "\n\n");

  g_string_append_printf (out, "%s ", level);
  md_inline (out, _("Text"));
  g_string_append (out, "\n\n");
  append_text (out, report, doc_index, document);

  g_string_append_printf (out, "%s ", level);
  md_inline (out, _("Claims"));
  g_string_append (out, "\n\n");
  if (document->claims->len == 0)
    {
      md_inline (out, _("No claims match this report’s filters."));
      g_string_append (out, "\n\n");
    }
  for (guint c = 0; c < document->claims->len; c++)
    append_claim (out, report, doc_index, g_ptr_array_index (document->claims, c));

  if (document->notes->len > 0)
    {
      g_string_append_printf (out, "%s ", level);
      md_inline (out, _("Notes"));
      g_string_append (out, "\n\n");
      append_notes (out, document->notes);
    }
}

GBytes *
prov_export_markdown (const ProvReport         *report,
                      const ProvReportOptions  *options,
                      GError                  **error)
{
  GString *out;
  g_autofree char *generated = NULL;
  g_autofree char *docs = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *line = NULL;
  guint n_claims;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_string_sized_new (32 * 1024);
  n_claims = prov_report_count_claims (report);
  generated = _prov_report_format_time (report->generated);
  docs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents",
                                       report->documents->len),
                          report->documents->len);
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n_claims),
                            n_claims);
  line = g_strdup_printf (_("Sourcing report · %s · %s · generated %s"), docs, claims,
                          generated);

  g_string_append (out, "# ");
  md_inline (out, report->title);
  g_string_append (out, "\n\n*");
  md_inline (out, line);
  g_string_append (out, "*\n\n");

  for (guint d = 0; d < report->documents->len; d++)
    append_document (out, report, d + 1, g_ptr_array_index (report->documents, d));

  if (report->notes->len > 0)
    {
      g_string_append (out, "## ");
      md_inline (out, _("Notes"));
      g_string_append (out, "\n\n");
      append_notes (out, report->notes);
    }

  g_string_append (out, "## ");
  md_inline (out, _("Sources"));
  g_string_append (out, "\n\n");
  if (report->sources->len == 0)
    {
      md_inline (out, _("No claim of this report is linked to a source."));
      g_string_append (out, "\n");
    }
  for (guint s = 0; s < report->sources->len; s++)
    {
      const ProvReportSource *source = g_ptr_array_index (report->sources, s);
      g_autofree char *details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%s, reliability %c, %u claim",
                                                               "%s, reliability %c, %u claims",
                                                               source->n_claims),
                                                  source->type, source->reliability,
                                                  source->n_claims);

      g_string_append (out, "- **");
      md_inline (out, source->name);
      g_string_append (out, "** — ");
      md_inline (out, details);
      if (source->aliases[0] != NULL)
        {
          g_autofree char *aliases = g_strjoinv (", ", source->aliases);

          g_string_append (out, "; ");
          md_inline (out, _("also known as"));
          g_string_append_c (out, ' ');
          md_inline (out, aliases);
        }
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "\n---\n\n");
  md_inline (out, _("Ratings follow the Admiralty system: source reliability A (completely "
                    "reliable) to F (cannot be judged), information credibility 1 (confirmed) "
                    "to 6 (cannot be judged)."));
  g_string_append_c (out, '\n');

  (void) options;
  return g_string_free_to_bytes (out);
}
