/* prov-attribution.c — one detected attribution or hedge
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-attribution"

#include "config.h"

#include <string.h>

#include "prov-attribution.h"

static const char * const kind_names[PROV_N_KINDS] = {
  "named", "anonymous", "hearsay", "hedge", "quote",
};

const char *
prov_kind_to_string (ProvKind kind)
{
  g_return_val_if_fail (kind < PROV_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
prov_kind_from_string (const char *name,
                       ProvKind   *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < PROV_N_KINDS; i++)
    {
      if (strcmp (name, kind_names[i]) == 0)
        {
          *kind = (ProvKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
prov_span_is_set (ProvSpan span)
{
  return span.start >= 0 && span.end >= span.start;
}

ProvAttribution *
prov_attribution_new (ProvKind    kind,
                      ProvSpan    cue,
                      ProvSpan    source,
                      ProvSpan    content,
                      const char *rule,
                      double      score)
{
  ProvAttribution *self;

  g_return_val_if_fail (kind < PROV_N_KINDS, NULL);

  self = g_new0 (ProvAttribution, 1);
  self->kind = kind;
  self->cue = cue;
  self->source = source;
  self->content = content;
  self->rule = g_strdup (rule);
  self->score = score;

  return self;
}

ProvAttribution *
prov_attribution_copy (const ProvAttribution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return prov_attribution_new (self->kind, self->cue, self->source, self->content,
                               self->rule, self->score);
}

void
prov_attribution_free (ProvAttribution *self)
{
  if (self == NULL)
    return;

  g_free (self->rule);
  g_free (self);
}

int
prov_attribution_compare (gconstpointer a,
                          gconstpointer b)
{
  const ProvAttribution *x = *(ProvAttribution * const *) a;
  const ProvAttribution *y = *(ProvAttribution * const *) b;

  if (x->cue.start != y->cue.start)
    return x->cue.start < y->cue.start ? -1 : 1;
  if (x->cue.end != y->cue.end)
    return x->cue.end < y->cue.end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}
