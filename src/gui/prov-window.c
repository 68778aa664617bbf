/* prov-window.c — the workbench window: library, reader and claims
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claims-panel.h"
#include "prov-library-sidebar.h"
#include "prov-reader-view.h"
#include "prov-window.h"

struct _ProvWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  ProvLibrarySidebar   *library_sidebar;
  ProvReaderView       *reader_view;
  ProvClaimsPanel      *claims_panel;
};

G_DEFINE_FINAL_TYPE (ProvWindow, prov_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ProvWindow *
prov_window_new (ProvApplication *application)
{
  g_return_val_if_fail (PROV_IS_APPLICATION (application), NULL);

  return g_object_new (PROV_TYPE_WINDOW,
                       "application", application,
                       "settings", prov_application_get_settings (application),
                       NULL);
}

void
prov_window_show_toast (ProvWindow *self,
                        const char *message)
{
  g_return_if_fail (PROV_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
prov_window_save_state (ProvWindow *self)
{
  int width = 0;
  int height = 0;

  if (self->settings == NULL)
    return;

  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
prov_window_close_request (GtkWindow *window)
{
  prov_window_save_state (PROV_WINDOW (window));

  return GTK_WINDOW_CLASS (prov_window_parent_class)->close_request (window);
}

static void
prov_window_constructed (GObject *object)
{
  ProvWindow *self = PROV_WINDOW (object);

  G_OBJECT_CLASS (prov_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
prov_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ProvWindow *self = PROV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ProvWindow *self = PROV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_window_dispose (GObject *object)
{
  ProvWindow *self = PROV_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prov_window_parent_class)->dispose (object);
}

static void
prov_window_class_init (ProvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (PROV_TYPE_LIBRARY_SIDEBAR);
  g_type_ensure (PROV_TYPE_READER_VIEW);
  g_type_ensure (PROV_TYPE_CLAIMS_PANEL);

  object_class->constructed = prov_window_constructed;
  object_class->dispose = prov_window_dispose;
  object_class->get_property = prov_window_get_property;
  object_class->set_property = prov_window_set_property;
  window_class->close_request = prov_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, library_sidebar);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, reader_view);
  gtk_widget_class_bind_template_child (widget_class, ProvWindow, claims_panel);
}

static void
prov_window_init (ProvWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
