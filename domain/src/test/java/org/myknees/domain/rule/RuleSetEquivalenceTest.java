package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/**
 * The compiled {@link RuleSet} must decide exactly what testing each rule on its own, in order, decides. Many
 * random rule sets and subjects are drawn from a vocabulary with overlapping words, regex metacharacters and
 * letters whose case folding is unusual (dotless i, Kelvin and Ångström signs, long s, sharp s, a title-case
 * digraph, a character outside the BMP), so literal hits, anchors, prefilters and folding are all exercised.
 */
class RuleSetEquivalenceTest {

    private static final String[] WORDS = {"kroger", "KROGER", "Uber", "uber ", "eats", "*EATS", "fee", "COFFEE",
        "-", " ", "  ", "#12", "7", "ab", "aba", "b", "ı", "İ", "I", "i", "\u212A", "k", "\u212B", "å", "ſ", "s", "S", "ß", "café",
        "CAFÉ", "ǅ", "\uD83D\uDE00", "\n", "[", "]", "*", ".", "+", "(", "|", "&", "{", "\\"};
    private static final String[] BRACKETS = {"[0-9]", "[a-c]", "[*.]", "[^a]", "[[:digit:]]", "[ab]", "[k]", "[K]",
        "[I]", "[s-u]", "[]a]", "[\\]", "[ı]", "[ſ]", "[é-ê]", "[\u212A-\u212B]"};
    private static final List<AccountId> ACCOUNTS = List.of(AccountId.newId(), AccountId.newId(), AccountId.newId());
    private static final List<CategoryKey> CATEGORIES = List.of(CategoryKey.taxonomy("GROCERIES"),
            CategoryKey.taxonomy("RESTAURANTS"), CategoryKey.taxonomy("TRAVEL"));
    private static final List<OneTimeEventId> EVENTS = List.of(OneTimeEventId.newId(), OneTimeEventId.newId());
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final Random random = new Random(20260101);
    private int regexesReplacedByLiterals;
    private int regexesRun;

    @Test
    void compiledRuleSetsDecideExactlyAsRulesTestedOneByOneInOrder() {
        int matched = 0;
        int unmatched = 0;
        for (int set = 0; set < 300; set++) {
            List<Rule> rules = IntStream.range(0, 1 + random.nextInt(14)).mapToObj(this::rule).toList();
            RuleSet compiled = RuleSet.of(rules);
            for (int s = 0; s < 150; s++) {
                RuleSubject subject = subject(rules);
                RuleOutcome expected = oneByOne(rules, subject);
                RuleOutcome actual = compiled.evaluate(subject);
                if (!actual.equals(expected)) {
                    fail("Rule set %d disagrees on subject %s%nrules:%n%s%nexpected %s%nbut was %s", set, subject,
                            rules.stream().map(r -> r + " " + r.condition()).collect(Collectors.joining("\n")),
                            expected, actual);
                }
                if (expected instanceof RuleOutcome.Matched) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
        }
        // Guards against a generator that only ever produces trivial cases.
        assertThat(matched).isGreaterThan(5_000);
        assertThat(unmatched).isGreaterThan(5_000);
        assertThat(regexesReplacedByLiterals).isGreaterThan(100);
        assertThat(regexesRun).isGreaterThan(100);
    }

    @Test
    void aCompiledRegexMatchesExactlyWhatTheRegexMatches() {
        for (int r = 0; r < 4_000; r++) {
            boolean caseSensitive = random.nextDouble() < 0.25;
            Condition.Text condition = new Condition.Text(TextField.RAW_DESCRIPTOR, TextOperator.REGEX,
                    List.of(regex(2)), caseSensitive);
            Rule rule = Rule.builder(RuleId.newId(), "regex " + r).when(condition).then(new RuleAction.AddTag("t")).build();
            RuleSet compiled = RuleSet.of(List.of(rule));
            Ere.Node parsed = Ere.parse(condition.patterns().get(0));
            for (int s = 0; s < 40; s++) {
                RuleSubject subject = s % 2 == 0 ? subject(List.of()) : Subjects.described(sampled(parsed));
                boolean expected = rule.matches(subject);
                if ((compiled.evaluate(subject) instanceof RuleOutcome.Matched) != expected) {
                    fail("%s on %s: expected %s", condition, subject, expected ? "a match" : "no match");
                }
            }
        }
    }

    /** A text the regex likely matches, now and then inside other words and in another case. */
    private String sampled(Ere.Node regex) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : words(1));
        sample(regex, text);
        text.append(random.nextBoolean() ? "" : words(1));
        double change = random.nextDouble();
        String sampled = text.toString();
        return change < 0.2 ? sampled.toUpperCase(Locale.ROOT) : change < 0.4 ? sampled.toLowerCase(Locale.ROOT) : sampled;
    }

    private void sample(Ere.Node node, StringBuilder text) {
        if (node instanceof Ere.Literal literal) {
            text.appendCodePoint(literal.codePoint());
        } else if (node instanceof Ere.AnyChar) {
            text.append(pick(List.of(WORDS)).charAt(0));
        } else if (node instanceof Ere.Bracket bracket) {
            int[] range = pick(bracket.ranges().isEmpty() ? List.of(new int[] {'0', '9'}) : bracket.ranges());
            text.appendCodePoint(bracket.negated() ? 'z' : range[0] + random.nextInt(range[1] - range[0] + 1));
        } else if (node instanceof Ere.Concat concat) {
            concat.items().forEach(item -> sample(item, text));
        } else if (node instanceof Ere.Alternation alternation) {
            sample(pick(alternation.branches()), text);
        } else if (node instanceof Ere.Repeat repeat) {
            int times = repeat.min() + random.nextInt(repeat.max() < 0 ? 4 : repeat.max() - repeat.min() + 1);
            for (int i = 0; i < times; i++) {
                sample(repeat.item(), text);
            }
        }
    }

    /** The meaning {@link Rule} documents, tested rule by rule. */
    private static RuleOutcome oneByOne(List<Rule> rules, RuleSubject subject) {
        List<Rule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing(Rule::stage).thenComparingInt(Rule::position));
        OutcomeBuilder outcome = new OutcomeBuilder();
        RuleStage finished = null;
        for (Rule rule : ordered) {
            if (rule.stage() == finished || !rule.matches(subject)) {
                continue;
            }
            outcome.apply(rule);
            if (rule.stopsProcessing()) {
                break;
            }
            if (!rule.appliesAllMatches()) {
                finished = rule.stage();
            }
        }
        return outcome.build();
    }

    private Rule rule(int index) {
        Rule.Builder builder = Rule.builder(RuleId.newId(), "rule " + index)
                .stage(RuleStage.values()[random.nextInt(3)])
                .position(random.nextInt(1000) * 100 + index)
                .when(condition(3));
        double flag = random.nextDouble();
        if (flag < 0.1) {
            builder.stopProcessing();
        } else if (flag < 0.35) {
            builder.applyAllMatches();
        }
        List<RuleAction> actions = new ArrayList<>(List.of(
                new RuleAction.SetCategory(pick(CATEGORIES)),
                new RuleAction.SetMerchant(pick(List.of("Kroger", "Uber"))),
                new RuleAction.AddTag("tag" + random.nextInt(3)),
                new RuleAction.AddTag("other"),
                new RuleAction.SetOneTimeEvent(pick(EVENTS)),
                new RuleAction.MarkAsTransfer(),
                new RuleAction.SetNotes(pick(List.of("", "note")))));
        Collections.shuffle(actions, random);
        return builder.then(actions.subList(0, 1 + random.nextInt(3)).toArray(RuleAction[]::new)).build();
    }

    private Condition condition(int depth) {
        double kind = random.nextDouble();
        if (depth == 0 || kind < 0.55) {
            return textCondition();
        }
        if (kind < 0.75) {
            return otherLeaf();
        }
        List<Condition> parts = IntStream.range(0, 2 + random.nextInt(2)).mapToObj(i -> condition(depth - 1)).toList();
        double group = random.nextDouble();
        return group < 0.45 ? new Condition.All(parts) : group < 0.9 ? new Condition.Any(parts) : Condition.not(parts.get(0));
    }

    private Condition textCondition() {
        double f = random.nextDouble();
        TextField field = f < 0.6 ? TextField.RAW_DESCRIPTOR : f < 0.85 ? TextField.NORMALIZED_DESCRIPTOR : TextField.MERCHANT;
        TextOperator operator = TextOperator.values()[random.nextInt(TextOperator.values().length)];
        List<String> patterns = operator == TextOperator.REGEX ? List.of(regex(2))
                : IntStream.range(0, operator == TextOperator.ONE_OF ? 1 + random.nextInt(3) : 1)
                        .mapToObj(i -> words(1 + random.nextInt(2))).toList();
        boolean caseSensitive = random.nextDouble() < 0.25;
        if (operator == TextOperator.REGEX) {
            boolean exact = !RegexLiterals.analyse(Ere.parse(patterns.get(0)), caseSensitive).exactBranches().isEmpty();
            regexesReplacedByLiterals += exact ? 1 : 0;
            regexesRun += exact ? 0 : 1;
        }
        return new Condition.Text(field, operator, patterns, caseSensitive);
    }

    private String regex(int depth) {
        List<String> alternatives = new ArrayList<>();
        for (int a = 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0); a > 0; a--) {
            StringBuilder branch = new StringBuilder(random.nextDouble() < 0.15 ? "^" : "");
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                branch.append(piece(depth));
            }
            alternatives.add(branch + (random.nextDouble() < 0.15 ? "$" : ""));
        }
        return String.join("|", alternatives);
    }

    private String piece(int depth) {
        double kind = random.nextDouble();
        if (kind < 0.05) {
            return "(^| )";
        }
        String atom;
        if (kind < 0.6) {
            String word = escapeEre(pick(List.of(WORDS)));
            atom = word.codePointCount(0, word.length()) > 1 ? "(" + word + ")" : word;
        } else if (kind < 0.75) {
            atom = pick(List.of(BRACKETS));
        } else if (kind < 0.82) {
            atom = ".";
        } else if (depth > 0) {
            atom = "(" + regex(depth - 1) + ")";
        } else {
            atom = "ab";
        }
        double quantifier = random.nextDouble();
        return quantifier < 0.08 ? atom + "?" : quantifier < 0.14 ? atom + "*" : quantifier < 0.26 ? atom + "+"
                : quantifier < 0.32 ? atom + "{1,2}" : quantifier < 0.36 ? atom + "{2}" : atom;
    }

    private static String escapeEre(String word) {
        StringBuilder escaped = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (".[]()*+?{}|^$\\".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    private Condition otherLeaf() {
        switch (random.nextInt(6)) {
            case 0:
                return random.nextBoolean() ? Condition.moneyIn() : Condition.moneyOut();
            case 1:
                long a = random.nextInt(4000) - 2000;
                long b = random.nextInt(4000) - 2000;
                boolean magnitude = random.nextBoolean();
                if (magnitude) {
                    a = Math.abs(a);
                    b = Math.abs(b);
                }
                return new Condition.Amount(AmountOperator.BETWEEN, List.of(usd(Math.min(a, b)), usd(Math.max(a, b))), magnitude);
            case 2:
                return Condition.amountOneOf(usd(random.nextInt(20) - 10), usd(random.nextInt(20) - 10));
            case 3:
                return Condition.account(pick(ACCOUNTS));
            case 4:
                LocalDate from = START.plusDays(random.nextInt(60));
                return Condition.bookedBetween(from, from.plusDays(random.nextInt(30)));
            default:
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                days.add(pick(List.of(DayOfWeek.values())));
                days.add(pick(List.of(DayOfWeek.values())));
                return new Condition.Weekday(days);
        }
    }

    private RuleSubject subject(List<Rule> rules) {
        String raw = text(rules);
        String normalized = random.nextBoolean() ? raw : text(rules);
        Optional<String> merchant = random.nextBoolean() ? Optional.of(text(rules)) : Optional.empty();
        long cents = random.nextDouble() < 0.2 ? random.nextInt(20) - 10 : random.nextInt(6000) - 3000;
        Money amount = random.nextDouble() < 0.9 ? usd(cents) : Money.ofMinor(cents, "EUR");
        return new RuleSubject(raw, normalized, merchant, amount, pick(ACCOUNTS), START.plusDays(random.nextInt(90)));
    }

    /** Random words (some repeated), or now and then exactly a pattern of one of the rules, in some case. */
    private String text(List<Rule> rules) {
        String text;
        if (random.nextDouble() < 0.15) {
            List<String> patterns = rules.stream().flatMap(r -> patternsOf(r.condition()).stream()).toList();
            text = patterns.isEmpty() ? words(2) : pick(patterns);
        } else {
            text = words(random.nextInt(7));
        }
        double change = random.nextDouble();
        return change < 0.15 ? text.toUpperCase(Locale.ROOT) : change < 0.3 ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static List<String> patternsOf(Condition condition) {
        if (condition instanceof Condition.Text text && text.operator() != TextOperator.REGEX) {
            return text.patterns();
        }
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().flatMap(c -> patternsOf(c).stream()).toList();
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().flatMap(c -> patternsOf(c).stream()).toList();
        }
        return condition instanceof Condition.Not not ? patternsOf(not.condition()) : List.of();
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = pick(List.of(WORDS));
            text.append(random.nextDouble() < 0.15 ? word.repeat(2 + random.nextInt(2)) : word);
        }
        return text.toString();
    }

    private static Money usd(long cents) {
        return Money.ofMinor(cents, "USD");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
