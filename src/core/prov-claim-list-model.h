/* prov-claim-list-model.h — a document's claims, in document order, as a lazy GListModel
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-lazy-list.h"

G_BEGIN_DECLS

#define PROV_TYPE_CLAIM_LIST_MODEL (prov_claim_list_model_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaimListModel, prov_claim_list_model, PROV, CLAIM_LIST_MODEL,
                      ProvLazyList)

/* Creates the model of @document_id's claims (dismissed ones only if @include_dismissed). */
ProvClaimListModel *prov_claim_list_model_new (ProvStore *store,
                                               gint64     document_id,
                                               gboolean   include_dismissed);
/* Returns the document whose claims are listed. */
gint64   prov_claim_list_model_get_document_id (ProvClaimListModel *self);
/* Shows another document's claims; reloads. */
void     prov_claim_list_model_set_document_id (ProvClaimListModel *self,
                                                gint64              document_id);
/* Returns whether dismissed suggestions are listed. */
gboolean prov_claim_list_model_get_include_dismissed (ProvClaimListModel *self);
/* Lists dismissed suggestions too, or not; reloads. */
void     prov_claim_list_model_set_include_dismissed (ProvClaimListModel *self,
                                                      gboolean            include_dismissed);

G_END_DECLS
