/* prov-document-row.h — one document of the library list: title, site, date and claim badges
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-document.h"

G_BEGIN_DECLS

#define PROV_TYPE_DOCUMENT_ROW (prov_document_row_get_type ())

G_DECLARE_FINAL_TYPE (ProvDocumentRow, prov_document_row, PROV, DOCUMENT_ROW, GtkWidget)

/* Creates an empty row (the list factory binds a document to it). */
GtkWidget    *prov_document_row_new          (void);
/* Returns the document shown. */
ProvDocument *prov_document_row_get_document (ProvDocumentRow *self);
/* Shows @document (NULL: nothing). */
void          prov_document_row_set_document (ProvDocumentRow *self,
                                              ProvDocument    *document);
/* Formats an ISO 8601 date (or date-time) as the locale writes a short date; NULL if unparsable. */
char         *prov_document_row_format_date  (const char      *iso_date);

G_END_DECLS
