package org.myknees.adapter.bankformat.camt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.Corpus;
import org.myknees.adapter.bankformat.conformance.ConformanceReport;
import org.myknees.adapter.bankformat.conformance.CorpusFiles;
import org.myknees.adapter.bankformat.conformance.FileCheck;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * Runs every CAMT file of the shared corpus through the parser that recognizes it best and checks the facts
 * the upstream projects' tests assert (EXPECTED.json {@code asserted_by_upstream_tests}) and their expected
 * outputs (genkgo's {@code *.expected.json}, OCA's {@code *.expected.pydata}), as far as they map to our
 * model. Writes {@code target/conformance/camt.md}.
 *
 * <p>Every file is parsed with EUR as the target account's currency, as an import would pass it; it is only
 * used where a file states no currency ({@code Ccy="XXX"}).
 */
class CamtCorpusConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<StatementParser> PARSERS =
            List.of(new Camt052Parser(), new Camt053Parser(), new Camt054Parser());

    /** Upstream facts shown to be wrong or not meaningful, with the evidence. */
    private static final Map<String, Map<String, String>> DISPUTES = Map.of(
            "ofxstatement-iso20022__camt052.xml", Map.of(
                    "line0.refnum", "the bank writes AcctSvcrRef NONREF on every entry, ISO's placeholder for 'no "
                            + "reference'; taking it as the row's id would make all rows share one id"),
            "hbci4java__test-camt-parse-05200102.xml", Map.of(
                    "start.date", "the PRCD balance is dated 2018-07-19 in the file; hbci4java dates it with the "
                            + "booking day it precedes, while ofxstatement-iso20022 keeps a PRCD date as written "
                            + "(its camt052 sample), as we do"));

    @Test
    void corpusFilesMatchTheFactsTheirUpstreamTestsAssert() throws IOException {
        Path folder = Corpus.folder("camt");
        JsonNode expected = Corpus.expected("camt");
        ConformanceReport report = new ConformanceReport("camt");
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : expected.properties()) {
            String name = file.getKey();
            if (name.endsWith(".expected.json") || name.endsWith(".expected.pydata")) {
                continue;
            }
            byte[] content = Files.readAllBytes(folder.resolve(name));
            Outcome outcome = parse(name, content);
            if (outcome.unexpected != null) {
                unexpected.add(name + ": " + outcome.unexpected);
                continue;
            }
            JsonNode entry = file.getValue();
            JsonNode asserted = entry.path("asserted_by_upstream_tests");
            JsonNode companions = entry.path("expected_output_files");
            if (asserted.isMissingNode() && companions.isMissingNode()) {
                report.smoke(name, outcome.describe());
                continue;
            }
            FileCheck check = new FileCheck(name, DISPUTES.getOrDefault(name, Map.of()));
            if (!asserted.isMissingNode()) {
                checkAsserted(asserted, new String(content, StandardCharsets.ISO_8859_1), outcome, check);
            }
            for (JsonNode companion : companions) {
                Path output = folder.resolve(companion.asText());
                if (companion.asText().endsWith(".json")) {
                    genkgo(JSON.readTree(output.toFile()), outcome, check);
                } else {
                    oca(PythonLiteral.parse(Files.readString(output, StandardCharsets.UTF_8)), outcome, check);
                }
            }
            report.add(check);
        }
        report.writeAndAssertMostMatch(unexpected);
    }

    @Test
    void recognizesEachCorpusMessageByItsOwnParserAndNoFileOfAnotherFormat() throws IOException {
        Path folder = Corpus.folder("camt");
        List<String> wrong = new ArrayList<>();
        for (Path file : CorpusFiles.in(folder)) {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            Outcome outcome = parse(name, content);
            if (outcome.file != null && outcome.parser.recognize(content, name) < 60) {
                wrong.add(name + " parses but is recognized at " + outcome.parser.recognize(content, name));
            }
            if (outcome.file != null && outcome.file.warnings().stream().anyMatch(w -> w.contains(", read as "))) {
                wrong.add(name + " went to the parser of another message type");
            }
        }
        for (String other : List.of("ofx", "qif", "csv", "mt940", "aggregator")) {
            for (Path file : CorpusFiles.in(folder.resolveSibling(other))) {
                byte[] content = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                int confidence = PARSERS.stream().mapToInt(p -> p.recognize(content, name)).max().orElseThrow();
                if (confidence > 10) {
                    wrong.add(other + "/" + name + " is recognized as CAMT at " + confidence);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Outcome parse(String name, byte[] content) {
        StatementParser parser = PARSERS.stream()
                .max(Comparator.comparingInt(p -> p.recognize(content, name))).orElseThrow();
        try {
            ParseContext context = ParseContext.of(name).withDefaultCurrency(Currency.getInstance("EUR"));
            return new Outcome(parser, parser.parse(content, context), null, null);
        } catch (StatementParseException rejected) {
            return new Outcome(parser, null, rejected, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(parser, null, null, e);
        }
    }

    private static void checkAsserted(JsonNode asserted, String content, Outcome outcome, FileCheck check) {
        String test = asserted.path("test").asText();
        String expectation = asserted.path("expected").asText("");
        if (expectation.contains("throws") || expectation.contains("returns null")
                || expectation.contains("ParseError")) {
            check.check("rejected", outcome.rejection != null, "parsed instead: " + outcome.describe());
            return;
        }
        if (outcome.rejection != null) {
            check.check("parsed", false, "rejected: " + outcome.rejection.getMessage());
            return;
        }
        ParsedFile file = outcome.file;
        if (expectation.startsWith("must parse without exception")) {
            check.check("parsed without exception", true, "");
            check.note("balances that cannot be read are dropped with a warning: " + file.warnings());
        }
        if (expectation.startsWith("zip archive")) {
            check.equal("statements of both archive members", 2, file.statements().size());
        }
        if (test.startsWith("hbci4j")) {
            hbci(asserted, outcome, check);
        } else if (test.startsWith("kedder/ofxstatement")) {
            ofxstatement(asserted, content, file, check);
        } else if (test.startsWith("actualbudget")) {
            actual(asserted, file, check);
        }
    }

    /** hbci4java TestCamtParse: one statement per booking day, amounts signed. */
    private static void hbci(JsonNode a, Outcome outcome, FileCheck check) {
        ParsedFile file = outcome.file;
        List<ParsedTransaction> transactions = transactions(file);
        if (a.has("version")) {
            String version = a.get("version").asText();
            check.equal("version", version.substring(0, "camt.05x".length()), outcome.parser.format().code());
        }
        if (a.has("booking_days")) {
            check.equal("booking_days", a.get("booking_days").asLong(),
                    transactions.stream().map(ParsedTransaction::bookingDate).distinct().count());
        }
        if (a.has("lines")) {
            check.equal("lines", a.get("lines").asInt(), transactions.size());
        }
        ParsedStatement statement = file.statements().get(0);
        if (a.has("start")) {
            balance("start", a.get("start"), statement.opening(), check);
        }
        if (a.has("end")) {
            balance("end", a.get("end"), statement.closing(), check);
        }
        if (a.has("iban")) {
            check.equal("iban", Optional.of(a.get("iban").asText()), statement.account().identifier());
        }
        if (a.has("bic")) {
            check.equal("bic", Optional.of(a.get("bic").asText()), statement.account().bankId());
        }
        for (int i = 0; i < 2; i++) {
            JsonNode line = a.get("line" + i);
            if (line != null && transactions.size() > i) {
                hbciLine("line" + i, line, transactions.get(i), check);
            }
        }
        if (a.has("returned_debit") && !transactions.isEmpty()) {
            JsonNode returned = a.get("returned_debit");
            ParsedTransaction transaction = transactions.get(0);
            check.equal("returned_debit.counterparty", Optional.of(returned.get("counterparty").asText()),
                    transaction.counterparty());
            check.equal("returned_debit.additional", Optional.of(returned.get("additional").asText().strip()),
                    transaction.remittance());
        }
    }

    private static void hbciLine(String fact, JsonNode line, ParsedTransaction actual, FileCheck check) {
        check.amount(fact + ".amount", line.get("amount").asText(), actual.amount().toDecimal());
        if (line.has("valuta")) {
            check.equal(fact + ".valuta", LocalDate.parse(line.get("valuta").asText()), valueDate(actual));
        }
        if (line.has("bdate")) {
            check.equal(fact + ".bdate", LocalDate.parse(line.get("bdate").asText()), actual.bookingDate());
        }
        if (line.has("counterparty")) {
            check.equal(fact + ".counterparty", Optional.of(line.get("counterparty").asText()), actual.counterparty());
        }
        if (line.has("text")) {
            String text = line.get("text").asText();
            check.check(fact + ".text", actual.rawDescriptor().startsWith(text),
                    "descriptor '" + actual.rawDescriptor() + "' does not start with " + text);
        }
        if (line.has("purpose")) {
            check.equal(fact + ".purpose", Optional.of(line.get("purpose").asText()), actual.remittance());
        }
        if (line.has("id")) {
            check.equal(fact + ".id", Optional.of(line.get("id").asText()), actual.externalId());
        }
    }

    private static void balance(String fact, JsonNode expected, Optional<StatedBalance> actual, FileCheck check) {
        check.amount(fact + ".amount", expected.get("amount").asText(),
                actual.map(b -> b.amount().toDecimal()).orElse(null));
        if (expected.has("date")) {
            check.equal(fact + ".date", Optional.of(LocalDate.parse(expected.get("date").asText())),
                    actual.map(StatedBalance::date));
        }
        if (expected.has("ccy")) {
            check.equal(fact + ".ccy", Optional.of(expected.get("ccy").asText()),
                    actual.map(b -> b.amount().currency().getCurrencyCode()));
        }
    }

    /**
     * kedder/ofxstatement-iso20022: OFX statement fields; the corpus lists {@code date} as the booking date and
     * {@code date_user} as the value date.
     */
    private static void ofxstatement(JsonNode a, String content, ParsedFile file, FileCheck check) {
        ParsedStatement statement = file.statements().get(0);
        List<ParsedTransaction> transactions = transactions(file);
        if (a.has("account_id")) {
            String account = a.get("account_id").asText();
            if (content.contains(account)) {
                check.equal("account_id", Optional.of(account), statement.account().identifier());
            } else {
                check.note("account_id '" + account + "' is not in the file; the upstream test configures it");
            }
        }
        if (a.has("currency")) {
            check.equal("currency", Optional.of(a.get("currency").asText()),
                    statement.currency().map(c -> c.getCurrencyCode()));
        }
        if (a.has("bank_id")) {
            String bank = a.get("bank_id").asText();
            if (bank.matches("[A-Z0-9]{8}([A-Z0-9]{3})?")) {
                check.equal("bank_id", Optional.of(bank), statement.account().bankId());
            } else {
                check.note("bank_id '" + bank + "' is the servicer's name, which our bankId (a code) does not hold");
            }
        }
        if (a.has("start_balance")) {
            check.amount("start_balance", a.get("start_balance").asText(),
                    statement.opening().map(b -> b.amount().toDecimal()).orElse(null));
        }
        if (a.has("end_balance")) {
            check.amount("end_balance", a.get("end_balance").asText(),
                    statement.closing().map(b -> b.amount().toDecimal()).orElse(null));
        }
        if (a.has("start_date")) {
            check.equal("start_date", Optional.of(LocalDate.parse(a.get("start_date").asText())),
                    statement.opening().map(StatedBalance::date));
        }
        if (a.has("end_date")) {
            check.equal("end_date", Optional.of(LocalDate.parse(a.get("end_date").asText())),
                    statement.closing().map(StatedBalance::date));
        }
        if (a.has("line_count")) {
            check.equal("line_count", a.get("line_count").asInt(), transactions.size());
        }
        JsonNode line = a.get("line0");
        if (line != null && !transactions.isEmpty()) {
            ParsedTransaction first = transactions.get(0);
            if (line.has("amount")) {
                check.amount("line0.amount", line.get("amount").asText(), first.amount().toDecimal());
            }
            if (line.has("date")) {
                check.equal("line0.date", LocalDate.parse(line.get("date").asText()), first.bookingDate());
            }
            if (line.has("date_user")) {
                check.equal("line0.date_user", LocalDate.parse(line.get("date_user").asText()), valueDate(first));
            }
            if (line.has("memo")) {
                String memo = line.get("memo").asText();
                check.check("line0.memo", first.rawDescriptor().contains(memo),
                        "descriptor '" + first.rawDescriptor() + "' does not hold '" + memo + "'");
            }
            if (line.has("payee")) {
                check.equal("line0.payee", Optional.of(line.get("payee").asText()), first.counterparty());
            }
            if (line.has("refnum")) {
                check.equal("line0.refnum", Optional.of(line.get("refnum").asText()), first.externalId());
            }
        }
    }

    /** Actual Budget's CAMT snapshot: payee is the other party, notes the remittance text. */
    private static void actual(JsonNode a, ParsedFile file, FileCheck check) {
        List<ParsedTransaction> transactions = transactions(file);
        JsonNode expected = a.get("transactions");
        check.equal("transactions", expected.size(), transactions.size());
        for (int i = 0; i < Math.min(expected.size(), transactions.size()); i++) {
            JsonNode transaction = expected.get(i);
            if (transaction.has("notes")) {
                check.equal("transactions[" + i + "].notes", Optional.of(transaction.get("notes").asText()),
                        transactions.get(i).remittance());
            }
            if (transaction.has("payee")) {
                check.equal("transactions[" + i + "].payee", Optional.of(transaction.get("payee").asText()),
                        transactions.get(i).counterparty());
            }
        }
    }

    /**
     * genkgo/camt's serialized message: the first entry with its record (statement). Amounts are signed minor
     * units. A batch entry is one transaction unless its details' amounts add up to it (our rule), so the
     * expected transactions are derived from the entry and its details the same way.
     */
    private static void genkgo(JsonNode message, Outcome outcome, FileCheck check) {
        if (outcome.rejection != null) {
            check.check("genkgo.parsed", false, "rejected: " + outcome.rejection.getMessage());
            return;
        }
        JsonNode entries = message.get("getEntries");
        if (entries.isEmpty()) {
            check.equal("genkgo.transactions", 0, outcome.file.transactionCount());
            return;
        }
        JsonNode entry = entries.get(0);
        JsonNode record = entry.get("getRecord");
        ParsedStatement statement = genkgoStatement(record, outcome.file.statements());
        JsonNode account = record.get("getAccount");
        if (account != null && !account.isNull()) {
            String identifier = account.path("getIban").path("getIban").asText(account.path("getIdentification")
                    .asText());
            check.equal("genkgo.account", Optional.of(identifier), statement.account().identifier());
        }
        genkgoBalance("opening", record.get("getBalances"), statement.opening(), check);
        genkgoBalance("closing", record.get("getBalances"), statement.closing(), check);
        List<JsonNode> details = new ArrayList<>();
        entry.path("getTransactionDetails").forEach(d -> {
            if (d.isObject()) {
                details.add(d);
            }
        });
        long entryMinor = entry.get("getAmount").get("getAmount").asLong();
        long detailSum = details.stream().mapToLong(d -> d.path("getAmount").path("getAmount").asLong()).sum();
        boolean split = details.size() >= 2 && details.size() == entry.path("getTransactionDetails").size()
                && details.stream().allMatch(d -> d.path("getAmount").has("getAmount")
                && d.path("getAmount").path("getCurrency").path("getCode").asText()
                .equals(entry.get("getAmount").get("getCurrency").get("getCode").asText()))
                && detailSum == entryMinor;
        check.equal("genkgo.transactions", split ? details.size() : 1, statement.transactions().size());
        if (statement.transactions().isEmpty()) {
            return;
        }
        ParsedTransaction first = statement.transactions().get(0);
        long firstMinor = split ? details.get(0).get("getAmount").get("getAmount").asLong() : entryMinor;
        check.equal("genkgo.amount", firstMinor, first.amount().minorUnits());
        check.equal("genkgo.currency", entry.get("getAmount").get("getCurrency").get("getCode").asText(),
                first.amount().currency().getCurrencyCode());
        Optional<LocalDate> booking = genkgoDate(entry.get("getBookingDate"));
        Optional<LocalDate> value = genkgoDate(entry.get("getValueDate"));
        booking.or(() -> value).ifPresent(date -> check.equal("genkgo.bookingDate", date, first.bookingDate()));
        value.ifPresent(v -> check.equal("genkgo.valueDate", v, valueDate(first)));
        String status = entry.path("getStatus").asText("BOOK");
        check.equal("genkgo.pending", !status.equals("BOOK") && !status.equals("null"), first.pending());
        JsonNode reference = entry.get("getAccountServicerReference");
        if (reference != null && !reference.isNull() && !split) {
            check.equal("genkgo.reference", Optional.of(reference.asText()), first.externalId());
        }
    }

    /** The statement of a genkgo record: the one with the record's opening balance, else the first. */
    private static ParsedStatement genkgoStatement(JsonNode record, List<ParsedStatement> statements) {
        for (JsonNode balance : record.path("getBalances")) {
            if (balance.path("getType").asText().equals("opening")) {
                long opening = balance.get("getAmount").get("getAmount").asLong();
                return statements.stream().filter(s -> s.opening().map(b -> b.amount().minorUnits() == opening)
                        .orElse(false)).findFirst().orElse(statements.get(0));
            }
        }
        return statements.get(0);
    }

    private static void genkgoBalance(String type, JsonNode balances, Optional<StatedBalance> actual,
                                      FileCheck check) {
        for (JsonNode balance : balances == null ? List.<JsonNode>of() : balances) {
            if (balance.path("getType").asText().equals(type)) {
                check.equal("genkgo." + type, Optional.of(balance.get("getAmount").get("getAmount").asLong()),
                        actual.map(b -> b.amount().minorUnits()));
                check.equal("genkgo." + type + ".date", genkgoDate(balance.get("getDate")),
                        actual.map(StatedBalance::date));
                return;
            }
        }
    }

    private static Optional<LocalDate> genkgoDate(JsonNode date) {
        if (date == null || date.isNull() || !date.has("0")) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(date.get("0").asText().substring(0, 10)));
    }

    /** OCA's golden data: (currency, account, [statements with their lines]); Odoo drops empty statements. */
    private static void oca(JsonNode golden, Outcome outcome, FileCheck check) {
        if (outcome.rejection != null) {
            check.check("oca.parsed", false, "rejected: " + outcome.rejection.getMessage());
            return;
        }
        List<ParsedStatement> statements = outcome.file.statements().stream()
                .filter(s -> !s.transactions().isEmpty()).toList();
        JsonNode expected = golden.get(2);
        check.equal("oca.statements with transactions", expected.size(), statements.size());
        if (!golden.get(0).isNull() && !statements.isEmpty()) {
            check.equal("oca.currency", Optional.of(golden.get(0).asText()),
                    statements.get(0).currency().map(c -> c.getCurrencyCode()));
            check.equal("oca.account", Optional.of(golden.get(1).asText()), statements.get(0).account().identifier());
        }
        for (int i = 0; i < Math.min(expected.size(), statements.size()); i++) {
            JsonNode statement = expected.get(i);
            ParsedStatement actual = statements.get(i);
            check.amount("oca[" + i + "].balance_start", statement.get("balance_start").asText(),
                    actual.opening().map(b -> b.amount().toDecimal()).orElse(BigDecimal.ZERO));
            check.amount("oca[" + i + "].balance_end_real", statement.get("balance_end_real").asText(),
                    actual.closing().map(b -> b.amount().toDecimal()).orElse(BigDecimal.ZERO));
            JsonNode lines = statement.get("transactions");
            check.equal("oca[" + i + "].transactions", lines.size(), actual.transactions().size());
            for (int j = 0; j < Math.min(lines.size(), actual.transactions().size()); j++) {
                JsonNode line = lines.get(j);
                ParsedTransaction transaction = actual.transactions().get(j);
                String fact = "oca[" + i + "][" + j + "]";
                check.amount(fact + ".amount", line.get("amount").asText(), transaction.amount().toDecimal());
                check.equal(fact + ".date", LocalDate.parse(line.get("date").asText()), transaction.bookingDate());
                check.equal(fact + ".partner_name", Optional.of(line.get("partner_name").asText()),
                        transaction.counterparty());
            }
        }
    }

    private static LocalDate valueDate(ParsedTransaction transaction) {
        return transaction.valueDate().orElse(transaction.bookingDate());
    }

    private static List<ParsedTransaction> transactions(ParsedFile file) {
        return file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
    }

    private record Outcome(StatementParser parser, ParsedFile file, StatementParseException rejection,
                           Throwable unexpected) {

        String describe() {
            if (rejection != null) {
                return "rejected: " + rejection.getMessage();
            }
            return parser.format() + ": " + file.statements().size() + " statements, " + file.transactionCount()
                    + " transactions, " + file.quarantined().size() + " quarantined, " + file.warnings().size()
                    + " warnings";
        }
    }
}
