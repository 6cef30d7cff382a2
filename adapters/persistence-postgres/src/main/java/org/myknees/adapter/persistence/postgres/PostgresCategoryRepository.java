package org.myknees.adapter.persistence.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.category.port.out.CategoryNameTakenException;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;

/** Household categories in {@code categories}; names are unique per household through the lower-cased key. */
final class PostgresCategoryRepository implements CategoryRepository {

    private final HibernateUnitOfWork units;

    PostgresCategoryRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<HouseholdCategory> find(HouseholdId household, CategoryId id) {
        return units.withSession(session -> Optional.ofNullable(
                        session.find(CategoryEntity.class, new ScopedId(household.value(), id.value())))
                .map(CategoryEntity::toDomain));
    }

    @Override
    public List<HouseholdCategory> list(HouseholdId household) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from Category where householdId = :household order by nameKey, id", CategoryEntity.class)
                .setParameter("household", household.value())
                .getResultStream()
                .map(CategoryEntity::toDomain)
                .toList());
    }

    @Override
    public HouseholdCategory save(HouseholdCategory category) {
        return units.withSession(session -> {
            boolean taken = session.createSelectionQuery(
                            "select 1 from Category where householdId = :household and nameKey = :name and id <> :id",
                            Integer.class)
                    .setParameter("household", category.householdId().value())
                    .setParameter("name", CategoryEntity.nameKey(category.name()))
                    .setParameter("id", category.id().value())
                    .uniqueResultOptional()
                    .isPresent();
            if (taken) {
                throw new CategoryNameTakenException(category.name());
            }
            try {
                return category.withVersion(VersionedSave.save(session, CategoryEntity.class,
                        new ScopedId(category.householdId().value(), category.id().value()), category,
                        category.version(), CategoryEntity::of, "category", category.id()).version());
            } catch (RuntimeException e) {
                // Another unit of work took the name between the check above and this write.
                if (DatabaseFailures.violatedConstraint(e).filter("categories_name_unique"::equals).isPresent()) {
                    throw new CategoryNameTakenException(category.name());
                }
                throw e;
            }
        });
    }

    @Override
    public boolean delete(HouseholdId household, CategoryId id) {
        return units.withSession(session -> session.createMutationQuery(
                        "delete from Category where householdId = :household and id = :id")
                .setParameter("household", household.value())
                .setParameter("id", id.value())
                .executeUpdate() > 0);
    }
}
