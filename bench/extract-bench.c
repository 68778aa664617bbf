/* extract-bench.c — ProvExtractor's own speed, in one process, for bench/extract.py
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: extract-bench FILE.html...   prints {"pages": n, "seconds": s, "failures": f}
 * Only the extraction is timed (decode, parse, metadata, content, text), as the peer's
 * script times only Readability's parse, not reading the files.
 */
#include "config.h"

#include <stdio.h>

#include "prov-extractor.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ProvExtractor) extractor = prov_extractor_new ();
  gint64 total = 0;
  int failures = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(ProvExtraction) x = NULL;
      gsize length;
      gint64 start;

      if (!g_file_get_contents (argv[i], &contents, &length, NULL))
        {
          fprintf (stderr, "extract-bench: cannot read %s\n", argv[i]);
          return 1;
        }
      start = g_get_monotonic_time ();
      x = prov_extractor_extract (extractor, (const guint8 *) contents, length, NULL,
                                  "http://fakehost/test/page.html", NULL);
      total += g_get_monotonic_time () - start;
      if (x == NULL)
        failures++;
    }
  printf ("{\"pages\": %d, \"seconds\": %.6f, \"failures\": %d}\n", argc - 1,
          total / (double) G_USEC_PER_SEC, failures);
  return 0;
}
