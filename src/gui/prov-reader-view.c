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

  ProvStore *store;
  gint64     document_id;
  gint64     selected_claim_id;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (ProvReaderView, prov_reader_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DOCUMENT_ID,
  PROP_SELECTED_CLAIM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ProvStore *
prov_reader_view_get_store (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), NULL);

  return self->store;
}

void
prov_reader_view_set_store (ProvReaderView *self,
                         ProvStore  *store)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));
  g_return_if_fail (store == NULL || PROV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
prov_reader_view_get_document_id (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->document_id;
}

void
prov_reader_view_set_document_id (ProvReaderView *self,
                               gint64      document_id)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));

  if (self->document_id == document_id)
    return;

  self->document_id = document_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

gint64
prov_reader_view_get_selected_claim_id (ProvReaderView *self)
{
  g_return_val_if_fail (PROV_IS_READER_VIEW (self), 0);

  return self->selected_claim_id;
}

void
prov_reader_view_set_selected_claim_id (ProvReaderView *self,
                                     gint64      claim_id)
{
  g_return_if_fail (PROV_IS_READER_VIEW (self));

  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

static void
prov_reader_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

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
prov_reader_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prov_reader_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_DOCUMENT_ID:
      prov_reader_view_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_SELECTED_CLAIM_ID:
      prov_reader_view_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_reader_view_dispose (GObject *object)
{
  ProvReaderView *self = PROV_READER_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_READER_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (prov_reader_view_parent_class)->dispose (object);
}

static void
prov_reader_view_class_init (ProvReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_reader_view_dispose;
  object_class->get_property = prov_reader_view_get_property;
  object_class->set_property = prov_reader_view_set_property;

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
                                               "/org/provenance/Provenance/prov-reader-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvReaderView, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prov_reader_view_init (ProvReaderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
