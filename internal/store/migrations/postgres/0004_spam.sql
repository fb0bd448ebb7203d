-- Spam filter: the naive Bayes counts learned from moderators' decisions.
-- The corpus prior ships in the binary; these rows hold only what this
-- site's moderators taught it.
CREATE TABLE spam_tokens (
    token      TEXT PRIMARY KEY,
    spam_count BIGINT NOT NULL DEFAULT 0,
    ham_count  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE spam_totals (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    spam_docs BIGINT NOT NULL DEFAULT 0,
    ham_docs  BIGINT NOT NULL DEFAULT 0
);

INSERT INTO spam_totals (id, spam_docs, ham_docs) VALUES (1, 0, 0);
