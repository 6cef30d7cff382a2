package org.myknees.application.household.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Stores households with their members. */
public interface HouseholdRepository {

    /** The household, or empty when no household has this id. */
    Optional<Household> find(HouseholdId id);

    /** The households the user is a member of, ordered by name then id. */
    List<Household> findByMember(UserId user);

    /**
     * Inserts a new household (version 0, id not yet stored) or replaces the stored one if its version is
     * still the one given; returns it with the next version.
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    Household save(Household household);

    /**
     * The household's committed data revision: 0 at first, advanced once by every committed unit of work that
     * changed any of the household's data (accounts, transactions, categories, events, imports, rules, learned
     * corrections, purchases), never by one rolled back. Equal revisions mean the same data. 0 as well for an
     * unknown household.
     */
    long dataRevision(HouseholdId id);
}
