/* prov-claims-panel.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claims-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claims-panel.h"

struct _ProvClaimsPanel
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (ProvClaimsPanel, prov_claims_panel, GTK_TYPE_WIDGET)

static void
prov_claims_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_CLAIMS_PANEL);

  G_OBJECT_CLASS (prov_claims_panel_parent_class)->dispose (object);
}

static void
prov_claims_panel_class_init (ProvClaimsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_claims_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-claims-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvClaimsPanel, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_claims_panel_init (ProvClaimsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
