package org.myknees.application.household;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * Households in a map, for the household use cases' unit tests: every household is at {@code revision}, and
 * {@code duringRead} runs inside each read of it (to interleave a concurrent forget).
 */
final class MapHouseholds implements HouseholdRepository {

    private final Map<HouseholdId, Household> byId = new ConcurrentHashMap<>();
    volatile long revision;
    volatile Runnable duringRead = () -> { };

    @Override
    public Optional<Household> find(HouseholdId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Household> findByMember(UserId user) {
        return byId.values().stream().filter(h -> h.isMember(user)).toList();
    }

    @Override
    public Household save(Household household) {
        byId.put(household.id(), household);
        return household;
    }

    @Override
    public long dataRevision(HouseholdId id) {
        long answer = revision;
        duringRead.run();
        return answer;
    }
}
