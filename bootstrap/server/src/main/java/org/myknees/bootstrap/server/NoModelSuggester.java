package org.myknees.bootstrap.server;

import java.util.List;
import java.util.Objects;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;

/**
 * The suggester when there is no model (turned off, or it failed to load): no suggestions, and its status says
 * why. Categorization still works from rules, corrections and merchant knowledge.
 */
record NoModelSuggester(String status) implements CategorySuggester {

    NoModelSuggester {
        Objects.requireNonNull(status, "status");
    }

    @Override
    public List<List<Suggestion>> suggest(HouseholdId household, List<SuggestionRequest> requests, int limit) {
        return requests.stream().map(r -> List.<Suggestion>of()).toList();
    }

    @Override
    public void learn(HouseholdId household, LabelledExample example) {
        // Nothing to teach: corrections still apply through the categorizer's exact matches.
    }
}
