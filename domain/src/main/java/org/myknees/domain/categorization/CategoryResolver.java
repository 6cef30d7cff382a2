package org.myknees.domain.categorization;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;

/**
 * The categorization order, as one policy: the first source that speaks decides, and the assignment says which.
 * <ol>
 *   <li>a manual pin on the transaction is kept, always;</li>
 *   <li>a household rule that sets a category ({@link AssignmentSource#RULE});</li>
 *   <li>the household's own correction of the same descriptor or merchant ({@link AssignmentSource#LEARNED}), or
 *       a model suggestion resting on such a correction with enough confidence;</li>
 *   <li>the built-in merchant knowledge ({@link AssignmentSource#MERCHANT});</li>
 *   <li>the model, when its confidence reaches the threshold ({@link AssignmentSource#MODEL});</li>
 *   <li>otherwise uncategorized, with up to three suggestions.</li>
 * </ol>
 * The merchant name comes from a rule, else the correction, else the merchant knowledge, else the name
 * extracted from the raw text.
 */
public final class CategoryResolver {

    public static final double DEFAULT_MODEL_THRESHOLD = 0.6;
    public static final int SUGGESTIONS = 3;

    private final double modelThreshold;

    public CategoryResolver(double modelThreshold) {
        if (!(modelThreshold >= 0 && modelThreshold <= 1)) {
            throw new IllegalArgumentException("The model threshold must be between 0 and 1");
        }
        this.modelThreshold = modelThreshold;
    }

    public static CategoryResolver standard() {
        return new CategoryResolver(DEFAULT_MODEL_THRESHOLD);
    }

    /**
     * Decides one transaction.
     *
     * @param current   its current assignment (a manual pin wins)
     * @param rule      what the household's rules decided, if they set a category
     * @param learned   the household's own correction of this descriptor or merchant, if any
     * @param merchant  what the merchant knowledge recognised, if anything
     * @param model     the model's suggestions, best first
     * @param extracted the merchant name read from the raw text, if any
     */
    public Resolution resolve(CategoryAssignment current, Optional<CategoryEvidence> rule,
                              Optional<CategoryEvidence> learned, Optional<CategoryEvidence> merchant,
                              List<CategoryEvidence> model, Optional<String> extracted) {
        Optional<String> name = rule.flatMap(CategoryEvidence::merchant)
                .or(() -> learned.flatMap(CategoryEvidence::merchant))
                .or(() -> merchant.flatMap(CategoryEvidence::merchant))
                .or(() -> extracted);
        if (current.isPinned()) {
            return new Resolution(current, name, List.of());
        }
        if (rule.isPresent()) {
            return decided(rule.get(), AssignmentSource.RULE, name);
        }
        if (learned.isPresent()) {
            return decided(learned.get(), AssignmentSource.LEARNED, name);
        }
        Optional<CategoryEvidence> learnedByModel = model.stream().findFirst()
                .filter(e -> e.learned() && e.confidence() >= modelThreshold);
        if (learnedByModel.isPresent()) {
            return decided(learnedByModel.get(), AssignmentSource.LEARNED, name);
        }
        if (merchant.isPresent()) {
            return decided(merchant.get(), AssignmentSource.MERCHANT, name);
        }
        Optional<CategoryEvidence> best = model.stream().findFirst().filter(e -> e.confidence() >= modelThreshold);
        if (best.isPresent()) {
            return decided(best.get(), AssignmentSource.MODEL, name);
        }
        return new Resolution(CategoryAssignment.none(), name, model.stream().limit(SUGGESTIONS).toList());
    }

    private static Resolution decided(CategoryEvidence evidence, AssignmentSource source, Optional<String> name) {
        return new Resolution(CategoryAssignment.automatic(evidence.category(), source, evidence.confidence(),
                evidence.decidedBy()), name, List.of());
    }
}
