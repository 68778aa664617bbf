/* prov-library-sidebar.h
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PROV_TYPE_LIBRARY_SIDEBAR (prov_library_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (ProvLibrarySidebar, prov_library_sidebar, PROV, LIBRARY_SIDEBAR, GtkWidget)

G_END_DECLS
