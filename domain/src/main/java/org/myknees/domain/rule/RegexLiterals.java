package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What literals a regex's matches are made of, so the compiled {@link RuleSet} can find them all in one pass of
 * its literal automaton instead of running the regex. A regex that is only alternatives of fixed strings
 * (optionally anchored) is replaced by those strings outright ({@link Plan#exactBranches()}); any other gets a
 * {@link Prefilter} that must hold before the regex is worth running.
 */
final class RegexLiterals {

    /** Largest set of strings one subexpression may expand to before it is summarised as a prefilter. */
    private static final int MAX_STRINGS = 64;
    /** Largest bracket expression expanded into its characters. */
    private static final int MAX_BRACKET = 16;

    /**
     * One way the regex can match: the text contains, starts with ({@code anchoredStart}), ends with
     * ({@code anchoredEnd}) or equals (both) one of {@code strings}.
     */
    record Branch(boolean anchoredStart, boolean anchoredEnd, Set<String> strings) {
    }

    /**
     * The analysis of one regex: when {@code exactBranches} is not empty the regex matches exactly when one of
     * them does; otherwise {@code prefilter} is necessary for a match.
     */
    record Plan(List<Branch> exactBranches, Prefilter prefilter) {
    }

    /** Either a finite set of strings the node matches exactly, or a necessary prefilter. */
    private record Info(Set<String> exact, Prefilter filter) {

        static Info exact(Set<String> strings) {
            return new Info(Collections.unmodifiableSet(new LinkedHashSet<>(strings)), null);
        }

        static Info inexact(Prefilter filter) {
            return new Info(null, filter);
        }

        boolean isExact() {
            return exact != null;
        }

        Prefilter asFilter() {
            return isExact() ? Prefilter.anyOf(exact) : filter;
        }
    }

    private final boolean fold;

    private RegexLiterals(boolean fold) {
        this.fold = fold;
    }

    static Plan analyse(Ere.Node regex, boolean caseSensitive) {
        RegexLiterals analysis = new RegexLiterals(!caseSensitive);
        List<Branch> branches = analysis.exactBranches(regex);
        return new Plan(branches, branches.isEmpty() ? analysis.info(regex).asFilter() : Prefilter.ALWAYS);
    }

    /** The top-level alternatives as anchored string sets, or an empty list when any is more than that. */
    private List<Branch> exactBranches(Ere.Node regex) {
        List<Ere.Node> alternatives = regex instanceof Ere.Alternation alternation ? alternation.branches() : List.of(regex);
        List<Branch> branches = new ArrayList<>();
        for (Ere.Node alternative : alternatives) {
            List<Ere.Node> items = new ArrayList<>(alternative instanceof Ere.Concat concat ? concat.items() : List.of(alternative));
            boolean start = !items.isEmpty() && items.get(0) instanceof Ere.Start;
            if (start) {
                items.remove(0);
            }
            boolean end = !items.isEmpty() && items.get(items.size() - 1) instanceof Ere.End;
            if (end) {
                items.remove(items.size() - 1);
            }
            Ere.Node body = new Ere.Concat(items);
            if (Ere.containsAnchor(body)) {
                return List.of();
            }
            Info info = info(body);
            if (!info.isExact() || info.exact().contains("")) {
                return List.of();
            }
            branches.add(new Branch(start, end, info.exact()));
        }
        return List.copyOf(branches);
    }

    private Info info(Ere.Node node) {
        if (node instanceof Ere.Literal literal) {
            int c = literal.codePoint();
            return Character.isBmpCodePoint(c)
                    ? Info.exact(Set.of(String.valueOf(fold ? CaseFold.fold((char) c) : (char) c)))
                    : Info.inexact(Prefilter.ALWAYS);
        }
        if (node instanceof Ere.Bracket bracket) {
            return bracket(bracket);
        }
        if (node instanceof Ere.Start || node instanceof Ere.End) {
            return Info.exact(Set.of(""));
        }
        if (node instanceof Ere.Concat concat) {
            return concat(concat.items());
        }
        if (node instanceof Ere.Alternation alternation) {
            return alternation(alternation.branches());
        }
        if (node instanceof Ere.Repeat repeat) {
            return repeat(repeat);
        }
        return Info.inexact(Prefilter.ALWAYS);
    }

    /**
     * Only small positive sets of ASCII characters are expanded: for those, matching folded text
     * case-insensitively is exactly membership of the folded character, which is not so for every Unicode
     * range.
     */
    private Info bracket(Ere.Bracket bracket) {
        if (bracket.negated() || !bracket.javaClasses().isEmpty()) {
            return Info.inexact(Prefilter.ALWAYS);
        }
        Set<String> chars = new LinkedHashSet<>();
        for (int[] range : bracket.ranges()) {
            if (range[1] >= 128 || range[1] - range[0] >= MAX_BRACKET) {
                return Info.inexact(Prefilter.ALWAYS);
            }
            for (int c = range[0]; c <= range[1]; c++) {
                chars.add(String.valueOf(fold ? CaseFold.fold((char) c) : (char) c));
            }
        }
        return chars.size() <= MAX_BRACKET ? Info.exact(chars) : Info.inexact(Prefilter.ALWAYS);
    }

    private Info concat(List<Ere.Node> items) {
        Set<String> run = Set.of("");
        boolean exact = true;
        List<Prefilter> required = new ArrayList<>();
        for (Ere.Node item : withMandatoryCopiesApart(items)) {
            Info info = info(item);
            if (info.isExact() && (long) run.size() * info.exact().size() <= MAX_STRINGS) {
                run = product(run, info.exact());
                continue;
            }
            exact = false;
            required.add(Prefilter.anyOf(run));
            if (info.isExact()) {
                run = info.exact();
            } else {
                required.add(info.filter());
                run = Set.of("");
            }
        }
        if (exact) {
            return Info.exact(run);
        }
        required.add(Prefilter.anyOf(run));
        return Info.inexact(Prefilter.and(required));
    }

    /**
     * Rewrites {@code x+} as {@code x x*} (and {@code x{2,5}} as {@code x{2} x{0,3}}), so the mandatory copies
     * join the fixed strings around them: {@code UBER +EATS} requires "uber ", not just "uber" and " ".
     */
    private static List<Ere.Node> withMandatoryCopiesApart(List<Ere.Node> items) {
        List<Ere.Node> split = new ArrayList<>();
        for (Ere.Node item : items) {
            if (item instanceof Ere.Repeat repeat && repeat.min() >= 1 && repeat.max() != repeat.min()) {
                split.add(new Ere.Repeat(repeat.item(), repeat.min(), repeat.min()));
                split.add(new Ere.Repeat(repeat.item(), 0, repeat.max() < 0 ? -1 : repeat.max() - repeat.min()));
            } else {
                split.add(item);
            }
        }
        return split;
    }

    private Info alternation(List<Ere.Node> branches) {
        List<Info> infos = branches.stream().map(this::info).toList();
        if (infos.stream().allMatch(Info::isExact)) {
            Set<String> union = new LinkedHashSet<>();
            infos.forEach(info -> union.addAll(info.exact()));
            if (union.size() <= MAX_STRINGS) {
                return Info.exact(union);
            }
        }
        return Info.inexact(Prefilter.or(infos.stream().map(Info::asFilter).toList()));
    }

    private Info repeat(Ere.Repeat repeat) {
        if (repeat.min() >= 1 && repeat.max() != repeat.min()) {
            return concat(List.of(repeat));
        }
        Info item = info(repeat.item());
        if (repeat.min() == 0) {
            if (repeat.max() == 1 && item.isExact() && item.exact().size() < MAX_STRINGS) {
                Set<String> optional = new LinkedHashSet<>(item.exact());
                optional.add("");
                return Info.exact(optional);
            }
            return Info.inexact(Prefilter.ALWAYS);
        }
        if (!item.isExact()) {
            return item;
        }
        Set<String> power = Set.of("");
        for (int i = 0; i < repeat.min(); i++) {
            if ((long) power.size() * item.exact().size() > MAX_STRINGS) {
                return Info.inexact(item.asFilter());
            }
            power = product(power, item.exact());
        }
        return Info.exact(power);
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> result = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                result.add(l + r);
            }
        }
        return result;
    }
}
