/* test-cli-util.h — run provenance-cli from a test and collect what it printed
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} ProvCliRun;

static inline void
prov_cli_run_free (ProvCliRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProvCliRun, prov_cli_run_free)

/* Runs $PROV_CLI with the NULL-terminated arguments, feeding @input (or nothing) on stdin. */
static inline ProvCliRun *
prov_cli_run_argv (const char  *input,
                   const char **args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autofree char *input_path = NULL;
  int input_fd;
  ProvCliRun *run = g_new0 (ProvCliRun, 1);
  const char *cli = g_getenv ("PROV_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Stdin comes from a file, so a CLI that stops reading early (bad input) breaks no pipe. */
  input_fd = g_file_open_tmp ("provenance-cli-input-XXXXXX", &input_path, &error);
  g_assert_no_error (error);
  close (input_fd);
  g_file_set_contents (input_path, input != NULL ? input : "", -1, &error);
  g_assert_no_error (error);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_stdin_file_path (launcher, input_path);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_unlink (input_path);

  run->status = g_subprocess_get_exit_status (process);
  run->out = g_strndup (g_bytes_get_size (out) > 0 ? g_bytes_get_data (out, NULL) : "",
                        g_bytes_get_size (out));
  run->err = g_strndup (g_bytes_get_size (err) > 0 ? g_bytes_get_data (err, NULL) : "",
                        g_bytes_get_size (err));
  return run;
}

/* Runs $PROV_CLI with the arguments after @input, up to a NULL. */
static inline ProvCliRun *
prov_cli_run (const char *input,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, input);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return prov_cli_run_argv (input, (const char **) args->pdata);
}
