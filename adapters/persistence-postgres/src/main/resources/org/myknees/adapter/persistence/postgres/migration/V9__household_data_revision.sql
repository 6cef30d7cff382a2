-- The data revision of a household (ADR 0008): advanced once by every unit of work that changes the household's
-- data, in that unit, so a reader can keep an answer until it changes. The triggers below advance it for any
-- statement on a table of household data, so no write path of the application can forget it.
ALTER TABLE households ADD COLUMN data_revision BIGINT NOT NULL DEFAULT 0;

-- Advances the revision of every household the statement touched (its transition table is named "changed"),
-- once per unit of work: the transaction-local setting lists the households already advanced, and is rolled back
-- with a rolled-back unit or savepoint like the update itself.
CREATE FUNCTION advance_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    advanced TEXT := coalesce(current_setting('myknees.revised_households', true), '');
    household UUID;
BEGIN
    FOR household IN SELECT DISTINCT household_id FROM changed LOOP
        IF position(household::text IN advanced) = 0 THEN
            UPDATE households SET data_revision = data_revision + 1 WHERE household_id = household;
            advanced := advanced || household::text || ' ';
        END IF;
    END LOOP;
    PERFORM set_config('myknees.revised_households', advanced, true);
    RETURN NULL;
END
$$;

-- Left out: households and household_members (members do not change what a read answers; access is checked before
-- any cache), the outbox and the report aggregates (they change only with rows of the tables below).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounts', 'categories', 'one_time_events', 'transactions', 'transaction_split_lines',
            'import_batches', 'import_quarantined_rows', 'categorization_rules',
            'categorization_rule', 'categorization_corrections', 'purchases', 'purchase_line_items'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_delete', t);
    END LOOP;
END
$$;
