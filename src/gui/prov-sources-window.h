/* prov-sources-window.h — the source registry: every cited source, its aliases, merging
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_SOURCES_WINDOW (prov_sources_window_get_type ())

G_DECLARE_FINAL_TYPE (ProvSourcesWindow, prov_sources_window, PROV, SOURCES_WINDOW, AdwWindow)

/* Creates the registry window over @store (make it transient for the main window). */
GtkWidget *prov_sources_window_new            (ProvStore         *store);
/* Returns the store whose registry is shown. */
ProvStore *prov_sources_window_get_store      (ProvSourcesWindow *self);
/* Selects the sources @ids (one: its details are shown; two: they can be merged). */
void       prov_sources_window_select_sources (ProvSourcesWindow *self,
                                               const gint64      *ids,
                                               guint              n_ids);
/* Returns the number of sources listed (after the search). */
guint      prov_sources_window_get_n_sources  (ProvSourcesWindow *self);
/* Asks to merge the two selected sources (a confirmation dialog says how many claims move). */
void       prov_sources_window_merge_selected (ProvSourcesWindow *self);

G_END_DECLS
