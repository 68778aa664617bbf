/* prov-reader-view.h
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PROV_TYPE_READER_VIEW (prov_reader_view_get_type ())

G_DECLARE_FINAL_TYPE (ProvReaderView, prov_reader_view, PROV, READER_VIEW, GtkWidget)

G_END_DECLS
