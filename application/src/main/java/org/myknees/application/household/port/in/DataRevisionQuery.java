package org.myknees.application.household.port.in;

import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * The data revision of a household, for readers that keep answers until the data changes (validators, caches of
 * responses). Equal revisions mean the same data.
 */
public interface DataRevisionQuery {

    /**
     * The revision of the household's data, after checking that the user may read the household.
     *
     * <p>Reflects every write of this process that finished before {@link #forgetRevision} was called for the
     * household, and every write of another process on the same store within the service's memory (one second
     * unless configured otherwise).
     *
     * @throws org.myknees.application.port.out.NotFoundException when the household does not exist or the user is
     *                                                               not a member
     */
    long currentRevision(UserId actor, HouseholdId household);

    /** Drops what is remembered of the household's revision, after a write of this process changed its data. */
    void forgetRevision(HouseholdId household);
}
