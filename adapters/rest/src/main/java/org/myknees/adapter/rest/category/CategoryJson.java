package org.myknees.adapter.rest.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.TaxonomyCategory;

/** The request and response records of the category resources. */
public final class CategoryJson {

    private CategoryJson() {
    }

    @Schema(name = "TaxonomyCategoryResponse")
    public record TaxonomyCategoryResponse(@Schema(required = true, example = "FOOD_AND_DRINK_GROCERIES") String code,
                                    @Schema(required = true, example = "FOOD_AND_DRINK") String primary,
                                    @Schema(required = true) String name,
                                    @Schema(required = true) String description) {

        static TaxonomyCategoryResponse of(TaxonomyCategory c) {
            return new TaxonomyCategoryResponse(c.code(), c.primary(), c.name(), c.description());
        }
    }

    @Schema(name = "CreateCategoryRequest")
    public record CreateCategoryRequest(@Schema(required = true, example = "Kids' activities") String name,
                                 @Schema(required = true, example = "ENTERTAINMENT",
                                         description = "The taxonomy code it rolls up into") String mappedTo) {
    }

    @Schema(name = "RenameCategoryRequest")
    public record RenameCategoryRequest(@Schema(required = true) String name) {
    }

    @Schema(name = "MergeCategoryRequest")
    public record MergeCategoryRequest(@Schema(required = true, format = "uuid",
            description = "The category that takes over this one's transactions") String intoId) {
    }

    @Schema(name = "CategoryResponse")
    public record CategoryResponse(@Schema(required = true, format = "uuid") String id,
                            @Schema(required = true, example = "custom:6f1c...", description = "The key to use in "
                                    + "filters, pins and splits") String key,
                            @Schema(required = true) String name,
                            @Schema(required = true) String mappedTo,
                            @Schema(required = true) long version) {

        static CategoryResponse of(HouseholdCategory c) {
            return new CategoryResponse(c.id().toString(), c.key().value(), c.name(), c.mappedTo(), c.version());
        }
    }
}
