/* prov-claims-panel.h
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PROV_TYPE_CLAIMS_PANEL (prov_claims_panel_get_type ())

G_DECLARE_FINAL_TYPE (ProvClaimsPanel, prov_claims_panel, PROV, CLAIMS_PANEL, GtkWidget)

G_END_DECLS
