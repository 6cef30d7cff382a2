package org.myknees.domain.rule;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A household's rules compiled once into one matcher. Every literal of every text condition (equals, contains,
 * starts with, ends with, one of, and the fixed strings regexes are made of) is found in one Aho–Corasick pass
 * per text field; a rule is tested only when one of the literals it cannot match without occurs, and a regex
 * runs only when the literals it requires occur. The outcome is exactly that of testing the rules one by one
 * in the order and with the stage semantics {@link Rule} describes.
 *
 * <p>Immutable and thread-safe: one instance may evaluate subjects on many threads at once.
 */
public final class RuleSet {

    private final List<Rule> rules;
    private final int[] stageEnd;
    private final Check[] checks;
    private final long[] alwaysCandidates;
    private final LiteralScanner[] scanners;
    /** The outcome when only rule i applies, the usual case; outcomes are immutable, so shared. */
    private final RuleOutcome[] soleOutcomes;

    private RuleSet(List<Rule> rules) {
        this.rules = rules;
        this.soleOutcomes = rules.stream().map(rule -> new OutcomeBuilder().apply(rule).build()).toArray(RuleOutcome[]::new);
        this.stageEnd = new int[rules.size()];
        for (int i = rules.size() - 1; i >= 0; i--) {
            boolean lastOfStage = i == rules.size() - 1 || rules.get(i + 1).stage() != rules.get(i).stage();
            stageEnd[i] = lastOfStage ? i + 1 : stageEnd[i + 1];
        }
        RuleSetCompiler.Result compiled = RuleSetCompiler.compile(rules);
        this.checks = compiled.checks();
        this.alwaysCandidates = compiled.alwaysCandidates();
        this.scanners = compiled.scanners();
    }

    /**
     * Compiles rules in any order; they run in stage and position order.
     *
     * @throws DuplicateRuleException when two rules share an id, or a stage and position
     */
    public static RuleSet of(Collection<Rule> rules) {
        List<Rule> ordered = rules.stream().sorted(RuleSetCompiler.evaluationOrder()).toList();
        Map<RuleId, Rule> byId = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Rule rule = ordered.get(i);
            Rule sameId = byId.put(rule.id(), rule);
            if (sameId != null) {
                throw new DuplicateRuleException("Rules '" + sameId.name() + "' and '" + rule.name()
                        + "' have the same id " + rule.id());
            }
            Rule previous = i == 0 ? null : ordered.get(i - 1);
            if (previous != null && previous.stage() == rule.stage() && previous.position() == rule.position()) {
                throw new DuplicateRuleException("Rules '" + previous.name() + "' and '" + rule.name()
                        + "' are both at position " + rule.position() + " of stage " + rule.stage()
                        + ", so their order is undefined");
            }
        }
        return new RuleSet(ordered);
    }

    /** The rules in the order they run. */
    public List<Rule> rules() {
        return rules;
    }

    public RuleOutcome evaluate(RuleSubject subject) {
        Scan scan = new Scan(subject, scanners.length);
        long[] candidates = alwaysCandidates.clone();
        for (int s = 0; s < scanners.length; s++) {
            scan.hits[s] = scanners[s].scan(subject, candidates);
        }
        int first = -1;
        OutcomeBuilder several = null;
        int i = nextCandidate(candidates, 0);
        while (i >= 0) {
            if (!checks[i].test(scan)) {
                i = nextCandidate(candidates, i + 1);
                continue;
            }
            Rule rule = rules.get(i);
            if (first < 0) {
                first = i;
            } else {
                if (several == null) {
                    several = new OutcomeBuilder().apply(rules.get(first));
                }
                several.apply(rule);
            }
            if (rule.stopsProcessing()) {
                break;
            }
            i = nextCandidate(candidates, rule.appliesAllMatches() ? i + 1 : stageEnd[i]);
        }
        return several != null ? several.build() : first >= 0 ? soleOutcomes[first] : RuleOutcome.noMatch();
    }

    private static int nextCandidate(long[] candidates, int from) {
        int word = from >>> 6;
        if (word >= candidates.length) {
            return -1;
        }
        long bits = candidates[word] & (-1L << from);
        while (bits == 0) {
            if (++word == candidates.length) {
                return -1;
            }
            bits = candidates[word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
    }
}
