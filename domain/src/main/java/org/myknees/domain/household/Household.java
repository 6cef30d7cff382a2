package org.myknees.domain.household;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.Change;
import org.myknees.domain.Names;
import org.myknees.domain.household.HouseholdEvents.HouseholdCreated;
import org.myknees.domain.household.HouseholdEvents.HouseholdRenamed;
import org.myknees.domain.household.HouseholdEvents.MemberAdded;
import org.myknees.domain.household.HouseholdEvents.MemberRemoved;
import org.myknees.domain.household.HouseholdEvents.MemberRoleChanged;

/**
 * The tenant that owns accounts, transactions, categories and events. Its members are users with a role.
 *
 * <p>Invariants: a non-blank name; at least one owner at all times. Immutable: every command returns a
 * {@link Change} with the new state and its event. {@code version} counts stored changes for optimistic
 * concurrency and is advanced only by the repository.
 */
public record Household(HouseholdId id, String name, Map<UserId, MemberRole> members, long version) {

    public Household {
        Objects.requireNonNull(id, "id");
        name = Names.require("household name", name);
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        if (!members.containsValue(MemberRole.OWNER)) {
            throw new LastOwnerException(id);
        }
    }

    public static Change<Household> create(HouseholdId id, String name, UserId owner, Instant at) {
        Household household = new Household(id, name, Map.of(owner, MemberRole.OWNER), 0);
        return Change.of(household, new HouseholdCreated(id, household.name(), owner, at));
    }

    public Optional<MemberRole> roleOf(UserId user) {
        return Optional.ofNullable(members.get(user));
    }

    public boolean isMember(UserId user) {
        return members.containsKey(user);
    }

    public Change<Household> rename(String newName, Instant at) {
        Household renamed = new Household(id, newName, members, version);
        return Change.of(renamed, new HouseholdRenamed(id, renamed.name(), at));
    }

    /** Adds a member, or fails if the user already belongs to the household. */
    public Change<Household> addMember(UserId user, MemberRole role, Instant at) {
        if (members.containsKey(user)) {
            throw new IllegalStateException("User " + user + " is already a member of household " + id);
        }
        Map<UserId, MemberRole> next = new LinkedHashMap<>(members);
        next.put(user, Objects.requireNonNull(role, "role"));
        return Change.of(new Household(id, name, next, version), new MemberAdded(id, user, role, at));
    }

    public Change<Household> changeRole(UserId user, MemberRole role, Instant at) {
        MemberRole from = requireMember(user);
        Map<UserId, MemberRole> next = new LinkedHashMap<>(members);
        next.put(user, Objects.requireNonNull(role, "role"));
        return Change.of(new Household(id, name, next, version), new MemberRoleChanged(id, user, from, role, at));
    }

    public Change<Household> removeMember(UserId user, Instant at) {
        requireMember(user);
        Map<UserId, MemberRole> next = new LinkedHashMap<>(members);
        next.remove(user);
        return Change.of(new Household(id, name, next, version), new MemberRemoved(id, user, at));
    }

    /** The same household as stored with the given version; for repositories only. */
    public Household withVersion(long newVersion) {
        return new Household(id, name, members, newVersion);
    }

    private MemberRole requireMember(UserId user) {
        MemberRole role = members.get(user);
        if (role == null) {
            throw new IllegalArgumentException("User " + user + " is not a member of household " + id);
        }
        return role;
    }
}
