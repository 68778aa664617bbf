/* prov-report.h — an annotated report: documents, their claims, sources and notes
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ProvReport is plain data, built from the store by prov_report_new_from_store_sync ()
 * (prov-report-store.h) or by hand in tests, then filtered once with prov_report_apply_options ()
 * and rendered by the exporters (prov-report-export.h). Offsets are Unicode code points into a
 * document's text, end exclusive, as everywhere in Provenance.
 */
#pragma once

#include <gio/gio.h>

#include "prov-attribution.h"
#include "prov-store-types.h"

G_BEGIN_DECLS

#define PROV_REPORT_ERROR (prov_report_error_quark ())

typedef enum
{
  PROV_REPORT_ERROR_INVALID,  /* an invalid argument or option value */
  PROV_REPORT_ERROR_EMPTY,    /* nothing to report (no document, an empty collection) */
  PROV_REPORT_ERROR_RENDER,   /* a renderer failed (cairo, JSON) */
  PROV_REPORT_ERROR_PARSE,    /* import: the file is not an annotation collection we can read */
} ProvReportError;

/* The five export formats. */
typedef enum
{
  PROV_REPORT_FORMAT_HTML,
  PROV_REPORT_FORMAT_MARKDOWN,
  PROV_REPORT_FORMAT_PDF,
  PROV_REPORT_FORMAT_CSV,
  PROV_REPORT_FORMAT_JSONLD,
  PROV_N_REPORT_FORMATS
} ProvReportFormat;

/* Page sizes of the PDF report. */
typedef enum
{
  PROV_PAPER_AUTO,    /* from the locale (LC_PAPER), else A4 */
  PROV_PAPER_A4,
  PROV_PAPER_LETTER,
} ProvPaperSize;

/* What goes into a report. Initialise with prov_report_options_init () or
 * PROV_REPORT_OPTIONS_INIT. */
typedef struct
{
  gboolean       include_dismissed;  /* also dismissed suggestions (default: no) */
  guint          statuses;           /* bits 1 << ProvReviewStatus to keep; 0 keeps every status */
  guint          kinds;              /* bits 1 << ProvKind to keep; 0 keeps every kind */
  ProvPaperSize  paper;              /* PDF page size */
  const char    *title;              /* the report's title; NULL: the document's or collection's */
} ProvReportOptions;

#define PROV_REPORT_OPTIONS_INIT { FALSE, 0, 0, PROV_PAPER_AUTO, NULL }

/* One part of a claim in the text (its cue, source or content span). */
typedef struct
{
  ProvRole role;
  gint64   start;
  gint64   end;
} ProvReportSpan;

/* One claim, as the claims table shows it. */
typedef struct
{
  guint             number;           /* 1-based within its document (set by the report) */
  gint64            id;               /* the store's claim id, 0 when built by hand */
  ProvKind          kind;
  char             *quote;            /* the claim's text */
  gint64            start;            /* code points, end exclusive; -1 when orphaned */
  gint64            end;
  GArray           *parts;            /* of ProvReportSpan, cue/source/content */
  char             *source_name;      /* the registry source, or NULL */
  char             *source_type;      /* its type ("person", …), or NULL */
  char             *source_text;      /* the text of its source span, or NULL */
  char              reliability;      /* 'A'–'F' (effective) */
  gboolean          reliability_set;  /* set on the claim itself, not inherited */
  int               credibility;      /* 1–6 */
  ProvReviewStatus  status;
  ProvSuggestion    suggestion;
  ProvOrigin        origin;
  char             *rule;             /* the analyzer rule, or NULL */
  char            **tags;             /* NULL-terminated, never NULL */
  char             *note;             /* Markdown, or NULL */
  gboolean          changed;          /* the quote changed since it was made */
} ProvReportClaim;

/* One document with its header data, text, profile, claims and notes. */
typedef struct
{
  gint64       id;            /* the store's document id, 0 when built by hand */
  char        *uri;
  char        *title;
  char        *byline;
  char        *site;
  char        *published;
  char        *language;
  char        *collection;
  gint64       fetched_at;    /* Unix seconds, 0 when unknown */
  char        *content_hash;  /* SHA-256 of the text (computed when not given) */
  char        *text;
  ProvProfile  profile;
  char       **tags;          /* NULL-terminated, never NULL */
  GPtrArray   *claims;        /* of ProvReportClaim*, in document order */
  GPtrArray   *notes;         /* of char* (Markdown), oldest first */
} ProvReportDocument;

/* One entry of the sources appendix. */
typedef struct
{
  char     *name;
  char     *type;
  char      reliability;  /* 'A'–'F' */
  char    **aliases;      /* NULL-terminated, never NULL */
  guint     n_claims;     /* claims of this report citing it */
} ProvReportSource;

/* A report of one document or a collection. */
typedef struct
{
  char       *title;
  char       *collection;  /* the collection name, NULL for a report of chosen documents */
  gint64      generated;   /* Unix seconds */
  GPtrArray  *documents;   /* of ProvReportDocument* */
  GPtrArray  *sources;     /* of ProvReportSource*, by name */
  GPtrArray  *notes;       /* of char* (Markdown): the collection's notes */
} ProvReport;

GQuark              prov_report_error_quark          (void);

/* Resets @options to the defaults (PROV_REPORT_OPTIONS_INIT). */
void                prov_report_options_init         (ProvReportOptions        *options);
/* TRUE when @claim passes the filters of @options. */
gboolean            prov_report_options_match        (const ProvReportOptions  *options,
                                                      const ProvReportClaim    *claim);

/* Returns the stable name of @format ("html", "md", "pdf", "csv", "jsonld"). */
const char         *prov_report_format_to_string     (ProvReportFormat          format);
/* Parses a format name (also "markdown", "json-ld", "json"); FALSE if unknown. */
gboolean            prov_report_format_from_string   (const char               *name,
                                                      ProvReportFormat         *format);
/* Returns the file name extension of @format, without the dot. */
const char         *prov_report_format_get_extension (ProvReportFormat          format);
/* Returns the MIME type of @format ("text/html", …). */
const char         *prov_report_format_get_mime_type (ProvReportFormat          format);
/* Returns the translated name of @format for a dialog ("HTML", "PDF", …). */
const char         *prov_report_format_get_label     (ProvReportFormat          format);

/* Returns a file name for a report titled @title in @format ("harbour-plan-delayed.pdf"): lower
 * case letters and digits joined by dashes, at most 60 characters, "report" when empty. */
char               *prov_report_dup_file_name        (const char               *title,
                                                      ProvReportFormat          format);
/* Returns the translated label of @kind ("Named source", …). */
const char         *prov_report_kind_get_label       (ProvKind                  kind);
/* Returns the translated label of a review status ("in progress", …). */
const char         *prov_report_status_get_label     (ProvReviewStatus          status);
/* Parses a role name; FALSE if unknown. */
gboolean            prov_report_role_from_string     (const char               *name,
                                                      ProvRole                 *role);

/* Creates an empty report titled @title (may be NULL). */
ProvReport         *prov_report_new                  (const char               *title);
/* Frees @report with everything in it. */
void                prov_report_free                 (ProvReport               *report);
/* Appends @document (taken) to @report; returns it. */
ProvReportDocument *prov_report_add_document         (ProvReport               *report,
                                                      ProvReportDocument       *document);
/* Appends a source (taken) to the appendix; returns it. */
ProvReportSource   *prov_report_add_source           (ProvReport               *report,
                                                      ProvReportSource         *source);
/* Appends a collection note. */
void                prov_report_add_note             (ProvReport               *report,
                                                      const char               *markdown);
/* Returns the appendix entry named @name (any case), or NULL. */
ProvReportSource   *prov_report_find_source          (ProvReport               *report,
                                                      const char               *name);
/* Returns how many claims the report holds over all its documents. */
guint               prov_report_count_claims         (const ProvReport         *report);
/* Drops the claims that @options filters out, sorts and numbers the rest in document order,
 * and recounts the sources (dropping those no claim cites). */
void                prov_report_apply_options        (ProvReport               *report,
                                                      const ProvReportOptions  *options);

/* Creates a document; @text is copied, its hash computed; the other fields start empty. */
ProvReportDocument *prov_report_document_new         (const char               *uri,
                                                      const char               *title,
                                                      const char               *text);
/* Frees @document. */
void                prov_report_document_free        (ProvReportDocument       *document);
/* Appends @claim (taken) to @document; returns it. */
ProvReportClaim    *prov_report_document_add_claim   (ProvReportDocument       *document,
                                                      ProvReportClaim          *claim);
/* Appends a document note. */
void                prov_report_document_add_note    (ProvReportDocument       *document,
                                                      const char               *markdown);
/* Returns the document's title, else its URI. */
const char         *prov_report_document_get_label   (const ProvReportDocument *document);
/* Returns the text between code points @start and @end (clamped), newly allocated. */
char               *prov_report_document_substring   (const ProvReportDocument *document,
                                                      gint64                    start,
                                                      gint64                    end);

/* Creates a claim of @kind over [@start, @end) of @document's text (F6, unreviewed, accepted,
 * origin user); its quote is that text. @document may be NULL for an orphan (@start -1). */
ProvReportClaim    *prov_report_claim_new            (const ProvReportDocument *document,
                                                      ProvKind                  kind,
                                                      gint64                    start,
                                                      gint64                    end);
/* Frees @claim. */
void                prov_report_claim_free           (ProvReportClaim          *claim);
/* Adds a cue, source or content part. */
void                prov_report_claim_add_part       (ProvReportClaim          *claim,
                                                      ProvRole                  role,
                                                      gint64                    start,
                                                      gint64                    end);
/* Returns the span of @role, or FALSE when the claim has none. */
gboolean            prov_report_claim_get_part       (const ProvReportClaim    *claim,
                                                      ProvRole                  role,
                                                      gint64                   *start,
                                                      gint64                   *end);
/* Replaces the tags. */
void                prov_report_claim_set_tags       (ProvReportClaim          *claim,
                                                      const char * const       *tags);
/* Returns the rating as analysts write it, "B2", newly allocated. */
char               *prov_report_claim_dup_rating     (const ProvReportClaim    *claim);
/* Returns the source to show: the registry name, else the source span's text, else NULL. */
const char         *prov_report_claim_get_source     (const ProvReportClaim    *claim);

/* Creates a source appendix entry. */
ProvReportSource   *prov_report_source_new           (const char               *name,
                                                      const char               *type,
                                                      char                      reliability);
/* Frees @source. */
void                prov_report_source_free          (ProvReportSource         *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvReport, prov_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvReportDocument, prov_report_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvReportClaim, prov_report_claim_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvReportSource, prov_report_source_free)

G_END_DECLS
