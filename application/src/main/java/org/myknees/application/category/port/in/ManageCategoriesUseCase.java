package org.myknees.application.category.port.in;

import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.application.category.port.in.CategoryCommands.MergeCategoriesCommand;
import org.myknees.application.category.port.in.CategoryCommands.RenameCategoryCommand;
import org.myknees.domain.category.HouseholdCategory;

/** Creates, renames and merges a household's own categories. */
public interface ManageCategoriesUseCase {
    HouseholdCategory createCategory(CreateCategoryCommand command);

    HouseholdCategory renameCategory(RenameCategoryCommand command);

    /** Returns the surviving category. */
    HouseholdCategory mergeCategories(MergeCategoriesCommand command);
}
