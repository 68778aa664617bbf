/* prov-document-row.c — one document of the library list: title, site, date and claim badges
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-document-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "prov-document-row.h"
#include "prov-kind-counts.h"

struct _ProvDocumentRow
{
  GtkWidget     parent_instance;

  ProvDocument *document;

  GtkBox       *box;
  GtkLabel     *title_label;
  GtkLabel     *meta_label;
  ProvKindCounts *kind_counts;
  GtkLabel     *unreviewed_badge;
};

G_DEFINE_FINAL_TYPE (ProvDocumentRow, prov_document_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
prov_document_row_new (void)
{
  return g_object_new (PROV_TYPE_DOCUMENT_ROW, NULL);
}

ProvDocument *
prov_document_row_get_document (ProvDocumentRow *self)
{
  g_return_val_if_fail (PROV_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
}

char *
prov_document_row_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GTimeZone) utc = NULL;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();
  when = g_date_time_new_from_iso8601 (iso_date, utc);
  if (when == NULL && strlen (iso_date) >= 10)
    {
      g_autofree char *day = g_strdup_printf ("%.10sT00:00:00Z", iso_date);

      when = g_date_time_new_from_iso8601 (day, utc);
    }
  if (when == NULL)
    return NULL;

  /* Translators: a short date in the library list, see g_date_time_format () */
  return g_date_time_format (when, _("%e %b %Y"));
}

static void
prov_document_row_update (ProvDocumentRow *self)
{
  ProvDocument *doc = self->document;
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *unreviewed = NULL;
  guint counts[PROV_N_KINDS];
  const char *kinds;
  g_autofree char *accessible = NULL;
  const char *title;
  const char *site;
  int n_claims;
  int n_unreviewed;

  if (doc == NULL)
    return;

  title = prov_document_get_title (doc);
  if (title == NULL || *title == '\0')
    title = prov_document_get_uri (doc);
  site = prov_document_get_site (doc);
  date = prov_document_row_format_date (prov_document_get_published (doc));
  if (date == NULL)
    {
      g_autoptr(GDateTime) added = g_date_time_new_from_unix_local (prov_document_get_added (doc));

      if (added != NULL)
        date = g_date_time_format (added, _("%e %b %Y"));
    }
  if (date != NULL)
    g_strstrip (date);

  if (site != NULL && *site != '\0' && date != NULL)
    meta = g_strdup_printf ("%s · %s", site, date);
  else
    meta = g_strdup (site != NULL && *site != '\0' ? site : date);

  n_claims = prov_document_get_claim_count (doc);
  n_unreviewed = prov_document_get_unreviewed_count (doc);
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d claim", "%d claims", n_claims),
                            n_claims);
  unreviewed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d to review", "%d to review",
                                             n_unreviewed),
                                n_unreviewed);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->meta_label, meta != NULL ? meta : "");
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta != NULL);
  for (guint i = 0; i < PROV_N_KINDS; i++)
    counts[i] = (guint) MAX (0, prov_document_get_kind_count (doc, (ProvKind) i));
  prov_kind_counts_set_counts (self->kind_counts, counts);
  kinds = prov_kind_counts_get_summary (self->kind_counts);
  gtk_label_set_label (self->unreviewed_badge, unreviewed);
  gtk_widget_set_visible (GTK_WIDGET (self->unreviewed_badge), n_unreviewed > 0);

  accessible = g_strdup_printf ("%s, %s, %s%s%s", title, meta != NULL ? meta : "", claims,
                                *kinds != '\0' ? ", " : "", kinds);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
document_notify_cb (ProvDocumentRow *self)
{
  prov_document_row_update (self);
}

void
prov_document_row_set_document (ProvDocumentRow *self,
                                ProvDocument    *document)
{
  g_return_if_fail (PROV_IS_DOCUMENT_ROW (self));
  g_return_if_fail (document == NULL || PROV_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_notify_cb, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "notify", G_CALLBACK (document_notify_cb), self);

  prov_document_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
prov_document_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ProvDocumentRow *self = PROV_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_document_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ProvDocumentRow *self = PROV_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      prov_document_row_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_document_row_dispose (GObject *object)
{
  ProvDocumentRow *self = PROV_DOCUMENT_ROW (object);

  prov_document_row_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PROV_TYPE_DOCUMENT_ROW);

  G_OBJECT_CLASS (prov_document_row_parent_class)->dispose (object);
}

static void
prov_document_row_class_init (ProvDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_document_row_dispose;
  object_class->get_property = prov_document_row_get_property;
  object_class->set_property = prov_document_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PROV_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PROV_TYPE_KIND_COUNTS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, box);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, kind_counts);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, unreviewed_badge);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
prov_document_row_init (ProvDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
