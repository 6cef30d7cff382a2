package org.myknees.domain.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns ordered rules into {@link Check}s over literal hits, one {@link AhoCorasick} automaton per text field
 * and case mode, and for each rule the literals of which at least one must occur for it to match (its
 * trigger). Rules without a trigger are tested on every subject; the others only when a trigger literal occurs.
 */
final class RuleSetCompiler {

    /** A literal of one scanner. */
    private record LiteralRef(int scanner, int literal) {
    }

    /** Literals of which at least one must occur for a condition to hold; shortest is a proxy for how rare. */
    private record Trigger(Set<LiteralRef> literals, int shortest) {

        Trigger union(Trigger other) {
            Set<LiteralRef> all = new LinkedHashSet<>(literals);
            all.addAll(other.literals);
            return new Trigger(all, Math.min(shortest, other.shortest));
        }

        boolean isBetterThan(Trigger other) {
            return shortest != other.shortest ? shortest > other.shortest : literals.size() < other.literals.size();
        }
    }

    private record Compiled(Check check, Trigger trigger) {
    }

    private record ScannerKey(TextField field, boolean caseSensitive) {
    }

    private final Map<ScannerKey, Map<String, Integer>> literals = new LinkedHashMap<>();
    private final List<ScannerKey> scannerKeys = new ArrayList<>();

    /** Everything a {@link RuleSet} holds, for rules already in evaluation order. */
    record Result(Check[] checks, long[] alwaysCandidates, LiteralScanner[] scanners) {
    }

    static Result compile(List<Rule> orderedRules) {
        return new RuleSetCompiler().run(orderedRules);
    }

    private Result run(List<Rule> rules) {
        Check[] checks = new Check[rules.size()];
        long[] always = new long[(rules.size() + 63) >>> 6];
        Map<LiteralRef, List<Integer>> triggered = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Compiled compiled = compile(rules.get(i).condition());
            checks[i] = compiled.check();
            if (compiled.trigger() == null) {
                always[i >>> 6] |= 1L << i;
            } else {
                for (LiteralRef ref : compiled.trigger().literals()) {
                    triggered.computeIfAbsent(ref, r -> new ArrayList<>()).add(i);
                }
            }
        }
        LiteralScanner[] scanners = new LiteralScanner[scannerKeys.size()];
        for (int s = 0; s < scanners.length; s++) {
            ScannerKey key = scannerKeys.get(s);
            List<String> texts = List.copyOf(literals.get(key).keySet());
            int[][] rulesByLiteral = new int[texts.size()][];
            for (int literal = 0; literal < texts.size(); literal++) {
                rulesByLiteral[literal] = triggered.getOrDefault(new LiteralRef(s, literal), List.of()).stream()
                        .mapToInt(Integer::intValue).toArray();
            }
            scanners[s] = new LiteralScanner(key.field(), new AhoCorasick(texts, !key.caseSensitive()), rulesByLiteral);
        }
        return new Result(checks, always, scanners);
    }

    private Compiled compile(Condition condition) {
        if (condition instanceof Condition.Text text) {
            return text(text);
        }
        if (condition instanceof Condition.All all) {
            return allOf(all.conditions().stream().map(this::compile).toList());
        }
        if (condition instanceof Condition.Any any) {
            return anyOf(any.conditions().stream().map(this::compile).toList());
        }
        if (condition instanceof Condition.Not not) {
            return new Compiled(new Check.Not(compile(not.condition()).check()), null);
        }
        return new Compiled(new Check.Leaf(ReferenceMatcher.leaf(condition)), null);
    }

    private Compiled text(Condition.Text text) {
        List<String> patterns = ReferenceMatcher.patterns(text);
        switch (text.operator()) {
            case EQUALS:
            case ONE_OF:
                return anyOf(patterns.stream().map(p -> literal(text, p, AhoCorasick.WHOLE)).toList());
            case CONTAINS:
                return literal(text, patterns.get(0), AhoCorasick.CONTAINS);
            case STARTS_WITH:
                return literal(text, patterns.get(0), AhoCorasick.PREFIX);
            case ENDS_WITH:
                return literal(text, patterns.get(0), AhoCorasick.SUFFIX);
            default:
                return regex(text);
        }
    }

    private Compiled regex(Condition.Text text) {
        Ere.Node regex = ReferenceMatcher.regex(text);
        RegexLiterals.Plan plan = RegexLiterals.analyse(regex, text.caseSensitive());
        if (!plan.exactBranches().isEmpty()) {
            List<Compiled> alternatives = new ArrayList<>();
            for (RegexLiterals.Branch branch : plan.exactBranches()) {
                int plane = branch.anchoredStart()
                        ? branch.anchoredEnd() ? AhoCorasick.WHOLE : AhoCorasick.PREFIX
                        : branch.anchoredEnd() ? AhoCorasick.SUFFIX : AhoCorasick.CONTAINS;
                branch.strings().forEach(s -> alternatives.add(literal(text, s, plane)));
            }
            return anyOf(alternatives);
        }
        Compiled prefilter = prefilter(text, plan.prefilter());
        Check check = new Check.Regex(text.field(), text.caseSensitive(), Ere.compile(regex, text.caseSensitive()),
                prefilter == null ? null : prefilter.check());
        return new Compiled(check, prefilter == null ? null : prefilter.trigger());
    }

    /** The prefilter as a check on contains-hits, or null when it requires nothing. */
    private Compiled prefilter(Condition.Text text, Prefilter prefilter) {
        if (prefilter instanceof Prefilter.Contains contains) {
            return literal(text, contains.literal(), AhoCorasick.CONTAINS);
        }
        if (prefilter instanceof Prefilter.AllOf all) {
            return allOf(all.parts().stream().map(part -> prefilter(text, part)).toList());
        }
        if (prefilter instanceof Prefilter.AnyOf any) {
            return anyOf(any.parts().stream().map(part -> prefilter(text, part)).toList());
        }
        return null;
    }

    private Compiled literal(Condition.Text text, String literal, int plane) {
        ScannerKey key = new ScannerKey(text.field(), text.caseSensitive());
        Map<String, Integer> ids = literals.computeIfAbsent(key, k -> {
            scannerKeys.add(k);
            return new LinkedHashMap<>();
        });
        int id = ids.computeIfAbsent(literal, l -> ids.size());
        LiteralRef ref = new LiteralRef(scannerKeys.indexOf(key), id);
        return new Compiled(new Check.Hit(ref.scanner(), id, plane), new Trigger(Set.of(ref), literal.length()));
    }

    /** Every part must hold, so any one part's trigger will do: take the most selective. */
    private static Compiled allOf(List<Compiled> parts) {
        Trigger best = null;
        for (Compiled part : parts) {
            if (part != null && part.trigger() != null && (best == null || part.trigger().isBetterThan(best))) {
                best = part.trigger();
            }
        }
        List<Check> checks = parts.stream().filter(p -> p != null).map(Compiled::check).toList();
        return checks.isEmpty() ? null : new Compiled(Check.allOf(checks), best);
    }

    /** One part must hold, so a trigger exists only when every part has one. */
    private static Compiled anyOf(List<Compiled> parts) {
        Trigger union = parts.get(0).trigger();
        for (Compiled part : parts.subList(1, parts.size())) {
            union = union == null || part.trigger() == null ? null : union.union(part.trigger());
        }
        return new Compiled(Check.anyOf(parts.stream().map(Compiled::check).toList()), union);
    }

    static Comparator<Rule> evaluationOrder() {
        return Comparator.comparing(Rule::stage).thenComparingInt(Rule::position);
    }
}
