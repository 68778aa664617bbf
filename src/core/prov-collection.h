/* prov-collection.h — a named collection of documents
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROV_TYPE_COLLECTION (prov_collection_get_type ())

G_DECLARE_FINAL_TYPE (ProvCollection, prov_collection, PROV, COLLECTION, GObject)

/* Creates an empty collection; the store fills it in. */
ProvCollection *prov_collection_new (void);
/* Returns the collection id. */
gint64 prov_collection_get_id (ProvCollection *self);
/* Sets the collection id. */
void prov_collection_set_id (ProvCollection *self,
                             gint64 value);
/* Returns the name. */
const char *prov_collection_get_name (ProvCollection *self);
/* Sets the name. */
void prov_collection_set_name (ProvCollection *self,
                               const char *value);
/* Returns how many documents it holds. */
int prov_collection_get_document_count (ProvCollection *self);
/* Sets how many documents it holds. */
void prov_collection_set_document_count (ProvCollection *self,
                                         int value);

G_END_DECLS
