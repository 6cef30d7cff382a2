package org.myknees.adapter.bankformat.ofx;

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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.conformance.ConformanceReport;
import org.myknees.adapter.bankformat.conformance.FileCheck;
import org.myknees.adapter.bankformat.Corpus;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Checks the OFX parser against the shared corpus: every file must parse or be refused with a reason, and
 * for every file whose upstream project's tests assert facts, the facts our model holds must match.
 */
class OfxCorpusConformanceTest {

    private static final String INVESTMENT_REFUSAL = "investment statements are not supported";
    /** Asserted keys about things our parsed shape has no place for (transaction types, periods, positions). */
    private static final Set<String> OUTSIDE_OUR_MODEL = Set.of("type", "branch_id", "available_balance",
            "start_date", "end_date", "institution_org", "strict");

    private final OfxStatementParser parser = new OfxStatementParser();

    /** What the parser made of a file: a parsed file, or a refusal. */
    private record Outcome(Optional<ParsedFile> parsed, Optional<StatementParseException> refusal) {

        String describe() {
            return parsed.map(f -> "parsed: " + f.statements().size() + " statement(s), " + f.transactionCount()
                    + " transaction(s)").orElseGet(() -> "refused: " + refusal.orElseThrow().getMessage());
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
        Path folder = Corpus.folder("ofx");
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> !p.getFileName().toString().equals("EXPECTED.json")).sorted().toList();
        }
        for (Path file : files) {
            try {
                Outcome outcome = run(file);
                outcome.refusal().filter(e -> !e.getMessage().startsWith(file.getFileName() + ":")
                                || e.getMessage().length() < file.getFileName().toString().length() + 15)
                        .ifPresent(e -> problems.add(file.getFileName() + ": refusal without a reason: " + e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(file.getFileName() + ": " + e);
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void factsAssertedUpstreamHold() throws IOException {
        ConformanceReport table = ConformanceReport.ofAssertedFacts("ofx",
                (file, entry, asserted, facts) -> check(entry, asserted, run(file), facts));
        table.write("Facts asserted by the upstream projects' own tests (EXPECTED.json `asserted_by_upstream_tests`), "
                + "checked against OfxStatementParser with no default currency. Files holding only investment "
                + "statements must be refused with \"" + INVESTMENT_REFUSAL + "\"; their investment facts are not "
                + "checked. Keys our parsed shape has no place for are listed in the reason column.");

        assertThat(table.filesWithFacts()).isPositive();
        assertThat(table.failedFiles()).as(table.summary()).isEmpty();
    }

    private void check(JsonNode entry, JsonNode asserted, Outcome outcome, FileCheck facts) {
        JsonNode aggregates = entry.path("scan_by_corpus_builder").path("statement_aggregates");
        if (aggregates.has("INVSTMTRS") && !aggregates.has("STMTRS") && !aggregates.has("CCSTMTRS")) {
            facts.check("refused as investment", outcome.refusal().map(e -> e.getMessage()
                    .contains(INVESTMENT_REFUSAL)).orElse(false), outcome.describe());
            return;
        }
        if (expectsRefusal(asserted)) {
            checkRefusal(asserted, outcome, facts);
            return;
        }
        if (outcome.refusal().isPresent()) {
            facts.check("parsed", false, outcome.describe());
            return;
        }
        ParsedFile file = outcome.parsed().orElseThrow();
        facts.check("parsed", true, "");
        for (Map.Entry<String, JsonNode> fact : asserted.properties()) {
            checkFact(fact.getKey(), fact.getValue(), file, facts);
        }
    }

    private static boolean expectsRefusal(JsonNode asserted) {
        return asserted.has("expected") && asserted.get("expected").asText().startsWith("rejected")
                || asserted.has("status") && asserted.get("status").path("severity").asText().equals("ERROR")
                || asserted.has("signon") && !asserted.get("signon").path("success").asBoolean();
    }

    private static void checkRefusal(JsonNode asserted, Outcome outcome, FileCheck facts) {
        facts.check("refused", outcome.refusal().isPresent(), outcome.describe());
        String message = outcome.refusal().map(Throwable::getMessage).orElse("");
        JsonNode status = asserted.has("status") ? asserted.get("status") : asserted.path("signon");
        if (!status.isMissingNode()) {
            facts.check("refusal names code " + status.get("code").asText(),
                    message.contains("code " + status.get("code").asText()), message);
            facts.check("refusal quotes the bank's message", message.contains(status.get("message").asText()),
                    message);
        }
    }

    private static void checkFact(String key, JsonNode value, ParsedFile file, FileCheck facts) {
        List<ParsedStatement> statements = file.statements();
        List<ParsedTransaction> rows = statements.stream().flatMap(s -> s.transactions().stream()).toList();
        Optional<ParsedStatement> first = statements.stream().findFirst();
        switch (key) {
            case "transaction_count" -> facts.equal(key, value.asInt(), rows.size());
            case "txn", "first_txn", "txn0" -> checkTransaction(key, value, rows, 0, facts);
            case "txn1" -> checkTransaction(key, value, rows, 1, facts);
            case "last_txn" -> checkTransaction(key, value, rows, rows.size() - 1, facts);
            case "txns" -> {
                for (int i = 0; i < value.size(); i++) {
                    checkTransaction("txns[" + i + "]", value.get(i), rows, i, facts);
                }
            }
            case "payee", "memo", "amount" ->
                    checkTransactionField(key, key, value, rows.isEmpty() ? null : rows.get(0), facts);
            case "balance", "balance_end_real" -> facts.equal(key, decimal(value),
                    first.flatMap(ParsedStatement::closing).map(b -> b.amount().toDecimal()).orElse(null));
            case "balance_date" -> facts.equal(key, date(value),
                    first.flatMap(ParsedStatement::closing).map(b -> b.date()).orElse(null));
            case "balance_start" -> facts.equal(key + " (closing minus the rows)", decimal(value), first
                    .flatMap(s -> s.closing().map(c -> s.transactions().stream().map(t -> t.amount().toDecimal())
                            .reduce(c.amount().toDecimal(), BigDecimal::subtract))).orElse(null));
            case "account_number", "account_id" -> facts.equal(key, value.asText(),
                    first.flatMap(s -> s.account().identifier()).orElse(null));
            case "routing_number", "bank_id" -> facts.equal(key, value.asText(),
                    first.flatMap(s -> s.account().bankId()).orElse(null));
            case "account_type" -> facts.equal(key, value.asText(), first.flatMap(s -> s.account().type()).orElse(""));
            case "account_count" -> facts.equal(key, value.asInt(), statements.size());
            case "accounts" -> checkAccounts(value, statements, facts);
            case "curdef" -> facts.equal("curdef absent", true, first.map(s -> s.currency().isEmpty()).orElse(false));
            case "warning" -> facts.check("warns about the empty CURDEF",
                    file.warnings().stream().anyMatch(w -> w.contains("CURDEF")), String.valueOf(file.warnings()));
            case "lenient" -> {
                facts.equal("transaction_count", value.get("transaction_count").asInt(), rows.size());
                facts.equal("discarded_entries (quarantined)", value.get("discarded_entries").asInt(),
                        file.quarantined().size());
                if (value.path("balance").asText().equals("absent")) {
                    facts.equal("balance absent", true, first.map(s -> s.closing().isEmpty()).orElse(false));
                }
            }
            case "line_with_payment_ref_Agrolait_date" -> facts.equal(key, date(value), rows.stream()
                    .filter(t -> t.counterparty().equals(Optional.of("Agrolait")))
                    .map(ParsedTransaction::bookingDate).findFirst().orElse(null));
            case "test", "signon" -> {
                // the upstream test's name; a successful sign-on is the "parsed" fact already checked
            }
            case "note" -> checkNote(value.asText(), statements, facts);
            default -> facts.note((OUTSIDE_OUR_MODEL.contains(key) ? "outside our model: " : "not checked: ") + key);
        }
    }

    /** Two entries assert nothing but a note; where the note states a fact, check it. */
    private static void checkNote(String note, List<ParsedStatement> statements, FileCheck facts) {
        if (note.contains("no statement")) {
            facts.equal("no statement", 0, statements.size());
        } else if (note.contains("account identified by")) {
            facts.check("account identified", statements.stream().allMatch(s -> s.account().identifier()
                    .isPresent()), "a statement has no account id");
        }
    }

    private static void checkAccounts(JsonNode accounts, List<ParsedStatement> statements, FileCheck facts) {
        for (int i = 0; i < accounts.size(); i++) {
            JsonNode account = accounts.get(i);
            Optional<ParsedStatement> statement = i < statements.size() ? Optional.of(statements.get(i)) : Optional.empty();
            String at = "accounts[" + i + "].";
            facts.equal(at + "number", account.get("number").asText(),
                    statement.flatMap(s -> s.account().identifier()).orElse(null));
            if (account.has("routing")) {
                facts.equal(at + "routing", account.get("routing").asText(),
                        statement.flatMap(s -> s.account().bankId()).orElse(null));
            }
            if (account.has("desc")) {
                facts.equal(at + "desc", account.get("desc").asText(),
                        statement.flatMap(s -> s.account().name()).orElse(null));
            }
            String type = account.path("type").asText();
            facts.equal(at + "type", type.startsWith("(credit card") ? "CREDITCARD" : type,
                    statement.flatMap(s -> s.account().type()).orElse(null));
        }
    }

    private static void checkTransaction(String key, JsonNode expected, List<ParsedTransaction> rows, int index,
                                         FileCheck facts) {
        ParsedTransaction row = index >= 0 && index < rows.size() ? rows.get(index) : null;
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            checkTransactionField(key + "." + field.getKey(), field.getKey(), field.getValue(), row, facts);
        }
    }

    private static void checkTransactionField(String fact, String field, JsonNode value, ParsedTransaction row,
                                              FileCheck facts) {
        String name = field.startsWith("payee") ? "payee" : field;
        switch (name) {
            case "date" -> facts.equal(fact, date(value), row == null ? null : row.bookingDate());
            case "amount" -> facts.equal(fact, decimal(value), row == null ? null : row.amount().toDecimal());
            case "fitid", "id" -> facts.equal(fact, value.asText(), row == null ? null : row.externalId().orElse(null));
            case "payee" -> facts.equal(fact, value.asText(), row == null ? null : row.counterparty().orElse(null));
            case "memo", "notes" -> facts.equal(fact, value.asText(), row == null ? null : row.remittance().orElse(null));
            default -> facts.note("outside our model: " + fact);
        }
    }

    private static BigDecimal decimal(JsonNode value) {
        return new BigDecimal(value.asText());
    }

    private static LocalDate date(JsonNode value) {
        return LocalDate.parse(value.asText().substring(0, 10));
    }
}
