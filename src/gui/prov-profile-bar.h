/* prov-profile-bar.h — a document's sourcing profile: a stacked bar and a one-line summary
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prov-analyzer.h"

G_BEGIN_DECLS

#define PROV_TYPE_PROFILE_BAR (prov_profile_bar_get_type ())

G_DECLARE_FINAL_TYPE (ProvProfileBar, prov_profile_bar, PROV, PROFILE_BAR, GtkWidget)

/* Creates an empty profile bar. */
GtkWidget         *prov_profile_bar_new            (void);
/* Shows @profile (copied): one segment per kind and one for unattributed sentences. */
void               prov_profile_bar_set_profile    (ProvProfileBar    *self,
                                                    const ProvProfile *profile);
/* Returns the profile shown. */
const ProvProfile *prov_profile_bar_get_profile    (ProvProfileBar    *self);
/* Returns the summary shown under the bar (also the bar's accessible label). */
const char        *prov_profile_bar_get_summary    (ProvProfileBar    *self);
/* Formats @profile as "9 attributions: 3 named, 1 anonymous, 5 hearsay; 4 hedges; 2 quotes;
 * 6 unattributed sentences" (translated; parts that are zero are left out). */
char              *prov_profile_format_summary     (const ProvProfile *profile);

G_END_DECLS
