package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.CategoryKey;

class RulesCsvTest {

    private static final Function<String, CategoryKey> BY_NAME =
            name -> CategoryKey.taxonomy(name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));

    private static List<Rule> read(String csv) {
        return RulesCsv.read(new StringReader(csv), "rules.csv", BY_NAME);
    }

    private static Optional<CategoryKey> categoryOf(RuleSet rules, String descriptor) {
        RuleOutcome outcome = rules.evaluate(Subjects.described(descriptor));
        return outcome instanceof RuleOutcome.Matched matched ? matched.category().map(Decision::value) : Optional.empty();
    }

    @Test
    void readsEveryMatchKindAndTheFirstMatchingRuleInFileOrderWins() {
        RuleSet rules = RuleSet.of(read("match,pattern,category,tier\n"
                + "contains,COSTCO GAS,Fuel,high\n"
                + "regex,COSTCO (WHSE|WHOLESALE),Groceries,normal\n"
                + "Equals,netflix.com,Subscriptions,\n"
                + "startswith,SQ *,Restaurants,normal\n"
                + "endswith, CA,Travel,fallback\n"
                + "contains,COSTCO,Shopping,fallback\n"));

        assertThat(categoryOf(rules, "COSTCO GAS #1234")).contains(CategoryKey.taxonomy("FUEL"));
        assertThat(categoryOf(rules, "costco whse #0012")).contains(CategoryKey.taxonomy("GROCERIES"));
        assertThat(categoryOf(rules, "NETFLIX.COM")).contains(CategoryKey.taxonomy("SUBSCRIPTIONS"));
        assertThat(categoryOf(rules, "SQ *BLUE BOTTLE OAKLAND CA")).contains(CategoryKey.taxonomy("RESTAURANTS"));
        assertThat(categoryOf(rules, "HOTEL OAKLAND CA")).contains(CategoryKey.taxonomy("TRAVEL"));
        assertThat(categoryOf(rules, "COSTCO.COM")).contains(CategoryKey.taxonomy("SHOPPING"));
        assertThat(categoryOf(rules, "NETFLIX.COM 866")).isEmpty();
    }

    @Test
    void rowsKeepTheCategoryAsWrittenForTheResolverAndTheTierWhenGiven() {
        List<RulesCsv.Row> rows = RulesCsv.readRows(new StringReader(
                "pattern,category,match\n\"ALDI \",Fees & Interest,contains\n\"A,\"\"B\"\"\",FOOD_AND_DRINK,regex\n"), "r.csv");

        assertThat(rows).containsExactly(
                new RulesCsv.Row(2, TextOperator.CONTAINS, "ALDI ", "Fees & Interest", Optional.empty()),
                new RulesCsv.Row(3, TextOperator.REGEX, "A,\"B\"", "FOOD_AND_DRINK", Optional.empty()));
    }

    @Test
    void theResolverSeesEachCategoryAsWritten() {
        List<String> seen = new ArrayList<>();
        RulesCsv.read(new StringReader("match,pattern,category\ncontains,A,Fees & Interest\ncontains,B,custom:x\n"),
                "r.csv", name -> {
                    seen.add(name);
                    return CategoryKey.taxonomy("OTHER");
                });

        assertThat(seen).containsExactly("Fees & Interest", "custom:x");
    }

    @Test
    void rulesAreNamedAfterTheirLineAndPattern() {
        List<Rule> rules = read("match,pattern,category\n\ncontains,SAFEWAY,Groceries\n");

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("rules.csv line 3: contains 'SAFEWAY'");
            assertThat(rule.actions()).containsExactly(new RuleAction.SetCategory(CategoryKey.taxonomy("GROCERIES")));
        });
    }

    @Test
    void errorsNameTheLineAndTheField() {
        assertError("match,pattern,category\ncontains,A,X\nglob,B*,X\n", 3, "match", "'glob' is not one of");
        assertError("match,pattern,category\nregex,STARBUCKS [0-9,X\n", 2, "pattern", "unterminated bracket expression");
        assertError("match,pattern,category\ncontains,,X\n", 2, "pattern", "the pattern is empty");
        assertError("match,pattern,category\ncontains,A, \n", 2, "category", "the category is empty");
        assertError("match,pattern,category\ncontains,A,not a code\n", 2, "category", "'not a code'");
    }

    @Test
    void malformedFilesAreReportedWithTheLine() {
        assertError("match,pattern,category\ncontains,A\n", 2, null, "has 2 fields where the header has 3");
        assertError("match,pattern,category\ncontains,\"A,X\ncontains,B,X\n", 2, null, "never closed");
        assertError("match,pattern,category\ncontains,A\"B,X\n", 2, null, "a quote inside unquoted field 2");
        assertError("match,pattern\ncontains,A\n", 1, null, "lacks the column 'category'");
        assertError("match,pattern,category,weight\n", 1, null, "unknown column 'weight'");
        assertError("", 1, null, "the file is empty");
    }

    private static void assertError(String csv, int line, String field, String reason) {
        assertThatThrownBy(() -> RulesCsv.read(new StringReader(csv), "rules.csv",
                name -> CategoryKey.taxonomy(name)))
                .isInstanceOfSatisfying(RulesCsvException.class, e -> {
                    assertThat(e.source()).isEqualTo("rules.csv");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(Optional.ofNullable(field));
                })
                .hasMessageContaining("rules.csv line " + line)
                .hasMessageContaining(reason);
    }
}
