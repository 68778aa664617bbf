/* prov-claims-style.h — names of kinds, ratings and review states, and the claims stylesheet
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-store-types.h"

G_BEGIN_DECLS

/* Returns the translated name of an attribution kind ("named" → "Named"). */
const char *prov_kind_get_label            (const char       *kind);
/* Returns the translated Admiralty name of reliability @letter A–F ("usually reliable"). */
const char *prov_reliability_get_name      (char              letter);
/* Returns the translated Admiralty name of credibility @n 1–6 ("probably true"). */
const char *prov_credibility_get_name      (int               n);
/* Returns the translated label of a review status ("Unreviewed", "In progress", …). */
const char *prov_review_status_get_label   (ProvReviewStatus  status);
/* Returns the translated label of a source type ("person" → "Person"). */
const char *prov_source_type_get_label     (const char       *type);
/* Returns the stable source type names, NULL-terminated, in menu order. */
const char * const *prov_source_type_names (void);
/* Loads ui/prov-claims.css once per display and keeps the "prov-dark" class of @widget in step
 * with the dark style, so the kind colours have a light and a dark variant. */
void        prov_claims_style_attach       (GtkWidget        *widget);

G_END_DECLS
