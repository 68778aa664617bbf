/* prov-sample.h — the sample article bundled with the app, for a library's first run
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-analyzer.h"
#include "prov-store.h"

G_BEGIN_DECLS

/* Analyzes the bundled sample article and stores it in @store; returns its document id, or 0
 * with @error set. Storing it again only refreshes it (same URI, same text). */
gint64 prov_sample_add_sync (ProvStore     *store,
                             ProvAnalyzer  *analyzer,
                             GError       **error);

G_END_DECLS
