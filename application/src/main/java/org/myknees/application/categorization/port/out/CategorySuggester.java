package org.myknees.application.categorization.port.out;

import java.util.List;
import org.myknees.domain.household.HouseholdId;

/**
 * Suggests categories for descriptors, using the household's own labelled examples first. Implementations are
 * thread-safe, batch and cache internally, and never let one household's examples influence another's results.
 * An implementation whose model cannot load still answers (with fewer or no suggestions) and says so in
 * {@link #status()}.
 */
public interface CategorySuggester {

    /** Up to {@code limit} suggestions per request, best first, in request order. */
    List<List<Suggestion>> suggest(HouseholdId household, List<SuggestionRequest> requests, int limit);

    /** Teaches the household an example; later suggestions for that household reflect it at once. */
    void learn(HouseholdId household, LabelledExample example);

    /** The model and its state, e.g. "all-MiniLM-L6-v2 (quantized) loaded" or "model unavailable: reason". */
    String status();
}
