/* prov-library-sidebar.h — the library: search, saved filters, collections and the documents
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_LIBRARY_SIDEBAR (prov_library_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (ProvLibrarySidebar, prov_library_sidebar, PROV, LIBRARY_SIDEBAR, GtkWidget)

/* Returns the store whose documents are listed. */
ProvStore *prov_library_sidebar_get_store                (ProvLibrarySidebar *self);
/* Lists the documents of @store (NULL: nothing). */
void       prov_library_sidebar_set_store                (ProvLibrarySidebar *self,
                                                          ProvStore          *store);
/* Returns the document the reader should show: the focused selected row (0: none). */
gint64     prov_library_sidebar_get_selected_document_id (ProvLibrarySidebar *self);
/* Selects @document_id alone and scrolls to it, clearing the search if it hides it. */
void       prov_library_sidebar_select_document          (ProvLibrarySidebar *self,
                                                          gint64              document_id);
/* Returns the ids of every selected document, in list order. */
GArray    *prov_library_sidebar_get_selected_ids         (ProvLibrarySidebar *self);
/* Moves the keyboard focus into the search entry. */
void       prov_library_sidebar_focus_search             (ProvLibrarySidebar *self);
/* Returns the document in the first row of the list as sorted and filtered (0: none). */
gint64     prov_library_sidebar_get_first_document_id    (ProvLibrarySidebar *self);
/* Returns the number of documents listed (after search and filters). */
guint      prov_library_sidebar_get_n_documents          (ProvLibrarySidebar *self);

G_END_DECLS
