/* store-bench.c — bench/store: a 100k-document, 1M-annotation library; FTS against LIKE, the
 * first library page, a 2,000-annotation document, memory
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   store-bench [--docs N] [--annotations N] [--queries N] [--like N] DB
 *
 * The library is generated once (through the store's own schema and triggers, in bulk SQL so
 * that generating is minutes, not hours) and reused by later runs when its counts match.
 */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "prov-library-model.h"
#include "prov-store.h"

#define VOCABULARY 30000

typedef struct
{
  char   **words;
  double  *cdf;
  GRand   *rand;
} Generator;

static const char * const syllables[] = {
  "ba", "ko", "ri", "tan", "mel", "sor", "vi", "den", "lu", "gar", "pe", "shi", "no", "fra",
  "tu", "zel", "qua", "mi", "ros", "ade", "lin", "por", "hu", "set", "cra", "vo", "nim", "el",
};

static void
generator_init (Generator *g)
{
  double sum = 0;

  g->rand = g_rand_new_with_seed (4);
  g->words = g_new0 (char *, VOCABULARY + 1);
  g->cdf = g_new (double, VOCABULARY);
  for (guint i = 0; i < VOCABULARY; i++)
    {
      GString *w = g_string_new (NULL);
      guint n = i;

      do
        {
          g_string_append (w, syllables[n % G_N_ELEMENTS (syllables)]);
          n /= G_N_ELEMENTS (syllables);
        }
      while (n > 0);
      g->words[i] = g_string_free (w, FALSE);
      sum += 1.0 / (i + 1);  /* Zipf, s = 1 */
      g->cdf[i] = sum;
    }
  for (guint i = 0; i < VOCABULARY; i++)
    g->cdf[i] /= sum;
}

static const char *
generator_word (Generator *g)
{
  double r = g_rand_double (g->rand);
  guint lo = 0, hi = VOCABULARY - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g->cdf[mid] < r)
        lo = mid + 1;
      else
        hi = mid;
    }
  return g->words[lo];
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
percentile (GArray *times,
            double  p)
{
  guint i;

  g_array_sort (times, compare_double);
  i = (guint) MIN (times->len - 1, floor (p * (times->len - 1) + 0.5));
  return g_array_index (times, double, i);
}

static void
memory (long *rss_kb,
        long *hwm_kb)
{
  g_autofree char *status = NULL;
  const char *p;

  *rss_kb = *hwm_kb = 0;
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  if ((p = strstr (status, "VmRSS:")) != NULL)
    *rss_kb = strtol (p + 6, NULL, 10);
  if ((p = strstr (status, "VmHWM:")) != NULL)
    *hwm_kb = strtol (p + 6, NULL, 10);
}

#define CHECK(call) G_STMT_START { int rc_ = (call); \
    if (rc_ != SQLITE_OK && rc_ != SQLITE_DONE && rc_ != SQLITE_ROW) \
      g_error ("sqlite: %s (line %d)", sqlite3_errmsg (db), __LINE__); } G_STMT_END

/* Fills the library with bulk SQL through the store's schema and triggers. */
static void
generate (const char *path,
          guint       n_docs,
          guint       n_annotations,
          Generator  *g)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *doc, *ver, *latest, *claim, *ann, *src;
  guint per_doc = MAX (1, n_annotations / n_docs);   /* 3 per full claim, 1 per hedge */
  guint n_sources = 2000;
  double start = now_ms ();

  CHECK (sqlite3_open (path, &db));
  CHECK (sqlite3_exec (db, "PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; "
                       "PRAGMA cache_size = -200000; BEGIN", NULL, NULL, NULL));
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO sources (name, reliability, created) "
                             "VALUES (?, ?, 0)", -1, &src, NULL));
  for (guint s = 0; s < n_sources; s++)
    {
      g_autofree char *name = g_strdup_printf ("the %s %s Agency", g->words[s % 500 + 100],
                                               g->words[s / 500 + 50]);
      char rel[2] = { 'A' + s % 6, 0 };

      sqlite3_bind_text (src, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (src, 2, rel, -1, SQLITE_STATIC);
      sqlite3_step (src);
      sqlite3_reset (src);
    }
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO documents (uri, title, site, published, "
                             "language, added) VALUES (?, ?, ?, ?, 'en', ?)", -1, &doc, NULL));
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO versions (document_id, fetched_at, content_hash, "
                             "profile, structure, text) VALUES (?, ?, ?, '3 0 0 1 0 2 12', "
                             "'[]', ?)", -1, &ver, NULL));
  CHECK (sqlite3_prepare_v2 (db, "UPDATE documents SET latest_version = ? WHERE id = ?", -1,
                             &latest, NULL));
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO claims (document_id, kind, quote, start, "
                             "source_id, status, created, modified) "
                             "VALUES (?, ?, ?, ?, ?, ?, 0, 0)", -1, &claim, NULL));
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO annotations (document_id, version_id, claim_id, "
                             "role, origin, status, start, end, exact, prefix, suffix, rule) "
                             "VALUES (?, ?, ?, ?, 'auto', 'suggested', ?, ?, ?, '', '', 'gen')",
                             -1, &ann, NULL));

  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) title = g_string_new (NULL);
      g_autofree char *uri = g_strdup_printf ("https://news.example/%u", d);
      g_autofree char *hash = NULL;
      g_autofree char *published = g_strdup_printf ("20%02u-%02u-%02u", 10 + d % 16, d % 12 + 1,
                                                    d % 28 + 1);
      g_autofree char *site = g_strdup_printf ("%s Courier", g->words[d % 300 + 20]);
      gint64 doc_id, version_id;
      guint n_words = 200 + g_rand_int_range (g->rand, 0, 100);
      guint left = per_doc;

      for (guint w = 0; w < 6; w++)
        g_string_append_printf (title, "%s%s", w ? " " : "", generator_word (g));
      for (guint w = 0; w < n_words; w++)
        {
          g_string_append (text, generator_word (g));
          g_string_append (text, w % 15 == 14 ? ". " : " ");
          if (w % 60 == 59)
            g_string_append (text, "\n\n");
        }
      hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);

      sqlite3_bind_text (doc, 1, uri, -1, SQLITE_STATIC);
      sqlite3_bind_text (doc, 2, title->str, -1, SQLITE_STATIC);
      sqlite3_bind_text (doc, 3, site, -1, SQLITE_STATIC);
      sqlite3_bind_text (doc, 4, published, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (doc, 5, 1700000000 + d * 60);
      CHECK (sqlite3_step (doc));
      sqlite3_reset (doc);
      doc_id = sqlite3_last_insert_rowid (db);
      sqlite3_bind_int64 (ver, 1, doc_id);
      sqlite3_bind_int64 (ver, 2, 1700000000 + d * 60);
      sqlite3_bind_text (ver, 3, hash, -1, SQLITE_STATIC);
      sqlite3_bind_text (ver, 4, text->str, text->len, SQLITE_STATIC);
      CHECK (sqlite3_step (ver));
      sqlite3_reset (ver);
      version_id = sqlite3_last_insert_rowid (db);
      sqlite3_bind_int64 (latest, 1, version_id);
      sqlite3_bind_int64 (latest, 2, doc_id);
      CHECK (sqlite3_step (latest));
      sqlite3_reset (latest);

      for (guint c = 0; left > 0; c++)
        {
          gboolean full = left >= 3;
          gint64 at = (gint64) (c * 97) % MAX (1, (gint64) text->len - 120);
          g_autofree char *quote = g_strndup (text->str + at, 80);
          const char *roles[] = { "cue", "source", "content" };
          gint64 claim_id;

          sqlite3_bind_int64 (claim, 1, doc_id);
          sqlite3_bind_text (claim, 2, full ? "named" : "hedge", -1, SQLITE_STATIC);
          sqlite3_bind_text (claim, 3, quote, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (claim, 4, at);
          if (full)
            sqlite3_bind_int64 (claim, 5, g_rand_int_range (g->rand, 1, n_sources + 1));
          else
            sqlite3_bind_null (claim, 5);
          sqlite3_bind_text (claim, 6, c % 5 == 0 ? "verified" : "unreviewed", -1,
                             SQLITE_STATIC);
          CHECK (sqlite3_step (claim));
          sqlite3_reset (claim);
          claim_id = sqlite3_last_insert_rowid (db);
          for (guint r = 0; r < (full ? 3u : 1u); r++)
            {
              sqlite3_bind_int64 (ann, 1, doc_id);
              sqlite3_bind_int64 (ann, 2, version_id);
              sqlite3_bind_int64 (ann, 3, claim_id);
              sqlite3_bind_text (ann, 4, roles[r], -1, SQLITE_STATIC);
              sqlite3_bind_int64 (ann, 5, at + r * 20);
              sqlite3_bind_int64 (ann, 6, at + r * 20 + 15);
              sqlite3_bind_text (ann, 7, quote + r * 20, 15, SQLITE_STATIC);
              CHECK (sqlite3_step (ann));
              sqlite3_reset (ann);
            }
          left -= full ? 3 : 1;
        }
      if (d % 10000 == 9999)
        {
          CHECK (sqlite3_exec (db, "COMMIT; BEGIN", NULL, NULL, NULL));
          fprintf (stderr, "  %u documents (%.0f s)\n", d + 1, (now_ms () - start) / 1000);
        }
    }
  CHECK (sqlite3_exec (db, "COMMIT; INSERT INTO search (search) VALUES ('optimize'); "
                       "ANALYZE; PRAGMA wal_checkpoint (TRUNCATE)", NULL, NULL, NULL));
  sqlite3_finalize (src);
  sqlite3_finalize (doc);
  sqlite3_finalize (ver);
  sqlite3_finalize (latest);
  sqlite3_finalize (claim);
  sqlite3_finalize (ann);
  sqlite3_close (db);
  fprintf (stderr, "generated in %.0f s\n", (now_ms () - start) / 1000);
}

static gint64
count (ProvStore  *store,
       const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A document with @n_claims attributions of cue, source and content: 3 annotations each. */
static gint64
add_big_document (ProvStore *store,
                  guint      n_claims,
                  Generator *g)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  ProvAnalysis analysis = { 0 };
  ProvDocumentInfo info = { "https://news.example/big", "A long annotated report", NULL,
                            NULL, NULL, "en", NULL };
  ProvStoreAddResult res;
  gint64 offset = 0;

  analysis.attributions = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                          prov_attribution_free);
  for (guint c = 0; c < n_claims; c++)
    {
      const char *source = "The minister";
      const char *cue = " said ";
      g_autoptr(GString) content = g_string_new (NULL);

      for (guint w = 0; w < 8; w++)
        g_string_append_printf (content, "%s%s", w ? " " : "", generator_word (g));
      g_string_append_printf (text, "%s%s%s. ", source, cue, content->str);
      g_ptr_array_add (analysis.attributions,
                       prov_attribution_new (PROV_KIND_NAMED,
                                             (ProvSpan) { offset + 13, offset + 17 },
                                             (ProvSpan) { offset, offset + 12 },
                                             (ProvSpan) { offset + 18,
                                                          offset + 18 +
                                                          g_utf8_strlen (content->str, -1) },
                                             "bench", 1.0));
      offset += 12 + 6 + g_utf8_strlen (content->str, -1) + 2;
    }
  analysis.text = text->str;
  if (!prov_store_add_document_version_sync (store, &info, text->str, "[]", NULL, NULL, NULL,
                                             &analysis, &res, &error))
    g_error ("%s", error->message);
  g_ptr_array_unref (analysis.attributions);
  return res.document_id;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProvStore) store = NULL;
  g_autoptr(GArray) fts_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) like_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paired_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  guint n_docs = 100000, n_annotations = 1000000, n_queries = 200, n_like = 10;
  const char *path = NULL;
  Generator g = { 0 };
  long rss, hwm;
  double t, page_ms, ids_ms, open_ms;
  gint64 big;
  sqlite3 *db = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--docs") == 0 && i + 1 < argc)
        n_docs = atoi (argv[++i]);
      else if (strcmp (argv[i], "--annotations") == 0 && i + 1 < argc)
        n_annotations = atoi (argv[++i]);
      else if (strcmp (argv[i], "--queries") == 0 && i + 1 < argc)
        n_queries = atoi (argv[++i]);
      else if (strcmp (argv[i], "--like") == 0 && i + 1 < argc)
        n_like = atoi (argv[++i]);
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      fprintf (stderr, "usage: store-bench [--docs N] [--annotations N] [--queries N] "
                       "[--like N] DB\n");
      return 2;
    }

  generator_init (&g);
  t = now_ms ();
  store = prov_store_open_sync (path, NULL, &error);
  open_ms = now_ms () - t;
  if (store == NULL)
    g_error ("%s", error->message);
  if (count (store, path, "SELECT count(*) FROM documents") < n_docs)
    {
      g_clear_object (&store);
      fprintf (stderr, "generating %u documents, %u annotations in %s\n", n_docs, n_annotations,
               path);
      generate (path, n_docs, n_annotations, &g);
      t = now_ms ();
      store = prov_store_open_sync (path, NULL, &error);
      open_ms = now_ms () - t;
      if (store == NULL)
        g_error ("%s", error->message);
    }
  printf ("open (header, schema and version checks): %.1f ms\n", open_ms);
  printf ("library: %" G_GINT64_FORMAT " documents, %" G_GINT64_FORMAT " annotations, %"
          G_GINT64_FORMAT " claims, %.0f MB\n",
          count (store, path, "SELECT count(*) FROM documents"),
          count (store, path, "SELECT count(*) FROM annotations"),
          count (store, path, "SELECT count(*) FROM claims"),
          count (store, path, "SELECT page_count * page_size FROM pragma_page_count, "
                              "pragma_page_size") / 1e6);

  /* Queries: single words of every frequency band, prefixes, two-word AND and phrases. */
  for (guint q = 0; q < n_queries; q++)
    {
      guint rank = (guint) pow (10, 1 + 3.0 * q / n_queries);  /* ranks 10 … 10,000 */
      const char *w = g.words[rank];

      switch (q % 4)
        {
        case 0:
          g_ptr_array_add (queries, g_strdup (w));
          break;
        case 1:
          g_ptr_array_add (queries, g_strdup_printf ("%.4s*", w));
          break;
        case 2:
          g_ptr_array_add (queries, g_strdup_printf ("%s %s", w, g.words[rank * 3 % VOCABULARY]));
          break;
        default:
          g_ptr_array_add (queries, g_strdup_printf ("\"%s %s\"", w, generator_word (&g)));
        }
    }

  for (guint q = 0; q < queries->len; q++)
    {
      g_autoptr(GPtrArray) hits = NULL;

      t = now_ms ();
      hits = prov_store_search_sync (store, g_ptr_array_index (queries, q), 50, NULL, NULL,
                                     &error);
      t = now_ms () - t;
      if (hits == NULL)
        g_error ("%s", error->message);
      g_array_append_val (fts_times, t);
      if (t > 30)
        printf ("  slow: %s (%.1f ms, %u hits)\n", (char *) g_ptr_array_index (queries, q), t,
                hits->len);
    }

  /* The peer, same run, same words: a plain LIKE scan of the same text and titles for every
   * matching document (a ranked top 50 needs them all, as FTS5's bm25 ranking does), against
   * FTS on the very same single-word queries. */
  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  for (guint q = 0; q < n_like; q++)
    {
      const char *word = g.words[(guint) pow (10, 1 + 3.0 * (q + 0.5) / n_like)];
      g_autofree char *pattern = g_strdup_printf ("%%%s%%", word);
      g_autoptr(GPtrArray) hits = NULL;
      sqlite3_stmt *stmt = NULL;
      guint n = 0;

      t = now_ms ();
      sqlite3_prepare_v2 (db, "SELECT d.id, d.title FROM documents d JOIN versions v ON "
                              "v.id = d.latest_version WHERE v.text LIKE ?1 OR d.title LIKE ?1",
                          -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        n++;
      sqlite3_finalize (stmt);
      t = now_ms () - t;
      g_array_append_val (like_times, t);

      t = now_ms ();
      hits = prov_store_search_sync (store, word, 50, NULL, NULL, &error);
      t = now_ms () - t;
      g_array_append_val (paired_times, t);
      printf ("  \"%s\": LIKE %u documents in %.1f ms, FTS top 50 in %.2f ms\n", word, n,
              g_array_index (like_times, double, like_times->len - 1), t);
    }
  sqlite3_close (db);

  printf ("FTS search (%u queries, 50 hits ranked with snippets): p50 %.2f ms, p95 %.2f ms, "
          "max %.2f ms\n", fts_times->len, percentile (fts_times, 0.5),
          percentile (fts_times, 0.95), percentile (fts_times, 1.0));
  printf ("same %u words: LIKE scan p50 %.1f ms, p95 %.1f ms; FTS p50 %.2f ms, p95 %.2f ms; "
          "FTS %.0fx faster at p50\n", like_times->len, percentile (like_times, 0.5),
          percentile (like_times, 0.95), percentile (paired_times, 0.5),
          percentile (paired_times, 0.95),
          percentile (like_times, 0.5) / percentile (paired_times, 0.5));

  /* The first page of the library model: query every id in order, load 64 rows. */
  {
    g_autoptr(ProvLibraryModel) model = NULL;

    t = now_ms ();
    model = prov_library_model_new (store);
    ids_ms = now_ms () - t;
    for (guint i = 0; i < 50; i++)
      g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
    page_ms = now_ms () - t;
    printf ("library model first page (%u rows, newest first, 50 items): %.1f ms "
            "(ids %.1f ms)\n", g_list_model_get_n_items (G_LIST_MODEL (model)), page_ms, ids_ms);
    t = now_ms ();
    prov_library_model_set_sort (model, PROV_SORT_TITLE, FALSE);
    for (guint i = 0; i < 50; i++)
      g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
    printf ("library model resorted by title, first page: %.1f ms\n", now_ms () - t);
    t = now_ms ();
    prov_library_model_set_sort (model, PROV_SORT_ADDED, TRUE);
    prov_library_model_set_filter (model, PROV_FILTER_UNREVIEWED);
    for (guint i = 0; i < 50; i++)
      g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
    printf ("library model filtered \"unreviewed\" (%u rows, newest first), first page: "
            "%.1f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t);
    /* read from the counts on each document row, walking the sort index */
    t = now_ms ();
    prov_library_model_set_filter (model, PROV_FILTER_ANONYMOUS);
    for (guint i = 0; i < 50; i++)
      {
        gpointer item = g_list_model_get_item (G_LIST_MODEL (model), i);

        if (item != NULL)
          g_object_unref (item);
      }
    printf ("library model filtered \"anonymous\" (%u rows, newest first), first page: "
            "%.1f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t);
    prov_library_model_set_filter (model, PROV_FILTER_ALL);
    for (guint i = 0; i < 6; i++)
      {
        const char *word = g.words[(guint) pow (10, 1 + 3.0 * i / 5)];

        t = now_ms ();
        prov_library_model_set_search (model, word);
        for (guint j = 0; j < 50; j++)
          {
            gpointer item = g_list_model_get_item (G_LIST_MODEL (model), j);

            if (item != NULL)
              g_object_unref (item);
          }
        printf ("library model searching \"%s\" (%u rows), first page: %.1f ms\n", word,
                g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t);
      }
  }

  /* One document with 2,000 annotations, loaded in one call. */
  /* (made afresh on each run, so that the re-anchoring below always sees the same edit) */
  big = prov_store_find_document_by_uri_sync (store, "https://news.example/big", &error);
  if (big != 0 && !prov_store_delete_document_sync (store, big, &error))
    g_error ("%s", error->message);
  big = add_big_document (store, 667, &g);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(ProvDocumentContents) contents = NULL;

      t = now_ms ();
      contents = prov_store_load_document_sync (store, big, 0, &error);
      t = now_ms () - t;
      if (contents == NULL)
        g_error ("%s", error->message);
      if (i == 0)
        printf ("document load: %u annotations, %u claims\n", contents->annotations->len,
                contents->claims->len);
      g_array_append_val (load_times, t);
    }
  printf ("document load (20 runs): p50 %.1f ms, max %.1f ms\n", percentile (load_times, 0.5),
          percentile (load_times, 1.0));

  /* A new version of that document: a paragraph inserted at the top, one sentence edited, one
   * deleted; every annotation is re-anchored in the same transaction. */
  {
    g_autoptr(ProvDocumentContents) contents = prov_store_load_document_sync (store, big, 0,
                                                                              &error);
    g_autoptr(GString) text = g_string_new ("Correction appended at the top of the article.\n\n");
    ProvDocumentInfo info = { "https://news.example/big", NULL, NULL, NULL, NULL, NULL, NULL };
    ProvStoreAddResult res;
    const char *middle = contents->text + strlen (contents->text) / 2;
    const char *cut = strstr (middle, "The minister said ");
    const char *next = cut != NULL ? strstr (cut + 1, "The minister said ") : NULL;

    g_assert (cut != NULL && next != NULL);
    g_string_append_len (text, contents->text, cut - contents->text);
    g_string_append (text, "The minister told reporters ");   /* edited cue */
    g_string_append (text, strstr (next, "The minister said ") + strlen ("The minister said "));
    t = now_ms ();
    if (!prov_store_add_document_version_sync (store, &info, text->str, NULL, NULL, NULL, NULL,
                                               NULL, &res, &error))
      g_error ("%s", error->message);
    printf ("new version of that document, re-anchored in one transaction: %.1f ms "
            "(%u found, %u orphaned)\n", now_ms () - t, res.reanchored, res.orphaned);
  }

  memory (&rss, &hwm);
  printf ("memory: RSS %.1f MB, peak %.1f MB\n", rss / 1024.0, hwm / 1024.0);
  return 0;
}
