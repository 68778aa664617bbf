/* prov-export-jsonld.h — the report as a W3C Web Annotation collection in JSON-LD
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-report.h"

G_BEGIN_DECLS

/* The IRI of our own terms, written with the "pv:" prefix. */
#define PROV_JSONLD_NAMESPACE "urn:provenance:terms#"
/* The version of the "pv:" terms this build writes and reads. */
#define PROV_JSONLD_FORMAT_VERSION 1

/* Renders @report (already filtered with prov_report_apply_options ()) as JSON-LD. */
GBytes *prov_export_jsonld (const ProvReport         *report,
                            const ProvReportOptions  *options,
                            GError                  **error);

G_END_DECLS
