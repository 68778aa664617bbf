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

struct _ProvDocumentRow
{
  GtkWidget     parent_instance;

  ProvDocument *document;

  GtkBox       *box;
  GtkLabel     *title_label;
  GtkLabel     *meta_label;
  GtkBox       *kinds_box;
  GtkLabel     *unreviewed_badge;
  GtkWidget    *kind_badges[PROV_N_KINDS];
  GtkLabel     *kind_counts[PROV_N_KINDS];
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

/* Names a count of @kind, as a badge's tooltip and the row's accessible label say it. */
static const char *
kind_names (guint kind,
            int   n)
{
  switch ((ProvKind) kind)
    {
    case PROV_KIND_NAMED:
      return g_dngettext (GETTEXT_PACKAGE, "named source", "named sources", n);
    case PROV_KIND_ANONYMOUS:
      return g_dngettext (GETTEXT_PACKAGE, "anonymous source", "anonymous sources", n);
    case PROV_KIND_HEARSAY:
      return g_dngettext (GETTEXT_PACKAGE, "hearsay", "hearsay", n);
    case PROV_KIND_HEDGE:
      return g_dngettext (GETTEXT_PACKAGE, "hedge", "hedges", n);
    case PROV_KIND_QUOTE:
    case PROV_N_KINDS:
    default:
      return g_dngettext (GETTEXT_PACKAGE, "quote", "quotes", n);
    }
}

static void
prov_document_row_update (ProvDocumentRow *self)
{
  ProvDocument *doc = self->document;
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *unreviewed = NULL;
  g_autoptr(GString) kinds = g_string_new (NULL);
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
    {
      int n = prov_document_get_kind_count (doc, (ProvKind) i);
      g_autofree char *count = g_strdup_printf ("%d", n);
      g_autofree char *tip = g_strdup_printf ("%d %s", n, kind_names (i, n));

      gtk_label_set_label (self->kind_counts[i], count);
      gtk_widget_set_tooltip_text (self->kind_badges[i], tip);
      gtk_widget_set_visible (self->kind_badges[i], n > 0);
      if (n > 0)
        g_string_append_printf (kinds, ", %s", tip);
    }
  gtk_label_set_label (self->unreviewed_badge, unreviewed);
  gtk_widget_set_visible (GTK_WIDGET (self->unreviewed_badge), n_unreviewed > 0);

  accessible = g_strdup_printf ("%s, %s, %s%s", title, meta != NULL ? meta : "", claims,
                                kinds->str);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, box);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, ProvDocumentRow, unreviewed_badge);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
prov_document_row_init (ProvDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One badge a kind: a dot in the kind's colour and the count (the tooltip says the kind). */
  for (guint i = 0; i < PROV_N_KINDS; i++)
    {
      GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
      GtkWidget *dot = gtk_label_new ("●");
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_add_css_class (badge, "kind-badge");
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_add_css_class (dot, "kind-dot");
      gtk_widget_add_css_class (dot, prov_kind_to_string ((ProvKind) i));
      gtk_box_append (GTK_BOX (badge), dot);
      gtk_box_append (GTK_BOX (badge), count);
      gtk_box_append (self->kinds_box, badge);
      self->kind_badges[i] = badge;
      self->kind_counts[i] = GTK_LABEL (count);
    }
}
