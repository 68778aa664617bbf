-- prov-store-schema-1.sql — the library schema, version 1 (PRAGMA user_version = 1)
--
-- Copyright 2026 The Provenance developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Applied in one transaction to an empty file, then prov-store-schema-2.sql and so on, each in
-- its own transaction; tests/data/schema-v1.sql is the fixture of a library of this schema.
-- Never edit a released schema file: add the next one.

CREATE TABLE prov_library (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO prov_library (key, value) VALUES ('application', 'org.provenance.Provenance');

CREATE TABLE collections (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created INTEGER NOT NULL
);

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  uri            TEXT NOT NULL UNIQUE,
  title          TEXT,
  byline         TEXT,
  site           TEXT,
  published      TEXT,
  language       TEXT,
  added          INTEGER NOT NULL,
  collection_id  INTEGER REFERENCES collections (id) ON DELETE SET NULL,
  latest_version INTEGER
);
CREATE INDEX documents_added ON documents (added, id);
CREATE INDEX documents_published ON documents (published, id);
CREATE INDEX documents_title ON documents (title COLLATE NOCASE, id);
CREATE INDEX documents_collection ON documents (collection_id);

CREATE TABLE versions (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  fetched_at    INTEGER NOT NULL,
  etag          TEXT,
  last_modified TEXT,
  content_hash  TEXT NOT NULL,
  profile       TEXT,
  structure     TEXT,
  text          TEXT NOT NULL,
  raw           BLOB
);
CREATE INDEX versions_document ON versions (document_id, id);

CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  type        TEXT NOT NULL DEFAULT 'unknown',
  reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  created     INTEGER NOT NULL
);

CREATE TABLE source_aliases (
  alias     TEXT PRIMARY KEY COLLATE NOCASE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE
);
CREATE INDEX source_aliases_source ON source_aliases (source_id);

CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL,
  quote        TEXT NOT NULL DEFAULT '',
  start        INTEGER NOT NULL DEFAULT -1,
  source_id    INTEGER REFERENCES sources (id) ON DELETE SET NULL,
  reliability  TEXT CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility  INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
  status       TEXT NOT NULL DEFAULT 'unreviewed'
               CHECK (status IN ('unreviewed', 'in-progress', 'verified', 'false',
                                 'inconclusive')),
  suggestion   TEXT NOT NULL DEFAULT 'suggested'
               CHECK (suggestion IN ('suggested', 'accepted', 'dismissed')),
  origin       TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user')),
  rule         TEXT,
  changed      INTEGER NOT NULL DEFAULT 0,
  created      INTEGER NOT NULL,
  modified     INTEGER NOT NULL
);
CREATE INDEX claims_document ON claims (document_id, start);
CREATE INDEX claims_unreviewed ON claims (document_id)
  WHERE status = 'unreviewed' AND suggestion != 'dismissed';
CREATE INDEX claims_suggested ON claims (document_id) WHERE suggestion = 'suggested';
CREATE INDEX claims_changed ON claims (document_id) WHERE changed != 0;
CREATE INDEX claims_source ON claims (source_id);

CREATE TABLE annotations (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version_id  INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
  claim_id    INTEGER REFERENCES claims (id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('cue', 'source', 'content', 'highlight')),
  origin      TEXT NOT NULL CHECK (origin IN ('auto', 'user')),
  status      TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'dismissed')),
  anchor      TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'fuzzy', 'orphan')),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  exact       TEXT NOT NULL,
  prefix      TEXT NOT NULL DEFAULT '',
  suffix      TEXT NOT NULL DEFAULT '',
  rule        TEXT
);
CREATE INDEX annotations_version ON annotations (version_id, start);
CREATE INDEX annotations_claim ON annotations (claim_id);
CREATE INDEX annotations_document ON annotations (document_id, anchor);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE document_tags (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX document_tags_tag ON document_tags (tag_id);

CREATE TABLE claim_tags (
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX claim_tags_tag ON claim_tags (tag_id);

CREATE TABLE notes (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  claim_id      INTEGER REFERENCES claims (id) ON DELETE CASCADE,
  collection_id INTEGER REFERENCES collections (id) ON DELETE CASCADE,
  body          TEXT NOT NULL,
  created       INTEGER NOT NULL,
  modified      INTEGER NOT NULL,
  CHECK ((document_id IS NOT NULL) + (claim_id IS NOT NULL) + (collection_id IS NOT NULL) = 1)
);
CREATE INDEX notes_document ON notes (document_id);
CREATE INDEX notes_claim ON notes (claim_id);
CREATE INDEX notes_collection ON notes (collection_id);

-- One full-text index for everything. rowid = id * 4 + kind (0 document, 1 claim, 2 note,
-- 3 source), so that each row is found and replaced by rowid. Kept up to date by triggers.
CREATE VIRTUAL TABLE search USING fts5 (
  title, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER documents_fts_title AFTER UPDATE OF title, byline, site ON documents BEGIN
  UPDATE search SET title = coalesce (new.title, '') || ' ' || coalesce (new.byline, '') || ' ' ||
                          coalesce (new.site, '')
  WHERE rowid = new.id * 4;
END;
CREATE TRIGGER documents_fts_version AFTER UPDATE OF latest_version ON documents BEGIN
  DELETE FROM search WHERE rowid = new.id * 4;
  INSERT INTO search (rowid, title, body)
  SELECT new.id * 4, coalesce (new.title, '') || ' ' || coalesce (new.byline, '') || ' ' ||
                          coalesce (new.site, ''), v.text
  FROM versions v WHERE v.id = new.latest_version;
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search WHERE rowid = old.id * 4;
END;

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 1, '', new.quote);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote ON claims BEGIN
  UPDATE search SET body = new.quote WHERE rowid = new.id * 4 + 1;
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 2, '', new.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
  UPDATE search SET body = new.body WHERE rowid = new.id * 4 + 2;
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.id * 4 + 3, new.name, '');
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF name ON sources BEGIN
  UPDATE search SET title = new.name WHERE rowid = new.id * 4 + 3;
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 3;
END;
CREATE TRIGGER aliases_fts_insert AFTER INSERT ON source_aliases BEGIN
  UPDATE search SET body = (SELECT group_concat (alias, ' ') FROM source_aliases
                            WHERE source_id = new.source_id)
  WHERE rowid = new.source_id * 4 + 3;
END;
CREATE TRIGGER aliases_fts_delete AFTER DELETE ON source_aliases BEGIN
  UPDATE search SET body = coalesce ((SELECT group_concat (alias, ' ') FROM source_aliases
                                      WHERE source_id = old.source_id), '')
  WHERE rowid = old.source_id * 4 + 3;
END;
