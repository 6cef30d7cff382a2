-- The people who sign in, and their refresh tokens. Users stand above households (a user belongs to several),
-- so these tables are the platform's, not a household's, and carry no household_id.

CREATE TABLE users (
    user_id          UUID         NOT NULL,
    -- stored lower-case by the domain, so unique without regard to case
    email            VARCHAR(254) NOT NULL,
    password_hash    TEXT,
    roles            TEXT[]       NOT NULL,
    external_subject TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (user_id),
    CONSTRAINT users_email_unique UNIQUE (email),
    CONSTRAINT users_sign_in CHECK (password_hash IS NOT NULL OR external_subject IS NOT NULL)
);
CREATE UNIQUE INDEX users_external_subject_unique ON users (external_subject) WHERE external_subject IS NOT NULL;

-- Only the SHA-256 of a token is kept, never the token.
CREATE TABLE refresh_tokens (
    token_hash VARCHAR(128) NOT NULL,
    family     UUID         NOT NULL,
    user_id    UUID         NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    used       BOOLEAN      NOT NULL,
    CONSTRAINT refresh_tokens_pk PRIMARY KEY (token_hash)
);

CREATE TABLE revoked_token_families (
    family UUID NOT NULL,
    CONSTRAINT revoked_token_families_pk PRIMARY KEY (family)
);
