-- schema-v2.sql — a library written by schema 2 (PRAGMA user_version = 2), kept as a fixture
-- so that every later schema is tested to migrate it: the statements of schema 1, those of
-- prov-store-schema-2.sql, then the data (the schema 2 triggers keep the claim counts). Do not
-- edit: add schema-v3.sql instead.
--
-- Copyright 2026 The Provenance developers
-- SPDX-License-Identifier: GPL-3.0-or-later

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

ALTER TABLE documents ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;  -- not dismissed
ALTER TABLE documents ADD COLUMN unreviewed INTEGER NOT NULL DEFAULT 0;   -- of those, unreviewed

UPDATE documents SET
  claim_count = (SELECT count(*) FROM claims c
                 WHERE c.document_id = documents.id AND c.suggestion != 'dismissed'),
  unreviewed = (SELECT count(*) FROM claims c
                WHERE c.document_id = documents.id AND c.suggestion != 'dismissed'
                  AND c.status = 'unreviewed');

-- the "unreviewed" saved filter, newest first, without reading every document row
CREATE INDEX documents_unreviewed ON documents (added, id) WHERE unreviewed > 0;

CREATE TRIGGER claims_count_insert AFTER INSERT ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count + (new.suggestion != 'dismissed'),
      unreviewed = unreviewed + (new.suggestion != 'dismissed' AND new.status = 'unreviewed')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_update AFTER UPDATE OF status, suggestion ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count - (old.suggestion != 'dismissed')
                                + (new.suggestion != 'dismissed'),
      unreviewed = unreviewed - (old.suggestion != 'dismissed' AND old.status = 'unreviewed')
                              + (new.suggestion != 'dismissed' AND new.status = 'unreviewed')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_delete AFTER DELETE ON claims BEGIN
  UPDATE documents
  SET claim_count = claim_count - (old.suggestion != 'dismissed'),
      unreviewed = unreviewed - (old.suggestion != 'dismissed' AND old.status = 'unreviewed')
  WHERE id = old.document_id;
END;

CREATE VIRTUAL TABLE search_rebuilt USING fts5 (
  title, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
INSERT INTO search_rebuilt (rowid, title, body) SELECT rowid, title, body FROM search;
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5 (
  title, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM search_rebuilt;
DROP TABLE search_rebuilt;

INSERT INTO collections (id, name, created) VALUES (1, 'Harbour', 1767225600);
INSERT INTO documents (id, uri, title, byline, site, published, language, added, collection_id)
VALUES (1, 'https://example.org/harbour', 'Harbour plan delayed', 'Ines Duarte',
        'The Coastal Ledger', '2026-03-03', 'en', 1767225600, 1),
       (2, 'https://example.org/bridge', 'Bridge vote may slip', NULL, 'The Courier',
        '2026-03-05', 'en', 1767312000, NULL);
INSERT INTO versions (id, document_id, fetched_at, etag, last_modified, content_hash, profile,
                      structure, text, raw)
VALUES (1, 1, 1767225600, '"e1"', NULL,
        '0d0b4e21b1a4f2c76a7e1d2b9b5bb2b8f2a1b9c4a3d0e5f6a7b8c9d0e1f2a3b4', '1 1 0 1 1 0 2',
        '[{"type":"paragraph","start":0,"end":115}]',
        'Two officials familiar with the plan said the harbour will be delayed. According to '
        || 'the Port Authority, costs rose.', NULL),
       (2, 2, 1767312000, NULL, NULL,
        '5e3f0c1d2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d', '1 0 0 1 1 0 2',
        '[{"type":"paragraph","start":0,"end":69}]',
        'The bridge vote could slip, the mayor said. "We will vote," she said.', NULL);
UPDATE documents SET latest_version = id;
INSERT INTO sources (id, name, type, reliability, created)
VALUES (1, 'the Port Authority', 'organisation', 'B', 1767225600),
       (2, 'the mayor', 'person', 'C', 1767312000);
INSERT INTO source_aliases (alias, source_id) VALUES ('Port Authority', 1);
INSERT INTO claims (id, document_id, kind, quote, start, source_id, reliability, credibility,
                    status, suggestion, origin, rule, changed, created, modified)
VALUES (1, 1, 'anonymous', 'Two officials familiar with the plan said', 0, NULL, NULL, 6,
        'unreviewed', 'suggested', 'auto', 'anon-said', 0, 1767225600, 1767225600),
       (2, 1, 'named', 'According to the Port Authority, costs rose', 71, 1, NULL, 2,
        'verified', 'accepted', 'auto', 'according-to', 0, 1767225600, 1767225600),
       (3, 1, 'hearsay', 'will be delayed', 54, NULL, NULL, 6,
        'unreviewed', 'dismissed', 'auto', 'hearsay-will', 0, 1767225600, 1767225600),
       (4, 1, 'hedge', 'will be delayed', 54, NULL, NULL, 3,
        'in-progress', 'accepted', 'auto', 'hedge-will', 0, 1767225600, 1767225600),
       (5, 1, 'quote', 'costs rose', 104, NULL, NULL, 6,
        'unreviewed', 'suggested', 'auto', 'quote', 0, 1767225600, 1767225600),
       (6, 2, 'named', 'the mayor said', 28, 2, NULL, 6,
        'unreviewed', 'suggested', 'auto', 'named-said', 0, 1767312000, 1767312000),
       (7, 2, 'hedge', 'could', 16, NULL, NULL, 6,
        'unreviewed', 'suggested', 'auto', 'hedge-could', 0, 1767312000, 1767312000),
       (8, 2, 'quote', '"We will vote," she said', 44, NULL, NULL, 1,
        'verified', 'accepted', 'user', NULL, 0, 1767312000, 1767312000);
INSERT INTO annotations (id, document_id, version_id, claim_id, role, origin, status, anchor,
                         start, end, exact, prefix, suffix, rule)
VALUES (1, 1, 1, 1, 'cue', 'auto', 'suggested', 'exact', 37, 41, 'said',
        'Two officials familiar with the ', ' the harbour will be delayed. Ac', 'anon-said'),
       (2, 1, 1, 2, 'cue', 'auto', 'accepted', 'exact', 71, 83, 'According to',
        'harbour will be delayed. ', ' the Port Authority, costs rose.', 'according-to'),
       (3, 1, 1, 3, 'cue', 'auto', 'dismissed', 'exact', 54, 58, 'will',
        'ith the plan said the harbour ', ' be delayed. According to the Po', 'hearsay-will'),
       (4, 1, 1, 4, 'cue', 'auto', 'accepted', 'exact', 54, 58, 'will',
        'ith the plan said the harbour ', ' be delayed. According to the Po', 'hedge-will'),
       (5, 1, 1, 5, 'content', 'auto', 'suggested', 'exact', 104, 114, 'costs rose',
        'ng to the Port Authority, ', '.', 'quote'),
       (6, 2, 2, 6, 'cue', 'auto', 'suggested', 'exact', 38, 42, 'said',
        'The bridge vote could slip, the mayor ', '. "We will vote," she said.', 'named-said'),
       (7, 2, 2, 7, 'cue', 'auto', 'suggested', 'exact', 16, 21, 'could',
        'The bridge vote ', ' slip, the mayor said. "We will ', 'hedge-could'),
       (8, 2, 2, 8, 'content', 'user', 'accepted', 'exact', 44, 68, '"We will vote," she said',
        'slip, the mayor said. ', '.', NULL);
INSERT INTO tags (id, name) VALUES (1, 'harbour');
INSERT INTO document_tags (document_id, tag_id) VALUES (1, 1);
INSERT INTO notes (id, document_id, body, created, modified)
VALUES (1, 1, '# Follow up', 1767225600, 1767225600);
PRAGMA application_id = 1349676918;
PRAGMA user_version = 2;
