package org.myknees.application.household;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.myknees.application.household.port.in.CreateHouseholdUseCase;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.ChangeMemberRoleCommand;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.household.port.in.HouseholdCommands.RemoveMemberCommand;
import org.myknees.application.household.port.in.ListHouseholdsQuery;
import org.myknees.application.household.port.in.ManageMembersUseCase;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.domain.Change;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Implements the household and membership use cases. */
public final class HouseholdService implements CreateHouseholdUseCase, ManageMembersUseCase, ListHouseholdsQuery {

    private final HouseholdRepository households;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;

    public HouseholdService(HouseholdRepository households, UnitOfWork unitOfWork, EventOutbox outbox, Clock clock) {
        this.households = Objects.requireNonNull(households, "households");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Household createHousehold(CreateHouseholdCommand command) {
        return unitOfWork.execute(() -> store(Household.create(HouseholdId.newId(), command.name(), command.actor(),
                clock.instant())));
    }

    @Override
    public Household addMember(AddMemberCommand command) {
        return unitOfWork.execute(() -> store(access.requireOwner(command.actor(), command.household())
                .addMember(command.member(), command.role(), clock.instant())));
    }

    @Override
    public Household changeMemberRole(ChangeMemberRoleCommand command) {
        return unitOfWork.execute(() -> store(access.requireOwner(command.actor(), command.household())
                .changeRole(command.member(), command.role(), clock.instant())));
    }

    @Override
    public Household removeMember(RemoveMemberCommand command) {
        return unitOfWork.execute(() -> {
            Household household = command.actor().equals(command.member())
                    ? access.requireReader(command.actor(), command.household())
                    : access.requireOwner(command.actor(), command.household());
            return store(household.removeMember(command.member(), clock.instant()));
        });
    }

    @Override
    public List<Household> listHouseholds(UserId actor) {
        return households.findByMember(actor);
    }

    @Override
    public Household getHousehold(UserId actor, HouseholdId id) {
        return access.requireReader(actor, id);
    }

    private Household store(Change<Household> change) {
        Household saved = households.save(change.value());
        outbox.append(change.events());
        return saved;
    }
}
