/* prov-reader-view.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-reader-view"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-reader-view.h"

struct _ProvReaderView
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (ProvReaderView, prov_reader_view, GTK_TYPE_WIDGET)

static void
prov_reader_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_READER_VIEW);

  G_OBJECT_CLASS (prov_reader_view_parent_class)->dispose (object);
}

static void
prov_reader_view_class_init (ProvReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_reader_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-reader-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_reader_view_init (ProvReaderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
