-- The shared corpus: documents by content, the analysis of each, and the terms of every sentence
-- (the index cross-document candidates come from). Applied once, in a transaction, by migrate.ts.

CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  -- SHA-1 of the text and the format its file extension implies: one row per distinct article.
  content_hash text NOT NULL,
  extension text NOT NULL,
  -- Relative to the folder it was indexed from; a newer text of the same path makes this one not current.
  path text NOT NULL,
  current boolean NOT NULL DEFAULT true,
  text text NOT NULL,
  bytes integer NOT NULL,
  -- Source metadata, filled from the analysis.
  title text,
  publisher text,
  published text,
  author text,
  -- pending (waiting or leased), done (analysis stored) or failed (problem says why).
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  lease_owner text,
  lease_expires timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  problem text,
  added_at timestamptz NOT NULL DEFAULT now(),
  analysed_at timestamptz,
  UNIQUE (content_hash, extension)
);
CREATE INDEX documents_pending ON documents (id) WHERE state = 'pending';
CREATE INDEX documents_current_path ON documents (path) WHERE current;

CREATE TABLE analyses (
  document_id bigint PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  analyzer_version integer NOT NULL,
  -- The serialised DocumentAnalysis (json keeps it as written: key order, exact numbers).
  analysis json NOT NULL
);
CREATE INDEX analyses_version ON analyses (analyzer_version);

-- One row per sentence with its content terms; the GIN index finds the sentences sharing a term.
CREATE TABLE sentence_terms (
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence integer NOT NULL,
  terms text[] NOT NULL,
  PRIMARY KEY (document_id, sentence)
);
CREATE INDEX sentence_terms_terms ON sentence_terms USING gin (terms);
