/* test-fuzz-regress.c — every input that ever crashed a fuzzer, and the seed corpora, replayed
 * through the same entry points as the libFuzzer harnesses (fuzz/prov-fuzz-*.c)
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/fuzz-regress/NAME/ holds the inputs that crashed harness NAME (kept after the fix);
 * fuzz/seeds/NAME/ its seed corpus. An entry aborts on a broken invariant, ASan on memory errors.
 */
#define G_LOG_DOMAIN "test-fuzz-regress"

#include "config.h"

#include <glib.h>

#include "prov-fuzz.h"

/* Runs every file of @dir through @target; returns how many. */
static guint
replay_dir (const ProvFuzzTarget *target,
            const char           *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);
      g_test_message ("%s: %s (%" G_GSIZE_FORMAT " bytes)", target->name, path, length);
      g_assert_cmpint (target->func ((const guint8 *) contents, length), ==, 0);
    }
  return names->len;
}

static void
test_replay (gconstpointer data)
{
  const ProvFuzzTarget *target = data;
  g_autofree char *seeds = g_build_filename (PROV_SOURCE_DIR, "fuzz", "seeds", target->name,
                                             NULL);
  g_autofree char *regress = g_test_build_filename (G_TEST_DIST, "data", "fuzz-regress",
                                                    target->name, NULL);
  guint n_seeds, n_regress;

  n_seeds = replay_dir (target, seeds);
  n_regress = replay_dir (target, regress);
  g_test_message ("%s: %u seeds, %u regression inputs", target->name, n_seeds, n_regress);
  /* every harness has seeds: an empty replay would prove nothing */
  g_assert_cmpuint (n_seeds, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (prov_fuzz_targets); i++)
    {
      g_autofree char *path = g_strdup_printf ("/prov/fuzz-regress/%s",
                                               prov_fuzz_targets[i].name);

      g_test_add_data_func (path, &prov_fuzz_targets[i], test_replay);
    }
  return g_test_run ();
}
