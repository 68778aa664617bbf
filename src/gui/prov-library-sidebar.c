/* prov-library-sidebar.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-library-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-library-sidebar.h"

struct _ProvLibrarySidebar
{
  GtkWidget  parent_instance;

  GtkBox    *box;
  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (ProvLibrarySidebar, prov_library_sidebar, GTK_TYPE_WIDGET)

static void
prov_library_sidebar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_LIBRARY_SIDEBAR);

  G_OBJECT_CLASS (prov_library_sidebar_parent_class)->dispose (object);
}

static void
prov_library_sidebar_class_init (ProvLibrarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_library_sidebar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-library-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, box);
  gtk_widget_class_bind_template_child (widget_class, ProvLibrarySidebar, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_library_sidebar_init (ProvLibrarySidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
