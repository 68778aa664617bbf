/* prov-report.c — an annotated report: documents, their claims, sources and notes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "prov-report.h"

G_DEFINE_QUARK (prov-report-error-quark, prov_report_error)

static const char * const format_names[PROV_N_REPORT_FORMATS] = {
  "html", "md", "pdf", "csv", "jsonld",
};

static const char * const format_mime_types[PROV_N_REPORT_FORMATS] = {
  "text/html", "text/markdown", "application/pdf", "text/csv", "application/ld+json",
};

static const char * const role_names[] = {
  "cue", "source", "content", "highlight",
};

void
prov_report_options_init (ProvReportOptions *options)
{
  const ProvReportOptions defaults = PROV_REPORT_OPTIONS_INIT;

  g_return_if_fail (options != NULL);

  *options = defaults;
}

gboolean
prov_report_options_match (const ProvReportOptions *options,
                           const ProvReportClaim   *claim)
{
  g_return_val_if_fail (claim != NULL, FALSE);

  if (options == NULL)
    return claim->suggestion != PROV_SUGGESTION_DISMISSED;
  if (!options->include_dismissed && claim->suggestion == PROV_SUGGESTION_DISMISSED)
    return FALSE;
  if (options->statuses != 0 && (options->statuses & (1u << claim->status)) == 0)
    return FALSE;
  if (options->kinds != 0 && (options->kinds & (1u << claim->kind)) == 0)
    return FALSE;
  return TRUE;
}

const char *
prov_report_format_to_string (ProvReportFormat format)
{
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);

  return format_names[format];
}

gboolean
prov_report_format_from_string (const char       *name,
                                ProvReportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < PROV_N_REPORT_FORMATS; i++)
    {
      if (g_ascii_strcasecmp (name, format_names[i]) == 0)
        {
          *format = (ProvReportFormat) i;
          return TRUE;
        }
    }
  if (g_ascii_strcasecmp (name, "markdown") == 0)
    *format = PROV_REPORT_FORMAT_MARKDOWN;
  else if (g_ascii_strcasecmp (name, "json-ld") == 0 || g_ascii_strcasecmp (name, "json") == 0)
    *format = PROV_REPORT_FORMAT_JSONLD;
  else if (g_ascii_strcasecmp (name, "htm") == 0)
    *format = PROV_REPORT_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}

const char *
prov_report_format_get_extension (ProvReportFormat format)
{
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);

  return format_names[format];
}

const char *
prov_report_format_get_mime_type (ProvReportFormat format)
{
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);

  return format_mime_types[format];
}

const char *
prov_report_format_get_label (ProvReportFormat format)
{
  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);

  switch (format)
    {
    case PROV_REPORT_FORMAT_HTML:
      return _("HTML");
    case PROV_REPORT_FORMAT_MARKDOWN:
      return _("Markdown");
    case PROV_REPORT_FORMAT_PDF:
      return _("PDF");
    case PROV_REPORT_FORMAT_CSV:
      return _("CSV (claims)");
    case PROV_REPORT_FORMAT_JSONLD:
      return _("Web Annotations (JSON-LD)");
    case PROV_N_REPORT_FORMATS:
    default:
      break;
    }
  g_assert_not_reached ();
}

char *
prov_report_dup_file_name (const char       *title,
                           ProvReportFormat  format)
{
  g_autofree char *ascii = NULL;
  GString *name = g_string_new (NULL);

  g_return_val_if_fail (format < PROV_N_REPORT_FORMATS, NULL);

  /* Accents dropped ("é" → "e"), anything else not a letter or digit becomes one dash. */
  ascii = g_str_to_ascii (title != NULL ? title : "", "C");
  for (const char *p = ascii; *p != '\0' && name->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, g_ascii_tolower (*p));
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_append (name, "report");
  g_string_append_printf (name, ".%s", format_names[format]);
  return g_string_free (name, FALSE);
}

const char *
prov_report_kind_get_label (ProvKind kind)
{
  g_return_val_if_fail (kind < PROV_N_KINDS, NULL);

  switch (kind)
    {
    case PROV_KIND_NAMED:
      return _("Named source");
    case PROV_KIND_ANONYMOUS:
      return _("Anonymous source");
    case PROV_KIND_HEARSAY:
      return _("Hearsay");
    case PROV_KIND_HEDGE:
      return _("Hedge");
    case PROV_KIND_QUOTE:
      return _("Quote");
    case PROV_N_KINDS:
    default:
      break;
    }
  g_assert_not_reached ();
}

const char *
prov_report_status_get_label (ProvReviewStatus status)
{
  g_return_val_if_fail (status < PROV_N_REVIEW_STATUSES, NULL);

  switch (status)
    {
    case PROV_REVIEW_UNREVIEWED:
      return _("unreviewed");
    case PROV_REVIEW_IN_PROGRESS:
      return _("in progress");
    case PROV_REVIEW_VERIFIED:
      return _("verified");
    case PROV_REVIEW_FALSE:
      return _("false");
    case PROV_REVIEW_INCONCLUSIVE:
      return _("inconclusive");
    case PROV_N_REVIEW_STATUSES:
    default:
      break;
    }
  g_assert_not_reached ();
}

gboolean
prov_report_role_from_string (const char *name,
                              ProvRole   *role)
{
  g_return_val_if_fail (role != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (role_names); i++)
    {
      if (strcmp (name, role_names[i]) == 0)
        {
          *role = (ProvRole) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- the report ---- */

ProvReport *
prov_report_new (const char *title)
{
  ProvReport *report = g_new0 (ProvReport, 1);

  report->title = g_strdup (title);
  report->generated = g_get_real_time () / G_USEC_PER_SEC;
  report->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_report_document_free);
  report->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_report_source_free);
  report->notes = g_ptr_array_new_with_free_func (g_free);

  return report;
}

void
prov_report_free (ProvReport *report)
{
  if (report == NULL)
    return;

  g_free (report->title);
  g_free (report->collection);
  g_ptr_array_unref (report->documents);
  g_ptr_array_unref (report->sources);
  g_ptr_array_unref (report->notes);
  g_free (report);
}

ProvReportDocument *
prov_report_add_document (ProvReport         *report,
                          ProvReportDocument *document)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (document != NULL, NULL);

  g_ptr_array_add (report->documents, document);
  return document;
}

ProvReportSource *
prov_report_add_source (ProvReport       *report,
                        ProvReportSource *source)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  g_ptr_array_add (report->sources, source);
  return source;
}

void
prov_report_add_note (ProvReport *report,
                      const char *markdown)
{
  g_return_if_fail (report != NULL);
  g_return_if_fail (markdown != NULL);

  g_ptr_array_add (report->notes, g_strdup (markdown));
}

ProvReportSource *
prov_report_find_source (ProvReport *report,
                         const char *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (name == NULL)
    return NULL;
  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < report->sources->len; i++)
    {
      ProvReportSource *source = g_ptr_array_index (report->sources, i);
      g_autofree char *other = g_utf8_casefold (source->name, -1);

      if (strcmp (folded, other) == 0)
        return source;
    }
  return NULL;
}

guint
prov_report_count_claims (const ProvReport *report)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; i < report->documents->len; i++)
    n += ((ProvReportDocument *) g_ptr_array_index (report->documents, i))->claims->len;
  return n;
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const ProvReportClaim *x = *(ProvReportClaim * const *) a;
  const ProvReportClaim *y = *(ProvReportClaim * const *) b;

  /* Orphans (start -1) go last, in the order they came. */
  if ((x->start < 0) != (y->start < 0))
    return x->start < 0 ? 1 : -1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const ProvReportSource *x = *(ProvReportSource * const *) a;
  const ProvReportSource *y = *(ProvReportSource * const *) b;
  g_autofree char *kx = g_utf8_collate_key (x->name, -1);
  g_autofree char *ky = g_utf8_collate_key (y->name, -1);

  return strcmp (kx, ky);
}

void
prov_report_apply_options (ProvReport              *report,
                           const ProvReportOptions *options)
{
  g_return_if_fail (report != NULL);

  if (options != NULL && options->title != NULL && *options->title != '\0')
    {
      g_free (report->title);
      report->title = g_strdup (options->title);
    }

  for (guint s = 0; s < report->sources->len; s++)
    ((ProvReportSource *) g_ptr_array_index (report->sources, s))->n_claims = 0;

  for (guint d = 0; d < report->documents->len; d++)
    {
      ProvReportDocument *document = g_ptr_array_index (report->documents, d);

      for (guint c = document->claims->len; c > 0; c--)
        {
          ProvReportClaim *claim = g_ptr_array_index (document->claims, c - 1);

          if (!prov_report_options_match (options, claim))
            g_ptr_array_remove_index (document->claims, c - 1);
        }
      /* A stable sort: claims at the same place keep their order. */
      g_ptr_array_sort (document->claims, compare_claims);
      for (guint c = 0; c < document->claims->len; c++)
        {
          ProvReportClaim *claim = g_ptr_array_index (document->claims, c);
          ProvReportSource *source = prov_report_find_source (report, claim->source_name);

          claim->number = c + 1;
          if (source != NULL)
            source->n_claims++;
        }
    }

  for (guint s = report->sources->len; s > 0; s--)
    {
      ProvReportSource *source = g_ptr_array_index (report->sources, s - 1);

      if (source->n_claims == 0)
        g_ptr_array_remove_index (report->sources, s - 1);
    }
  g_ptr_array_sort (report->sources, compare_sources);

  if (report->title == NULL)
    {
      if (report->collection != NULL)
        report->title = g_strdup (report->collection);
      else if (report->documents->len == 1)
        report->title = g_strdup (prov_report_document_get_label (
                                    g_ptr_array_index (report->documents, 0)));
      else
        report->title = g_strdup (_("Sourcing report"));
    }
}

/* ---- documents ---- */

ProvReportDocument *
prov_report_document_new (const char *uri,
                          const char *title,
                          const char *text)
{
  ProvReportDocument *document;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  document = g_new0 (ProvReportDocument, 1);
  document->uri = g_strdup (uri);
  document->title = g_strdup (title);
  document->text = g_strdup (text);
  document->content_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  document->tags = g_new0 (char *, 1);
  document->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) prov_report_claim_free);
  document->notes = g_ptr_array_new_with_free_func (g_free);

  return document;
}

void
prov_report_document_free (ProvReportDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->uri);
  g_free (document->title);
  g_free (document->byline);
  g_free (document->site);
  g_free (document->published);
  g_free (document->language);
  g_free (document->collection);
  g_free (document->content_hash);
  g_free (document->text);
  g_strfreev (document->tags);
  g_ptr_array_unref (document->claims);
  g_ptr_array_unref (document->notes);
  g_free (document);
}

ProvReportClaim *
prov_report_document_add_claim (ProvReportDocument *document,
                                ProvReportClaim    *claim)
{
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (claim != NULL, NULL);

  g_ptr_array_add (document->claims, claim);
  claim->number = document->claims->len;
  return claim;
}

void
prov_report_document_add_note (ProvReportDocument *document,
                               const char         *markdown)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (markdown != NULL);

  g_ptr_array_add (document->notes, g_strdup (markdown));
}

const char *
prov_report_document_get_label (const ProvReportDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  if (document->title != NULL && *document->title != '\0')
    return document->title;
  if (document->uri != NULL && *document->uri != '\0')
    return document->uri;
  return _("Untitled document");
}

char *
prov_report_document_substring (const ProvReportDocument *document,
                                gint64                    start,
                                gint64                    end)
{
  glong length;

  g_return_val_if_fail (document != NULL, NULL);

  length = g_utf8_strlen (document->text, -1);
  start = CLAMP (start, 0, length);
  end = CLAMP (end, start, length);
  return g_utf8_substring (document->text, start, end);
}

/* ---- claims ---- */

ProvReportClaim *
prov_report_claim_new (const ProvReportDocument *document,
                       ProvKind                  kind,
                       gint64                    start,
                       gint64                    end)
{
  ProvReportClaim *claim;

  g_return_val_if_fail (kind < PROV_N_KINDS, NULL);

  claim = g_new0 (ProvReportClaim, 1);
  claim->kind = kind;
  claim->start = start;
  claim->end = start < 0 ? -1 : MAX (start, end);
  claim->parts = g_array_new (FALSE, FALSE, sizeof (ProvReportSpan));
  claim->reliability = 'F';
  claim->credibility = 6;
  claim->status = PROV_REVIEW_UNREVIEWED;
  claim->suggestion = PROV_SUGGESTION_ACCEPTED;
  claim->origin = PROV_ORIGIN_USER;
  claim->tags = g_new0 (char *, 1);
  if (document != NULL && start >= 0)
    claim->quote = prov_report_document_substring (document, start, end);
  else
    claim->quote = g_strdup ("");

  return claim;
}

void
prov_report_claim_free (ProvReportClaim *claim)
{
  if (claim == NULL)
    return;

  g_free (claim->quote);
  g_array_unref (claim->parts);
  g_free (claim->source_name);
  g_free (claim->source_type);
  g_free (claim->source_text);
  g_free (claim->rule);
  g_strfreev (claim->tags);
  g_free (claim->note);
  g_free (claim);
}

void
prov_report_claim_add_part (ProvReportClaim *claim,
                            ProvRole         role,
                            gint64           start,
                            gint64           end)
{
  ProvReportSpan span = { role, start, MAX (start, end) };

  g_return_if_fail (claim != NULL);
  g_return_if_fail (start >= 0);

  g_array_append_val (claim->parts, span);
}

gboolean
prov_report_claim_get_part (const ProvReportClaim *claim,
                            ProvRole               role,
                            gint64                *start,
                            gint64                *end)
{
  g_return_val_if_fail (claim != NULL, FALSE);

  for (guint i = 0; i < claim->parts->len; i++)
    {
      const ProvReportSpan *span = &g_array_index (claim->parts, ProvReportSpan, i);

      if (span->role == role)
        {
          if (start != NULL)
            *start = span->start;
          if (end != NULL)
            *end = span->end;
          return TRUE;
        }
    }
  return FALSE;
}

void
prov_report_claim_set_tags (ProvReportClaim    *claim,
                            const char * const *tags)
{
  char **copy;

  g_return_if_fail (claim != NULL);

  copy = tags != NULL ? g_strdupv ((char **) tags) : g_new0 (char *, 1);

  /* Copied first: @tags may point into the old ones. */
  g_strfreev (claim->tags);
  claim->tags = copy;
}

char *
prov_report_claim_dup_rating (const ProvReportClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  return g_strdup_printf ("%c%d",
                          claim->reliability >= 'A' && claim->reliability <= 'F'
                            ? claim->reliability : 'F',
                          CLAMP (claim->credibility, 1, 6));
}

const char *
prov_report_claim_get_source (const ProvReportClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  if (claim->source_name != NULL && *claim->source_name != '\0')
    return claim->source_name;
  if (claim->source_text != NULL && *claim->source_text != '\0')
    return claim->source_text;
  return NULL;
}

/* ---- sources ---- */

ProvReportSource *
prov_report_source_new (const char *name,
                        const char *type,
                        char        reliability)
{
  ProvReportSource *source;

  g_return_val_if_fail (name != NULL, NULL);

  source = g_new0 (ProvReportSource, 1);
  source->name = g_strdup (name);
  source->type = g_strdup (type != NULL ? type : "unknown");
  source->reliability = reliability >= 'A' && reliability <= 'F' ? reliability : 'F';
  source->aliases = g_new0 (char *, 1);

  return source;
}

void
prov_report_source_free (ProvReportSource *source)
{
  if (source == NULL)
    return;

  g_free (source->name);
  g_free (source->type);
  g_strfreev (source->aliases);
  g_free (source);
}
