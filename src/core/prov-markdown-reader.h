/* prov-markdown-reader.h — the text and structure of a Markdown document
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prov-extractor.h"

G_BEGIN_DECLS

/* Reads Markdown (UTF-8): headings, paragraphs, block quotes, list items, code blocks and
 * links become the structure; emphasis and link syntax are removed from the text. The
 * title is the first heading (or the first line). */
ProvExtraction *prov_markdown_reader_read (const char  *markdown,
                                           gssize       length,
                                           GError     **error);

G_END_DECLS
