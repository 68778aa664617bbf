/* prov-claim-private.h — the claim's state, shared by its source files
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prov-claim.h"

G_BEGIN_DECLS

struct _ProvClaim
{
  GObject parent_instance;

  gint64 id;
  gint64 document_id;
  char *kind;
  char *quote;
  gint64 start;
  gint64 end;
  char *source_text;
  gint64 source_id;
  char *source_name;
  char *reliability;
  gboolean reliability_set;
  int credibility;
  char *status;
  char *suggestion;
  char *origin;
  char *rule;
  char *note;
  char **tags;
  gboolean changed;
  gboolean orphaned;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_ID,
  PROP_KIND,
  PROP_QUOTE,
  PROP_START,
  PROP_END,
  PROP_SOURCE_TEXT,
  PROP_SOURCE_ID,
  PROP_SOURCE_NAME,
  PROP_RELIABILITY,
  PROP_RELIABILITY_SET,
  PROP_CREDIBILITY,
  PROP_STATUS,
  PROP_SUGGESTION,
  PROP_ORIGIN,
  PROP_RULE,
  PROP_NOTE,
  PROP_TAGS,
  PROP_CHANGED,
  PROP_ORPHANED,
  N_PROPS
};

/* Notifies the property @prop_id (one of PROP_*) of @self. */
void _prov_claim_notify (ProvClaim *self,
                         guint      prop_id);

G_END_DECLS
