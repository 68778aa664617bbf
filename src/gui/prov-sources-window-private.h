/* prov-sources-window-private.h — the sources window's state, shared by its list and merging
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-source-list-model.h"
#include "prov-sources-window.h"

G_BEGIN_DECLS

struct _ProvSourcesWindow
{
  AdwWindow            parent_instance;

  ProvStore           *store;
  ProvSourceListModel *sources;
  GtkMultiSelection   *selection;
  GArray              *selected_ids;   /* gint64, kept across reloads */
  ProvSource          *source;         /* the one whose details are shown */
  GPtrArray           *alias_rows;
  gboolean             reloading;
  gboolean             updating;
  GCancellable        *cancellable;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkStack            *detail_stack;
  AdwStatusPage       *merge_page;
  AdwEntryRow         *name_row;
  AdwComboRow         *type_row;
  AdwComboRow         *reliability_row;
  AdwActionRow        *claims_row;
  AdwPreferencesGroup *aliases_group;
  AdwEntryRow         *alias_row;
};

/* Shows @message in the window's toast overlay. */
void _prov_sources_window_toast (ProvSourcesWindow *self,
                                 const char        *message);

G_END_DECLS
