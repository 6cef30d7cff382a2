package org.myknees.bootstrap.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.categorization.CategoryEvidence;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code categorize --input IN.csv --output OUT.csv [--examples LABELLED.csv]}: categorizes bank descriptors in
 * bulk with the household's rules, what it learned, the merchant knowledge and the local model. Writes nothing
 * to the household; examples are learned for this run only.
 */
@Command(name = "categorize", description = "Categorize a CSV of descriptors (columns descriptor,amount,currency; "
        + "others pass through) into category, detailed, merchant, confidence and source.")
final class CategorizeCommand extends CliCommand {

    private static final int CHUNK = 5_000;
    private static final AccountId NO_ACCOUNT = new AccountId(new java.util.UUID(0, 0));

    @Option(names = "--input", required = true, paramLabel = "IN.csv")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv")
    Path output;

    @Option(names = "--examples", paramLabel = "LABELLED.csv",
            description = "Rows descriptor,amount,currency,category,detailed,merchant learned as corrections first.")
    Path examples;

    @Override
    void execute(MykneesCli cli) {
        long started = System.nanoTime();
        HouseholdId household = cli.household().id();
        Taxonomy taxonomy = Taxonomy.plaidV1();
        DescriptorNormalizer normalizer = new DescriptorNormalizer();
        CorrectionRepository corrections = new InMemoryPersistence().corrections();
        cli.backend().store().corrections().list(household).forEach(e -> corrections.save(household, e));
        var model = cli.backend().model();
        if (examples != null) {
            learn(household, normalizer, corrections, model);
        }
        Categorizer categorizer = cli.backend().categorizer(corrections, Optional.of(model));
        Map<CategoryKey, String> customToTaxonomy = cli.backend().categories().listCategories(cli.actor(), household)
                .stream().collect(Collectors.toMap(HouseholdCategory::key, HouseholdCategory::mappedTo));
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            List<String> header = CsvFiles.next(in).orElseThrow(() -> new IllegalArgumentException(input + " is empty"));
            int descriptor = require(header, "descriptor");
            int amount = require(header, "amount");
            int currency = require(header, "currency");
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(List.of("category", "detailed", "merchant", "confidence", "source"));
            CsvFiles.write(out, outHeader);
            List<List<String>> chunk = new ArrayList<>(CHUNK);
            Optional<List<String>> record;
            while ((record = CsvFiles.next(in)).isPresent()) {
                chunk.add(record.get());
                if (chunk.size() == CHUNK) {
                    rows += flush(chunk, household, categorizer, normalizer, taxonomy, customToTaxonomy, out,
                            descriptor, amount, currency);
                }
            }
            rows += flush(chunk, household, categorizer, normalizer, taxonomy, customToTaxonomy, out, descriptor, amount,
                    currency);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        cli.err().printf("Categorized %d rows in %.1f s (%.0f rows/s); model: %s%n", rows, seconds, rows / seconds,
                model.status());
    }

    private long flush(List<List<String>> chunk, HouseholdId household, Categorizer categorizer,
                       DescriptorNormalizer normalizer, Taxonomy taxonomy, Map<CategoryKey, String> customToTaxonomy,
                       BufferedWriter out, int descriptor, int amount, int currency) throws IOException {
        List<Categorizer.Item> items = new ArrayList<>(chunk.size());
        LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
        for (List<String> row : chunk) {
            String raw = field(row, descriptor);
            items.add(new Categorizer.Item(raw, normalizer.normalize(raw), money(field(row, amount), field(row, currency)),
                    NO_ACCOUNT, today, CategoryAssignment.none()));
        }
        List<Resolution> resolutions = categorizer.categorize(household, items, Categorizer.Depth.FULL);
        for (int i = 0; i < chunk.size(); i++) {
            Resolution r = resolutions.get(i);
            Optional<CategoryKey> key = r.assignment().category();
            double confidence = r.assignment().confidence();
            String source = r.assignment().source().name().toLowerCase(Locale.ROOT);
            if (key.isEmpty() && !r.suggestions().isEmpty()) {
                CategoryEvidence best = r.suggestions().get(0);
                key = Optional.of(best.category());
                confidence = best.confidence();
                source = "suggestion";
            }
            String code = key.map(k -> k.isCustom() ? customToTaxonomy.getOrDefault(k, "") : k.value()).orElse("");
            String primary = taxonomy.primaryOf(code).orElse("");
            String detailed = code.equals(primary) ? "" : code;
            List<String> line = new ArrayList<>(chunk.get(i));
            line.addAll(List.of(primary, detailed, r.merchant().orElse(""),
                    key.isEmpty() ? "0" : String.format(Locale.ROOT, "%.3f", confidence), key.isEmpty() ? "none" : source));
            CsvFiles.write(out, line);
        }
        int size = chunk.size();
        chunk.clear();
        return size;
    }

    private void learn(HouseholdId household, DescriptorNormalizer normalizer, CorrectionRepository corrections,
                       org.myknees.application.categorization.port.out.CategorySuggester model) {
        try (BufferedReader in = Files.newBufferedReader(examples, StandardCharsets.UTF_8)) {
            List<String> header = CsvFiles.next(in).orElseThrow(() -> new IllegalArgumentException(examples + " is empty"));
            int descriptor = require(header, "descriptor");
            int category = require(header, "category");
            int detailed = CsvFiles.column(header, "detailed");
            int merchant = CsvFiles.column(header, "merchant");
            Optional<List<String>> record;
            while ((record = CsvFiles.next(in)).isPresent()) {
                List<String> row = record.get();
                String code = detailed >= 0 && !field(row, detailed).isBlank() ? field(row, detailed) : field(row, category);
                if (code.isBlank()) {
                    continue;
                }
                Optional<String> name = merchant >= 0 ? Optional.of(field(row, merchant)).filter(m -> !m.isBlank())
                        : Optional.empty();
                LabelledExample example = new LabelledExample(normalizer.normalize(field(row, descriptor)), code.strip(), name);
                corrections.save(household, example);
                model.learn(household, example);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Money money(String amount, String currency) {
        try {
            return Money.parse(amount.isBlank() ? "0" : amount, currency.isBlank() ? "USD" : currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Money.zero(java.util.Currency.getInstance("USD"));
        }
    }

    private static String field(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    private int require(List<String> header, String name) {
        int index = CsvFiles.column(header, name);
        if (index < 0) {
            throw new IllegalArgumentException("The header has no '" + name + "' column (it has " + header + ")");
        }
        return index;
    }
}
