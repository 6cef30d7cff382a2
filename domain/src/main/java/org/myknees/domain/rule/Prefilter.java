package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A necessary condition for a regex to match, in terms of literals the text must contain: if the regex
 * matches, the prefilter holds. Built by {@link RegexLiterals}; literals are folded when case is ignored.
 */
sealed interface Prefilter {

    /** No literal is required. */
    record Always() implements Prefilter {
    }

    record Contains(String literal) implements Prefilter {
    }

    record AllOf(List<Prefilter> parts) implements Prefilter {
    }

    record AnyOf(List<Prefilter> parts) implements Prefilter {
    }

    Prefilter ALWAYS = new Always();

    /** Literals shorter than this are dropped from a conjunction that has longer ones. */
    int USEFUL_LENGTH = 3;

    /**
     * The length of the shortest literal that can satisfy the prefilter: a proxy for how often it holds. Always
     * counts as 0.
     */
    static int shortest(Prefilter prefilter) {
        if (prefilter instanceof Contains contains) {
            return contains.literal().length();
        }
        if (prefilter instanceof AnyOf any) {
            return any.parts().stream().mapToInt(Prefilter::shortest).min().orElse(0);
        }
        if (prefilter instanceof AllOf all) {
            return all.parts().stream().mapToInt(Prefilter::shortest).max().orElse(0);
        }
        return 0;
    }

    /** Any of the strings; a required empty string requires nothing. */
    static Prefilter anyOf(Set<String> strings) {
        if (strings.contains("")) {
            return ALWAYS;
        }
        List<Prefilter> parts = new ArrayList<>();
        strings.forEach(s -> parts.add(new Contains(s)));
        return or(parts);
    }

    static Prefilter and(List<Prefilter> parts) {
        List<Prefilter> flat = new ArrayList<>();
        for (Prefilter part : parts) {
            if (part instanceof AllOf) {
                flat.addAll(((AllOf) part).parts());
            } else if (!(part instanceof Always)) {
                flat.add(part);
            }
        }
        // A required literal inside another required literal adds nothing.
        List<Prefilter> distinct = withoutRedundant(flat, true);
        // Very short literals occur in nearly every text: scanning for them costs more than they filter.
        if (distinct.stream().anyMatch(part -> shortest(part) >= USEFUL_LENGTH)) {
            distinct = distinct.stream().filter(part -> shortest(part) >= USEFUL_LENGTH).toList();
        }
        return distinct.isEmpty() ? ALWAYS : distinct.size() == 1 ? distinct.get(0) : new AllOf(distinct);
    }

    static Prefilter or(List<Prefilter> parts) {
        List<Prefilter> flat = new ArrayList<>();
        for (Prefilter part : parts) {
            if (part instanceof Always) {
                return ALWAYS;
            }
            if (part instanceof AnyOf) {
                flat.addAll(((AnyOf) part).parts());
            } else {
                flat.add(part);
            }
        }
        // An alternative containing another alternative's literal is already covered by it.
        List<Prefilter> distinct = withoutRedundant(flat, false);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("An alternative of nothing cannot hold");
        }
        return distinct.size() == 1 ? distinct.get(0) : new AnyOf(distinct);
    }

    /**
     * Drops duplicates and the literals another literal makes redundant: in a conjunction ({@code inAnd}) one
     * contained in a longer one, in a disjunction one that contains a shorter one.
     */
    private static List<Prefilter> withoutRedundant(List<Prefilter> parts, boolean inAnd) {
        List<Prefilter> distinct = new ArrayList<>(new LinkedHashSet<>(parts));
        List<Prefilter> kept = new ArrayList<>();
        for (Prefilter part : distinct) {
            boolean redundant = part instanceof Contains && distinct.stream().anyMatch(other -> other != part
                    && other instanceof Contains && (inAnd
                            ? ((Contains) other).literal().contains(((Contains) part).literal())
                            : ((Contains) part).literal().contains(((Contains) other).literal())));
            if (!redundant) {
                kept.add(part);
            }
        }
        return List.copyOf(kept);
    }
}
