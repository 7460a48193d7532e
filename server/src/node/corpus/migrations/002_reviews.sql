-- Review decisions shared through the corpus: who decided what on which finding, and when. Append
-- only: the newest row of a finding key is its decision ('undone' withdraws it), the rest is history.

CREATE TABLE review_decisions (
  id bigserial PRIMARY KEY,
  -- The finding's key: a digest of its two claims, the same on every machine (reviews.ts).
  finding_key text NOT NULL,
  kind text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('reviewed', 'dismissed', 'undone')),
  -- The two passages as the decision saw them, and the source it was taken in.
  a text NOT NULL DEFAULT '',
  b text NOT NULL DEFAULT '',
  path text,
  reviewer text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_decisions_newest ON review_decisions (finding_key, decided_at DESC, id DESC);
