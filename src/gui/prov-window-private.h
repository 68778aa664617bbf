/* prov-window-private.h — what ProvWindow's files share
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-claims-panel.h"
#include "prov-library-sidebar.h"
#include "prov-reader-view.h"
#include "prov-window.h"

G_BEGIN_DECLS

struct _ProvWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ProvStore            *store;
  ProvImporter         *importer;
  ProvAnalyzer         *analyzer;
  GCancellable         *cancellable;
  guint                 imports_running;
  guint                 layout_idle;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkRevealer          *progress_revealer;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GtkPaned             *inner_paned;
  ProvLibrarySidebar   *library_sidebar;
  ProvReaderView       *reader_view;
  ProvClaimsPanel      *claims_panel;
};

/* Installs the win.* actions and their keyboard shortcuts (prov-window-actions.c). */
void _prov_window_class_actions_init (GtkWidgetClass *widget_class);
/* Enables the actions that need a library, a document or a selection. */
void _prov_window_update_actions     (ProvWindow     *self);
/* Imports pasted text as a document of its own, then shows it. */
void _prov_window_import_text        (ProvWindow     *self,
                                      const char     *title,
                                      const char     *text);

G_END_DECLS
