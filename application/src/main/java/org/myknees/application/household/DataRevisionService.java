package org.myknees.application.household;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.myknees.application.household.port.in.DataRevisionQuery;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * Answers households' data revisions after the read check, remembering what it read from the store for a short
 * time per household so that a busy reader does not ask the store on every request.
 */
public final class DataRevisionService implements DataRevisionQuery {

    private static final int MAX_REMEMBERED = 10_000;

    private final HouseholdAccess access;
    private final HouseholdRepository households;
    private final Clock clock;
    private final Duration memory;
    private final Map<HouseholdId, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts forgets, so that a read which started before one does not remember the value it read. */
    private final AtomicLong forgets = new AtomicLong();

    private record Remembered(long revision, Instant until) {
    }

    /**
     * @param households the store of the households and their revisions
     * @param memory     how long a revision read from the store is used without asking again; zero asks every time
     */
    public DataRevisionService(HouseholdRepository households, Clock clock, Duration memory) {
        this.access = new HouseholdAccess(households, clock, HouseholdAccess.READ_CHECK_MEMORY);
        this.households = Objects.requireNonNull(households, "households");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.memory = Objects.requireNonNull(memory, "memory");
        if (memory.isNegative()) {
            throw new IllegalArgumentException("memory must not be negative: " + memory);
        }
    }

    @Override
    public long currentRevision(UserId actor, HouseholdId household) {
        access.requireReadAccess(actor, household);
        if (memory.isZero()) {
            return households.dataRevision(household);
        }
        Instant now = clock.instant();
        Remembered known = remembered.get(household);
        if (known != null && now.isBefore(known.until())) {
            return known.revision();
        }
        long forgetsBefore = forgets.get();
        long revision = households.dataRevision(household);
        if (forgets.get() == forgetsBefore) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(household, new Remembered(revision, now.plus(memory)));
        }
        return revision;
    }

    @Override
    public void forgetRevision(HouseholdId household) {
        forgets.incrementAndGet();
        remembered.remove(household);
    }
}
