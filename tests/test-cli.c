/* test-cli.c — provenance-cli driven as a user drives it: exit codes, messages
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "test-cli-util.h"

static void
test_version (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--version", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_true (g_str_has_prefix (run->out, "provenance-cli " PACKAGE_VERSION));
  g_assert_cmpstr (run->err, ==, "");
}

static void
test_help (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--help", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "Usage: provenance-cli"));
  g_assert_nonnull (strstr (run->out, "--db PATH"));
}

static void
test_unknown_command (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "frobnicate", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "unknown command “frobnicate”"));
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_unknown_option (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--frobnicate", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "unknown option"));
}

static void
test_no_command (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "Usage: provenance-cli"));
}

static void
test_db_needs_path (void)
{
  g_autoptr(ProvCliRun) run = prov_cli_run (NULL, "--db", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "--db needs a PATH"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prov/cli/version", test_version);
  g_test_add_func ("/prov/cli/help", test_help);
  g_test_add_func ("/prov/cli/unknown-command", test_unknown_command);
  g_test_add_func ("/prov/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/prov/cli/no-command", test_no_command);
  g_test_add_func ("/prov/cli/db-needs-path", test_db_needs_path);

  return g_test_run ();
}
