package org.myknees.application.category;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.application.category.port.in.CategoryCommands.MergeCategoriesCommand;
import org.myknees.application.category.port.in.CategoryCommands.RenameCategoryCommand;
import org.myknees.application.category.port.in.ListCategoriesQuery;
import org.myknees.application.category.port.in.ManageCategoriesUseCase;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.Change;
import org.myknees.domain.category.CategoryEvents.CategoriesMerged;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Implements the category use cases. */
public final class CategoryService implements ListCategoriesQuery, ManageCategoriesUseCase {

    private final Taxonomy taxonomy;
    private final CategoryRepository categories;
    private final TransactionRepository transactions;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;

    public CategoryService(Taxonomy taxonomy, CategoryRepository categories, TransactionRepository transactions,
                           HouseholdRepository households, UnitOfWork unitOfWork, EventOutbox outbox, Clock clock) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public List<HouseholdCategory> listCategories(UserId actor, HouseholdId household) {
        access.requireReader(actor, household);
        return categories.list(household);
    }

    @Override
    public HouseholdCategory createCategory(CreateCategoryCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            return store(HouseholdCategory.create(CategoryId.newId(), c.household(), c.name(), c.mappedTo(),
                    taxonomy, clock.instant()));
        });
    }

    @Override
    public HouseholdCategory renameCategory(RenameCategoryCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            return store(require(c.household(), c.category()).rename(c.name(), clock.instant()));
        });
    }

    @Override
    public HouseholdCategory mergeCategories(MergeCategoriesCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            HouseholdCategory merged = require(c.household(), c.merged());
            HouseholdCategory into = require(c.household(), c.into());
            long moved = transactions.replaceCategory(c.household(), merged.key(), into.key());
            categories.delete(c.household(), merged.id());
            outbox.append(List.of(new CategoriesMerged(c.household(), merged.id(), into.id(), moved, clock.instant())));
            return into;
        });
    }

    private HouseholdCategory require(HouseholdId household, CategoryId id) {
        return categories.find(household, id).orElseThrow(() -> new NotFoundException("category", id));
    }

    private HouseholdCategory store(Change<HouseholdCategory> change) {
        HouseholdCategory saved = categories.save(change.value());
        outbox.append(change.events());
        return saved;
    }
}
