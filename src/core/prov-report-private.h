/* prov-report-private.h — what the report exporters share: text layout, kind styles, helpers
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* How a kind's highlight is underlined, so that kinds differ without colour too. */
typedef enum
{
  PROV_LINE_SOLID,
  PROV_LINE_DASHED,
  PROV_LINE_DOTTED,
  PROV_LINE_WAVY,
  PROV_LINE_DOUBLE,
} ProvLineStyle;

/* The look of one kind in HTML and PDF (colours that still read when printed). */
typedef struct
{
  const char    *css_class;  /* "k-named", … */
  guint32        fill;       /* 0xRRGGBB, the highlight background */
  guint32        ink;        /* 0xRRGGBB, the underline and marker */
  ProvLineStyle  line;
  const char    *css_line;   /* the CSS text-decoration-style */
} ProvKindStyle;

/* The pieces of a document's text, in order, for a renderer to walk. */
typedef enum
{
  PROV_REPORT_ITEM_TEXT,       /* a run of text, highlighted by @claim when set */
  PROV_REPORT_ITEM_MARKER,     /* the numbered marker of @claim, after its last character */
  PROV_REPORT_ITEM_BREAK,      /* a line break inside a paragraph */
  PROV_REPORT_ITEM_PARAGRAPH,  /* the end of a paragraph */
} ProvReportItemType;

typedef struct
{
  ProvReportItemType     type;
  const char            *text;    /* TEXT: into the document's text (not NUL-terminated) */
  gsize                  length;  /* TEXT: in bytes */
  const ProvReportClaim *claim;   /* TEXT: the innermost claim over the run, or NULL */
  gboolean               cue;     /* TEXT: inside that claim's cue */
} ProvReportItem;

/* A text with the byte offset of every code point, to slice it many times cheaply. */
typedef struct
{
  const char *text;     /* not owned */
  gsize      *offsets;  /* length + 1 byte offsets */
  gint64      length;   /* in code points */
} ProvTextIndex;

/* Indexes @text (valid UTF-8, which must outlive the index). */
ProvTextIndex       *_prov_text_index_new        (const char               *text);
/* Frees @index. */
void                 _prov_text_index_free       (ProvTextIndex            *index);
/* Returns the text between code points @start and @end (clamped), newly allocated. */
char                *_prov_text_index_slice      (const ProvTextIndex      *index,
                                                  gint64                    start,
                                                  gint64                    end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvTextIndex, _prov_text_index_free)

/* Returns the style of @kind. */
const ProvKindStyle *_prov_report_kind_style     (ProvKind                  kind);
/* Splits @document's text into runs, markers and breaks (a GArray of ProvReportItem); it
 * points into the document, which must outlive it. */
GArray              *_prov_report_layout         (const ProvReportDocument *document);
/* Returns "3 named, 1 anonymous, 5 hearsay; 4 hedges; 2 quotes; 6 of 30 sentences without
 * attribution", translated. */
char                *_prov_report_profile_text   (const ProvProfile        *profile);
/* Formats Unix seconds as "2026-11-17 14:03 UTC" (an empty string for 0). */
char                *_prov_report_format_time    (gint64                    unix_seconds);
/* Formats Unix seconds as ISO 8601 UTC, "2026-11-17T14:03:00Z". */
char                *_prov_report_format_iso8601 (gint64                    unix_seconds);
/* Returns the tags joined with ", " (an empty string for none). */
char                *_prov_report_join_tags      (const char * const       *tags);
/* TRUE when @uri is an http or https URL, safe to link to. */
gboolean             _prov_report_uri_is_web     (const char               *uri);
/* Returns a short translated meaning of a reliability letter ("usually reliable"). */
const char          *_prov_report_reliability_label (char                  reliability);
/* Returns a short translated meaning of a credibility digit ("probably true"). */
const char          *_prov_report_credibility_label (int                   credibility);
/* Returns the text of @claim for a table: its quote with line breaks turned into spaces. */
char                *_prov_report_claim_quote_line (const ProvReportClaim  *claim);

G_END_DECLS
