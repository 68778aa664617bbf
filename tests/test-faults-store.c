/* test-faults-store.c — the library under faults: disk full, a read-only file, a library locked
 * by another process, a damaged file. Each failure is told in one line (exit status 1 for the
 * CLI) and nothing already stored is lost.
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Disk full: a real tiny filesystem needs root mounts, so an SQLite VFS wrapping the default
 * one refuses writes (SQLITE_FULL) once a byte budget is spent; it is registered as the default
 * VFS of this process, so the store uses it without knowing.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test-faults-util.h"

/* ---- a VFS that runs out of space (SQLite keeps VFS state in globals by design) ---- */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FullFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs full_vfs;
static gint64 bytes_left = G_MAXINT64;
static guint writes_refused;

#define REAL(file) (((FullFile *) (file))->real)

static int
full_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
full_read (sqlite3_file *file,
           void         *buffer,
           int           amount,
           sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
full_write (sqlite3_file *file,
            const void   *buffer,
            int           amount,
            sqlite3_int64 offset)
{
  if (amount > bytes_left)
    {
      writes_refused++;
      return SQLITE_FULL;
    }
  bytes_left -= amount;
  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
full_truncate (sqlite3_file *file,
               sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
full_sync (sqlite3_file *file,
           int           flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
full_file_size (sqlite3_file  *file,
                sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
full_lock (sqlite3_file *file,
           int           lock)
{
  return REAL (file)->pMethods->xLock (REAL (file), lock);
}

static int
full_unlock (sqlite3_file *file,
             int           lock)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), lock);
}

static int
full_check_reserved_lock (sqlite3_file *file,
                          int          *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
full_file_control (sqlite3_file *file,
                   int           op,
                   void         *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
full_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
full_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
full_shm_map (sqlite3_file  *file,
              int            page,
              int            page_size,
              int            extend,
              void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, page_size, extend, out);
}

static int
full_shm_lock (sqlite3_file *file,
               int           offset,
               int           n,
               int           flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
full_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
full_shm_unmap (sqlite3_file *file,
                int           delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
full_fetch (sqlite3_file  *file,
            sqlite3_int64  offset,
            int            amount,
            void         **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
full_unfetch (sqlite3_file  *file,
              sqlite3_int64  offset,
              void          *pointer)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, pointer);
}

static const sqlite3_io_methods full_io_methods = {
  3,
  full_close, full_read, full_write, full_truncate, full_sync, full_file_size, full_lock,
  full_unlock, full_check_reserved_lock, full_file_control, full_sector_size,
  full_device_characteristics, full_shm_map, full_shm_lock, full_shm_barrier, full_shm_unmap,
  full_fetch, full_unfetch,
};

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *full = (FullFile *) file;
  int rc;

  full->real = (sqlite3_file *) (full + 1);
  rc = real_vfs->xOpen (real_vfs, name, full->real, flags, out_flags);
  /* SQLite calls xClose only when pMethods is set: leave it NULL on failure */
  full->base.pMethods = full->real->pMethods != NULL ? &full_io_methods : NULL;
  return rc;
}

static void
install_full_vfs (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 3);
  full_vfs = *real_vfs;
  full_vfs.zName = "prov-faults-full";
  full_vfs.szOsFile = (int) sizeof (FullFile) + real_vfs->szOsFile;
  full_vfs.xOpen = full_open;
  full_vfs.pNext = NULL;
  g_assert_cmpint (sqlite3_vfs_register (&full_vfs, 1), ==, SQLITE_OK);
}

/* ---- disk full ---- */

static char *
big_text (guint n)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "Document %u. ", n);
  while (text->len < 32 * 1024)
    g_string_append_printf (text, "%s Paragraph %u.\n\n", faults_text, (guint) text->len);
  return g_string_free (text, FALSE);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  /* from nothing to more than one big document: every step of a write can be the one that
   * fails (WAL frames, the WAL header, the checkpoint into the library file) */
  static const gint64 budgets[] = { 0, 1, 1024, 4096, 16384, 65536, 300 * 1024, 64 << 20 };
  guint stored = FAULTS_N_DOCUMENTS;

  faults_make_library (path);

  for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProvStore) store = prov_store_open_sync (path, NULL, &error);
      g_autoptr(GPtrArray) documents = NULL;
      g_autofree char *text = big_text (100 + i);
      gboolean ok;

      g_assert_no_error (error);
      bytes_left = budgets[i];
      writes_refused = 0;
      {
        g_autoptr(ProvAnalyzer) analyzer = prov_analyzer_new ();
        g_autoptr(ProvAnalysis) analysis = prov_analyzer_analyze (analyzer, text, -1, NULL);
        g_autofree char *uri = g_strdup_printf ("https://faults.example/big/%u", i);
        ProvDocumentInfo info = { .uri = uri, .title = "Big" };
        ProvStoreAddResult result = { 0 };

        ok = prov_store_add_document_version_sync (store, &info, text, NULL, NULL, NULL, NULL,
                                                   analysis, &result, &error);
      }
      g_test_message ("budget %" G_GINT64_FORMAT ": %s (%u writes refused)", budgets[i],
                      ok ? "stored" : error->message, writes_refused);
      if (ok)
        stored++;
      else
        {
          /* one clear message that names the problem */
          g_assert_error (error, PROV_STORE_ERROR, PROV_STORE_ERROR_FAILED);
          g_assert_nonnull (strstr (error->message, "the disk is full"));
          g_assert_null (strchr (error->message, '\n'));
          g_assert_cmpuint (writes_refused, >, 0);
        }
      g_clear_error (&error);

      /* the space comes back: the same store goes on working and lost nothing */
      bytes_left = G_MAXINT64;
      g_assert_true (prov_store_check_integrity_sync (store, &error));
      g_assert_no_error (error);
      documents = prov_store_list_documents_sync (store, NULL, 0, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (documents->len, ==, stored);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  /* the small budgets failed, the largest one stored its document */
  g_assert_cmpuint (stored, >, FAULTS_N_DOCUMENTS);
  g_assert_cmpuint (stored, <, FAULTS_N_DOCUMENTS + G_N_ELEMENTS (budgets));
  faults_assert_library_whole (path, stored);
  faults_rmdir (dir);
}

/* The CLI cannot take the injected VFS: a file size limit (RLIMIT_FSIZE) makes its writes fail
 * as on a full disk (EFBIG instead of ENOSPC). */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit;

  limit.rlim_cur = limit.rlim_max = (rlim_t) GPOINTER_TO_SIZE (user_data);
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *text_path = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *text = big_text (7);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  ProvCliRun run = { 0 };
  GStatBuf st;

  faults_make_library (path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (g_file_set_contents (text_path, text, -1, NULL));

  /* the library may grow by 8 kB: the long document does not fit */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, limit_file_size,
                                         GSIZE_TO_POINTER ((gsize) st.st_size + 8192), NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("PROV_CLI"), "--db", path,
                                         "import", text_path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run.status = g_subprocess_get_exit_status (process);
  run.out = out;
  run.err = err;
  faults_assert_cli_failed (&run, "disk");
  faults_assert_library_whole (path, FAULTS_N_DOCUMENTS);
  faults_rmdir (dir);
}

/* A real full disk (ENOSPC) under the CLI: a tmpfs only a little larger than the library,
 * mounted in a private user and mount namespace (unshare -rm), so that no root is needed and
 * nothing outlives the test. Where the system allows no such namespace, it is skipped. */
static const char disk_full_script[] =
  "mount -t tmpfs -o size=\"$1\" tmpfs \"$2\" || exit 77\n"
  "cp \"$3\" \"$2/library.db\" || exit 77\n"
  "\"$4\" --db \"$2/library.db\" import \"$5\"\n"
  "status=$?\n"
  "df -k \"$2\" >&2 ; ls -l \"$2\" >&2\n"
  "cp \"$2\"/library.db* \"$6\"/ || exit 77\n"
  "exit $status\n";

static void
test_disk_full_cli (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *text_path = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *mount_dir = g_build_filename (dir, "tiny", NULL);
  g_autofree char *back_dir = g_build_filename (dir, "back", NULL);
  g_autofree char *back = g_build_filename (back_dir, "library.db", NULL);
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autofree char *size = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  ProvCliRun run = { 0 };
  GStatBuf st;
  int probe = -1;

  if (unshare == NULL ||
      !g_spawn_sync (NULL, (char *[]) { unshare, (char *) "-rm", (char *) "true", NULL }, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &probe, NULL) ||
      !g_spawn_check_wait_status (probe, NULL))
    {
      g_test_skip ("no unshare, or no user and mount namespaces here");
      faults_rmdir (dir);
      return;
    }

  faults_make_library (path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  /* a document of 256 kB; the disk holds the library, its WAL index and 32 kB more */
  for (guint i = 0; text->len < 256 * 1024; i++)
    {
      g_autofree char *part = big_text (100 + i);

      g_string_append (text, part);
    }
  g_assert_true (g_file_set_contents (text_path, text->str, -1, NULL));
  g_assert_cmpint (g_mkdir (mount_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (back_dir, 0700), ==, 0);
  size = g_strdup_printf ("%" G_GINT64_FORMAT "k", (gint64) st.st_size / 1024 + 4 + 32 + 32);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, unshare, "-rm", "sh", "-c", disk_full_script, "sh", size,
                              mount_dir, path, g_getenv ("PROV_CLI"), text_path, back_dir, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) == 77)
    {
      g_test_skip ("a tmpfs cannot be mounted in a user namespace here");
      faults_rmdir (dir);
      return;
    }

  /* the CLI's one line comes first; df and ls follow it for the log */
  g_test_message ("disk full under the CLI:\n%s", err);
  run.status = g_subprocess_get_exit_status (process);
  run.out = out;
  run.err = g_strndup (err, strcspn (err, "\n") + 1);
  faults_assert_cli_failed (&run, "disk is full");
  g_free ((char *) run.err);
  faults_assert_library_whole (back, FAULTS_N_DOCUMENTS);
  faults_rmdir (dir);
}

/* ---- a read-only library file ---- */

/* Run as root, the CLI would write through the permissions: it runs as "nobody" then. */
static void
drop_root (gpointer user_data)
{
  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    _exit (99);
}

static ProvCliRun *
run_cli_unprivileged (const char *path,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  ProvCliRun *run = g_new0 (ProvCliRun, 1);
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROV_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) path);
  va_start (ap, path);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, drop_root, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  if (process == NULL)
    {
      /* "nobody" may not reach the build folder (a CI home of mode 0700) */
      g_test_message ("cannot run the CLI unprivileged: %s", error->message);
      g_free (run);
      return NULL;
    }
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  run->out = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  run->err = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));
  return run;
}

static void
test_read_only (void)
{
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ProvCliRun) list = NULL;
  g_autoptr(ProvCliRun) note = NULL;
  g_autoptr(ProvCliRun) import = NULL;
  g_autofree char *text_path = g_build_filename (dir, "new.txt", NULL);

  faults_make_library (path);
  g_assert_true (g_file_set_contents (text_path, faults_text, -1, NULL));
  before = faults_digest (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (text_path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (geteuid () != 0 && access (path, W_OK) == 0)
    {
      faults_rmdir (dir);
      g_test_skip ("this file system ignores file permissions");
      return;
    }

  /* reading works or fails clearly; writing fails clearly */
  list = run_cli_unprivileged (path, "list", NULL);
  if (list == NULL || list->status == 99 || list->status == 127 || list->status == 126)
    {
      faults_rmdir (dir);
      g_test_skip ("the CLI cannot run as an unprivileged user here");
      return;
    }
  g_test_message ("list: status %d: %s", list->status, list->err);
  if (list->status == 0)
    g_assert_nonnull (strstr (list->out, "Harbour plan, part 3"));
  else
    faults_assert_cli_failed (list, "read-only");

  note = run_cli_unprivileged (path, "note", "add", "--document", "1", "A note", NULL);
  faults_assert_cli_failed (note, "read-only");
  import = run_cli_unprivileged (path, "import", text_path, NULL);
  faults_assert_cli_failed (import, "read-only");

  /* not one byte changed, and nothing left beside it */
  after = faults_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (dir, 0700);
  g_chmod (path, 0644);
  faults_assert_library_whole (path, FAULTS_N_DOCUMENTS);
  faults_rmdir (dir);
}

/* ---- a library locked by another process ---- */

/* The child: holds an EXCLUSIVE transaction on @path until its stdin closes. */
static int
hold_lock_main (const char *path)
{
  sqlite3 *db = NULL;
  char buffer[16];
  char *message = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN EXCLUSIVE; UPDATE documents SET title = title || ' (locked)';",
                    NULL, NULL, &message) != SQLITE_OK)
    {
      fprintf (stderr, "hold-lock: %s\n", message != NULL ? message : sqlite3_errmsg (db));
      return 3;
    }
  printf ("locked\n");
  fflush (stdout);
  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return 0;
}

static void
test_locked (gconstpointer data)
{
  const char *self_exe = data;
  g_autofree char *dir = faults_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvCliRun) list = NULL;
  g_autoptr(ProvCliRun) note = NULL;
  g_autofree char *line = NULL;
  gint64 started;

  faults_make_library (path);
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error, self_exe, "--hold-lock", path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");

  /* readers are not blocked (WAL): the library lists what it held before the lock */
  list = prov_cli_run (NULL, "--db", path, "list", NULL);
  g_assert_cmpint (list->status, ==, 0);
  g_assert_nonnull (strstr (list->out, "Harbour plan, part 1"));
  g_assert_null (strstr (list->out, "(locked)"));

  /* a writer waits for a while, then tells the user the library is in use */
  started = g_get_monotonic_time ();
  note = prov_cli_run (NULL, "--db", path, "note", "add", "--document", "1", "A note", NULL);
  g_test_message ("gave up after %.1f s", (g_get_monotonic_time () - started) / 1e6);
  faults_assert_cli_failed (note, "locked");

  /* the holder ends without committing: nothing changed, nothing was lost */
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, &error));
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
  faults_assert_library_whole (path, FAULTS_N_DOCUMENTS);
  {
    g_autoptr(ProvCliRun) again = prov_cli_run (NULL, "--db", path, "list", NULL);

    g_assert_cmpint (again->status, ==, 0);
    g_assert_null (strstr (again->out, "(locked)"));
  }
  faults_rmdir (dir);
}

/* ---- a damaged library file ---- */

static void
damage (const char *path,
        gsize       offset,
        gsize       length,
        gboolean    truncate_there)
{
  int fd = g_open (path, O_WRONLY, 0);
  g_autofree guint8 *garbage = g_malloc (length);
  GRand *rand = g_rand_new_with_seed (8);

  g_assert_cmpint (fd, >=, 0);
  for (gsize i = 0; i < length; i++)
    garbage[i] = (guint8) g_rand_int (rand);
  g_rand_free (rand);
  if (truncate_there)
    g_assert_cmpint (ftruncate (fd, (off_t) offset), ==, 0);
  else
    g_assert_cmpint (pwrite (fd, garbage, length, (off_t) offset), ==, (gssize) length);
  close (fd);
}

static void
test_corrupt (void)
{
  static const struct
  {
    gsize       offset;
    gsize       length;
    gboolean    truncate;
    const char *message;
  } cases[] = {
    { 4096, 4096, FALSE, "damaged" },       /* a whole page of garbage */
    { 3 * 4096, 16, FALSE, "damaged" },     /* the header of a b-tree page */
    { 6000, 0, TRUE, "damaged" },           /* cut short */
    { 0, 100, FALSE, "not a provenance library" },  /* the header itself */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = faults_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "library.db", NULL);
      g_autoptr(ProvCliRun) list = NULL;
      g_autoptr(ProvCliRun) import = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ProvStore) store = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      faults_make_library (path);
      damage (path, cases[i].offset, cases[i].length, cases[i].truncate);
      before = faults_digest (path);

      list = prov_cli_run (NULL, "--db", path, "list", NULL);
      faults_assert_cli_failed (list, cases[i].message);
      import = prov_cli_run (faults_text, "--db", path, "analyze", "-", NULL);
      g_assert_cmpint (import->status, ==, 0);  /* commands without a library still work */
      store = prov_store_open_sync (path, NULL, &error);
      g_assert_null (store);
      g_assert_nonnull (error);
      g_assert_true (error->code == PROV_STORE_ERROR_CORRUPT ||
                     error->code == PROV_STORE_ERROR_NOT_LIBRARY);

      /* refused, and left untouched for the user to rescue */
      after = faults_digest (path);
      g_assert_cmpstr (before, ==, after);
      faults_rmdir (dir);
    }
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && strcmp (argv[1], "--hold-lock") == 0)
    return hold_lock_main (argv[2]);

  g_test_init (&argc, &argv, NULL);
  install_full_vfs ();

  g_test_add_func ("/prov/faults/store/disk-full", test_disk_full);
  g_test_add_func ("/prov/faults/store/file-size-limit", test_file_size_limit);
  g_test_add_func ("/prov/faults/store/disk-full-cli", test_disk_full_cli);
  g_test_add_func ("/prov/faults/store/read-only", test_read_only);
  g_test_add_data_func ("/prov/faults/store/locked", argv[0], test_locked);
  g_test_add_func ("/prov/faults/store/corrupt", test_corrupt);
  return g_test_run ();
}
