package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;

/** A row of {@code categories}. */
@Entity(name = "Category")
@Table(name = "categories")
@IdClass(ScopedId.class)
class CategoryEntity implements StoredAggregate<HouseholdCategory> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "category_id")
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "mapped_to", nullable = false, length = 100)
    private String mappedTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CategoryEntity() {
    }

    static CategoryEntity of(HouseholdCategory category) {
        CategoryEntity entity = new CategoryEntity();
        entity.householdId = category.householdId().value();
        entity.id = category.id().value();
        entity.copyFrom(category);
        entity.version = category.version() + 1;
        return entity;
    }

    /** The form category names are compared in: without regard to case. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public void copyFrom(HouseholdCategory category) {
        name = category.name();
        nameKey = nameKey(category.name());
        mappedTo = category.mappedTo();
    }

    @Override
    public HouseholdCategory toDomain() {
        return new HouseholdCategory(new CategoryId(id), new HouseholdId(householdId), name, mappedTo, version);
    }

    @Override
    public long version() {
        return version;
    }
}
