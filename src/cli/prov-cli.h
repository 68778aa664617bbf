/* prov-cli.h — shared pieces of provenance-cli's subcommands
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of ARCHITECTURE.md's CLI contract. */
enum
{
  PROV_CLI_EXIT_OK = 0,
  PROV_CLI_EXIT_FAILURE = 1,
  PROV_CLI_EXIT_USAGE = 2,
};

/* What every subcommand receives: the global options, then its own arguments. */
typedef struct
{
  const char *db_path;   /* --db PATH, else PROVENANCE_DB, else NULL (the default library) */
  int         argc;      /* argv[0] is the command name */
  char      **argv;
} ProvCliContext;

typedef int (*ProvCliCommandFunc) (ProvCliContext *ctx);

/* Prints "provenance-cli: MESSAGE" on stderr and returns PROV_CLI_EXIT_FAILURE. */
int prov_cli_fail  (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);
/* Prints a usage error on stderr and returns PROV_CLI_EXIT_USAGE. */
int prov_cli_usage (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
