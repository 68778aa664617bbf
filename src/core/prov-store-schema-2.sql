-- prov-store-schema-2.sql — schema 1 → 2: claim counts on documents, 4-letter prefix index
--
-- Copyright 2026 The Provenance developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The library list shows each document's claim and unreviewed counts and filters on the latter;
-- counting claims per row cost a subquery each. Triggers now keep both counts on the document
-- row. Search-as-you-type sends prefix queries of four letters too ("harb*"), which merged every
-- matching term (10 ms and more on 100k documents): the full-text index now also indexes
-- 4-letter prefixes (0.3 ms; the index grows by about a third).

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
