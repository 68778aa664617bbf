/* test-tls-util.h — ending a test program that made TLS connections
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Lets GLib's idle worker threads end before the program does. A TLS handshake runs in a GTask
 * worker, which leaves GnuTLS's dynamic thread-local storage in that thread; the worker idles
 * in its pool for half a second before it can end. Under AddressSanitizer, the leak check at
 * exit scans every live thread, and GCC 12's LeakSanitizer misreads the dynamic TLS that
 * glibc 2.36 (Debian 12) keeps for such a thread: its tracer crashes ("Tracer caught signal
 * 11") and the test fails with no leak at all. Without live workers there is nothing to
 * misread; the cost is under a second at the end of the program. */
static inline void
prov_test_end_worker_threads (void)
{
  g_thread_pool_set_max_unused_threads (0);
  g_usleep (G_USEC_PER_SEC * 8 / 10);
  g_thread_pool_stop_unused_threads ();
  g_usleep (G_USEC_PER_SEC / 10);
}
