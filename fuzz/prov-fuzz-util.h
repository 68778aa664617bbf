/* prov-fuzz-util.h — small helpers shared by the harness entry points
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prov-fuzz.h"

/* The input as a NUL-terminated string, invalid UTF-8 replaced (stored texts are UTF-8). */
static inline char *
prov_fuzz_valid_utf8 (const guint8 *data,
                      gsize         size)
{
  g_autofree char *copy = g_strndup ((const char *) data, size);

  /* g_strndup stops at the first NUL: the part before it is the string */
  return g_utf8_make_valid (copy, -1);
}

/* Runs the default main context until idle (the store queues its signals there). */
static inline void
prov_fuzz_drain_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Checks that every span of a structure lies in a text of @n_chars code points. */
static inline void
prov_fuzz_check_span (gint64      start,
                      gint64      end,
                      gint64      n_chars,
                      const char *what)
{
  PROV_FUZZ_CHECK (start >= 0 && start <= end && end <= n_chars, what);
}
