package org.myknees.bootstrap.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.rule.RulesCsv;
import org.myknees.domain.transaction.CategorizationOutcome;
import org.myknees.domain.transaction.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rules import FILE}, {@code rules list} and {@code rules apply}. */
@Command(name = "rules", description = "The household's categorization rules (match,pattern,category[,tier]; first match wins).",
        subcommands = {RulesCommand.ImportRules.class, RulesCommand.ListRules.class, RulesCommand.Apply.class})
final class RulesCommand {

    private static final String FALLBACK_CODE = "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE";

    @Command(name = "import", description = "Replace the rules with a rules file; categories not in the taxonomy "
            + "become household categories.")
    static final class ImportRules extends CliCommand {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        void execute(MykneesCli cli) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
            }
            HouseholdId household = cli.household().id();
            Taxonomy taxonomy = Taxonomy.plaidV1();
            Set<String> names = new LinkedHashSet<>();
            RulesCsv.readRows(new StringReader(text), file.toString()).forEach(row -> names.add(row.category().strip()));
            List<String> created = new ArrayList<>();
            for (String name : names) {
                boolean known = taxonomy.contains(name) || cli.backend().categories().listCategories(cli.actor(), household)
                        .stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
                if (!known) {
                    cli.backend().categories().createCategory(new CreateCategoryCommand(cli.actor(), household, name,
                            closestTaxonomyCode(taxonomy, name)));
                    created.add(name);
                }
            }
            Categorizer categorizer = cli.backend().categorizer();
            int rules = RulesCsv.read(new StringReader(text), file.toString(),
                    name -> categorizer.categoryNamed(household, name)).size();
            cli.backend().store().rules().saveRulesFile(household, text);
            if (cli.json()) {
                Output.json(cli.out(), java.util.Map.of("rules", rules, "categoriesCreated", created));
            } else {
                cli.out().println("Imported " + rules + " rules" + (created.isEmpty() ? "."
                        : "; new household categories: " + String.join(", ", created) + "."));
            }
        }
    }

    @Command(name = "list", description = "Show the rules in the order they are tried.")
    static final class ListRules extends CliCommand {
        @Override
        void execute(MykneesCli cli) {
            String text = cli.backend().store().rules().rulesFile(cli.household().id()).orElse("");
            List<RulesCsv.Row> rows = text.isBlank() ? List.of() : RulesCsv.readRows(new StringReader(text), "rules");
            if (cli.json()) {
                Output.json(cli.out(), rows.stream().map(r -> java.util.Map.of("line", r.line(),
                        "match", r.match().name().toLowerCase(Locale.ROOT), "pattern", r.pattern(),
                        "category", r.category())).toList());
                return;
            }
            if (rows.isEmpty()) {
                cli.out().println("No rules yet: import some with 'myknees rules import FILE.csv'.");
                return;
            }
            Output.table(cli.out(), List.of("#", "MATCH", "PATTERN", "CATEGORY"),
                    rows.stream().map(r -> List.of(String.valueOf(r.line() - 1), r.match().name().toLowerCase(Locale.ROOT),
                            r.pattern(), r.category())).toList(),
                    List.of(true, false, false, false));
        }
    }

    @Command(name = "apply", description = "Apply the rules to every stored transaction (manual pins are left alone).")
    static final class Apply extends CliCommand {

        @Option(names = "--dry-run", description = "Report what would change and change nothing.")
        boolean dryRun;

        @Override
        void execute(MykneesCli cli) {
            HouseholdId household = cli.household().id();
            Categorizer categorizer = cli.backend().categorizer();
            int changed = 0;
            int seen = 0;
            Optional<String> cursor = Optional.empty();
            do {
                Page<Transaction> page = cli.backend().transactions().listTransactions(cli.actor(), household,
                        TransactionFilter.all(), new PageRequest(cursor, PageRequest.MAX_LIMIT));
                List<Categorizer.Item> items = page.items().stream().map(tx -> new Categorizer.Item(tx.rawDescriptor(),
                        tx.normalizedDescriptor(), tx.amount(), tx.accountId(), tx.bookingDate(), tx.category())).toList();
                List<Resolution> resolutions = categorizer.categorize(household, items, Categorizer.Depth.RULES);
                for (int i = 0; i < items.size(); i++) {
                    Resolution r = resolutions.get(i);
                    Transaction tx = page.items().get(i);
                    if (r.assignment().source() != AssignmentSource.RULE) {
                        continue;
                    }
                    CategorizationOutcome outcome = tx.categorizeAutomatically(r.assignment(), cli.clock().instant());
                    if (outcome instanceof CategorizationOutcome.Categorized c) {
                        changed++;
                        if (!dryRun) {
                            cli.backend().store().transactions().save(c.change().value());
                        }
                    }
                }
                seen += items.size();
                cursor = page.nextCursor();
            } while (cursor.isPresent());
            cli.out().println((dryRun ? "Would change " : "Changed ") + changed + " of " + seen + " transactions.");
        }
    }

    /**
     * The taxonomy category whose name, then description, shares the most words with a household category's name;
     * the household can remap it later.
     */
    static String closestTaxonomyCode(Taxonomy taxonomy, String name) {
        Set<String> words = words(name);
        String best = FALLBACK_CODE;
        int bestScore = 0;
        for (TaxonomyCategory category : taxonomy.all()) {
            Set<String> named = words(category.name() + " " + category.code().replace('_', ' '));
            named.retainAll(words);
            Set<String> described = words(category.description());
            described.retainAll(words);
            int score = named.size() * 4 + described.size() * 2 + (category.isPrimary() ? 0 : 1);
            if (!(named.isEmpty() && described.isEmpty()) && score > bestScore) {
                best = category.code();
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2 && !w.equals("and")) {
                words.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    private RulesCommand() {
    }
}
