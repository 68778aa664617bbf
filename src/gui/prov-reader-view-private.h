/* prov-reader-view-private.h — the reader's state, shared by its source files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-profile-bar.h"
#include "prov-reader-buffer.h"
#include "prov-reader-view.h"

G_BEGIN_DECLS

struct _ProvReaderView
{
  GtkWidget            parent_instance;

  ProvStore           *store;
  GSettings           *settings;
  gint64               document_id;
  gint64               selected_claim_id;
  guint                shown_kinds;      /* bit mask of 1 << ProvKind */
  double               font_scale;
  gboolean             dark;

  ProvReaderPage      *page;             /* what the buffer shows, or NULL */
  GtkTextTagTable     *tags;
  GCancellable        *load_cancellable;
  GCancellable        *cancellable;      /* claims being made; cancelled in dispose */
  gint64               load_started;     /* monotonic µs of the last document switch */
  gint64               last_load_us;     /* how long the last load took until tagged */
  guint                reload_source;
  gint64               banner_hidden_for;
  gboolean             updating_legend;
  const char          *cursor_name;

  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkRevealer         *banner_revealer;
  GtkLabel            *banner_label;
  GtkMenuButton       *orphans_button;
  GtkButton           *banner_close_button;
  GtkListBox          *orphans_list;
  AdwClamp            *toolbar_clamp;
  ProvProfileBar      *profile_bar;
  GtkFlowBox          *legend;
  GtkToggleButton     *legend_toggles[PROV_N_KINDS];
  GtkScrolledWindow   *scroller;
  AdwClampScrollable  *clamp;
  GtkTextView         *text_view;
  GtkPopover          *kinds_popover;
};

/* Sends @message to the window's toast (the win.toast action). */
void   _prov_reader_view_toast              (ProvReaderView *self,
                                             const char     *message);
/* Sets up clicking, hovering, tooltips and the make-claim popover on the text view. */
void   _prov_reader_view_init_pointer       (ProvReaderView *self);
/* Installs the reader.* actions and their keys on @widget_class. */
void   _prov_reader_view_class_init_actions (GtkWidgetClass *widget_class);
/* Builds the legend and follows the light or dark style. */
void   _prov_reader_view_init_style         (ProvReaderView *self);
/* Drops the settings and their handlers. */
void   _prov_reader_view_dispose_style      (ProvReaderView *self);
/* Sizes the text's measure (about 70 characters) for the font and scale. */
void   _prov_reader_view_update_measure     (ProvReaderView *self);
/* Notifies the settings property. */
void   _prov_reader_view_notify_settings    (ProvReaderView *self);
/* Enables the actions that need a document or a selection. */
void   _prov_reader_view_update_actions     (ProvReaderView *self);
/* Shows or hides the "changed since" notice and fills its list of lost passages. */
void   _prov_reader_view_update_banner      (ProvReaderView *self);
/* Connects the notice's close button (hides it for the current document). */
void   _prov_reader_view_init_banner        (ProvReaderView *self);

G_END_DECLS
