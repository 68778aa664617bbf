/* prov-pdf-reader.h — the text of a PDF, page by page, with its document info
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "prov-extractor.h"

G_BEGIN_DECLS

/* Reads a PDF (poppler-glib): text in reading order, paragraphs rebuilt from its lines,
 * one PROV_BLOCK_PAGE entry per page (level = page number) in the structure; title,
 * author and creation date from the document info. Fails with PROV_EXTRACTOR_ERROR
 * (INVALID for an unreadable or encrypted file, NO_CONTENT when it has no text). */
ProvExtraction *prov_pdf_reader_read (GBytes  *data,
                                      GError **error);

/* TRUE when @data starts like a PDF file. */
gboolean        prov_pdf_reader_sniff (const guint8 *data,
                                       gsize         length);

G_END_DECLS
