/* prov-source-picker.h — choose a claim's source: search the registry, create one, add an alias
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_SOURCE_PICKER (prov_source_picker_get_type ())

G_DECLARE_FINAL_TYPE (ProvSourcePicker, prov_source_picker, PROV, SOURCE_PICKER, GtkWidget)

/* Creates a picker with no store. */
GtkWidget  *prov_source_picker_new         (void);
/* Returns the store whose registry is searched. */
ProvStore  *prov_source_picker_get_store   (ProvSourcePicker *self);
/* Sets the store whose registry is searched. */
void        prov_source_picker_set_store   (ProvSourcePicker *self,
                                            ProvStore        *store);
/* Shows @source_id named @name as the current source (0: "No source"). */
void        prov_source_picker_set_source  (ProvSourcePicker *self,
                                            gint64            source_id,
                                            const char       *name);
/* Returns the current source (0: none). */
gint64      prov_source_picker_get_source_id (ProvSourcePicker *self);
/* Types @text into the search entry (as the user does; also for tests). */
void        prov_source_picker_set_search  (ProvSourcePicker *self,
                                            const char       *text);

G_END_DECLS
