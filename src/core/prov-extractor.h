/* prov-extractor.h — readable article text and metadata out of an HTML page
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_EXTRACTOR_ERROR (prov_extractor_error_quark ())

typedef enum
{
  PROV_EXTRACTOR_ERROR_EMPTY,       /* no bytes at all */
  PROV_EXTRACTOR_ERROR_NOT_HTML,    /* binary data, not a page */
  PROV_EXTRACTOR_ERROR_NO_CONTENT,  /* a page, but no readable text in it */
  PROV_EXTRACTOR_ERROR_INVALID,     /* unreadable input (bad PDF, bad encoding, …) */
} ProvExtractorError;

/* The kinds of entries in an extraction's structure list. */
typedef enum
{
  PROV_BLOCK_HEADING,
  PROV_BLOCK_PARAGRAPH,
  PROV_BLOCK_BLOCKQUOTE,
  PROV_BLOCK_LIST_ITEM,
  PROV_BLOCK_LINK,
  PROV_BLOCK_PAGE,
  PROV_BLOCK_PREFORMATTED,
} ProvBlockKind;

/* One structure entry; offsets are code points into the text, end exclusive. */
typedef struct
{
  ProvBlockKind  kind;
  guint          start;
  guint          end;
  guint          level;   /* heading level 1–6; page number (from 1) for PROV_BLOCK_PAGE */
  char          *href;    /* absolute target of a PROV_BLOCK_LINK, else NULL */
} ProvBlock;

/* What an extraction yields: metadata (each may be NULL), text and structure. */
typedef struct
{
  char      *title;
  char      *byline;
  char      *published;      /* as the page gives it, ISO 8601 when it does */
  char      *site;
  char      *language;
  char      *canonical_url;
  char      *charset;        /* the charset the bytes were decoded from */
  char      *text;           /* paragraphs separated by a blank line */
  GPtrArray *structure;      /* of ProvBlock*, in text order */
} ProvExtraction;

#define PROV_TYPE_EXTRACTOR (prov_extractor_get_type ())

G_DECLARE_FINAL_TYPE (ProvExtractor, prov_extractor, PROV, EXTRACTOR, GObject)

GQuark          prov_extractor_error_quark          (void);

/* Creates an extractor; it holds no state between pages and can be reused. */
ProvExtractor  *prov_extractor_new                  (void);
/* Extracts the article of an HTML page given as raw bytes. @header_charset is the
 * charset of the HTTP Content-Type (or NULL); @url the page address (or NULL), used
 * to resolve links and as the canonical URL when the page names none. */
ProvExtraction *prov_extractor_extract              (ProvExtractor  *self,
                                                     const guint8   *data,
                                                     gsize           length,
                                                     const char     *header_charset,
                                                     const char     *url,
                                                     GError        **error);
/* Decodes raw page bytes to UTF-8: HTTP charset → BOM → <meta> → UTF-8 → windows-1252.
 * Returns the text and sets @charset (if non-NULL) to the charset used. */
char           *prov_extractor_decode               (const guint8   *data,
                                                     gsize           length,
                                                     const char     *header_charset,
                                                     char          **charset);

/* Creates an empty extraction (text "", empty structure). */
ProvExtraction *prov_extraction_new                 (void);
/* Frees @extraction. */
void            prov_extraction_free                (ProvExtraction *extraction);
/* Returns the structure as JSON: [{"type","start","end"[,"level"][,"href"]}, …]. */
char           *prov_extraction_structure_to_json   (const ProvExtraction *extraction);
/* Returns the stable name of @kind ("heading", "paragraph", …). */
const char     *prov_block_kind_to_string           (ProvBlockKind   kind);
/* Frees @block. */
void            prov_block_free                     (ProvBlock      *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvExtraction, prov_extraction_free)

G_END_DECLS
