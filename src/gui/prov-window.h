/* prov-window.h — the workbench window: library, reader and claims
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-application.h"

G_BEGIN_DECLS

#define PROV_TYPE_WINDOW (prov_window_get_type ())

G_DECLARE_FINAL_TYPE (ProvWindow, prov_window, PROV, WINDOW, AdwApplicationWindow)

/* Creates a window of @application over its library, sized from its settings. */
ProvWindow *prov_window_new                  (ProvApplication    *application);
/* Shows @message as a toast at the bottom of the window. */
void        prov_window_show_toast           (ProvWindow         *self,
                                              const char         *message);
/* Shows @toast (taken) at the bottom of the window. */
void        prov_window_add_toast            (ProvWindow         *self,
                                              AdwToast           *toast);
/* Imports URLs and/or file paths (NULL-terminated), with progress in a toast, then shows the
 * last one that succeeded; each failure gets a toast. Documents already in the library are
 * found again rather than duplicated. */
void        prov_window_import               (ProvWindow         *self,
                                              const char * const *sources);
/* Shows @document_id in the reader and the claims panel, selecting it in the library. */
void        prov_window_show_document        (ProvWindow         *self,
                                              gint64              document_id);
/* Returns the document shown (0: none). */
gint64      prov_window_get_document_id      (ProvWindow         *self);

G_END_DECLS
