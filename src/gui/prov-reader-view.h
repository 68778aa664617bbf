/* prov-reader-view.h — the reader: a document's text with its attributions highlighted
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties: store, document-id, selected-claim-id (bind it to the claims panel), settings
 * (org.provenance.Provenance: reader-font-scale, shown-kinds), loading (read-only).
 * Signal "loaded": the document is shown with all its highlights (after a switch or a reload).
 * Actions: reader.make-claim (key h: asks the kind of a claim made of the selection) and
 * reader.add-claim (string kind: makes it at once). Errors go to the win.toast action.
 */
#pragma once

#include <adwaita.h>

#include "prov-profile-bar.h"
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

/* Returns the settings the reader follows (reader-font-scale, shown-kinds), or NULL. */
GSettings      *prov_reader_view_get_settings          (ProvReaderView *self);
/* Follows @settings (org.provenance.Provenance; NULL: defaults, legend kept locally). */
void            prov_reader_view_set_settings          (ProvReaderView *self,
                                                        GSettings      *settings);
/* TRUE while a document is being loaded (the "loaded" signal follows). */
gboolean        prov_reader_view_get_loading           (ProvReaderView *self);
/* Returns the kinds highlighted, a bit mask of 1 << ProvKind. */
guint           prov_reader_view_get_shown_kinds       (ProvReaderView *self);
/* Shows or hides the highlights of @kind (as its legend toggle does; saved in the settings). */
void            prov_reader_view_set_kind_shown        (ProvReaderView *self,
                                                        ProvKind        kind,
                                                        gboolean        shown);
/* Selects the claim highlighted at document offset @offset, as a click there does; returns
 * its id (0 when nothing shown is highlighted there: the selection is then left alone). */
gint64          prov_reader_view_activate_offset       (ProvReaderView *self,
                                                        gint64          offset);
/* Returns the text buffer offset of document offset @offset (-1 when nothing is shown). */
int             prov_reader_view_to_buffer_offset      (ProvReaderView *self,
                                                        gint64          offset);
/* Selects document offsets @start–@end in the text (as the pointer does), for make-claim. */
void            prov_reader_view_select_range          (ProvReaderView *self,
                                                        gint64          start,
                                                        gint64          end);
/* Returns the text view (tests, screenshots). */
GtkTextView    *prov_reader_view_get_text_view         (ProvReaderView *self);
/* Returns the profile bar above the text. */
ProvProfileBar *prov_reader_view_get_profile_bar       (ProvReaderView *self);
/* Returns how long the last load took, from the document switch to the tagged text (µs). */
gint64          prov_reader_view_get_last_load_time    (ProvReaderView *self);

G_END_DECLS
