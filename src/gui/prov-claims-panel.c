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

  ProvStore *store;
  gint64     document_id;
  gint64     selected_claim_id;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (ProvClaimsPanel, prov_claims_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DOCUMENT_ID,
  PROP_SELECTED_CLAIM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ProvStore *
prov_claims_panel_get_store (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), NULL);

  return self->store;
}

void
prov_claims_panel_set_store (ProvClaimsPanel *self,
                         ProvStore  *store)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
prov_claims_panel_get_document_id (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), 0);

  return self->document_id;
}

void
prov_claims_panel_set_document_id (ProvClaimsPanel *self,
                               gint64      document_id)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  if (self->document_id == document_id)
    return;

  self->document_id = document_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

gint64
prov_claims_panel_get_selected_claim_id (ProvClaimsPanel *self)
{
  g_return_val_if_fail (PROV_IS_CLAIMS_PANEL (self), 0);

  return self->selected_claim_id;
}

void
prov_claims_panel_set_selected_claim_id (ProvClaimsPanel *self,
                                     gint64      claim_id)
{
  g_return_if_fail (PROV_IS_CLAIMS_PANEL (self));

  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

static void
prov_claims_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claims_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_claims_panel_set_store (self, g_value_get_object (value));
      break;

    case PROP_DOCUMENT_ID:
      prov_claims_panel_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_SELECTED_CLAIM_ID:
      prov_claims_panel_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claims_panel_dispose (GObject *object)
{
  ProvClaimsPanel *self = PROV_CLAIMS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_CLAIMS_PANEL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (prov_claims_panel_parent_class)->dispose (object);
}

static void
prov_claims_panel_class_init (ProvClaimsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_claims_panel_dispose;
  object_class->get_property = prov_claims_panel_get_property;
  object_class->set_property = prov_claims_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PROV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
