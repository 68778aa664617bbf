/* prov-claim-row.c
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claim-row"

#include "config.h"

#include <glib/gi18n.h>

#include "prov-claim-row.h"
#include "prov-claims-style.h"

struct _ProvClaimRow
{
  GtkWidget  parent_instance;

  ProvClaim *claim;
  char      *kind_class;

  GtkWidget *box;
  GtkWidget *swatch;
  GtkLabel  *kind_label;
  GtkLabel  *source_label;
  GtkLabel  *rating_label;
  GtkLabel  *quote_label;
  GtkLabel  *status_label;
  GtkLabel  *marker_label;
  GtkWidget *accept_button;
  GtkWidget *dismiss_button;
};

G_DEFINE_FINAL_TYPE (ProvClaimRow, prov_claim_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLAIM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const marker_classes[] = { "suggested", "accepted", "dismissed" };

GtkWidget *
prov_claim_row_new (void)
{
  return g_object_new (PROV_TYPE_CLAIM_ROW, NULL);
}

ProvClaim *
prov_claim_row_get_claim (ProvClaimRow *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM_ROW (self), NULL);

  return self->claim;
}

char *
prov_claim_format_rating (ProvClaim *claim)
{
  const char *reliability;
  int credibility;

  g_return_val_if_fail (PROV_IS_CLAIM (claim), NULL);

  reliability = prov_claim_get_reliability (claim);
  credibility = prov_claim_get_credibility (claim);
  return g_strdup_printf ("%c%d",
                          reliability != NULL && *reliability != '\0' ? *reliability : 'F',
                          prov_credibility_is_valid (credibility) ? credibility : 6);
}

static void
set_kind_class (ProvClaimRow *self,
                const char   *kind)
{
  if (self->kind_class != NULL)
    {
      gtk_widget_remove_css_class (self->swatch, self->kind_class);
      gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), self->kind_class);
      g_clear_pointer (&self->kind_class, g_free);
    }
  if (kind != NULL && *kind != '\0')
    {
      self->kind_class = g_strdup (kind);
      gtk_widget_add_css_class (self->swatch, kind);
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), kind);
    }
}

static char *
excerpt (const char *quote)
{
  g_autofree char *flat = g_strdup (quote != NULL ? quote : "");

  /* one paragraph: a quote that spans a paragraph break still fills two lines */
  g_strdelimit (flat, "\n\r\t", ' ');
  return g_strstrip (g_steal_pointer (&flat));
}

static void
update_suggestion (ProvClaimRow *self)
{
  ProvSuggestion suggestion = PROV_SUGGESTION_ACCEPTED;
  GtkWidget *marker = GTK_WIDGET (self->marker_label);

  prov_suggestion_from_string (prov_claim_get_suggestion (self->claim), &suggestion);
  for (guint i = 0; i < G_N_ELEMENTS (marker_classes); i++)
    gtk_widget_remove_css_class (marker, marker_classes[i]);
  gtk_widget_add_css_class (marker, marker_classes[suggestion]);

  switch (suggestion)
    {
    case PROV_SUGGESTION_SUGGESTED:
      gtk_label_set_label (self->marker_label, C_("claim", "Suggested"));
      gtk_widget_set_tooltip_text (marker, _("Found by the analyzer; accept or dismiss it"));
      break;

    case PROV_SUGGESTION_ACCEPTED:
      gtk_label_set_label (self->marker_label,
                           g_strcmp0 (prov_claim_get_origin (self->claim), "user") == 0
                           ? C_("claim", "✓ Yours") : C_("claim", "✓ Accepted"));
      gtk_widget_set_tooltip_text (marker, NULL);
      break;

    case PROV_SUGGESTION_DISMISSED:
    default:
      gtk_label_set_label (self->marker_label, C_("claim", "Dismissed"));
      gtk_widget_set_tooltip_text (marker, NULL);
      break;
    }

  gtk_widget_set_visible (self->accept_button, suggestion != PROV_SUGGESTION_ACCEPTED);
  gtk_widget_set_visible (self->dismiss_button, suggestion == PROV_SUGGESTION_SUGGESTED);
  gtk_widget_set_tooltip_text (self->accept_button,
                               suggestion == PROV_SUGGESTION_DISMISSED
                               ? _("Restore Suggestion (A)") : _("Accept Suggestion (A)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->accept_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  suggestion == PROV_SUGGESTION_DISMISSED
                                  ? _("Restore suggestion") : _("Accept suggestion"),
                                  -1);
  if (suggestion == PROV_SUGGESTION_DISMISSED)
    gtk_widget_add_css_class (self->box, "dismissed");
  else
    gtk_widget_remove_css_class (self->box, "dismissed");
}

static void
update_rating (ProvClaimRow *self)
{
  g_autofree char *rating = prov_claim_format_rating (self->claim);
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (self->rating_label, rating);
  /* Translators: the tooltip of a rating badge: "B2: usually reliable, probably true" */
  tooltip = g_strdup_printf (_("%s: %s, %s"), rating,
                             prov_reliability_get_name (rating[0]),
                             prov_credibility_get_name (rating[1] - '0'));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->rating_label), tooltip);
  if (g_str_equal (rating, "F6"))
    gtk_widget_add_css_class (GTK_WIDGET (self->rating_label), "unjudged");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->rating_label), "unjudged");
}

static void
update_contents (ProvClaimRow *self)
{
  ProvReviewStatus status = PROV_REVIEW_UNREVIEWED;
  const char *source;
  g_autofree char *quote = NULL;
  GString *status_text;

  if (self->claim == NULL)
    {
      set_kind_class (self, NULL);
      gtk_label_set_label (self->kind_label, "");
      gtk_label_set_label (self->source_label, "");
      gtk_label_set_label (self->quote_label, "");
      return;
    }

  set_kind_class (self, prov_claim_get_kind (self->claim));
  gtk_label_set_label (self->kind_label, prov_kind_get_label (prov_claim_get_kind (self->claim)));

  source = prov_claim_get_source_name (self->claim);
  if (source == NULL || *source == '\0')
    {
      /* not linked to the registry: the words of the text ("two officials"), or nothing */
      source = prov_claim_get_source_text (self->claim);
      if (source != NULL && *source != '\0')
        gtk_label_set_label (self->source_label, source);
      else if (g_strcmp0 (prov_claim_get_kind (self->claim), "hedge") == 0)
        gtk_label_set_label (self->source_label, "");   /* the writer's own uncertainty */
      else
        gtk_label_set_label (self->source_label, _("No source"));
      gtk_widget_add_css_class (GTK_WIDGET (self->source_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->source_label, source);
      gtk_widget_remove_css_class (GTK_WIDGET (self->source_label), "dim-label");
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_label), source);

  quote = excerpt (prov_claim_get_quote (self->claim));
  gtk_label_set_label (self->quote_label, quote);

  prov_review_status_from_string (prov_claim_get_status (self->claim), &status);
  status_text = g_string_new (prov_review_status_get_label (status));
  if (prov_claim_get_orphaned (self->claim))
    g_string_append_printf (status_text, " · %s", _("Not found in the text"));
  else if (prov_claim_get_changed (self->claim))
    g_string_append_printf (status_text, " · %s", _("Changed since"));
  gtk_label_set_label (self->status_label, status_text->str);
  g_string_free (status_text, TRUE);

  update_rating (self);
  update_suggestion (self);

  /* the target first: an action name without its int64 target is refused */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->accept_button), "x",
                                    prov_claim_get_id (self->claim));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->accept_button), "claims.accept");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->dismiss_button), "x",
                                    prov_claim_get_id (self->claim));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->dismiss_button), "claims.dismiss");
}

void
prov_claim_row_set_claim (ProvClaimRow *self,
                          ProvClaim    *claim)
{
  g_return_if_fail (PROV_IS_CLAIM_ROW (self));
  g_return_if_fail (claim == NULL || PROV_IS_CLAIM (claim));

  if (self->claim == claim)
    return;

  /* The store refreshes a claim in place: follow its properties, not just its arrival. */
  if (self->claim != NULL)
    g_signal_handlers_disconnect_by_func (self->claim, update_contents, self);
  g_set_object (&self->claim, claim);
  if (claim != NULL)
    g_signal_connect_swapped (claim, "notify", G_CALLBACK (update_contents), self);
  update_contents (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM]);
}

static void
prov_claim_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ProvClaimRow *self = PROV_CLAIM_ROW (object);

  switch (prop_id)
    {
    case PROP_CLAIM:
      g_value_set_object (value, self->claim);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ProvClaimRow *self = PROV_CLAIM_ROW (object);

  switch (prop_id)
    {
    case PROP_CLAIM:
      prov_claim_row_set_claim (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prov_claim_row_dispose (GObject *object)
{
  ProvClaimRow *self = PROV_CLAIM_ROW (object);

  prov_claim_row_set_claim (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), PROV_TYPE_CLAIM_ROW);

  G_OBJECT_CLASS (prov_claim_row_parent_class)->dispose (object);
}

static void
prov_claim_row_finalize (GObject *object)
{
  ProvClaimRow *self = PROV_CLAIM_ROW (object);

  g_free (self->kind_class);

  G_OBJECT_CLASS (prov_claim_row_parent_class)->finalize (object);
}

static void
prov_claim_row_class_init (ProvClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prov_claim_row_dispose;
  object_class->finalize = prov_claim_row_finalize;
  object_class->get_property = prov_claim_row_get_property;
  object_class->set_property = prov_claim_row_set_property;

  properties[PROP_CLAIM] =
    g_param_spec_object ("claim", NULL, NULL,
                         PROV_TYPE_CLAIM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/provenance/Provenance/prov-claim-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, box);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, rating_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, marker_label);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, ProvClaimRow, dismiss_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "claimrow");
}

static void
prov_claim_row_init (ProvClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
