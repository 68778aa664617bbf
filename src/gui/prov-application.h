/* prov-application.h — the Provenance application: services, app actions, windows
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-importer.h"
#include "prov-store.h"

G_BEGIN_DECLS

#define PROV_TYPE_APPLICATION (prov_application_get_type ())

G_DECLARE_FINAL_TYPE (ProvApplication, prov_application, PROV, APPLICATION, AdwApplication)

/* Creates the application with its ID and flags. */
ProvApplication *prov_application_new          (void);
/* Returns the application's settings (org.provenance.Provenance). */
GSettings       *prov_application_get_settings    (ProvApplication *self);
/* Returns the open library, or NULL when it could not be opened (see _get_store_error). */
ProvStore       *prov_application_get_store       (ProvApplication *self);
/* Returns why the library could not be opened, or NULL. */
const GError    *prov_application_get_store_error (ProvApplication *self);
/* Returns the importer into the library (NULL without a library). */
ProvImporter    *prov_application_get_importer    (ProvApplication *self);
/* Returns the analyzer shared by the importer and the pasted-text import. */
ProvAnalyzer    *prov_application_get_analyzer    (ProvApplication *self);

G_END_DECLS
