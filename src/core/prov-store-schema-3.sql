-- prov-store-schema-3.sql — schema 2 → 3: claim counts per kind on documents, a trash
--
-- Copyright 2026 The Provenance developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The library list shows a badge per kind of claim (named, anonymous, hearsay, hedge, quote).
-- Like the claim and unreviewed counts of schema 2, they are kept on the document row by the
-- claim triggers, which are replaced by ones that keep every count in one UPDATE. Dismissed
-- suggestions are not counted.

ALTER TABLE documents ADD COLUMN named_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN anonymous_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN hearsay_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN hedge_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;

UPDATE documents SET
  named_count = k.named, anonymous_count = k.anonymous, hearsay_count = k.hearsay,
  hedge_count = k.hedge, quote_count = k.quote
FROM (SELECT document_id, sum (kind = 'named') AS named, sum (kind = 'anonymous') AS anonymous,
             sum (kind = 'hearsay') AS hearsay, sum (kind = 'hedge') AS hedge,
             sum (kind = 'quote') AS quote
      FROM claims WHERE suggestion != 'dismissed' GROUP BY document_id) AS k
WHERE documents.id = k.document_id;

DROP TRIGGER claims_count_insert;
DROP TRIGGER claims_count_update;
DROP TRIGGER claims_count_delete;

CREATE TRIGGER claims_count_insert AFTER INSERT ON claims
WHEN new.suggestion != 'dismissed' BEGIN
  UPDATE documents
  SET claim_count = claim_count + 1,
      unreviewed = unreviewed + (new.status = 'unreviewed'),
      named_count = named_count + (new.kind = 'named'),
      anonymous_count = anonymous_count + (new.kind = 'anonymous'),
      hearsay_count = hearsay_count + (new.kind = 'hearsay'),
      hedge_count = hedge_count + (new.kind = 'hedge'),
      quote_count = quote_count + (new.kind = 'quote')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_update AFTER UPDATE OF status, suggestion, kind ON claims
WHEN old.status != new.status OR old.suggestion != new.suggestion OR old.kind != new.kind BEGIN
  UPDATE documents
  SET claim_count = claim_count - (old.suggestion != 'dismissed')
                                + (new.suggestion != 'dismissed'),
      unreviewed = unreviewed - (old.suggestion != 'dismissed' AND old.status = 'unreviewed')
                              + (new.suggestion != 'dismissed' AND new.status = 'unreviewed'),
      named_count = named_count - (old.suggestion != 'dismissed' AND old.kind = 'named')
                                + (new.suggestion != 'dismissed' AND new.kind = 'named'),
      anonymous_count = anonymous_count
                        - (old.suggestion != 'dismissed' AND old.kind = 'anonymous')
                        + (new.suggestion != 'dismissed' AND new.kind = 'anonymous'),
      hearsay_count = hearsay_count - (old.suggestion != 'dismissed' AND old.kind = 'hearsay')
                                    + (new.suggestion != 'dismissed' AND new.kind = 'hearsay'),
      hedge_count = hedge_count - (old.suggestion != 'dismissed' AND old.kind = 'hedge')
                                + (new.suggestion != 'dismissed' AND new.kind = 'hedge'),
      quote_count = quote_count - (old.suggestion != 'dismissed' AND old.kind = 'quote')
                                + (new.suggestion != 'dismissed' AND new.kind = 'quote')
  WHERE id = new.document_id;
END;
CREATE TRIGGER claims_count_delete AFTER DELETE ON claims
WHEN old.suggestion != 'dismissed' BEGIN
  UPDATE documents
  SET claim_count = claim_count - 1,
      unreviewed = unreviewed - (old.status = 'unreviewed'),
      named_count = named_count - (old.kind = 'named'),
      anonymous_count = anonymous_count - (old.kind = 'anonymous'),
      hearsay_count = hearsay_count - (old.kind = 'hearsay'),
      hedge_count = hedge_count - (old.kind = 'hedge'),
      quote_count = quote_count - (old.kind = 'quote')
  WHERE id = old.document_id;
END;

-- Deleting documents can be undone: a trashed document keeps its rows with trashed_at set (Unix
-- seconds) and is hidden from the library, the search and the counts until it is restored or
-- the trash is emptied. The library's sort and filter indexes cover only the documents not in
-- the trash, and end with the columns of their conditions so that listing the library reads the
-- index alone (SQLite 3.40 does not count a partial index's own condition as covered; without
-- them the "unreviewed" filter read every row and took 4 times as long on 100k documents).
ALTER TABLE documents ADD COLUMN trashed_at INTEGER;

DROP INDEX documents_added;
DROP INDEX documents_published;
DROP INDEX documents_title;
DROP INDEX documents_unreviewed;
CREATE INDEX documents_added ON documents (added, id, trashed_at) WHERE trashed_at IS NULL;
CREATE INDEX documents_published ON documents (published, id, trashed_at)
  WHERE trashed_at IS NULL;
CREATE INDEX documents_title ON documents (title COLLATE NOCASE, id, trashed_at)
  WHERE trashed_at IS NULL;
CREATE INDEX documents_unreviewed ON documents (added, id, unreviewed, trashed_at)
  WHERE unreviewed > 0 AND trashed_at IS NULL;
CREATE INDEX documents_trashed ON documents (trashed_at) WHERE trashed_at IS NOT NULL;
