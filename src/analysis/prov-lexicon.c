/* prov-lexicon.c — the cue lexicons (data/lexicon/en), with user additions and suppressions
 *
 * Copyright 2026 The Provenance developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prov-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "prov-analysis-resources.h"
#include "prov-lexicon-private.h"

#define RESOURCE_DIR "/org/provenance/Provenance/lexicon/en/"

struct _ProvLexicon
{
  GObject     parent_instance;

  GHashTable *entries[PROV_LEXICON_N_CATEGORIES]; /* phrase → phrase (active entries) */
  GHashTable *index;      /* lower word → ProvWordEntry: its flags and the phrases it starts */
  GHashTable *abbrevs;    /* exact "Sen." → GUINT ProvAbbrevClass */
  GHashTable *starters;   /* exact "The" → itself */
};

G_DEFINE_FINAL_TYPE (ProvLexicon, prov_lexicon, G_TYPE_OBJECT)

G_DEFINE_QUARK (prov-lexicon-error-quark, prov_lexicon_error)

static const char * const category_names[PROV_LEXICON_N_CATEGORIES] = {
  "reporting-verbs",
  "object-verbs",
  "cognition-verbs",
  "phrasal-verbs",
  "according-to",
  "anonymous-heads",
  "anonymous-phrases",
  "hearsay",
  "hedges",
  "weasel",
  "homographs",
  "source-nouns",
  "report-nouns",
  "labels",
};

static void
prov_phrase_free (gpointer data)
{
  ProvPhrase *phrase = data;

  g_strfreev (phrase->words);
  g_free (phrase->text);
  g_free (phrase);
}

static void
word_entry_free (gpointer data)
{
  ProvWordEntry *entry = data;

  g_clear_pointer (&entry->phrases, g_ptr_array_unref);
  g_free (entry);
}

static ProvWordEntry *
word_entry (ProvLexicon *self,
            const char  *word)
{
  ProvWordEntry *entry = g_hash_table_lookup (self->index, word);

  if (entry == NULL)
    {
      entry = g_new0 (ProvWordEntry, 1);
      g_hash_table_insert (self->index, g_strdup (word), entry);
    }
  return entry;
}

static void
prov_lexicon_finalize (GObject *object)
{
  ProvLexicon *self = (ProvLexicon *) object;

  for (guint i = 0; i < PROV_LEXICON_N_CATEGORIES; i++)
    g_clear_pointer (&self->entries[i], g_hash_table_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->abbrevs, g_hash_table_unref);
  g_clear_pointer (&self->starters, g_hash_table_unref);

  G_OBJECT_CLASS (prov_lexicon_parent_class)->finalize (object);
}

static void
prov_lexicon_class_init (ProvLexiconClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prov_lexicon_finalize;
}

static void
prov_lexicon_init (ProvLexicon *self)
{
  for (guint i = 0; i < PROV_LEXICON_N_CATEGORIES; i++)
    self->entries[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_entry_free);
  self->abbrevs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->starters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

const char *
prov_lexicon_category_to_string (ProvLexiconCategory category)
{
  g_return_val_if_fail (category < PROV_LEXICON_N_CATEGORIES, NULL);

  return category_names[category];
}

gboolean
prov_lexicon_category_from_string (const char          *name,
                                   ProvLexiconCategory *category)
{
  g_return_val_if_fail (category != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < PROV_LEXICON_N_CATEGORIES; i++)
    {
      if (strcmp (name, category_names[i]) == 0)
        {
          *category = (ProvLexiconCategory) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Lower-cases @entry and collapses its white space; NULL when it has no words. */
static char *
canonical_phrase (const char *entry)
{
  g_autofree char *lower = g_utf8_strdown (entry, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (lower), " \t", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
phrase_longer_first (gconstpointer a,
                     gconstpointer b)
{
  const ProvPhrase *x = *(ProvPhrase * const *) a;
  const ProvPhrase *y = *(ProvPhrase * const *) b;

  return (int) y->n_words - (int) x->n_words;
}

static void
index_entry (ProvLexicon         *self,
             ProvLexiconCategory  category,
             const char          *phrase)
{
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint n_words = g_strv_length (words);
  ProvWordEntry *entry;
  GPtrArray *list;
  ProvPhrase *p;

  entry = word_entry (self, words[0]);
  if (n_words == 1)
    entry->flags |= PROV_LEX_BIT (category);
  if (entry->phrases == NULL)
    entry->phrases = g_ptr_array_new_with_free_func (prov_phrase_free);
  list = entry->phrases;
  entry->phrase_categories |= PROV_LEX_BIT (category);
  p = g_new0 (ProvPhrase, 1);
  p->words = g_steal_pointer (&words);
  p->n_words = n_words;
  p->category = category;
  p->text = g_strdup (phrase);
  g_ptr_array_add (list, p);
  g_ptr_array_sort (list, phrase_longer_first);
}

static void
unindex_entry (ProvLexicon         *self,
               ProvLexiconCategory  category,
               const char          *phrase)
{
  g_autofree char *first = g_strdup (phrase);
  char *space = strchr (first, ' ');
  GPtrArray *list;

  ProvWordEntry *entry;

  if (space != NULL)
    *space = '\0';
  entry = g_hash_table_lookup (self->index, first);
  if (entry == NULL)
    return;
  if (space == NULL)
    entry->flags &= ~PROV_LEX_BIT (category);
  list = entry->phrases;
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      ProvPhrase *p = g_ptr_array_index (list, i);

      if (p->category == category && strcmp (p->text, phrase) == 0)
        {
          g_ptr_array_remove_index (list, i);
          break;
        }
    }
  entry->phrase_categories = 0;
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const ProvPhrase *p = g_ptr_array_index (list, i);

      entry->phrase_categories |= PROV_LEX_BIT (p->category);
    }
}

static void
add_phrase (ProvLexicon         *self,
            ProvLexiconCategory  category,
            const char          *entry)
{
  char *phrase = canonical_phrase (entry);

  if (phrase == NULL)
    return;
  if (g_hash_table_contains (self->entries[category], phrase))
    {
      g_free (phrase);
      return;
    }
  g_hash_table_add (self->entries[category], phrase);
  index_entry (self, category, phrase);
}

static gboolean
is_verb_category (ProvLexiconCategory category)
{
  return category == PROV_LEXICON_REPORTING_VERB ||
         category == PROV_LEXICON_OBJECT_VERB ||
         category == PROV_LEXICON_COGNITION_VERB;
}

void
prov_lexicon_add (ProvLexicon         *self,
                  ProvLexiconCategory  category,
                  const char          *entry)
{
  g_return_if_fail (PROV_IS_LEXICON (self));
  g_return_if_fail (category < PROV_LEXICON_N_CATEGORIES);
  g_return_if_fail (entry != NULL);

  if (is_verb_category (category))
    {
      /* A verb line lists its forms; each form is a single-word entry. */
      g_auto(GStrv) forms = g_strsplit_set (entry, " \t", -1);

      for (guint i = 0; forms[i] != NULL; i++)
        add_phrase (self, category, forms[i]);
    }
  else if (category == PROV_LEXICON_ANONYMOUS_HEAD || category == PROV_LEXICON_HOMOGRAPH ||
           category == PROV_LEXICON_SOURCE_NOUN || category == PROV_LEXICON_REPORT_NOUN ||
           category == PROV_LEXICON_LABEL)
    {
      g_auto(GStrv) heads = g_strsplit_set (entry, " \t", -1);

      for (guint i = 0; heads[i] != NULL; i++)
        add_phrase (self, category, heads[i]);
    }
  else
    add_phrase (self, category, entry);
}

void
prov_lexicon_suppress (ProvLexicon         *self,
                       ProvLexiconCategory  category,
                       const char          *entry)
{
  g_autofree char *phrase = NULL;

  g_return_if_fail (PROV_IS_LEXICON (self));
  g_return_if_fail (category < PROV_LEXICON_N_CATEGORIES);
  g_return_if_fail (entry != NULL);

  phrase = canonical_phrase (entry);
  if (phrase == NULL || !g_hash_table_remove (self->entries[category], phrase))
    return;
  unindex_entry (self, category, phrase);
}

gboolean
prov_lexicon_contains (ProvLexicon         *self,
                       ProvLexiconCategory  category,
                       const char          *phrase)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (PROV_IS_LEXICON (self), FALSE);
  g_return_val_if_fail (category < PROV_LEXICON_N_CATEGORIES, FALSE);
  g_return_val_if_fail (phrase != NULL, FALSE);

  canonical = canonical_phrase (phrase);
  return canonical != NULL && g_hash_table_contains (self->entries[category], canonical);
}

guint
prov_lexicon_count (ProvLexicon         *self,
                    ProvLexiconCategory  category)
{
  g_return_val_if_fail (PROV_IS_LEXICON (self), 0);
  g_return_val_if_fail (category < PROV_LEXICON_N_CATEGORIES, 0);

  return g_hash_table_size (self->entries[category]);
}

void
prov_lexicon_add_abbreviation (ProvLexicon     *self,
                               const char      *abbreviation,
                               ProvAbbrevClass  klass)
{
  g_return_if_fail (PROV_IS_LEXICON (self));
  g_return_if_fail (abbreviation != NULL);

  if (klass == PROV_ABBREV_NONE)
    g_hash_table_remove (self->abbrevs, abbreviation);
  else
    g_hash_table_replace (self->abbrevs, g_strdup (abbreviation), GUINT_TO_POINTER (klass));
}

ProvAbbrevClass
prov_lexicon_abbreviation_class (ProvLexicon *self,
                                 const char  *word,
                                 gsize        length)
{
  char buf[32];

  g_return_val_if_fail (PROV_IS_LEXICON (self), PROV_ABBREV_NONE);
  g_return_val_if_fail (word != NULL, PROV_ABBREV_NONE);

  if (length == 0 || length >= sizeof buf)
    return PROV_ABBREV_NONE;
  memcpy (buf, word, length);
  buf[length] = '\0';
  return (ProvAbbrevClass) GPOINTER_TO_UINT (g_hash_table_lookup (self->abbrevs, buf));
}

gboolean
prov_lexicon_is_sentence_starter (ProvLexicon *self,
                                  const char  *word,
                                  gsize        length)
{
  char buf[32];

  g_return_val_if_fail (PROV_IS_LEXICON (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  if (length == 0 || length >= sizeof buf)
    return FALSE;
  memcpy (buf, word, length);
  buf[length] = '\0';
  return g_hash_table_contains (self->starters, buf);
}

static gboolean
parse_abbreviation_line (ProvLexicon  *self,
                         const char   *line,
                         GError      **error)
{
  static const struct { const char *name; ProvAbbrevClass klass; } classes[] = {
    { "title", PROV_ABBREV_TITLE },
    { "company", PROV_ABBREV_COMPANY },
    { "initialism", PROV_ABBREV_INITIALISM },
    { "month", PROV_ABBREV_MONTH },
    { "other", PROV_ABBREV_OTHER },
  };
  g_auto(GStrv) parts = g_strsplit_set (line, " \t", 2);

  if (g_strv_length (parts) != 2 || parts[1][0] == '\0')
    {
      g_set_error (error, PROV_LEXICON_ERROR, PROV_LEXICON_ERROR_INVALID,
                   "Invalid abbreviation line “%s”", line);
      return FALSE;
    }
  g_strstrip (parts[1]);
  if (strcmp (parts[0], "starter") == 0)
    {
      g_hash_table_add (self->starters, g_strdup (parts[1]));
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      if (strcmp (parts[0], classes[i].name) == 0)
        {
          prov_lexicon_add_abbreviation (self, parts[1], classes[i].klass);
          return TRUE;
        }
    }
  g_set_error (error, PROV_LEXICON_ERROR, PROV_LEXICON_ERROR_INVALID,
               "Unknown abbreviation class “%s”", parts[0]);
  return FALSE;
}

/* Calls @func on each non-empty, non-comment line of @data. */
static gboolean
foreach_line (const char  *data,
              gsize        length,
              gboolean   (*func) (ProvLexicon *, ProvLexiconCategory, const char *, GError **),
              ProvLexicon *self,
              ProvLexiconCategory category,
              GError     **error)
{
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      g_autofree char *line = g_strndup (p, (gsize) ((nl != NULL ? nl : end) - p));

      p = nl != NULL ? nl + 1 : end;
      g_strstrip (line);
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (!g_utf8_validate (line, -1, NULL))
        {
          g_set_error (error, PROV_LEXICON_ERROR, PROV_LEXICON_ERROR_INVALID,
                       "Lexicon line is not valid UTF-8");
          return FALSE;
        }
      if (!func (self, category, line, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_line (ProvLexicon          *self,
          ProvLexiconCategory   category,
          const char           *line,
          GError              **error)
{
  if (category == PROV_LEXICON_ANONYMOUS_HEAD || category == PROV_LEXICON_ANONYMOUS_PHRASE)
    {
      /* anonymous-sources.txt: "head WORD" or "phrase WORDS". */
      if (g_str_has_prefix (line, "head "))
        prov_lexicon_add (self, PROV_LEXICON_ANONYMOUS_HEAD, line + 5);
      else if (g_str_has_prefix (line, "phrase "))
        prov_lexicon_add (self, PROV_LEXICON_ANONYMOUS_PHRASE, line + 7);
      else
        {
          g_set_error (error, PROV_LEXICON_ERROR, PROV_LEXICON_ERROR_INVALID,
                       "Invalid anonymous-source line “%s”", line);
          return FALSE;
        }
      return TRUE;
    }
  prov_lexicon_add (self, category, line);
  return TRUE;
}

static gboolean
add_abbreviation_line (ProvLexicon          *self,
                       ProvLexiconCategory   category,
                       const char           *line,
                       GError              **error)
{
  return parse_abbreviation_line (self, line, error);
}

gboolean
prov_lexicon_load_data (ProvLexicon          *self,
                        ProvLexiconCategory   category,
                        const char           *data,
                        gsize                 length,
                        GError              **error)
{
  g_return_val_if_fail (PROV_IS_LEXICON (self), FALSE);
  g_return_val_if_fail (category < PROV_LEXICON_N_CATEGORIES, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  return foreach_line (data, length, add_line, self, category, error);
}

ProvLexicon *
prov_lexicon_new_empty (void)
{
  return g_object_new (PROV_TYPE_LEXICON, NULL);
}

static const struct
{
  const char          *file;
  ProvLexiconCategory  category;
} builtin_files[] = {
  { "reporting-verbs.txt", PROV_LEXICON_REPORTING_VERB },
  { "object-verbs.txt", PROV_LEXICON_OBJECT_VERB },
  { "cognition-verbs.txt", PROV_LEXICON_COGNITION_VERB },
  { "phrasal-verbs.txt", PROV_LEXICON_PHRASAL_VERB },
  { "according-to.txt", PROV_LEXICON_ACCORDING_TO },
  { "anonymous-sources.txt", PROV_LEXICON_ANONYMOUS_HEAD },
  { "hearsay.txt", PROV_LEXICON_HEARSAY },
  { "hedges.txt", PROV_LEXICON_HEDGE },
  { "weasel.txt", PROV_LEXICON_WEASEL },
  { "homographs.txt", PROV_LEXICON_HOMOGRAPH },
  { "source-nouns.txt", PROV_LEXICON_SOURCE_NOUN },
  { "report-nouns.txt", PROV_LEXICON_REPORT_NOUN },
  { "labels.txt", PROV_LEXICON_LABEL },
};

ProvLexicon *
prov_lexicon_new (void)
{
  g_autoptr(ProvLexicon) self = prov_lexicon_new_empty ();
  GResource *resource = prov_analysis_get_resource ();
  g_autoptr(GBytes) abbrevs = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_files); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, builtin_files[i].file, NULL);
      g_autoptr(GBytes) bytes = g_resource_lookup_data (resource, path,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

      /* The resource is compiled in: a missing or broken file is a build bug. */
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      if (!prov_lexicon_load_data (self, builtin_files[i].category, data, size, &error))
        g_critical ("Built-in lexicon %s: %s", builtin_files[i].file, error->message);
      g_clear_error (&error);
    }

  abbrevs = g_resource_lookup_data (resource, RESOURCE_DIR "abbreviations.txt",
                                    G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (abbrevs, &size);
  if (!foreach_line (data, size, add_abbreviation_line, self, PROV_LEXICON_HEDGE, &error))
    g_critical ("Built-in abbreviations: %s", error->message);

  return g_steal_pointer (&self);
}

const ProvWordEntry *
_prov_lexicon_lookup (ProvLexicon *self,
                      const char  *lower)
{
  return g_hash_table_lookup (self->index, lower);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
prov_lexicon_to_patterns (ProvLexicon *self)
{
  static const ProvLexiconCategory cue_categories[] = {
    PROV_LEXICON_REPORTING_VERB, PROV_LEXICON_OBJECT_VERB, PROV_LEXICON_COGNITION_VERB,
    PROV_LEXICON_PHRASAL_VERB, PROV_LEXICON_ACCORDING_TO, PROV_LEXICON_HEARSAY,
    PROV_LEXICON_HEDGE, PROV_LEXICON_WEASEL,
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PROV_IS_LEXICON (self), NULL);

  for (guint c = 0; c < G_N_ELEMENTS (cue_categories); c++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->entries[cue_categories[c]]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          if (g_hash_table_add (seen, key))
            g_ptr_array_add (all, key);
        }
    }
  g_ptr_array_sort (all, compare_strings);

  for (guint i = 0; i < all->len; i++)
    {
      for (const char *p = g_ptr_array_index (all, i); *p != '\0'; p++)
        {
          if (strchr ("\\^$.|?*+()[]{}", *p) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
