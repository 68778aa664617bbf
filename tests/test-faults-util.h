/* test-faults-util.h — what the fault tests share: a library with documents in it, file digests,
 * and the checks that a failure was told in one line and lost nothing
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "prov-analyzer.h"
#include "prov-store.h"
#include "test-cli-util.h"

#define FAULTS_N_DOCUMENTS 3

static const char faults_text[] =
  "The harbour expansion will be delayed by at least a year, two officials familiar with the "
  "plan said on Monday. According to the port authority, dredging costs have nearly doubled. "
  "The mayor reportedly favours a smaller design that could be built in stages.";

/* A fresh temporary folder; remove it with faults_rmdir. */
static inline char *
faults_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prov-faults-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the files in it (not recursive), making it writable first. */
static inline void
faults_rmdir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_chmod (dir, 0700);
  handle = g_dir_open (dir, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* Adds document @n (URI https://faults.example/N) with its analysis. */
static inline void
faults_add_document (ProvStore *store,
                     guint      n,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
  g_autoptr(ProvAnalysis) analysis = NULL;
  g_autofree char *uri = g_strdup_printf ("https://faults.example/%u", n);
  g_autofree char *title = g_strdup_printf ("Harbour plan, part %u", n);
  ProvDocumentInfo info = { 0 };
  ProvStoreAddResult result = { 0 };

  analysis = prov_analyzer_analyze (analyzer, text, -1, &error);
  g_assert_no_error (error);
  info.uri = uri;
  info.title = title;
  info.site = "The Coastal Ledger";
  info.language = "en";
  g_assert_true (prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                       analysis, &result, &error));
  g_assert_no_error (error);
}

/* Makes the library @path with FAULTS_N_DOCUMENTS documents, closed (WAL checkpointed). */
static inline void
faults_make_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);

  g_assert_no_error (error);
  for (guint n = 1; n <= FAULTS_N_DOCUMENTS; n++)
    faults_add_document (store, n, faults_text);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The SHA-256 of a file's bytes, or NULL when it does not exist. */
static inline char *
faults_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Checks that the library @path opens, passes integrity_check and still holds its documents. */
static inline void
faults_assert_library_whole (const char *path,
                             guint       n_documents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
  g_autoptr(GPtrArray) documents = NULL;

  g_assert_no_error (error);
  g_assert_true (prov_store_check_integrity_sync (store, &error));
  g_assert_no_error (error);
  documents = prov_store_list_documents_sync (store, NULL, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, n_documents);
  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(ProvDocumentContents) contents = NULL;

      contents = prov_store_load_document_sync (store,
                                                prov_document_get_id (g_ptr_array_index (documents,
                                                                                         i)),
                                                0, &error);
      g_assert_no_error (error);
      g_assert_nonnull (contents->text);
      g_assert_cmpuint (contents->claims->len, >, 0);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Checks that a CLI run failed with exit status 1 and ONE line on stderr containing @needle
 * (case-insensitive; NULL: anything). */
static inline void
faults_assert_cli_failed (const ProvCliRun *run,
                          const char       *needle)
{
  g_autofree char *lower = g_utf8_strdown (run->err, -1);
  const char *newline = strchr (run->err, '\n');

  g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "provenance-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
  if (needle != NULL)
    g_assert_nonnull (strstr (lower, needle));
}
