package org.myknees.adapter.bankformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.myknees.application.importing.StatementParsers;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.money.Money;

/**
 * Sample exports written from the published layouts of banks in Europe, North America and Oceania and from
 * the quirks of OFX, QIF, MT940/MT942, camt.052/053/054 and aggregator JSON producers (one file per layout
 * under {@code samples/<format>}, a few rows each, with the bank's header, delimiter, quoting, charset, dates
 * and amounts). Each is auto-detected with no profile and no column mapping, as an unseen file would be, must
 * be read by the parser of its folder's format, and every row is checked against the {@code .expected} file
 * beside it:
 * <pre>
 * # comment
 * format: camt.054             the exact format detected (by default the folder's family: csv, ofx, qif,
 *                              mt940, or any camt.05x for the folder camt; required for aggregator json)
 * statements: 2                how many statements (accounts, currencies) the file gives
 * account-currency: GBP        the account's currency, given as the import's default (files that state none)
 * quarantined: 7 date          a row that must be quarantined: its line and field
 * summary-lines: 1             balance, total or note lines that must be skipped with a warning
 * warning: dateFormat          a warning must contain this text
 * error: amount=               the file must be refused with a message containing this text
 * error-line: 1                ... and naming this line (0: the whole file, which detection may refuse
 *                              before any parser reads it: a PDF, a workbook, an empty file)
 * 2024-03-12 | -12.50 | GBP | TESCO STORES [| pending]
 * </pre>
 * The descriptor column is a text the row's descriptor must contain.
 */
class BankExportSamplesTest {

    private static final String FOLDER = "samples";
    private static final List<String> FORMATS = List.of("csv", "ofx", "qif", "mt940", "camt", "json");

    private final StatementParsers parsers = new StatementParsers(
            ServiceLoader.load(StatementParser.class).stream().map(ServiceLoader.Provider::get).toList());

    static Stream<String> samples() throws IOException, URISyntaxException {
        List<String> samples = new ArrayList<>();
        for (String format : FORMATS) {
            Path folder = Path.of(BankExportSamplesTest.class.getResource(FOLDER + "/" + format).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> format + "/" + p.getFileName()).filter(n -> !n.endsWith(".expected")).sorted()
                        .forEach(samples::add);
            }
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRowOfTheBankExportIsReadWithoutMapping(String sample) throws Exception {
        String format = sample.substring(0, sample.indexOf('/'));
        String fileName = sample.substring(sample.indexOf('/') + 1);
        byte[] content = resource(sample);
        Expected expected = Expected.read(new String(resource(expectedName(sample)), StandardCharsets.UTF_8));

        if (!expected.errors.isEmpty() && expected.errorLine == 0 && !isRecognised(content, fileName)) {
            assertThatThrownBy(() -> parsers.detect(content, fileName)).isInstanceOfSatisfying(
                    StatementParseException.class, e -> assertThat(e.getMessage()).startsWith(fileName)
                            .contains(expected.errors));
            return;
        }
        StatementParser parser = parsers.detect(content, fileName);
        ParseContext context = ParseContext.of(fileName);
        if (expected.accountCurrency.isPresent()) {
            context = context.withDefaultCurrency(expected.accountCurrency.get());
        }
        if (expected.format.isPresent()) {
            assertThat(parser.format().code()).as("format detected for %s", sample).isEqualTo(expected.format.get());
        } else if (format.equals("camt")) {
            assertThat(parser.format().code()).as("format detected for %s", sample).startsWith("camt.05");
        } else {
            assertThat(parser.format().family()).as("format detected for %s", sample).isEqualTo(format);
        }
        if (!expected.errors.isEmpty()) {
            ParseContext refused = context;
            assertThatThrownBy(() -> parser.parse(content, refused)).isInstanceOfSatisfying(
                    StatementParseException.class, e -> {
                        assertThat(e.getMessage()).startsWith(fileName).contains(expected.errors);
                        assertThat(e.line()).isEqualTo(expected.errorLine);
                    });
            return;
        }
        ParsedFile file = parser.parse(content, context);

        if (expected.statements > 0) {
            assertThat(file.statements()).as("statements of %s", fileName).hasSize(expected.statements);
        }
        List<ParsedTransaction> rows = file.statements().stream().flatMap(s -> s.transactions().stream())
                .sorted(Comparator.comparingInt(ParsedTransaction::line)).toList();
        assertThat(file.quarantined()).as("quarantined rows of %s: %s", fileName, file.quarantined())
                .extracting(q -> q.line() + " " + q.field()).containsExactlyElementsOf(expected.quarantined);
        assertThat(rows).as("rows of %s (warnings %s)", fileName, file.warnings()).hasSize(expected.rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ParsedTransaction row = rows.get(i);
            ExpectedRow want = expected.rows.get(i);
            String where = fileName + " line " + row.line();
            assertThat(row.bookingDate()).as("date, %s", where).isEqualTo(want.date);
            assertThat(row.amount()).as("amount, %s", where).isEqualTo(want.amount);
            assertThat(row.rawDescriptor()).as("descriptor, %s", where).contains(want.descriptor);
            assertThat(row.pending()).as("pending, %s", where).isEqualTo(want.pending);
        }
        if (expected.summaryLines > 0) {
            assertThat(file.warnings()).as("warnings of %s", fileName)
                    .anyMatch(w -> w.contains(expected.summaryLines + " balance, total or note line"));
        }
        for (String text : expected.warnings) {
            assertThat(file.warnings()).as("warnings of %s", fileName).anyMatch(w -> w.contains(text));
        }
    }

    /** Whether some parser claims the file; a file none claims (not a statement at all) is refused by detection. */
    private boolean isRecognised(byte[] content, String fileName) {
        try {
            parsers.detect(content, fileName);
            return true;
        } catch (StatementParseException e) {
            return false;
        }
    }

    static Stream<String> utf8CsvSamples() throws IOException, URISyntaxException {
        return samples().filter(s -> s.startsWith("csv/")).filter(s -> isStrictUtf8(resource(s)));
    }

    /**
     * The same export saved another way (Excel's "Unicode text" UTF-16 with BOM, a UTF-8 BOM, other line
     * endings, blank lines at the end) gives the same rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("utf8CsvSamples")
    void theSameExportSavedWithAnotherEncodingOrLineEndingGivesTheSameRows(String sample) {
        String fileName = sample.substring(sample.indexOf('/') + 1);
        Expected expected = Expected.read(new String(resource(expectedName(sample)), StandardCharsets.UTF_8));
        String text = new String(resource(sample), StandardCharsets.UTF_8).replace("\uFEFF", "");
        ParseContext context = expected.accountCurrency.map(c -> ParseContext.of(fileName).withDefaultCurrency(c))
                .orElse(ParseContext.of(fileName));
        Optional<List<ParsedTransaction>> original = rowsOrRefusal(text.getBytes(StandardCharsets.UTF_8), context);

        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        String lf = text.replace("\r\n", "\n") + "\n\n";
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, crlf.getBytes(StandardCharsets.UTF_16LE));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, lf.getBytes(StandardCharsets.UTF_8));

        for (byte[] variant : List.of(utf16, bom)) {
            assertThat(rowsOrRefusal(variant, context)).as("%s saved another way", sample).isEqualTo(original);
        }
    }

    /** The rows (line, date, amount, descriptor), or empty when the file is refused. */
    private Optional<List<ParsedTransaction>> rowsOrRefusal(byte[] content, ParseContext context) {
        try {
            ParsedFile file = parsers.detect(content, context.fileName()).parse(content, context);
            return Optional.of(file.statements().stream().flatMap(s -> s.transactions().stream())
                    .sorted(Comparator.comparingInt(ParsedTransaction::line)).toList());
        } catch (StatementParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private static String expectedName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.')) + ".expected";
    }

    private static byte[] resource(String name) {
        try (var in = BankExportSamplesTest.class.getResourceAsStream(FOLDER + "/" + name)) {
            assertThat(in).as("test resource %s/%s", FOLDER, name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ExpectedRow(LocalDate date, Money amount, String descriptor, boolean pending) {
    }

    private record Expected(Optional<String> format, Optional<Currency> accountCurrency, int statements,
                            List<String> quarantined, int summaryLines, List<String> warnings, List<String> errors,
                            int errorLine, List<ExpectedRow> rows) {

        static Expected read(String text) {
            Optional<Currency> accountCurrency = Optional.empty();
            Optional<String> format = Optional.empty();
            List<String> quarantined = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            int errorLine = 0;
            List<ExpectedRow> rows = new ArrayList<>();
            int summaryLines = 0;
            int statements = 0;
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("format:")) {
                    format = Optional.of(value(l));
                } else if (l.startsWith("account-currency:")) {
                    accountCurrency = Optional.of(Currency.getInstance(value(l)));
                } else if (l.startsWith("quarantined:")) {
                    quarantined.add(value(l));
                } else if (l.startsWith("statements:")) {
                    statements = Integer.parseInt(value(l));
                } else if (l.startsWith("summary-lines:")) {
                    summaryLines = Integer.parseInt(value(l));
                } else if (l.startsWith("warning:")) {
                    warnings.add(value(l));
                } else if (l.startsWith("error:")) {
                    errors.add(value(l));
                } else if (l.startsWith("error-line:")) {
                    errorLine = Integer.parseInt(value(l));
                } else {
                    String[] parts = l.split("\\s*\\|\\s*", -1);
                    rows.add(new ExpectedRow(LocalDate.parse(parts[0]), Money.parse(parts[1], parts[2]), parts[3],
                            parts.length > 4 && parts[4].equals("pending")));
                }
            }
            return new Expected(format, accountCurrency, statements, quarantined, summaryLines, warnings, errors,
                    errorLine, rows);
        }

        private static String value(String line) {
            return line.substring(line.indexOf(':') + 1).strip();
        }
    }
}
