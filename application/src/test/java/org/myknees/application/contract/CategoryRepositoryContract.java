package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.myknees.application.category.port.out.CategoryNameTakenException;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;

/** What every {@link org.myknees.application.category.port.out.CategoryRepository} must do. */
public abstract class CategoryRepositoryContract {

    protected abstract PortsUnderTest ports();

    private HouseholdCategory create(HouseholdId household, String name) {
        return ports().categories().save(HouseholdCategory.create(CategoryId.newId(), household, name,
                "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", Taxonomy.plaidV1(), ContractFixtures.AT).value());
    }

    @Test
    void categories_are_found_listed_by_name_and_kept_per_household() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        HouseholdId other = new ContractFixtures(ports()).household().id();
        HouseholdCategory zoo = create(household, "zoo trips");
        HouseholdCategory kids = create(household, "Kids' activities");

        assertThat(ports().categories().find(household, zoo.id())).contains(zoo);
        assertThat(ports().categories().list(household)).containsExactly(kids, zoo);
        assertThat(ports().categories().find(other, zoo.id())).isEmpty();
        assertThat(ports().categories().list(other)).isEmpty();
    }

    @Test
    void names_are_unique_per_household_without_regard_to_case() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        create(household, "Hobbies");

        assertThatThrownBy(() -> create(household, "HOBBIES")).isInstanceOf(CategoryNameTakenException.class);
        assertThat(create(new ContractFixtures(ports()).household().id(), "Hobbies").name()).isEqualTo("Hobbies");
    }

    @Test
    void a_stale_rename_conflicts_and_delete_removes_only_in_its_household() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        HouseholdCategory category = create(household, "Garden");
        ports().categories().save(category.rename("Yard", ContractFixtures.AT).value());

        assertThatThrownBy(() -> ports().categories().save(category.rename("Plants", ContractFixtures.AT).value()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ports().categories().delete(new ContractFixtures(ports()).household().id(), category.id())).isFalse();
        assertThat(ports().categories().delete(household, category.id())).isTrue();
        assertThat(ports().categories().find(household, category.id())).isEmpty();
    }
}
