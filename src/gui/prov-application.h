/* prov-application.h — the Provenance application: services, app actions, windows
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PROV_TYPE_APPLICATION (prov_application_get_type ())

G_DECLARE_FINAL_TYPE (ProvApplication, prov_application, PROV, APPLICATION, AdwApplication)

/* Creates the application with its ID and flags. */
ProvApplication *prov_application_new          (void);
/* Returns the application's settings (org.provenance.Provenance). */
GSettings       *prov_application_get_settings (ProvApplication *self);

G_END_DECLS
