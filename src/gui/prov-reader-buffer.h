/* prov-reader-buffer.h — a document laid out for the reader: buffer text, tag runs, hit spans
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ProvReaderPage is built from the store's ProvDocumentContents in a worker thread (parsing
 * the structure JSON, placing the header, list bullets and every highlight), so that the main
 * thread only inserts the text once and applies the tags in one pass.
 *
 * The buffer holds a header (title, then site · byline · date; no title when the text opens
 * with it as its first line) and then the document text, where each list item gets a
 * two-character bullet. Document offsets (code points) and buffer
 * offsets convert with prov_reader_page_to_buffer () and prov_reader_page_to_document ().
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-store.h"

G_BEGIN_DECLS

/* One tag over a range of the buffer. */
typedef struct
{
  guint tag;    /* a ProvReaderTag */
  int   start;  /* buffer offsets, end exclusive */
  int   end;
} ProvReaderRun;

/* A highlighted annotation as the pointer finds it. */
typedef struct
{
  int        start;       /* buffer offsets, end exclusive */
  int        end;
  gint64     claim_id;    /* 0 for a free highlight */
  ProvKind   kind;
  ProvRole   role;
  gboolean   accepted;
  guint      annotation;  /* index into the contents' annotations */
} ProvReaderSpan;

/* A link of the text (or the header's site). */
typedef struct
{
  int   start;
  int   end;
  char *href;
} ProvReaderLink;

typedef struct
{
  ProvDocumentContents *contents;
  GPtrArray            *orphans;     /* of ProvAnnotation*, or NULL when not asked */
  char                 *text;        /* what the buffer holds */
  int                   body_start;  /* buffer offset of the document's first character */
  int                   n_chars;     /* length of @text in characters */
  GArray               *bullets;     /* int: document offsets of list items, ascending */
  GArray               *runs;        /* ProvReaderRun */
  GArray               *spans;       /* ProvReaderSpan, by start */
  GArray               *links;       /* ProvReaderLink, by start */
  GHashTable           *claims;      /* claim id → ProvClaim (borrowed from @contents) */
  ProvProfile           profile;     /* non-dismissed claims per kind, unattributed sentences */
  guint                 n_changed;   /* claims flagged "changed since" */
  guint                 n_orphaned;  /* claims whose cue was not found again */
} ProvReaderPage;

/* Lays out @contents (taken) with its @orphans (taken, may be NULL); never fails: a malformed
 * structure is ignored (with a debug message), spans outside the text are dropped. */
ProvReaderPage       *prov_reader_page_new          (ProvDocumentContents *contents,
                                                     GPtrArray            *orphans);
/* Frees @self. */
void                  prov_reader_page_free         (ProvReaderPage       *self);
/* Returns the buffer offset of document offset @offset (@is_end: an exclusive end). */
int                   prov_reader_page_to_buffer    (const ProvReaderPage *self,
                                                     gint64                offset,
                                                     gboolean              is_end);
/* Returns the document offset at buffer offset @offset (clamped to the document). */
gint64                prov_reader_page_to_document  (const ProvReaderPage *self,
                                                     int                   offset);
/* Sets @buffer's text and applies every run, in one pass. Call it on a buffer no widget shows
 * yet (it may run in a worker thread then: such a buffer is plain data). */
void                  prov_reader_page_fill         (const ProvReaderPage *self,
                                                     GtkTextBuffer        *buffer);
/* Moves @buffer, which shows @shown, to the highlights of @self (the same text): removes and
 * applies only the spans that changed. FALSE (and nothing done) when more than @max_changes
 * spans changed. */
gboolean              prov_reader_page_retag        (const ProvReaderPage *self,
                                                     const ProvReaderPage *shown,
                                                     GtkTextBuffer        *buffer,
                                                     guint                 max_changes);
/* Returns the innermost highlight at buffer offset @offset whose kind is in @shown_kinds. */
const ProvReaderSpan *prov_reader_page_span_at      (const ProvReaderPage *self,
                                                     int                   offset,
                                                     guint                 shown_kinds);
/* Returns the link target at buffer offset @offset, or NULL. */
const char           *prov_reader_page_link_at      (const ProvReaderPage *self,
                                                     int                   offset);
/* Returns the claim @claim_id of the page, or NULL. */
ProvClaim            *prov_reader_page_get_claim    (const ProvReaderPage *self,
                                                     gint64                claim_id);
/* Finds the buffer range covered by the spans of @claim_id; FALSE when none is shown. */
gboolean              prov_reader_page_claim_range  (const ProvReaderPage *self,
                                                     gint64                claim_id,
                                                     int                  *start,
                                                     int                  *end);
/* Returns the tooltip of @span: "Named source · the Journal · rule subject-verb · B2 · …". */
char                 *prov_reader_page_describe     (const ProvReaderPage *self,
                                                     const ProvReaderSpan *span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvReaderPage, prov_reader_page_free)

G_END_DECLS
