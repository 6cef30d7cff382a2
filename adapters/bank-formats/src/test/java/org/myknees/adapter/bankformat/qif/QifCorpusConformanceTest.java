package org.myknees.adapter.bankformat.qif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.conformance.ConformanceReport;
import org.myknees.adapter.bankformat.conformance.FileCheck;
import org.myknees.adapter.bankformat.Corpus;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Checks the QIF parser against the shared corpus: every file must parse or be refused with a reason, and
 * for every file whose upstream project's tests assert facts, the facts our model holds must match.
 */
class QifCorpusConformanceTest {

    private static final Pattern ACCOUNT_HINT = Pattern.compile("from !Account N([^)]+)\\)");

    private final QifStatementParser parser = new QifStatementParser();

    private record Outcome(Optional<ParsedFile> parsed, Optional<StatementParseException> refusal) {

        String describe() {
            return parsed.map(f -> "parsed: " + f.transactionCount() + " transaction(s)")
                    .orElseGet(() -> "refused: " + refusal.orElseThrow().getMessage());
        }
    }

    private Outcome run(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try {
            return new Outcome(Optional.of(parser.parse(content, ParseContext.of(file.getFileName().toString()))),
                    Optional.empty());
        } catch (StatementParseException e) {
            return new Outcome(Optional.empty(), Optional.of(e));
        }
    }

    @Test
    void everyCorpusFileParsesOrIsRefusedWithAReason() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Corpus.folder("qif"))) {
            files = listing.filter(p -> !p.getFileName().toString().equals("EXPECTED.json")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                run(file).refusal().filter(e -> !e.getMessage().startsWith(file.getFileName() + ":"))
                        .ifPresent(e -> problems.add(file.getFileName() + ": refusal without its file: " + e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(file.getFileName() + ": " + e);
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void factsAssertedUpstreamHold() throws IOException {
        ConformanceReport table = ConformanceReport.ofAssertedFacts("qif",
                (file, entry, asserted, facts) -> check(asserted, run(file), facts));
        table.write("Facts asserted by the upstream projects' own tests (EXPECTED.json `asserted_by_upstream_tests`), "
                + "checked against QifStatementParser with no default currency and no date-order option. "
                + "Categories and split counts have no place in our parsed shape and are listed in the reason column.");

        assertThat(table.filesWithFacts()).isPositive();
        assertThat(table.failedFiles()).as(table.summary()).isEmpty();
    }

    private static void check(JsonNode asserted, Outcome outcome, FileCheck facts) {
        String expected = asserted.path("expected").asText();
        if (expected.startsWith("rejected")) {
            facts.check("refused", outcome.refusal().isPresent(), outcome.describe());
            String message = outcome.refusal().map(Throwable::getMessage).orElse("");
            facts.check("refusal gives the reason", expected.contains("Invst")
                    ? message.contains("investment") && message.contains("not supported")
                    : message.contains("not a QIF file"), message);
            return;
        }
        if (outcome.refusal().isPresent()) {
            facts.check("parsed", false, outcome.describe());
            return;
        }
        ParsedFile file = outcome.parsed().orElseThrow();
        List<ParsedTransaction> rows = file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
        facts.check("parsed", true, "");
        for (Map.Entry<String, JsonNode> fact : asserted.properties()) {
            JsonNode value = fact.getValue();
            switch (fact.getKey()) {
                case "transaction_count", "record_count" -> facts.equal(fact.getKey(), value.asInt(), rows.size());
                case "txns", "transactions" -> {
                    for (int i = 0; i < value.size(); i++) {
                        checkTransaction(fact.getKey() + "[" + i + "]", value.get(i),
                                i < rows.size() ? rows.get(i) : null, facts);
                    }
                }
                case "amounts" -> {
                    for (int i = 0; i < value.size(); i++) {
                        facts.equal("amounts[" + i + "]", new BigDecimal(value.get(i).asText()),
                                i < rows.size() ? rows.get(i).amount().toDecimal() : null);
                    }
                }
                case "account_hint" -> {
                    Matcher name = ACCOUNT_HINT.matcher(value.asText());
                    facts.equal("account name", name.find() ? name.group(1) : value.asText(),
                            file.statements().isEmpty() ? null : file.statements().get(0).account().name().orElse(null));
                }
                case "balance_end_real" -> facts.equal("balance_end_real (sum of the rows)", new BigDecimal(value.asText()),
                        rows.stream().map(t -> t.amount().toDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add));
                case "guessed_date_format" -> {
                    facts.check("ambiguous day/month order reported", file.warnings().stream()
                            .anyMatch(w -> w.contains("No date in the file shows")), String.valueOf(file.warnings()));
                    facts.note("upstream's fallback for ambiguous dates is dd/mm, ours is mm/dd (Quicken's own order) "
                            + "with a warning and the dateOrder option");
                }
                case "test", "note", "date_format" -> {
                    // the upstream test's name and remarks; a date format is checked through the dates it yields
                }
                default -> facts.note("outside our model: " + fact.getKey());
            }
        }
    }

    private static void checkTransaction(String key, JsonNode expected, ParsedTransaction row, FileCheck facts) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String fact = key + "." + field.getKey();
            String value = field.getValue().asText();
            switch (field.getKey()) {
                case "date" -> facts.equal(fact, LocalDate.parse(value), row == null ? null : row.bookingDate());
                case "amount" -> facts.equal(fact, new BigDecimal(value), row == null ? null : row.amount().toDecimal());
                case "payee" -> facts.equal(fact, value, row == null ? null : row.counterparty().orElse(null));
                default -> facts.note("outside our model: " + fact);
            }
        }
    }
}
