/* prov-preferences.h — the Preferences window, bound to the app's GSettings
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PROV_TYPE_PREFERENCES (prov_preferences_get_type ())

G_DECLARE_FINAL_TYPE (ProvPreferences, prov_preferences, PROV, PREFERENCES, AdwPreferencesWindow)

/* Creates a Preferences window that reads and writes @settings. */
ProvPreferences *prov_preferences_new (GSettings *settings);

G_END_DECLS
