/* prov-claims-style.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claims-style"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "prov-claims-style.h"

#define CSS_RESOURCE "/org/provenance/Provenance/prov-claims.css"
#define CSS_DISPLAY_KEY "prov-claims-css-provider"

static const char * const source_types[] = {
  "person", "organisation", "publication", "document", "unknown", NULL
};

const char *
prov_kind_get_label (const char *kind)
{
  if (g_strcmp0 (kind, "named") == 0)
    return C_("attribution kind", "Named");
  if (g_strcmp0 (kind, "anonymous") == 0)
    return C_("attribution kind", "Anonymous");
  if (g_strcmp0 (kind, "hearsay") == 0)
    return C_("attribution kind", "Hearsay");
  if (g_strcmp0 (kind, "hedge") == 0)
    return C_("attribution kind", "Hedge");
  if (g_strcmp0 (kind, "quote") == 0)
    return C_("attribution kind", "Quote");
  return C_("attribution kind", "Claim");
}

const char *
prov_reliability_get_name (char letter)
{
  switch (letter)
    {
    case 'A': return _("Completely reliable");
    case 'B': return _("Usually reliable");
    case 'C': return _("Fairly reliable");
    case 'D': return _("Not usually reliable");
    case 'E': return _("Unreliable");
    case 'F': return _("Reliability cannot be judged");
    default: return "";
    }
}

const char *
prov_credibility_get_name (int n)
{
  switch (n)
    {
    case 1: return _("Confirmed by other sources");
    case 2: return _("Probably true");
    case 3: return _("Possibly true");
    case 4: return _("Doubtful");
    case 5: return _("Improbable");
    case 6: return _("Truth cannot be judged");
    default: return "";
    }
}

const char *
prov_review_status_get_label (ProvReviewStatus status)
{
  switch (status)
    {
    case PROV_REVIEW_UNREVIEWED: return C_("review status", "Unreviewed");
    case PROV_REVIEW_IN_PROGRESS: return C_("review status", "In progress");
    case PROV_REVIEW_VERIFIED: return C_("review status", "Verified");
    case PROV_REVIEW_FALSE: return C_("review status", "False");
    case PROV_REVIEW_INCONCLUSIVE: return C_("review status", "Inconclusive");
    case PROV_N_REVIEW_STATUSES:
    default: return "";
    }
}

const char *
prov_source_type_get_label (const char *type)
{
  if (g_strcmp0 (type, "person") == 0)
    return C_("source type", "Person");
  if (g_strcmp0 (type, "organisation") == 0)
    return C_("source type", "Organisation");
  if (g_strcmp0 (type, "publication") == 0)
    return C_("source type", "Publication");
  if (g_strcmp0 (type, "document") == 0)
    return C_("source type", "Document");
  return C_("source type", "Unknown");
}

const char * const *
prov_source_type_names (void)
{
  return source_types;
}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 GtkWidget       *widget)
{
  if (adw_style_manager_get_dark (manager))
    gtk_widget_add_css_class (widget, "prov-dark");
  else
    gtk_widget_remove_css_class (widget, "prov-dark");
}

void
prov_claims_style_attach (GtkWidget *widget)
{
  GdkDisplay *display = gdk_display_get_default ();
  AdwStyleManager *manager;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (display == NULL)
    return;
  if (g_object_get_data (G_OBJECT (display), CSS_DISPLAY_KEY) == NULL)
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, CSS_RESOURCE);
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_set_data_full (G_OBJECT (display), CSS_DISPLAY_KEY, provider, g_object_unref);
    }

  manager = adw_style_manager_get_for_display (display);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (dark_changed_cb), widget, 0);
  dark_changed_cb (manager, NULL, widget);
}
