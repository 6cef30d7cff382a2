-- What a household taught categorization: its rules file, and one corrected example per normalized descriptor.

CREATE TABLE categorization_rules (
    household_id UUID NOT NULL,
    rules_file   TEXT NOT NULL,
    CONSTRAINT categorization_rules_pk PRIMARY KEY (household_id)
);

CREATE TABLE categorization_corrections (
    household_id UUID         NOT NULL,
    descriptor   TEXT         NOT NULL COLLATE "C",
    code         VARCHAR(100) NOT NULL,
    merchant     TEXT,
    -- when the descriptor was first taught: a later correction replaces the example but keeps its place
    taught       BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT categorization_corrections_pk PRIMARY KEY (household_id, descriptor)
);
