package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.Corpus;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * Checks the aggregator parsers against the shared corpus. Each data file goes to the parser that recognizes
 * it best. Files with facts asserted by upstream tests (or their expected OFX) must give those transactions
 * (date, signed amount, id, texts, currency); the corpus builder's scanned counts (booked and pending rows,
 * accounts, rows per account, error bodies) are checked for the rest. Writes {@code target/conformance/aggregator.md}.
 */
class AggregatorCorpusConformanceTest {

    private static final Pattern STMTTRN = Pattern.compile("<STMTTRN>(.*?)</STMTTRN>", Pattern.DOTALL);
    private final List<StatementParser> parsers = List.of(new PlaidStatementParser(), new GoCardlessStatementParser(),
            new SimpleFinStatementParser());

    @Test
    void payloadsGiveTheAssertedAndScannedFacts() throws IOException {
        Path folder = Corpus.folder("aggregator");
        JsonNode expected = Corpus.expected("aggregator");
        Map<String, JsonNode> entries = new TreeMap<>();
        expected.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        List<String> assertedRows = new ArrayList<>();
        List<String> scannedRows = new ArrayList<>();
        int asserted = 0;
        int assertedOk = 0;
        int scanned = 0;
        int scannedOk = 0;
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            String name = entry.getKey();
            JsonNode facts = entry.getValue();
            if (facts.has("expected_output_for") || name.endsWith(".ofx")) {
                continue;
            }
            byte[] content = Files.readAllBytes(folder.resolve(name));
            StatementParser parser = parsers.stream()
                    .max(Comparator.comparingInt(p -> p.recognize(content, name))).orElseThrow();
            Optional<ParsedFile> file = Optional.empty();
            String outcome;
            try {
                file = Optional.of(parser.parse(content, ParseContext.of(name)));
                outcome = parser.format() + ": " + file.get().statements().size() + " statements, "
                        + file.get().transactionCount() + " txns, " + file.get().quarantined().size() + " quarantined, "
                        + file.get().warnings().size() + " warnings";
            } catch (StatementParseException e) {
                outcome = parser.format() + " rejected: " + e.getMessage();
            }
            if (facts.has("asserted_by_upstream_tests") || facts.has("expected_output_files")) {
                asserted++;
                List<String> problems = assertedProblems(facts, folder, file);
                assertedOk += problems.isEmpty() ? 1 : 0;
                assertedRows.add("| " + name + " | " + outcome + " | " + (problems.isEmpty() ? "match" : "MISS")
                        + " | " + String.join("; ", problems) + " |");
            }
            List<String> scanProblems = scannedProblems(facts, file, parser);
            scanned++;
            scannedOk += scanProblems.isEmpty() ? 1 : 0;
            scannedRows.add("| " + name + " | " + outcome.replace("|", "/") + " | "
                    + (scanProblems.isEmpty() ? "match" : "MISS") + " | " + String.join("; ", scanProblems) + " |");
        }
        writeReport(assertedRows, scannedRows, asserted, assertedOk, scanned, scannedOk);
        assertThat(assertedOk * 100).as("asserted-fact aggregator files matching: %d of %d", assertedOk, asserted)
                .isGreaterThanOrEqualTo(asserted * 95);
        assertThat(scannedOk).as("files whose scanned facts match").isEqualTo(scanned);
    }

    private record Fact(LocalDate date, BigDecimal amount, Optional<String> id, List<String> texts,
                        Optional<String> currency) {
    }

    private static List<String> assertedProblems(JsonNode facts, Path folder, Optional<ParsedFile> file) throws IOException {
        List<Fact> wanted = new ArrayList<>();
        JsonNode txn = facts.path("asserted_by_upstream_tests").path("txn");
        if (txn.isObject()) {
            List<String> texts = new ArrayList<>();
            txn.path("memo_contains").forEach(t -> texts.add(t.asText()));
            wanted.add(new Fact(LocalDate.parse(txn.get("date").asText()), new BigDecimal(txn.get("amount").asText()),
                    Optional.of(txn.get("id").asText()), texts, Optional.of(txn.get("currency").asText())));
        }
        for (JsonNode output : facts.path("expected_output_files")) {
            Matcher block = STMTTRN.matcher(Files.readString(folder.resolve(output.asText()), StandardCharsets.UTF_8));
            while (block.find()) {
                String body = block.group(1);
                wanted.add(new Fact(LocalDate.parse(tag(body, "DTPOSTED").substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE),
                        new BigDecimal(tag(body, "TRNAMT")), Optional.of(tag(body, "FITID")).filter(s -> !s.isEmpty()),
                        List.of(tag(body, "NAME"), tag(body, "MEMO")), Optional.of(tag(body, "CURSYM")).filter(s -> !s.isEmpty())));
            }
        }
        if (file.isEmpty()) {
            return List.of("rejected");
        }
        List<ParsedTransaction> ours = file.get().statements().stream().flatMap(s -> s.transactions().stream()).toList();
        List<String> problems = new ArrayList<>();
        for (Fact fact : wanted) {
            List<ParsedTransaction> candidates = ours.stream()
                    .filter(t -> t.bookingDate().equals(fact.date()) && t.amount().toDecimal().compareTo(fact.amount()) == 0)
                    .toList();
            Optional<ParsedTransaction> match = candidates.stream()
                    .filter(t -> fact.id().isEmpty() || fact.id().equals(t.externalId())).findFirst()
                    .or(() -> candidates.stream().findFirst());
            if (match.isEmpty()) {
                problems.add("no transaction of " + fact.date() + " " + fact.amount());
                continue;
            }
            ParsedTransaction t = match.get();
            String text = (t.rawDescriptor() + " " + t.counterparty().orElse("") + " " + t.remittance().orElse(""))
                    .toLowerCase(Locale.ROOT);
            fact.id().filter(id -> !id.equals(t.externalId().orElse(""))).ifPresent(id -> problems.add("id " + t.externalId() + " instead of " + id));
            fact.currency().filter(c -> !c.equals(t.amount().currency().getCurrencyCode()))
                    .ifPresent(c -> problems.add("currency " + t.amount().currency() + " instead of " + c));
            for (String expectedText : fact.texts()) {
                if (!expectedText.isBlank() && !text.contains(expectedText.toLowerCase(Locale.ROOT))) {
                    problems.add("text '" + expectedText + "' not in '" + text + "'");
                }
            }
        }
        return problems;
    }

    private static List<String> scannedProblems(JsonNode facts, Optional<ParsedFile> file, StatementParser parser) {
        List<String> problems = new ArrayList<>();
        JsonNode scan = facts.path("scan_by_corpus_builder");
        String quirks = facts.path("quirks").asText("");
        boolean errorBody = quirks.contains("error body") || quirks.contains("not JSON") || !scan.has("shape");
        if (errorBody) {
            if (file.isPresent() && file.get().transactionCount() > 0) {
                problems.add("an error body should give no transactions");
            }
            return problems;
        }
        if (file.isEmpty()) {
            if (scan.path("shape").has("transactions") || scan.path("shape").has("accounts")) {
                problems.add("rejected a payload with transactions or accounts");
            }
            return problems;
        }
        List<ParsedTransaction> ours = file.get().statements().stream().flatMap(s -> s.transactions().stream()).toList();
        if (scan.has("booked_count")) {
            long booked = ours.stream().filter(t -> !t.pending()).count();
            long pending = ours.stream().filter(ParsedTransaction::pending).count();
            if (booked != scan.get("booked_count").asLong() || pending != scan.path("pending_count").asLong()) {
                problems.add("booked/pending " + booked + "/" + pending + " instead of " + scan.get("booked_count")
                        + "/" + scan.path("pending_count"));
            }
        }
        if (scan.has("account_count") && scan.path("shape").has("accounts")) {
            List<ParsedStatement> statements = file.get().statements();
            if (statements.size() != scan.get("account_count").asInt()) {
                problems.add(statements.size() + " statements instead of " + scan.get("account_count") + " accounts");
            } else if (parser instanceof SimpleFinStatementParser) {
                for (int i = 0; i < statements.size(); i++) {
                    int want = scan.path("transactions_per_account").path(i).asInt();
                    if (statements.get(i).transactions().size() != want) {
                        problems.add("account " + i + " has " + statements.get(i).transactions().size() + " rows instead of " + want);
                    }
                }
            }
        }
        return problems;
    }

    private static String tag(String body, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<\\r\\n]*)").matcher(body);
        return m.find() ? m.group(1).strip() : "";
    }

    private static void writeReport(List<String> assertedRows, List<String> scannedRows, int asserted, int assertedOk,
                                    int scanned, int scannedOk) throws IOException {
        Path report = Path.of("target", "conformance", "aggregator.md");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# Aggregator corpus conformance");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Asserted-fact data files matching: **%d of %d (%.1f%%)**; scanned facts "
                + "matching: %d of %d files.", assertedOk, asserted, asserted == 0 ? 0.0 : assertedOk * 100.0 / asserted,
                scannedOk, scanned));
        lines.add("");
        lines.add("## Facts asserted by upstream tests");
        lines.add("");
        lines.add("| file | our result | verdict | notes |");
        lines.add("| --- | --- | --- | --- |");
        lines.addAll(assertedRows);
        lines.add("");
        lines.add("## Facts the corpus builder scanned (counts, error bodies)");
        lines.add("");
        lines.add("| file | our result | verdict | notes |");
        lines.add("| --- | --- | --- | --- |");
        lines.addAll(scannedRows);
        Files.write(report, lines, StandardCharsets.UTF_8);
    }
}
