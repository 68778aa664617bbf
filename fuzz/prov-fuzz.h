/* prov-fuzz.h — the fuzzing entry points, shared by the libFuzzer harnesses and the
 * regression test (tests/test-fuzz-regress.c)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entry takes one input as libFuzzer gives it and returns 0. A broken invariant (an
 * offset outside the text, invalid UTF-8 in an output, a failure without a GError) aborts, so
 * that the fuzzer reports it like a crash.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* HTML bytes; the first byte chooses the HTTP charset and the page URL. */
int prov_fuzz_extractor  (const guint8 *data,
                          gsize         size);
/* Text for the analyzer. */
int prov_fuzz_analyzer   (const guint8 *data,
                          gsize         size);
/* Markdown for prov_markdown_reader_read (). */
int prov_fuzz_markdown   (const guint8 *data,
                          gsize         size);
/* JSON-LD for prov_annotation_parse (); what parses is rendered and imported into a library. */
int prov_fuzz_annotation (const guint8 *data,
                          gsize         size);
/* Old text, new text, exact, prefix and suffix separated by NUL bytes, for prov_anchor_*. */
int prov_fuzz_anchor     (const guint8 *data,
                          gsize         size);
/* A search query over a small library built once per process. */
int prov_fuzz_search     (const guint8 *data,
                          gsize         size);

/* Aborts with @what when @condition does not hold (in every build type). */
#define PROV_FUZZ_CHECK(condition, what) \
  G_STMT_START { \
    if (G_UNLIKELY (!(condition))) \
      { \
        g_printerr ("fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, (what)); \
        abort (); \
      } \
  } G_STMT_END

typedef int (*ProvFuzzFunc) (const guint8 *data,
                             gsize         size);

/* The harnesses by name: fuzz/seeds/NAME, tests/data/fuzz-regress/NAME. */
typedef struct
{
  const char   *name;
  ProvFuzzFunc  func;
} ProvFuzzTarget;

static const ProvFuzzTarget prov_fuzz_targets[] = {
  { "extractor", prov_fuzz_extractor },
  { "analyzer", prov_fuzz_analyzer },
  { "markdown", prov_fuzz_markdown },
  { "annotation", prov_fuzz_annotation },
  { "anchor", prov_fuzz_anchor },
  { "search", prov_fuzz_search },
};

G_END_DECLS
