/* prov-extractor-private.h — the pieces ProvExtractor is made of, shared by its files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "prov-extractor.h"

G_BEGIN_DECLS

/* prov-extractor-charset.c */

/* Returns the canonical converter name for a charset label, or NULL if unknown. */
const char *_prov_charset_canonical  (const char   *label);
/* Returns the charset declared in a <meta> of the first bytes of @data, or NULL. */
char       *_prov_charset_from_meta  (const guint8 *data,
                                      gsize         length);
/* Converts @data from @charset to UTF-8, replacing invalid input with U+FFFD;
 * returns NULL when @charset cannot be converted at all. */
char       *_prov_charset_convert    (const guint8 *data,
                                      gsize         length,
                                      const char   *charset,
                                      guint        *n_invalid);
/* TRUE when @data looks like binary data rather than text. */
gboolean    _prov_charset_is_binary  (const guint8 *data,
                                      gsize         length);

/* prov-extractor-text.c: builds text with paragraph breaks and a structure list */

typedef struct _ProvTextBuilder ProvTextBuilder;

ProvTextBuilder *_prov_text_builder_new          (void);
void             _prov_text_builder_free         (ProvTextBuilder *self);
/* Opens a block; runs of text inside become entries of @kind (containers such as
 * blockquotes are recorded once, spanning their runs). */
void             _prov_text_builder_open         (ProvTextBuilder *self,
                                                  ProvBlockKind    kind,
                                                  guint            level);
void             _prov_text_builder_close        (ProvTextBuilder *self);
/* Starts a new paragraph before the next text. */
void             _prov_text_builder_break        (ProvTextBuilder *self);
/* A line break inside the paragraph. */
void             _prov_text_builder_line_break   (ProvTextBuilder *self);
/* Appends text, collapsing white space (or keeping it when @preformatted). */
void             _prov_text_builder_append       (ProvTextBuilder *self,
                                                  const char      *text,
                                                  gssize           length,
                                                  gboolean         preformatted);
void             _prov_text_builder_open_link    (ProvTextBuilder *self,
                                                  const char      *href);
void             _prov_text_builder_close_link   (ProvTextBuilder *self);
/* Number of code points written so far. */
guint            _prov_text_builder_get_length   (ProvTextBuilder *self);
/* Moves the text and structure into @out (replacing what it had). */
void             _prov_text_builder_finish       (ProvTextBuilder *self,
                                                  ProvExtraction  *out);

/* prov-extractor-meta.c */

/* Reads title, byline, date, site, language and canonical URL into @out. */
void             _prov_extractor_read_metadata   (htmlDocPtr       doc,
                                                  ProvExtraction  *out);
/* The page title from <title>, with a trailing or leading site name cut off. */
char            *_prov_extractor_clean_title     (htmlDocPtr       doc);

/* prov-extractor-content.c */

/* Finds the main content of @doc and writes it to @builder; fills @out->byline
 * from the page when the metadata gave none. @strip_unlikely drops blocks whose
 * class or id says furniture before scoring (the first, stricter attempt). */
void             _prov_extractor_extract_content (htmlDocPtr       doc,
                                                  const char      *base_url,
                                                  gboolean         strip_unlikely,
                                                  ProvExtraction  *out,
                                                  ProvTextBuilder *builder);

/* Share of @b's word characters whose words also occur in @a (1 = all of them). */
double           _prov_text_similarity (const char *a,
                                        const char *b);

/* Small DOM helpers shared by the files above (prov-extractor-dom.c). */
gboolean         _prov_node_is (xmlNode    *node,
                                const char *tag);
char            *_prov_node_text (xmlNode *node);

G_END_DECLS
