/* prov-source-list-model.h — the source registry, by name, as a lazy GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-lazy-list.h"

G_BEGIN_DECLS

#define PROV_TYPE_SOURCE_LIST_MODEL (prov_source_list_model_get_type ())

G_DECLARE_FINAL_TYPE (ProvSourceListModel, prov_source_list_model, PROV, SOURCE_LIST_MODEL,
                      ProvLazyList)

/* Creates the model of @store's sources. */
ProvSourceListModel *prov_source_list_model_new        (ProvStore           *store);
/* Returns the name filter. */
const char          *prov_source_list_model_get_search (ProvSourceListModel *self);
/* Keeps the sources whose name or an alias contains @search (NULL: all); reloads. */
void                 prov_source_list_model_set_search (ProvSourceListModel *self,
                                                        const char          *search);

G_END_DECLS
