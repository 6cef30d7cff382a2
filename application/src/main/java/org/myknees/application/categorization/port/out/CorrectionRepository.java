package org.myknees.application.categorization.port.out;

import java.util.List;
import org.myknees.domain.household.HouseholdId;

/**
 * Keeps what a household taught by correcting categories: one labelled example per normalized descriptor (a
 * later correction of the same descriptor replaces the earlier one). Never shared between households.
 */
public interface CorrectionRepository {

    void save(HouseholdId household, LabelledExample example);

    /** The household's examples in the order they were first taught. */
    List<LabelledExample> list(HouseholdId household);
}
