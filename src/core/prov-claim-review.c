/* prov-claim-review.c — a claim's rating and review: reliability, credibility, status,
 * suggestion, origin, rule, note, tags and what re-anchoring found
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-claim"

#include "config.h"

#include "prov-claim-private.h"

const char *
prov_claim_get_reliability (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->reliability;
}

void
prov_claim_set_reliability (ProvClaim *self,
                            const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->reliability, value) == 0)
    return;

  g_free (self->reliability);
  self->reliability = g_strdup (value);
  _prov_claim_notify (self, PROP_RELIABILITY);
}

gboolean
prov_claim_get_reliability_set (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), FALSE);

  return self->reliability_set;
}

void
prov_claim_set_reliability_set (ProvClaim *self,
                                gboolean value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  value = !!value;
  if (self->reliability_set == value)
    return;

  self->reliability_set = value;
  _prov_claim_notify (self, PROP_RELIABILITY_SET);
}

int
prov_claim_get_credibility (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), 0);

  return self->credibility;
}

void
prov_claim_set_credibility (ProvClaim *self,
                            int value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->credibility == value)
    return;

  self->credibility = value;
  _prov_claim_notify (self, PROP_CREDIBILITY);
}

const char *
prov_claim_get_status (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->status;
}

void
prov_claim_set_status (ProvClaim *self,
                       const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->status, value) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (value);
  _prov_claim_notify (self, PROP_STATUS);
}

const char *
prov_claim_get_suggestion (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->suggestion;
}

void
prov_claim_set_suggestion (ProvClaim *self,
                           const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->suggestion, value) == 0)
    return;

  g_free (self->suggestion);
  self->suggestion = g_strdup (value);
  _prov_claim_notify (self, PROP_SUGGESTION);
}

const char *
prov_claim_get_origin (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->origin;
}

void
prov_claim_set_origin (ProvClaim *self,
                       const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->origin, value) == 0)
    return;

  g_free (self->origin);
  self->origin = g_strdup (value);
  _prov_claim_notify (self, PROP_ORIGIN);
}

const char *
prov_claim_get_rule (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->rule;
}

void
prov_claim_set_rule (ProvClaim *self,
                     const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->rule, value) == 0)
    return;

  g_free (self->rule);
  self->rule = g_strdup (value);
  _prov_claim_notify (self, PROP_RULE);
}

const char *
prov_claim_get_note (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return self->note;
}

void
prov_claim_set_note (ProvClaim *self,
                     const char *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (g_strcmp0 (self->note, value) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (value);
  _prov_claim_notify (self, PROP_NOTE);
}

const char * const *
prov_claim_get_tags (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), NULL);

  return (const char * const *) self->tags;
}

void
prov_claim_set_tags (ProvClaim *self,
                     const char * const *value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  if (self->tags == (char **) value)
    return;
  if (self->tags != NULL && value != NULL &&
      g_strv_equal ((const char * const *) self->tags, value))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) value);
  _prov_claim_notify (self, PROP_TAGS);
}

gboolean
prov_claim_get_changed (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), FALSE);

  return self->changed;
}

void
prov_claim_set_changed (ProvClaim *self,
                        gboolean value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  value = !!value;
  if (self->changed == value)
    return;

  self->changed = value;
  _prov_claim_notify (self, PROP_CHANGED);
}

gboolean
prov_claim_get_orphaned (ProvClaim *self)
{
  g_return_val_if_fail (PROV_IS_CLAIM (self), FALSE);

  return self->orphaned;
}

void
prov_claim_set_orphaned (ProvClaim *self,
                         gboolean value)
{
  g_return_if_fail (PROV_IS_CLAIM (self));

  value = !!value;
  if (self->orphaned == value)
    return;

  self->orphaned = value;
  _prov_claim_notify (self, PROP_ORPHANED);
}
