/* prov-lazy-list.h — a GListModel over store rows that loads its items a page at a time
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of ProvLibraryModel, ProvClaimListModel and ProvSourceListModel. Only the ids of the
 * rows are queried up front (a 100k-row library is 800 KB of ids); the objects are loaded 64 at a
 * time when a view asks for them, and only the most recently used pages are kept.
 */
#pragma once

#include <gio/gio.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_LAZY_LIST (prov_lazy_list_get_type ())

G_DECLARE_DERIVABLE_TYPE (ProvLazyList, prov_lazy_list, PROV, LAZY_LIST, GObject)

struct _ProvLazyListClass
{
  GObjectClass parent_class;

  GType        item_type;
  /* Returns the ids of the rows, in order. */
  GArray    *(*query_ids) (ProvLazyList  *self,
                           GError       **error);
  /* Returns the objects of @ids, in the same order. */
  GPtrArray *(*load)      (ProvLazyList  *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GError       **error);
};

/* Returns the store the list reads. */
ProvStore  *prov_lazy_list_get_store   (ProvLazyList *self);
/* Re-queries the ids now and emits items-changed for the part that changed. */
void        prov_lazy_list_reload      (ProvLazyList *self);
/* Re-queries on the next idle (many store changes become one reload). */
void        prov_lazy_list_queue_reload (ProvLazyList *self);
/* Returns the message of the last failed query (a malformed search…), or NULL. */
const char *prov_lazy_list_get_error   (ProvLazyList *self);
/* Returns the id of the row at @position (0 when out of range), without loading it. */
gint64      prov_lazy_list_get_id      (ProvLazyList *self,
                                        guint         position);
/* Returns the position of the row @id, or -1. */
gint        prov_lazy_list_find        (ProvLazyList *self,
                                        gint64        id);

G_END_DECLS
