-- The household's data. Every table carries household_id and every key starts with it: a query that forgets
-- the household cannot use an index, and two households never share a row. Ids are created by the application.
-- Amounts are BIGINT minor units with a CHAR(3) ISO 4217 currency. Text that is sorted or compared as a key uses
-- the "C" collation, so that the database orders exactly as Java's String.compareTo does.
-- There are no foreign keys between aggregates (a transaction names an account, an account a household): the
-- ports do not promise them and the bulk path must not pay for them. Rows owned by an aggregate (members, split
-- lines) do reference it.

CREATE TABLE households (
    household_id UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL COLLATE "C",
    version      BIGINT       NOT NULL,
    CONSTRAINT households_pk PRIMARY KEY (household_id)
);

CREATE TABLE household_members (
    household_id UUID        NOT NULL,
    position     INTEGER     NOT NULL,
    user_id      UUID        NOT NULL,
    role         VARCHAR(16) NOT NULL,
    -- members keep their order; a user appears once because the aggregate holds them in a map
    CONSTRAINT household_members_pk PRIMARY KEY (household_id, position),
    CONSTRAINT household_members_household_fk FOREIGN KEY (household_id)
        REFERENCES households (household_id) ON DELETE CASCADE
);
CREATE INDEX household_members_by_user ON household_members (user_id, household_id);

CREATE TABLE accounts (
    household_id          UUID         NOT NULL,
    account_id            UUID         NOT NULL,
    code                  VARCHAR(64)  NOT NULL COLLATE "C",
    -- the code in lower case: codes are unique per household without regard to case
    code_key              VARCHAR(64)  NOT NULL COLLATE "C",
    name                  VARCHAR(200) NOT NULL,
    type                  VARCHAR(16)  NOT NULL,
    currency              CHAR(3)      NOT NULL,
    default_import_format VARCHAR(64),
    opening_balance       BIGINT       NOT NULL,
    opening_date          DATE         NOT NULL,
    archived              BOOLEAN      NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT accounts_pk PRIMARY KEY (household_id, account_id),
    CONSTRAINT accounts_code_unique UNIQUE (household_id, code_key)
);

CREATE TABLE categories (
    household_id UUID         NOT NULL,
    category_id  UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    -- the name in lower case: names are unique per household without regard to case
    name_key     VARCHAR(200) NOT NULL COLLATE "C",
    mapped_to    VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT categories_pk PRIMARY KEY (household_id, category_id),
    CONSTRAINT categories_name_unique UNIQUE (household_id, name_key)
);

CREATE TABLE one_time_events (
    household_id UUID         NOT NULL,
    event_id     UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL COLLATE "C",
    date_from    DATE         NOT NULL,
    date_to      DATE         NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT one_time_events_pk PRIMARY KEY (household_id, event_id),
    CONSTRAINT one_time_events_range CHECK (date_from <= date_to)
);

CREATE TABLE transactions (
    household_id          UUID             NOT NULL,
    transaction_id        UUID             NOT NULL,
    account_id            UUID             NOT NULL,
    booking_date          DATE             NOT NULL,
    value_date            DATE,
    amount                BIGINT           NOT NULL,
    currency              CHAR(3)          NOT NULL,
    raw_descriptor        TEXT             NOT NULL,
    normalized_descriptor TEXT             NOT NULL,
    merchant              TEXT,
    status                VARCHAR(8)       NOT NULL,
    external_id           TEXT,
    notes                 TEXT             NOT NULL,
    tags                  TEXT[]           NOT NULL,
    one_time_event_id     UUID,
    transfer_link         UUID,
    -- how many split lines the transaction has (0: not split); saves a look at the lines for the common case
    split_lines           SMALLINT         NOT NULL,
    category_key          VARCHAR(100) COLLATE "C",
    category_source       VARCHAR(16)      NOT NULL,
    category_confidence   DOUBLE PRECISION NOT NULL,
    category_decided_by   TEXT,
    version               BIGINT           NOT NULL,
    CONSTRAINT transactions_pk PRIMARY KEY (household_id, transaction_id),
    CONSTRAINT transactions_split_lines CHECK (split_lines = 0 OR split_lines >= 2)
);
-- The listing order (newest first, then id descending), the period filter and the earliest booking date. Filters
-- on accounts and amounts walk this index: a household has few accounts, so a page of one account is found after
-- a few pages' worth of entries, and every index more costs the bulk path about a tenth of its speed.
CREATE INDEX transactions_listing ON transactions (household_id, booking_date DESC, transaction_id DESC);
-- Listings and drill-downs of one category (text_pattern_ops is not needed: the column's collation is "C", so
-- a prefix LIKE for a primary code uses this index too).
CREATE INDEX transactions_by_category ON transactions (household_id, category_key, booking_date DESC, transaction_id DESC);

CREATE TABLE transaction_split_lines (
    household_id   UUID         NOT NULL,
    transaction_id UUID         NOT NULL,
    line_no        INTEGER      NOT NULL,
    amount         BIGINT       NOT NULL,
    description    TEXT         NOT NULL,
    category_key   VARCHAR(100) COLLATE "C",
    CONSTRAINT transaction_split_lines_pk PRIMARY KEY (household_id, transaction_id, line_no),
    CONSTRAINT transaction_split_lines_transaction_fk FOREIGN KEY (household_id, transaction_id)
        REFERENCES transactions (household_id, transaction_id) ON DELETE CASCADE
);
CREATE INDEX transaction_split_lines_by_category ON transaction_split_lines (household_id, category_key);

-- Report aggregates, kept by the adapter in the same unit of work as the transactions (see ReportTotals):
-- what ReportingPolicy counts, summed per household, calendar month (its first day), currency, category
-- (NULL: uncategorized) and one-time event (NULL: none). A row whose line_count dropped to 0 counts nowhere.
-- Every write updates a few of these rows in place; half-empty pages let PostgreSQL keep the new row versions
-- on the same page (HOT updates) and reclaim the old ones without a vacuum.
CREATE TABLE month_category_totals (
    household_id      UUID         NOT NULL,
    month             DATE         NOT NULL,
    currency          CHAR(3)      NOT NULL,
    category_key      VARCHAR(100) COLLATE "C",
    one_time_event_id UUID,
    total             BIGINT       NOT NULL,
    line_count        BIGINT       NOT NULL,
    -- In the order month buckets are reported: a month-aligned report is one ordered index scan.
    CONSTRAINT month_category_totals_key UNIQUE NULLS NOT DISTINCT
        (household_id, month, currency, category_key, one_time_event_id)
) WITH (fillfactor = 50);
-- Trends read one category over months.
CREATE INDEX month_category_totals_by_category ON month_category_totals (household_id, category_key, month);
-- The spending of one-time events, reported apart.
CREATE INDEX month_category_totals_by_event ON month_category_totals (household_id, one_time_event_id, month)
    WHERE one_time_event_id IS NOT NULL;

-- Cash flow per household, month and currency: whole transaction amounts, transfers excluded, one-time events
-- included.
CREATE TABLE cash_flow_months (
    household_id      UUID    NOT NULL,
    month             DATE    NOT NULL,
    currency          CHAR(3) NOT NULL,
    income            BIGINT  NOT NULL,
    spending          BIGINT  NOT NULL,
    transaction_count BIGINT  NOT NULL,
    CONSTRAINT cash_flow_months_pk PRIMARY KEY (household_id, month, currency)
) WITH (fillfactor = 50);

-- Domain events, written in the same unit of work as the change they describe; change data capture reads them
-- from the write-ahead log.
CREATE TABLE outbox (
    sequence     BIGINT GENERATED ALWAYS AS IDENTITY,
    event_id     UUID         NOT NULL,
    household_id UUID         NOT NULL,
    aggregate_id UUID         NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    payload      JSONB        NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT outbox_pk PRIMARY KEY (sequence),
    CONSTRAINT outbox_event_unique UNIQUE (event_id)
);
CREATE INDEX outbox_by_household ON outbox (household_id, sequence);
