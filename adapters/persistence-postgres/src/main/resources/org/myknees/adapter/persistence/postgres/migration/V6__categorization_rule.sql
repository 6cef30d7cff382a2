-- Rules kept whole, one row each: condition trees and actions the match,pattern,category file cannot express.
-- The rules file of V3 stays as the form older versions stored; a household with rows here is ruled by them.

CREATE TABLE categorization_rule (
    household_id UUID         NOT NULL,
    rule_id      UUID         NOT NULL,
    name         TEXT         NOT NULL,
    stage        VARCHAR(16)  NOT NULL,
    position     INTEGER      NOT NULL,
    -- the condition tree, actions and flags (see RuleDefinitionJson)
    definition   JSONB        NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT categorization_rule_pk PRIMARY KEY (household_id, rule_id),
    CONSTRAINT categorization_rule_stage_ck CHECK (stage IN ('PRE', 'DEFAULT', 'POST'))
);
