package org.myknees.application.household;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/**
 * The access policy of every use case: a user who is not a member of a household gets the same "not found"
 * as for a household that does not exist; viewers read only; owners alone manage members.
 */
public final class HouseholdAccess {

    /**
     * How long a granted read check of a read-only query is remembered: a member removed from a household can
     * read it for at most this long afterwards (writes are always checked against the stored household).
     */
    public static final Duration READ_CHECK_MEMORY = Duration.ofSeconds(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final HouseholdRepository households;
    private final Clock clock;
    private final Duration readCheckMemory;
    private final Map<Reader, Instant> grantedReads = new ConcurrentHashMap<>();

    private record Reader(UserId user, HouseholdId household) {
    }

    /** Checks every request against the stored household. */
    public HouseholdAccess(HouseholdRepository households) {
        // Without a memory the clock is never read.
        this(households, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO);
    }

    /** Remembers granted checks of read-only queries ({@link #requireReadAccess}) for {@code readCheckMemory}. */
    public HouseholdAccess(HouseholdRepository households, Clock clock, Duration readCheckMemory) {
        this.households = Objects.requireNonNull(households, "households");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readCheckMemory = Objects.requireNonNull(readCheckMemory, "readCheckMemory");
    }

    /**
     * Passes if the user may read the household, for queries that only read: a granted check is remembered for
     * the read-check memory (a refusal never is), so that a client paging through a household does not load the
     * household on every request.
     */
    public void requireReadAccess(UserId user, HouseholdId id) {
        if (readCheckMemory.isZero()) {
            requireReader(user, id);
            return;
        }
        Reader reader = new Reader(user, id);
        Instant now = clock.instant();
        Instant until = grantedReads.get(reader);
        if (until != null && now.isBefore(until)) {
            return;
        }
        requireReader(user, id);
        if (grantedReads.size() >= MAX_REMEMBERED) {
            grantedReads.clear();
        }
        grantedReads.put(reader, now.plus(readCheckMemory));
    }

    /** The household if the user may read it. */
    public Household requireReader(UserId user, HouseholdId id) {
        Household household = households.find(id).orElseThrow(() -> new NotFoundException("household", id));
        if (!household.isMember(user)) {
            throw new NotFoundException("household", id);
        }
        return household;
    }

    /** The household if the user may change its data. */
    public Household requireWriter(UserId user, HouseholdId id) {
        Household household = requireReader(user, id);
        MemberRole role = household.roleOf(user).orElseThrow();
        if (!role.canWrite()) {
            throw new ReadOnlyMemberException(id, role, "change its data");
        }
        return household;
    }

    /** The household if the user may manage its members. */
    public Household requireOwner(UserId user, HouseholdId id) {
        Household household = requireReader(user, id);
        MemberRole role = household.roleOf(user).orElseThrow();
        if (!role.canManageMembers()) {
            throw new ReadOnlyMemberException(id, role, "manage its members");
        }
        return household;
    }
}
