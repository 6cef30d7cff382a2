package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;

/**
 * The shared benchmark's 154 rules ({@code shared/bench/rules.csv}, portable ERE) must categorize rows as the
 * shared oracle {@code reference.py} does: first rule in file order, case-insensitive. The rows in
 * {@code bench-sample.csv} were made by the shared generator and carry the oracle's category for each (see
 * {@code src/test/scripts/make_bench_sample.py}); they include lower- and swapped-case copies.
 */
class RulesCsvBenchTest {

    private static final String UNCATEGORIZED = "Uncategorized";

    @Test
    void theBenchmarkRulesCategorizeEverySampleRowAsTheReferenceDoes() throws IOException {
        Path rulesFile = SharedBench.file("rules.csv");
        Map<CategoryKey, String> names = new HashMap<>();
        List<Rule> rules;
        try (Reader reader = Files.newBufferedReader(rulesFile)) {
            rules = RulesCsv.read(reader, "rules.csv", name -> {
                CategoryKey key = CategoryKey.taxonomy(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
                String previous = names.put(key, name);
                assertThat(previous).as("two category names map to %s", key).isIn(null, name);
                return key;
            });
        }
        RuleSet ruleSet = RuleSet.of(rules);

        List<String> mismatches = new ArrayList<>();
        Set<Rule> deciding = new HashSet<>();
        List<CsvRecords.Record> sample = sample();
        AccountId account = AccountId.newId();
        for (CsvRecords.Record row : sample) {
            List<String> f = row.fields();
            RuleSubject subject = new RuleSubject(f.get(1), f.get(1), Optional.empty(), Money.parse(f.get(2), "USD"),
                    account, LocalDate.parse(f.get(0)));
            RuleOutcome outcome = ruleSet.evaluate(subject);
            String category = UNCATEGORIZED;
            if (outcome instanceof RuleOutcome.Matched matched) {
                Decision<CategoryKey> decision = matched.category().orElseThrow();
                category = names.get(decision.value());
                deciding.add(decision.rule());
            }
            if (!category.equals(f.get(4))) {
                mismatches.add("line " + row.line() + " '" + f.get(1) + "': reference " + f.get(4) + ", rules " + category);
            }
        }

        assertThat(rules).hasSize(154);
        assertThat(mismatches).isEmpty();
        assertThat(sample).hasSizeGreaterThan(700);
        assertThat(deciding).hasSizeGreaterThan(140);
    }

    private static List<CsvRecords.Record> sample() throws IOException {
        try (InputStream in = RulesCsvBenchTest.class.getResourceAsStream("bench-sample.csv")) {
            assertThat(in).as("bench-sample.csv on the test classpath").isNotNull();
            List<CsvRecords.Record> records = CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(records.get(0).fields()).containsExactly("date", "description", "amount", "account", "category");
            return records.subList(1, records.size());
        }
    }
}
