/* prov-lazy-list.h — a GListModel over store rows that loads its items a page at a time
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of ProvLibraryModel, ProvClaimListModel and ProvSourceListModel. Only the ids of the
 * rows are queried up front (a 100k-row library is 800 KB of ids); the objects are loaded 64 at a
 * time when a view asks for them, and only the most recently used pages are kept.
 *
 * A row keeps its object for as long as anyone holds it (a list item, a selection): after a
 * reload the same id gives the same object, and a row whose values changed gets them through its
 * setters, so that views see property notifications instead of replaced items. A reload reports
 * the smallest change of the id list (common prefix and suffix kept, one items-changed for the
 * middle; none when the ids are the same), so a GtkListView keeps its selection and scroll.
 * A widget that shows an item must therefore follow the item's notify signals, and one that
 * summarises the rows can recompute on "reloaded", emitted at the end of every reload.
 * Items are meant for the thread that owns the list (the main thread).
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
/* Re-queries the ids now, emits one items-changed for the part that changed (none when the ids
 * are the same) and refreshes in place the held items queued for a refresh. */
void        prov_lazy_list_reload      (ProvLazyList *self);
/* Re-queries on the next idle (many store changes become one reload); every held item is
 * refreshed. */
void        prov_lazy_list_queue_reload (ProvLazyList *self);
/* Re-queries on the next idle and refreshes the held item of row @id in place (0: every one). */
void        prov_lazy_list_queue_refresh (ProvLazyList *self,
                                          gint64        id);
/* Returns the message of the last failed query (a malformed search…), or NULL. */
const char *prov_lazy_list_get_error   (ProvLazyList *self);
/* Returns the id of the row at @position (0 when out of range), without loading it. */
gint64      prov_lazy_list_get_id      (ProvLazyList *self,
                                        guint         position);
/* Returns the position of the row @id, or -1. */
gint        prov_lazy_list_find        (ProvLazyList *self,
                                        gint64        id);

G_END_DECLS
