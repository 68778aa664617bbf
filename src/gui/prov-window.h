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

/* Creates a window of @application, sized from its settings. */
ProvWindow *prov_window_new        (ProvApplication *application);
/* Shows @message as a toast at the bottom of the window. */
void        prov_window_show_toast (ProvWindow      *self,
                                    const char      *message);

G_END_DECLS
