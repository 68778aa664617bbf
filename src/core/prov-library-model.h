/* prov-library-model.h — the documents of the library as a lazy, sorted, filtered GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-lazy-list.h"

G_BEGIN_DECLS

#define PROV_TYPE_LIBRARY_MODEL (prov_library_model_get_type ())

G_DECLARE_FINAL_TYPE (ProvLibraryModel, prov_library_model, PROV, LIBRARY_MODEL, ProvLazyList)

/* Creates the model of @store's documents (newest first) and loads its ids. */
ProvLibraryModel *prov_library_model_new            (ProvStore          *store);
/* Sets the order (ProvDocumentSort) and direction; reloads. */
void              prov_library_model_set_sort       (ProvLibraryModel   *self,
                                                     ProvDocumentSort    sort,
                                                     gboolean            descending);
/* Returns the sort order. */
ProvDocumentSort  prov_library_model_get_sort       (ProvLibraryModel   *self);
/* Sets a saved filter; reloads. */
void              prov_library_model_set_filter     (ProvLibraryModel   *self,
                                                     ProvDocumentFilter  filter);
/* Returns the saved filter. */
ProvDocumentFilter prov_library_model_get_filter    (ProvLibraryModel   *self);
/* Sets an FTS query over titles and texts (NULL or "": none); reloads. A malformed query gives
 * an empty list and sets the "error" property. */
void              prov_library_model_set_search     (ProvLibraryModel   *self,
                                                     const char         *search);
/* Returns the FTS query. */
const char       *prov_library_model_get_search     (ProvLibraryModel   *self);
/* Restricts to one collection (0: all); reloads. */
void              prov_library_model_set_collection_id (ProvLibraryModel *self,
                                                        gint64            collection_id);
/* Returns the collection shown (0: all). */
gint64            prov_library_model_get_collection_id (ProvLibraryModel *self);
/* Restricts to one tag (NULL: all); reloads. */
void              prov_library_model_set_tag        (ProvLibraryModel   *self,
                                                     const char         *tag);
/* Returns the tag shown. */
const char       *prov_library_model_get_tag        (ProvLibraryModel   *self);

G_END_DECLS
