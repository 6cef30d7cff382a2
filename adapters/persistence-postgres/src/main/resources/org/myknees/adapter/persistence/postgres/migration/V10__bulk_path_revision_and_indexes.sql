-- For the large-batch path of the bulk load (ADR 0009).
--
-- That path turns the insert triggers of transactions and their split lines off for its COPY and advances the
-- household's revision itself, once, in the same unit of work. So that both ways advance it by the same rule, the rule
-- moves out of the trigger function into a function of its own, which the trigger function calls.

-- Advances the household's data revision once per unit of work: the transaction-local setting lists the households
-- already advanced, and is rolled back with a rolled-back unit or savepoint like the update itself.
CREATE FUNCTION advance_household_revision(household UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    advanced TEXT := coalesce(current_setting('myknees.revised_households', true), '');
BEGIN
    IF position(household::text IN advanced) = 0 THEN
        UPDATE households SET data_revision = data_revision + 1 WHERE household_id = household;
        PERFORM set_config('myknees.revised_households', advanced || household::text || ' ', true);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION advance_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM advance_household_revision(CASE WHEN TG_OP = 'DELETE' THEN OLD.household_id ELSE NEW.household_id END);
    RETURN NULL;
END
$$;

-- The listing and category indexes end with the transaction id, so no two entries are ever equal and deduplication
-- (on by default) can never merge any: it only costs a comparison per entry when an index is built and a pass over
-- each page before it splits. The bulk path builds them the same way (TransactionIndexes).
ALTER INDEX transactions_listing SET (deduplicate_items = off);
ALTER INDEX transactions_by_category SET (deduplicate_items = off);
