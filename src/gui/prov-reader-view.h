/* prov-reader-view.h — the reader: a document's text with its attributions highlighted
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_READER_VIEW (prov_reader_view_get_type ())

G_DECLARE_FINAL_TYPE (ProvReaderView, prov_reader_view, PROV, READER_VIEW, GtkWidget)

/* Returns the store the reader loads from. */
ProvStore *prov_reader_view_get_store             (ProvReaderView *self);
/* Sets the store the reader loads from (NULL: nothing to show). */
void       prov_reader_view_set_store             (ProvReaderView *self,
                                                   ProvStore      *store);
/* Returns the document shown (0: none). */
gint64     prov_reader_view_get_document_id       (ProvReaderView *self);
/* Shows @document_id (0: the empty state); loads asynchronously. */
void       prov_reader_view_set_document_id       (ProvReaderView *self,
                                                   gint64          document_id);
/* Returns the claim marked as selected (0: none). */
gint64     prov_reader_view_get_selected_claim_id (ProvReaderView *self);
/* Marks @claim_id as selected and scrolls it into view (0: none). */
void       prov_reader_view_set_selected_claim_id (ProvReaderView *self,
                                                   gint64          claim_id);

G_END_DECLS
