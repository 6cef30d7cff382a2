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
import java.util.Set;
import org.myknees.application.categorization.port.in.ApplyRulesUseCase;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RulePreviewResult;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.category.port.in.CategoryCommands.CreateCategoryCommand;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RulesCsv;
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
            int rules = cli.backend().rules().importRules(new ImportRulesCommand(cli.actor(), household,
                    file.toString(), text)).size();
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
            List<StoredRule> rules = cli.backend().rules().listRules(cli.actor(), cli.household().id());
            if (cli.json()) {
                Output.json(cli.out(), rules.stream().map(s -> java.util.Map.of("id", s.rule().id().toString(),
                        "stage", s.rule().stage().name(), "position", s.rule().position(), "name", s.rule().name(),
                        "category", category(s))).toList());
                return;
            }
            if (rules.isEmpty()) {
                cli.out().println("No rules yet: import some with 'myknees rules import FILE.csv'.");
                return;
            }
            Output.table(cli.out(), List.of("STAGE", "#", "NAME", "CATEGORY"),
                    rules.stream().map(s -> List.of(s.rule().stage().name(), String.valueOf(s.rule().position()),
                            s.rule().name(), category(s))).toList(),
                    List.of(false, true, false, false));
        }

        private static String category(StoredRule stored) {
            return stored.rule().actions().stream().filter(RuleAction.SetCategory.class::isInstance)
                    .map(a -> ((RuleAction.SetCategory) a).category().value()).findFirst().orElse("");
        }
    }

    @Command(name = "apply", description = "Apply the rules to every stored transaction (manual pins are left alone).")
    static final class Apply extends CliCommand {

        /** A dry run prints at most this many changes, then how many more there are. */
        private static final int PREVIEW_LIMIT = 1000;

        @Option(names = "--dry-run", description = "Report what would change and change nothing.")
        boolean dryRun;

        @Override
        void execute(MykneesCli cli) {
            HouseholdId household = cli.household().id();
            if (dryRun) {
                RulePreviewResult preview = cli.backend().rules().previewRules(cli.actor(), household, PREVIEW_LIMIT);
                for (RulePreviewResult.Change c : preview.changes()) {
                    cli.out().println(c.bookingDate() + "  " + c.descriptor() + "  " + c.field().name()
                            .toLowerCase(Locale.ROOT) + ": " + c.before().orElse("(none)") + " -> " + c.after()
                            + "  (rule " + c.ruleName() + ")");
                }
                if (preview.truncated()) {
                    cli.out().println("... and " + (preview.total() - preview.changes().size()) + " more.");
                }
                cli.out().println("Would make " + preview.total() + " changes to the " + preview.examined()
                        + " transactions.");
            } else {
                ApplyRulesUseCase.AppliedRules applied = cli.backend().rules().applyRules(cli.actor(), household);
                cli.out().println("Changed " + applied.changed() + " of " + applied.examined() + " transactions.");
            }
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
