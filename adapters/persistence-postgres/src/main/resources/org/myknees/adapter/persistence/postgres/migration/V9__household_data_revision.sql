-- The data revision of a household (ADR 0008): advanced once by every unit of work that changes the household's
-- data, in that unit, so a reader can keep an answer until it changes. The triggers below advance it for any
-- write to a table of household data, so no write path of the application can forget it.
ALTER TABLE households ADD COLUMN data_revision BIGINT NOT NULL DEFAULT 0;

-- Advances the revision of the written row's household once per unit of work: the transaction-local setting lists
-- the households already advanced, and is rolled back with a rolled-back unit or savepoint like the update itself.
CREATE FUNCTION advance_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    household UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD.household_id ELSE NEW.household_id END;
    advanced TEXT := coalesce(current_setting('myknees.revised_households', true), '');
BEGIN
    IF position(household::text IN advanced) = 0 THEN
        UPDATE households SET data_revision = data_revision + 1 WHERE household_id = household;
        PERFORM set_config('myknees.revised_households', advanced || household::text || ' ', true);
    END IF;
    RETURN NULL;
END
$$;

-- Row triggers whose WHEN skips rows of a household already advanced in this unit: a bulk COPY of a million rows
-- pays the condition per row and the function only until its first statement ends (statement triggers would keep
-- a copy of every row of each statement in a transition table). Left out: households and household_members (members do not change
-- what a read answers; access is checked before any cache), the outbox and the report aggregates (they change
-- only with rows of the tables below).
DO $$
DECLARE
    t TEXT;
    not_yet TEXT := ' WHEN (position(%s.household_id::text IN'
            || ' coalesce(current_setting(''myknees.revised_households'', true), '''')) = 0)';
BEGIN
    FOREACH t IN ARRAY ARRAY['accounts', 'categories', 'one_time_events', 'transactions', 'transaction_split_lines',
            'import_batches', 'import_quarantined_rows', 'categorization_rules', 'categorization_rule',
            'categorization_corrections', 'purchases', 'purchase_line_items'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW' || format(not_yet, 'NEW')
                || ' EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW' || format(not_yet, 'NEW')
                || ' EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW' || format(not_yet, 'OLD')
                || ' EXECUTE FUNCTION advance_data_revision()', t || '_revised_by_delete', t);
    END LOOP;
END
$$;
