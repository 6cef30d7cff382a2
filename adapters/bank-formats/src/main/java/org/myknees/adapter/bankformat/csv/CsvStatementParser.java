package org.myknees.adapter.bankformat.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.myknees.adapter.bankformat.DateConventions;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.InvalidAmountException;
import org.myknees.domain.money.Money;

/**
 * Reads bank CSV exports of any layout: detects the charset, delimiter, header row, column roles, date order
 * and decimal mark, or takes them from a built-in {@link CsvProfile} or the user's options (see the package
 * documentation for the keys). Text files of {@code Key: value} blocks, one per transaction, are read as the
 * table they describe. Every data row becomes a transaction or a quarantined row naming its line,
 * field and reason. The file gives one statement per currency; an account column names each row's account. A large
 * file is tokenized and its rows read on every available processor, with the same result as on one.
 */
public final class CsvStatementParser implements StatementParser {

    private static final Currency FALLBACK_CURRENCY = Currency.getInstance("USD");
    private static final int RECOGNIZE_BYTES = 8192;
    private static final Set<String> PENDING_WORDS = Set.of("pending", "pendiente", "en attente", "ausstehend",
            "vorgemerkt", "processing", "in process", "en cours", "non contabilizzato", "in behandeling", "en proceso",
            // the flag of a status column named Pending (Plaid's)
            "true");
    /**
     * Statuses of a row that moved no money: a card payment reverted, declined or failed (Revolut's states), a
     * payment voided or rejected, a card hold that expired, and the declined of German, Dutch, Spanish and Italian apps.
     */
    private static final Set<String> VOID_WORDS = Set.of("reverted", "declined", "failed", "cancelled", "canceled",
            "void", "voided", "rejected", "expired", "abgelehnt", "geweigerd", "rechazada", "rechazado", "rifiutata",
            "rifiutato");
    /** Words that open a balance or total line of a statement, which is no transaction. */
    private static final Pattern SUMMARY_WORDS = Pattern.compile(
            "\\b(balance|total|totals|kontostand|saldo|summe|solde|gesamt|anfangssaldo|endsaldo)\\b");
    /** A cell that labels a balance line rather than describing a movement. */
    private static final Pattern BALANCE_LABEL = Pattern.compile(
            "([a-z]*saldo|kontostand|solde|opening balance|closing balance|beginning balance|ending balance|total"
                    + "|turnover|kaive|apyvarta|likutis|sakuma atlikums|beigu atlikums|apgrozijums)( .*)?");
    /**
     * A balance label that may stand in a row's own text column (Swedbank's {@code Algsaldo}, {@code Käive} and
     * {@code lõppsaldo} lines in {@code Selgitus}), followed by at most two words; {@code total} is left out, as it
     * also names a merchant.
     */
    private static final Pattern BALANCE_TEXT = Pattern.compile(
            "([a-z]*saldo|opening balance|closing balance|beginning balance|ending balance|turnover|kaive|apyvarta"
                    + "|likutis|sakuma atlikums|beigu atlikums|apgrozijums)( [a-z0-9]+){0,2}");
    /** The words a {@link #BALANCE_TEXT} label not ending its first word in {@code saldo} starts with, as written. */
    private static final List<String> BALANCE_TEXT_STARTS = List.of("opening", "closing", "beginning", "ending",
            "turnover", "käive", "kaive", "apyvarta", "likutis", "sākuma", "beigu", "apgrozījums");
    private static final int CAPTION_CELLS = 3;
    private static final int CAPTION_LENGTH = 60;
    /** Words of a caption line naming the account whose rows follow. */
    private static final Set<String> ACCOUNT_WORDS = Set.of("account", "konto", "kontonummer", "compte", "cuenta",
            "rekening", "rekeningnummer", "conto", "iban", "rachunek", "tili", "tilinumero");
    /** How a row's date problem ends when the cell is a day and month without year. */
    private static final String NO_YEAR = " has a day and a month but no year";
    private static final String UNIX_TIME = " is a Unix time stamp, whose calendar day depends on a time zone";
    /** Text of at least this many characters (4 MiB as ASCII) is tokenized and its rows read on several threads. */
    private static final int SPLIT_FROM = 4 << 20;

    private final int threads;
    private final int splitFrom;

    /** A parser that reads a large file on every available processor. */
    public CsvStatementParser() {
        this(Runtime.getRuntime().availableProcessors(), SPLIT_FROM);
    }

    /** A parser that reads text of {@code splitFrom} characters or more on {@code threads} threads. */
    CsvStatementParser(int threads, int splitFrom) {
        this.threads = threads;
        this.splitFrom = splitFrom;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.CSV;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        if (head == null || head.length == 0) {
            return 0;
        }
        byte[] sniffed = Arrays.copyOf(head, Math.min(head.length, RECOGNIZE_BYTES));
        String text = repaired(TextDecoder.decode(sniffed, Optional.empty()).text());
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.isEmpty() || "{[<".indexOf(start.charAt(0)) >= 0 || start.startsWith("OFXHEADER")
                || start.startsWith("!") || start.startsWith(":20:") || text.indexOf('\0') >= 0) {
            return 0;
        }
        List<CsvRecord> records = CsvTokenizer.head(text, Delimiters.detect(text), 20);
        int score = 0;
        int multiField = 0;
        for (CsvRecord record : records) {
            if (record.size() < 2) {
                continue;
            }
            multiField++;
            List<String> cells = LayoutFinder.normalized(record.fields());
            if (CsvProfiles.matchHeader(cells).isPresent()) {
                score = Math.max(score, 90);
            } else if (cells.stream().anyMatch(c -> HeaderVocabulary.rank(ColumnRole.DATE, c).isPresent())
                    && cells.stream().anyMatch(c -> HeaderVocabulary.rank(ColumnRole.AMOUNT, c).isPresent()
                    || HeaderVocabulary.rank(ColumnRole.DEBIT, c).isPresent())) {
                score = Math.max(score, 70);
            }
        }
        if (multiField >= 2) {
            score = Math.max(score, 30);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (score > 0 && (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")
                || name.endsWith(".tab"))) {
            score += 10;
        }
        return Math.min(score, 100);
    }

    /**
     * The text without what tools leave on a saved export: NUL characters after the last line, among the line
     * breaks there (a download written into a preallocated file that was never trimmed), and CR CR LF line ends (a
     * CRLF text written again through a Windows text-mode stream), which would otherwise read as a binary file and
     * as a blank line after every row.
     */
    private static String repaired(String text) {
        int end = text.length();
        boolean nul = false;
        while (end > 0 && (text.charAt(end - 1) == '\0' || text.charAt(end - 1) == '\n'
                || text.charAt(end - 1) == '\r')) {
            nul |= text.charAt(--end) == '\0';
        }
        String trimmed = nul ? text.substring(0, end) : text;
        return trimmed.indexOf("\r\r\n") >= 0 ? trimmed.replace("\r\r\n", "\r\n") : trimmed;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) throws StatementParseException {
        String fileName = context.fileName();
        if (content.length == 0) {
            throw new StatementParseException(fileName, 0, "the file is empty");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(content, context.charset());
        String text = repaired(decoded.text());
        if (text.indexOf('\0') >= 0) {
            throw new StatementParseException(fileName, 0, "the file is not text (it holds NUL characters)");
        }
        CsvOptions options = CsvOptions.from(context.options(), fileName);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (!options.unknownKeys().isEmpty()) {
            warnings.add("Ignored options that CSV does not know: " + String.join(", ", options.unknownKeys()));
        }
        char delimiter = options.delimiter().orElseGet(() -> Delimiters.detect(text));
        // The file-wide decisions (layout, decimal mark, date order) stay on one thread; the records and rows they
        // apply to are read in parts, which come back in file order.
        try (Cores cores = Cores.of(text.length() >= splitFrom ? threads : 1)) {
            return parse(text, delimiter, options, warnings, context, cores);
        }
    }

    private ParsedFile parse(String text, char delimiter, CsvOptions options, List<String> warnings,
                             ParseContext context, Cores cores) {
        String fileName = context.fileName();
        Optional<List<CsvRecord>> blocks = options.delimiter().isPresent() ? Optional.empty()
                : KeyValueBlocks.records(text);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record : blocks.orElseGet(() -> CsvTokenizer.tokenize(text, delimiter, cores))) {
            if (record.line() > options.skip()) {
                records.add(record);
            }
        }
        if (records.stream().allMatch(CsvRecord::isBlank)) {
            throw new StatementParseException(fileName, 0, "the file holds no rows");
        }
        CsvLayout layout = LayoutFinder.find(records, options, fileName);
        reportPreamble(records, layout, warnings);
        warnings.addAll(layout.notes());
        List<CsvRecord> rows = records.subList(layout.headerIndex() + 1, records.size());
        if (!layout.header().isEmpty() && rows.stream().allMatch(CsvRecord::isBlank)) {
            int headerLine = records.get(layout.headerIndex()).line();
            throw new StatementParseException(fileName, headerLine, "the file holds a header (line " + headerLine
                    + ") and no rows under it, so there is nothing to import");
        }
        char decimal = options.decimal().orElseGet(
                () -> AmountText.decimalMark(cells(rows, layout, ColumnRole.AMOUNT, ColumnRole.DEBIT,
                        ColumnRole.CREDIT, ColumnRole.BALANCE), delimiter == ';' ? ',' : '.'));
        boolean dayFirstHint = decimal == ',' || context.defaultCurrency().or(layout::headerCurrency)
                .map(DateConventions::writesDayFirst).orElse(false);
        DateText dates;
        DateText otherDates;
        if (layout.dateFormat().isPresent()) {
            dates = pattern(layout.dateFormat().get(), fileName);
            otherDates = dates;
        } else {
            ColumnRole[] others = {ColumnRole.TRANSACTION_DATE, ColumnRole.VALUE_DATE};
            try {
                dates = DateText.decide(cells(rows, layout, ColumnRole.DATE, ColumnRole.TRANSACTION_DATE,
                        ColumnRole.VALUE_DATE), dayFirstHint);
                otherDates = dates;
            } catch (DateText.MixedOrders bothOrders) {
                // each column may keep to one order of its own: booking dates day-first, value dates month-first
                dates = decideOrRefuse(rows, layout, dayFirstHint, fileName, ColumnRole.DATE);
                otherDates = decideOrRefuse(rows, layout, dayFirstHint, fileName, others);
                warnings.add("The booking dates (column " + columnName(layout, ColumnRole.DATE) + ") are read as "
                        + dates.describe() + " and the other dates (column " + Stream.of(others).filter(layout::has)
                        .map(r -> columnName(layout, r)).findFirst().orElse("") + ") as " + otherDates.describe()
                        + ": each column keeps to its own order, which the other's dates contradict");
            }
        }
        if (dates.serial()) {
            warnings.add("The dates are spreadsheet serial day numbers (a date column saved as a number); they were "
                    + "read as days counted from 1899-12-30, as Excel, LibreOffice and Google Sheets count them");
        }
        if (dates.decidedByDefault()) {
            warnings.add("Dates such as " + firstAmbiguous(rows, layout) + " can be read either way and no date or "
                    + "order in the file decides; they were read as " + dates.describe()
                    + " (set the option dateFormat, such as dateFormat=dd/MM/yyyy, if that is wrong)");
        }
        Optional<String> preambleAccount = Optional.empty();
        for (int i = 0; i < layout.headerIndex() && preambleAccount.isEmpty(); i++) {
            preambleAccount = caption(records.get(i));
        }
        // whether a fee left the account beside its amount is decided once, over the whole file, before it is cut
        boolean feeSeparate = FeeReading.applies(layout) && options.fees()
                .orElseGet(() -> FeeReading.decide(rows, layout, decimal, warnings)) == FeeReading.SEPARATE;
        return new RowReader(fileName, layout, dates, otherDates, decimal, feeSeparate, context.defaultCurrency(),
                warnings).read(rows, cores, preambleAccount);
    }

    private static String columnName(CsvLayout layout, ColumnRole role) {
        int column = layout.column(role);
        return layout.header().isEmpty() ? String.valueOf(column + 1) : "'" + layout.header().get(column).strip() + "'";
    }

    private static DateText pattern(String dateFormat, String fileName) {
        try {
            return DateText.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw CsvOptions.invalid(fileName, "dateFormat", "'" + dateFormat + "' is not a date pattern: "
                    + e.getMessage());
        }
    }

    /** The order of the dates in the roles' columns, or a refusal naming the two cells that contradict each other. */
    private static DateText decideOrRefuse(List<CsvRecord> rows, CsvLayout layout, boolean dayFirstHint,
                                           String fileName, ColumnRole... roles) {
        try {
            return DateText.decide(cells(rows, layout, roles), dayFirstHint);
        } catch (DateText.MixedOrders e) {
            String dayFirst = whereIs(rows, layout, roles, e.dayFirst);
            String monthFirst = whereIs(rows, layout, roles, e.monthFirst);
            int line = Math.max(lineOf(rows, layout, roles, e.dayFirst), lineOf(rows, layout, roles, e.monthFirst));
            throw new StatementParseException(fileName, line, "the dates are written in both orders: '"
                    + e.dayFirst.strip() + "' (" + dayFirst + ") can only be day-first and '" + e.monthFirst.strip()
                    + "' (" + monthFirst + ") only month-first, so no single order reads every date and none is "
                    + "guessed; name the order with the option dateFormat=<pattern> (such as dd/MM/yyyy or "
                    + "MM/dd/yyyy; on the command line a line dateFormat=dd/MM/yyyy in the file given to --mapping), "
                    + "and the rows it does not read are quarantined one by one");
        }
    }

    /** The line of the first row holding the cell in one of the roles' columns. */
    private static int lineOf(List<CsvRecord> rows, CsvLayout layout, ColumnRole[] roles, String cell) {
        for (CsvRecord row : rows) {
            for (ColumnRole role : roles) {
                for (int column : layout.columnsOf(role)) {
                    if (row.field(column).equals(cell)) {
                        return row.line();
                    }
                }
            }
        }
        return 0;
    }

    /** The line and column of the first row holding the cell in one of the roles' columns. */
    private static String whereIs(List<CsvRecord> rows, CsvLayout layout, ColumnRole[] roles, String cell) {
        for (CsvRecord row : rows) {
            for (ColumnRole role : roles) {
                for (int column : layout.columnsOf(role)) {
                    if (row.field(column).equals(cell)) {
                        return "line " + row.line() + ", column " + (layout.header().isEmpty() ? column + 1
                                : "'" + layout.header().get(column).strip() + "'");
                    }
                }
            }
        }
        return "line 0";
    }

    private static String firstAmbiguous(List<CsvRecord> rows, CsvLayout layout) {
        for (CsvRecord row : rows) {
            String cell = row.field(layout.column(ColumnRole.DATE)).strip();
            if (!cell.isEmpty() && Character.isDigit(cell.charAt(0)) && cell.length() <= 10) {
                String column = layout.header().isEmpty() ? "column " + (layout.column(ColumnRole.DATE) + 1)
                        : "column '" + layout.header().get(layout.column(ColumnRole.DATE)).strip() + "'";
                return cell + " (line " + row.line() + ", " + column + ")";
            }
        }
        return "these";
    }

    /**
     * The account a caption line names ({@code Account,Savings Account 87654321}, {@code Kontonummer: 0648489890}): the
     * cell with an account word and a number of four digits or more, or the number in the cell after that word. A
     * caption is short: a disclaimer that mentions an account and a telephone number is none.
     */
    private static Optional<String> caption(CsvRecord record) {
        List<String> cells = record.fields().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (cells.size() > CAPTION_CELLS || cells.stream().anyMatch(c -> c.length() > CAPTION_LENGTH)) {
            return Optional.empty();
        }
        for (int i = 0; i < cells.size(); i++) {
            boolean named = false;
            for (String word : HeaderVocabulary.normalize(cells.get(i)).split(" ")) {
                named |= ACCOUNT_WORDS.contains(word);
            }
            if (named) {
                String label = digits(cells.get(i)).length() >= 4 ? cells.get(i)
                        : i + 1 < cells.size() && digits(cells.get(i + 1)).length() >= 4 ? cells.get(i + 1) : null;
                return Optional.ofNullable(label);
            }
        }
        return Optional.empty();
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        text.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    /** Whether two captions name the same account: one's digits hold the other's (an IBAN and its account number). */
    private static boolean sameAccount(String one, String other) {
        String a = digits(one);
        String b = digits(other);
        return a.contains(b) || b.contains(a);
    }

    private static void reportPreamble(List<CsvRecord> records, CsvLayout layout, List<String> warnings) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < layout.headerIndex(); i++) {
            if (!records.get(i).isBlank()) {
                lines.add(records.get(i).line());
            }
        }
        if (!lines.isEmpty()) {
            warnings.add("Skipped " + lines.size() + " line(s) before the header, which hold no transactions (line"
                    + (lines.size() > 1 ? "s " + lines.get(0) + "–" + lines.get(lines.size() - 1) : " " + lines.get(0))
                    + ")");
        }
    }

    /**
     * The non-blank cells of the roles' columns, row by row in column order, cut from the text as they are iterated:
     * a large file's cells are read once to decide its conventions, never held all at once.
     */
    private static Collection<String> cells(List<CsvRecord> rows, CsvLayout layout, ColumnRole... roles) {
        List<Integer> columnList = new ArrayList<>();
        for (ColumnRole role : roles) {
            columnList.addAll(layout.columnsOf(role));
        }
        int[] columns = columnList.stream().mapToInt(Integer::intValue).toArray();
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    private int row = -1;
                    private int column = columns.length;
                    private String next = advance();

                    private String advance() {
                        while (columns.length > 0) {
                            if (column == columns.length) {
                                do {
                                    row++;
                                } while (row < rows.size() && rows.get(row).problem().isPresent());
                                if (row == rows.size()) {
                                    return null;
                                }
                                column = 0;
                            }
                            CsvRecord record = rows.get(row);
                            int index = columns[column++];
                            if (!record.isBlank(index)) {
                                return record.field(index);
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public String next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        String cell = next;
                        next = advance();
                        return cell;
                    }
                };
            }

            @Override
            public boolean isEmpty() {
                return !iterator().hasNext();
            }

            @Override
            public int size() {
                int size = 0;
                for (Iterator<String> it = iterator(); it.hasNext(); it.next()) {
                    size++;
                }
                return size;
            }
        };
    }

    /** Turns the data rows of one file into transactions, quarantined rows and statements. */
    private static final class RowReader {

        private static final int NORMALIZED_CELLS_MAX = 10_000;
        /** The roles whose cells a line continuing a description leaves blank. */
        private static final List<ColumnRole> NOT_TEXT = List.of(ColumnRole.TRANSACTION_DATE, ColumnRole.VALUE_DATE,
                ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT, ColumnRole.BALANCE, ColumnRole.FEE);
        private static final int SHARED_MAX_LENGTH = 12;
        private static final int SHARED_MAX_VALUES = 50_000;

        private final String fileName;
        private final CsvLayout layout;
        private final DateText dates;
        /** The order of the transaction and value dates: that of the booking dates unless they keep their own. */
        private final DateText otherDates;
        private final char decimal;
        /** Whether each row's fee left the account beside its amount, and is taken off it. */
        private final boolean feeSeparate;
        private final Optional<Currency> defaultCurrency;
        private final List<String> warnings;
        private final List<String> normalizedHeader;
        /** The description and payee columns, in column order: the descriptor is their text joined. */
        private final List<Integer> textColumns;
        /** The text and memo columns, where a row describes itself. */
        private final List<Integer> ownTextColumns;
        /** Per column, whether its header says it holds cents or pence rather than units ({@code amount_cents}). */
        private final boolean[] inCents;
        private final List<QuarantinedRow> quarantined = new ArrayList<>();
        private final Map<String, String> normalizedCells = new HashMap<>();
        private final Map<String, Optional<String>> accounts = new HashMap<>();
        private final Map<String, String> shared = new HashMap<>();
        private final Map<Currency, Rows> byCurrency = new LinkedHashMap<>();
        private final List<Integer> repeatedHeaders = new ArrayList<>();
        private final List<Integer> summaries = new ArrayList<>();
        private final List<Integer> voided = new ArrayList<>();
        private boolean usedFallbackCurrency;
        private int rowsWithText;
        /** Lines holding only the rest of the row above's description, joined to it. */
        private final List<Integer> continued = new ArrayList<>();
        /** Summary lines naming an account, by line: where a second account's rows may start. */
        private final Map<Integer, String> captions = new TreeMap<>();
        /**
         * Whether the last non-blank record read was a transaction (or text continuing one), and in which group it
         * lies: the last of that group's transactions.
         */
        private boolean afterRow;
        private Currency lastGroup;
        /** Whether this reader has read no non-blank record yet but text-only lines, kept in {@link #leading}. */
        private boolean atStart = true;
        /**
         * Text-only lines at the start of this reader's part, which continue the row the part before ended on, if it
         * ended on one: settled when the parts are put together, in file order.
         */
        private final List<CsvRecord> leading = new ArrayList<>();

        RowReader(String fileName, CsvLayout layout, DateText dates, DateText otherDates, char decimal,
                  boolean feeSeparate, Optional<Currency> defaultCurrency, List<String> warnings) {
            this.fileName = fileName;
            this.layout = layout;
            this.dates = dates;
            this.otherDates = otherDates;
            this.decimal = decimal;
            this.feeSeparate = feeSeparate;
            this.defaultCurrency = defaultCurrency;
            this.warnings = warnings;
            this.normalizedHeader = LayoutFinder.normalized(layout.header());
            List<Integer> text = new ArrayList<>(layout.columnsOf(ColumnRole.DESCRIPTION));
            if (layout.has(ColumnRole.PAYEE)) {
                text.add(layout.column(ColumnRole.PAYEE));
            }
            text.sort(Integer::compare);
            this.textColumns = List.copyOf(text);
            text.addAll(layout.columnsOf(ColumnRole.MEMO));
            this.ownTextColumns = List.copyOf(text);
            this.inCents = new boolean[layout.header().size()];
            for (int i = 0; i < inCents.length; i++) {
                inCents[i] = HeaderVocabulary.namesCents(layout.header().get(i));
            }
        }

        /**
         * Reads the rows, in one part per thread of {@code cores}, letting go of each record once read (a large file's
         * records outweigh its rows).
         */
        ParsedFile read(List<CsvRecord> rows, Cores cores, Optional<String> preambleAccount) {
            int lastRow = rows.size() - 1;
            while (lastRow >= 0 && rows.get(lastRow).isBlank()) {
                lastRow--;
            }
            // Whether the last row is a closing balance depends on the rows before it: it is read after them all.
            int beforeLast = Math.max(lastRow, 0);
            int last = lastRow;
            List<Callable<RowReader>> parts = new ArrayList<>();
            for (int k = 0; k < cores.count(); k++) {
                int from = (int) ((long) beforeLast * k / cores.count());
                int to = (int) ((long) beforeLast * (k + 1) / cores.count());
                DateText partDates = dates.forAnotherThread();
                DateText partOthers = otherDates == dates ? partDates : otherDates.forAnotherThread();
                RowReader part = k == 0 ? this : new RowReader(fileName, layout, partDates, partOthers, decimal,
                        feeSeparate, defaultCurrency, warnings);
                parts.add(() -> part.read(rows, from, to, last));
            }
            List<RowReader> read = cores.run(parts);
            summaries.addAll(0, leading.stream().map(CsvRecord::line).toList());
            leading.clear();
            atStart = false;
            for (RowReader part : read.subList(1, read.size())) {
                absorb(part);
            }
            if (lastRow >= 0) {
                read(rows, lastRow, lastRow + 1, lastRow);
            }
            return finish(preambleAccount);
        }

        /** Reads the rows from {@code from} to {@code to}, the file's last being {@code lastRow}, and gives itself. */
        private RowReader read(List<CsvRecord> rows, int from, int to, int lastRow) {
            for (int i = from; i < to; i++) {
                // Each part clears only its own slots of the list, so parts on other threads never touch the same one.
                CsvRecord record = rows.set(i, null);
                if (record.isBlank()) {
                    afterRow = false;
                    atStart = false;
                    continue;
                }
                if (record.problem().isEmpty() && continuesText(record)) {
                    if (afterRow) {
                        extendLast(record);
                        continue;
                    }
                    if (atStart) {
                        leading.add(record);
                        continue;
                    }
                }
                atStart = false;
                afterRow = false;
                if (repeatsHeader(record)) {
                    repeatedHeaders.add(record.line());
                    continue;
                }
                if (record.problem().isEmpty() && isSummary(record, i == lastRow)) {
                    summaries.add(record.line());
                    if (!layout.has(ColumnRole.ACCOUNT)) {
                        caption(record).ifPresent(c -> captions.put(record.line(), c));
                    }
                    continue;
                }
                if (record.problem().isEmpty() && layout.has(ColumnRole.STATUS) && isVoid(record)) {
                    voided.add(record.line());
                    continue;
                }
                if (record.problem().isPresent()) {
                    quarantined.add(new QuarantinedRow(record.line(), "row", record.problem().get(), record.text()));
                    continue;
                }
                try {
                    add(record);
                    afterRow = true;
                } catch (RowProblem problem) {
                    quarantined.add(new QuarantinedRow(record.line(), problem.field, problem.getMessage()
                            + widthNote(record), record.text()));
                }
            }
            return this;
        }

        /** Takes over what a reader of the rows after this one's found, as if this one had read them. */
        private void absorb(RowReader later) {
            for (CsvRecord record : later.leading) {
                if (afterRow) {
                    extendLast(record);
                } else {
                    summaries.add(record.line());
                }
            }
            if (!later.atStart) {
                afterRow = later.afterRow;
                lastGroup = later.lastGroup;
            }
            continued.addAll(later.continued);
            captions.putAll(later.captions);
            quarantined.addAll(later.quarantined);
            summaries.addAll(later.summaries);
            voided.addAll(later.voided);
            repeatedHeaders.addAll(later.repeatedHeaders);
            later.byCurrency.forEach((currency, rows) -> group(currency).addAll(rows));
            usedFallbackCurrency |= later.usedFallbackCurrency;
            rowsWithText += later.rowsWithText;
        }

        private ParsedFile finish(Optional<String> preambleAccount) {
            if (!continued.isEmpty()) {
                warnings.add("Joined " + continued.size() + " line(s) holding only text, without date or amount, to "
                        + "the description of the row above (line(s) " + continued + ")");
            }
            if (!summaries.isEmpty()) {
                warnings.add("Skipped " + summaries.size() + " balance, total or note line(s), which are no transactions "
                        + "(line(s) " + summaries + ")");
            }
            if (!voided.isEmpty()) {
                warnings.add("Skipped " + voided.size() + " row(s) whose status says no money moved (reverted, "
                        + "declined, failed, cancelled, voided, rejected or expired) at line(s) " + voided);
            }
            if (!repeatedHeaders.isEmpty()) {
                warnings.add("Skipped the header row repeated at line(s) " + repeatedHeaders);
            }
            if (usedFallbackCurrency) {
                warnings.add("The file states no currency and none was given for the account; amounts were read as "
                        + FALLBACK_CURRENCY.getCurrencyCode());
            }
            if (byCurrency.isEmpty()) {
                refuseTransactionsOverSeveralLines();
                refuseUnreadableDates();
            }
            NavigableMap<Integer, String> accounts = accountsByLine(preambleAccount);
            List<ParsedStatement> statements = new ArrayList<>();
            for (Map.Entry<Currency, Rows> group : byCurrency.entrySet()) {
                Rows rows = group.getValue();
                for (Rows account : accounts.isEmpty() ? List.of(rows) : byAccount(rows, accounts)) {
                    statements.add(statement(group.getKey(), account));
                }
            }
            if (statements.isEmpty()) {
                statements.add(new ParsedStatement(StatementAccount.unnamed(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of()));
            }
            return new ParsedFile(statements, List.of(), quarantined, warnings);
        }

        /**
         * Where each account's rows start, when two accounts' exports were pasted into one file: a caption line
         * part-way naming another account than the one before it (the preamble's, else none). Empty for a file of
         * one account, whose rows are left as they are.
         */
        private NavigableMap<Integer, String> accountsByLine(Optional<String> preambleAccount) {
            int firstRow = byCurrency.values().stream().mapToInt(r -> r.transactions.get(0).line()).min().orElse(0);
            NavigableMap<Integer, String> starts = new TreeMap<>();
            String current = preambleAccount.orElse(null);
            for (Map.Entry<Integer, String> caption : captions.entrySet()) {
                if (caption.getKey() > firstRow && (current == null || !sameAccount(current, caption.getValue()))) {
                    starts.put(caption.getKey(), caption.getValue());
                    current = caption.getValue();
                }
            }
            if (!starts.isEmpty()) {
                preambleAccount.ifPresent(a -> starts.put(0, a));
                warnings.add("The file holds the rows of " + (starts.size() + (starts.containsKey(0) ? 0 : 1))
                        + " accounts one after the other; the rows after the caption at line(s) "
                        + starts.keySet().stream().filter(l -> l > 0).toList() + " were given to the account it names");
            }
            return starts;
        }

        /** The rows split by the account whose caption comes last before each, each row naming its account. */
        private List<Rows> byAccount(Rows rows, NavigableMap<Integer, String> accounts) {
            Map<String, Rows> split = new LinkedHashMap<>();
            for (int i = 0; i < rows.transactions.size(); i++) {
                ParsedTransaction t = rows.transactions.get(i);
                Map.Entry<Integer, String> caption = accounts.floorEntry(t.line());
                String key = caption == null ? "" : caption.getValue();
                ParsedTransaction named = caption == null ? t : new ParsedTransaction(t.line(), t.bookingDate(),
                        t.valueDate(), t.amount(), t.rawDescriptor(), t.counterparty(), t.remittance(), t.externalId(),
                        t.pending(), account(caption.getValue()));
                split.computeIfAbsent(key, k -> new Rows(rows.balances != null))
                        .add(named, rows.balances == null ? Optional.empty() : rows.balances.get(i), rows.stated);
            }
            return List.copyOf(split.values());
        }

        /**
         * Refuses a file whose dated lines hold no amount while its amounts sit on undated lines: each transaction
         * is written over several lines (GnuCash's full export: a transaction line, then one line per split), and
         * pairing them up would mean guessing which split is the account's own.
         */
        private void refuseTransactionsOverSeveralLines() {
            Optional<QuarantinedRow> datedWithoutAmount = quarantined.stream()
                    .filter(q -> q.field().equals("amount") && q.reason().startsWith("the amount is empty"))
                    .findFirst();
            Optional<QuarantinedRow> amountWithoutDate = quarantined.stream()
                    .filter(q -> q.field().equals("date") && q.reason().startsWith("the date is empty")).findFirst();
            if (datedWithoutAmount.isPresent() && amountWithoutDate.isPresent()) {
                int line = datedWithoutAmount.get().line();
                throw new StatementParseException(fileName, line, "no line holds both a date and an amount: dated "
                        + "lines such as line " + line + " have no amount and amounts sit on undated lines such as "
                        + "line " + amountWithoutDate.get().line() + ", so each transaction is written over several "
                        + "lines (a transaction and its splits, as in GnuCash's full export); export one line per "
                        + "transaction (GnuCash: Simple Layout) and import that");
            }
        }

        /**
         * Refuses a file none of whose rows could be read because every date lacks its year ({@code 04 Mar}, copied
         * from a printed card statement): the year of each row is not in the file's rows, and a statement period
         * across New Year would make any one year wrong for some of them. The same for a file of Unix time stamps.
         */
        private void refuseUnreadableDates() {
            if (quarantined.isEmpty()) {
                return;
            }
            QuarantinedRow first = quarantined.get(0);
            if (quarantined.stream().allMatch(q -> q.reason().endsWith(NO_YEAR))) {
                throw new StatementParseException(fileName, first.line(), "the dates have no year ("
                        + first.reason().substring(0, first.reason().length() - NO_YEAR.length()).strip() + " at line "
                        + first.line() + "), so the year each row belongs to is unknown; export the statement with "
                        + "full dates");
            }
            // Likewise for time stamps: the day 23:30 UTC falls on depends on the holder's time zone, not in the file.
            if (quarantined.stream().allMatch(q -> q.reason().endsWith(UNIX_TIME))) {
                throw new StatementParseException(fileName, first.line(), "the dates are Unix time stamps ("
                        + first.reason().substring(0, first.reason().length() - UNIX_TIME.length()).strip()
                        + " at line " + first.line() + "), whose calendar day depends on a time zone the file does not "
                        + "state; export the statement with calendar dates");
            }
        }

        /** Compared cell by cell, so that a data row costs one normalized cell, not all of them. */
        private boolean repeatsHeader(CsvRecord record) {
            if (normalizedHeader.isEmpty() || record.size() != normalizedHeader.size()) {
                return false;
            }
            for (int i = 0; i < record.size(); i++) {
                if (!normalizedCell(record.field(i)).equals(normalizedHeader.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** A row's first cell is mostly a date that many rows share: each distinct one is normalized once. */
        private String normalizedCell(String cell) {
            String normalized = normalizedCells.get(cell);
            if (normalized == null) {
                if (normalizedCells.size() >= NORMALIZED_CELLS_MAX) {
                    normalizedCells.clear();
                }
                normalized = HeaderVocabulary.normalize(cell);
                normalizedCells.put(cell, normalized);
            }
            return normalized;
        }

        /**
         * A statement's balance, total or note line: no amount and either no date, a balance text ("Beginning
         * balance as of …") or a single cell of text (a disclaimer); or a balance word where the date should
         * be ("Kontostand", "Total").
         */
        private boolean isSummary(CsvRecord record, boolean lastRow) {
            String date = cell(record, ColumnRole.DATE);
            boolean dated = !date.isEmpty() && dates.read(date).isPresent();
            boolean noAmount = cell(record, ColumnRole.AMOUNT).isEmpty() && cell(record, ColumnRole.DEBIT).isEmpty()
                    && cell(record, ColumnRole.CREDIT).isEmpty();
            if (!noAmount && dated) {
                return isDatedBalance(record, lastRow);
            }
            // a currency code says nothing of what the line is (UBS's "Total;...;CHF;64.48;1054.00")
            long filled = filled(record) - (cell(record, ColumnRole.CURRENCY).isEmpty() ? 0 : 1);
            if (date.isEmpty() && filled <= 3 && (holdsBalanceLabel(record) || holdsSummaryWord(record))) {
                return true;
            }
            if (date.isEmpty() && filled == 1 && isNote(record)) {
                return true;
            }
            // a label and its value is a note too (an export's "Exported on;20.03.2024 10:12" after the rows)
            if (noAmount && (date.isEmpty() || (!dated && (filled == 1 || filled == 2 && isNote(record)))
                    || SUMMARY_WORDS.matcher(HeaderVocabulary.normalize(record.text())).find())) {
                return true;
            }
            return !dated && !date.isEmpty() && SUMMARY_WORDS.matcher(HeaderVocabulary.normalize(date)).find();
        }

        /**
         * A dated balance line with an amount: no text of its own but a balance label in some cell (the
         * Volksbank's {@code Anfangssaldo} and {@code Endsaldo} rows), or, as the file's last row, no text at
         * all where every row before has some (LCL's closing balance).
         */
        private boolean isDatedBalance(CsvRecord record, boolean lastRow) {
            boolean text = false;
            for (int column : ownTextColumns) {
                String cell = record.field(column);
                if (cell.isBlank()) {
                    continue;
                }
                // nearly every row has text: the short word scan spares them the normalizing and the pattern
                if (!mayLabelBalance(cell) || !BALANCE_TEXT.matcher(HeaderVocabulary.normalize(cell)).matches()) {
                    return false;
                }
                text = true;
            }
            if (text) {
                return true;
            }
            if (holdsBalanceLabel(record)) {
                return true;
            }
            long numbers = 1 + Stream.of(ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT, ColumnRole.BALANCE)
                    .filter(r -> !cell(record, r).isEmpty()).count();
            return lastRow && rowsWithText > 0 && filled(record) <= numbers;
        }

        /**
         * A first cell of words and no number, wherever it sits (Robinhood's disclaimer fills the last column,
         * under the amounts).
         */
        private static boolean isNote(CsvRecord record) {
            String text = record.fields().stream().filter(f -> !f.isBlank()).findFirst().orElse("");
            return text.chars().noneMatch(Character::isDigit) && text.chars().filter(Character::isLetter).count() > 3;
        }

        private static boolean holdsBalanceLabel(CsvRecord record) {
            return record.fields().stream()
                    .anyMatch(f -> BALANCE_LABEL.matcher(HeaderVocabulary.normalize(f)).matches());
        }

        /**
         * Whether a cell opens as a {@link #BALANCE_TEXT} label does (its first word ends in {@code saldo}, or it
         * starts with one of the other words), checked in place so that the rows that describe themselves cost no
         * copy.
         */
        private static boolean mayLabelBalance(String cell) {
            int from = 0;
            while (from < cell.length() && Character.isWhitespace(cell.charAt(from))) {
                from++;
            }
            int wordEnd = from;
            while (wordEnd < cell.length() && cell.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            if (wordEnd - from >= 5 && cell.regionMatches(true, wordEnd - 5, "saldo", 0, 5)) {
                return true;
            }
            for (String word : BALANCE_TEXT_STARTS) {
                if (cell.regionMatches(true, from, word, 0, word.length())) {
                    return true;
                }
            }
            return false;
        }

        /** A cell naming a total or balance among other words ({@code Net Total:}, {@code Total Outflows:}). */
        private static boolean holdsSummaryWord(CsvRecord record) {
            return record.fields().stream().anyMatch(f -> SUMMARY_WORDS.matcher(HeaderVocabulary.normalize(f)).find());
        }

        private static long filled(CsvRecord record) {
            return record.fields().stream().filter(f -> !f.isBlank()).count();
        }

        private String widthNote(CsvRecord record) {
            int width = layout.header().size();
            return width > 0 && record.size() < width
                    ? " (the row has " + record.size() + " fields, the header " + width + ")" : "";
        }

        /** Adds the record's transaction to its currency's rows, or says why it cannot. */
        private void add(CsvRecord record) throws RowProblem {
            Optional<LocalDate> booked = date(record, ColumnRole.DATE);
            Optional<LocalDate> value = layout.has(ColumnRole.VALUE_DATE) ? date(record, ColumnRole.VALUE_DATE)
                    : Optional.empty();
            // A row the bank has not booked yet (a card payment reserved) has no booking date: it is dated by the
            // day of the purchase, else its value date, and is pending.
            boolean unbooked = booked.isEmpty();
            Optional<LocalDate> dated = booked.isPresent() || !layout.has(ColumnRole.TRANSACTION_DATE) ? booked
                    : date(record, ColumnRole.TRANSACTION_DATE);
            LocalDate booking = (dated.isPresent() ? dated : value)
                    .orElseThrow(() -> new RowProblem("date", "the date is empty"));
            Signed signed = amount(record);
            CurrencyChoice currency = currency(record, signed.currency);
            BigDecimal moved = feeSeparate ? signed.value.subtract(fee(record)) : signed.value;
            Money amount = money(moved, currency.currency, "amount");
            Optional<Money> balance = balance(record, currency.currency);
            String payee = cell(record, ColumnRole.PAYEE);
            String remittance = joined(record, layout.columnsOf(ColumnRole.MEMO));
            String descriptor = joined(record, textColumns);
            if (descriptor.isEmpty() && remittance.isEmpty()) {
                descriptor = cell(record, ColumnRole.KIND);
            }
            if (descriptor.isEmpty()) {
                descriptor = remittance;
            }
            if (layout.has(ColumnRole.FEE)) {
                descriptor = withFee(record, descriptor);
            }
            ParsedTransaction transaction = new ParsedTransaction(record.line(), booking,
                    value.filter(v -> !v.equals(booking)), amount, shared(descriptor),
                    present(shared(payee)), present(shared(remittance)), present(cell(record, ColumnRole.ID)),
                    unbooked || layout.has(ColumnRole.STATUS)
                            && isPending(HeaderVocabulary.normalize(cell(record, ColumnRole.STATUS))),
                    account(cell(record, ColumnRole.ACCOUNT)));
            if (!transaction.rawDescriptor().isEmpty()) {
                rowsWithText++;
            }
            group(currency.currency).add(transaction, balance, currency.stated);
            lastGroup = currency.currency;
        }

        /**
         * The descriptor with the processor's gross and fee as the file writes them, where the fee is not zero: the
         * amount is the net, and the fee stays visible on the row it was taken from. A fee that left the account
         * beside a plain amount is shown with that amount instead of a gross.
         */
        private String withFee(CsvRecord record, String descriptor) {
            String fee = cell(record, ColumnRole.FEE);
            if (!isNonZeroAmount(fee)) {
                return descriptor;
            }
            String gross = cell(record, feeSeparate ? ColumnRole.AMOUNT : ColumnRole.GROSS);
            String before = !isAmount(gross) ? "" : (feeSeparate ? "amount " : "gross ") + gross + ", ";
            return (descriptor + " (" + before + "fee " + fee + ")").strip();
        }

        /** The fee that left the account beside the row's amount, as money out whichever sign the file gives it. */
        private BigDecimal fee(CsvRecord record) throws RowProblem {
            return read(record, ColumnRole.FEE).map(f -> f.value().abs()).orElse(BigDecimal.ZERO);
        }

        private boolean isNonZeroAmount(String cell) {
            try {
                return AmountText.read(cell, decimal).map(a -> a.value().signum() != 0).orElse(false);
            } catch (AmountText.NotAnAmount e) {
                return false;
            }
        }

        private boolean isAmount(String cell) {
            try {
                return AmountText.read(cell, decimal).isPresent();
            } catch (AmountText.NotAnAmount e) {
                return false;
            }
        }

        /**
         * A line with no date and no amount whose only cells are in text columns: the rest of the row above's
         * description, wrapped onto a line of its own by a PDF-to-CSV converter or a bank's export. A total or balance
         * word makes it a summary line instead. The first test is the only one a row with a date pays.
         */
        private boolean continuesText(CsvRecord record) {
            if (!record.isBlank(layout.column(ColumnRole.DATE))) {
                return false;
            }
            for (ColumnRole role : NOT_TEXT) {
                for (int column : layout.columnsOf(role)) {
                    if (!record.isBlank(column)) {
                        return false;
                    }
                }
            }
            boolean text = false;
            for (int column = 0; column < record.size(); column++) {
                if (!record.isBlank(column)) {
                    if (!ownTextColumns.contains(column)) {
                        return false;
                    }
                    text = true;
                }
            }
            return text && !holdsSummaryWord(record) && !holdsBalanceLabel(record);
        }

        /** Joins a continuation line's text to the descriptor of the transaction read last. */
        private void extendLast(CsvRecord record) {
            List<ParsedTransaction> transactions = group(lastGroup).transactions;
            ParsedTransaction last = transactions.get(transactions.size() - 1);
            String text = joined(record, ownTextColumns);
            transactions.set(transactions.size() - 1, new ParsedTransaction(last.line(), last.bookingDate(),
                    last.valueDate(), last.amount(), (last.rawDescriptor() + " " + text).strip(), last.counterparty(),
                    last.remittance(), last.externalId(), last.pending(), last.accountRef()));
            continued.add(record.line());
        }

        private boolean isVoid(CsvRecord record) {
            return VOID_WORDS.contains(cell(record, ColumnRole.STATUS).strip().toLowerCase(Locale.ROOT));
        }

        /** A status that is a pending word, or a phrase ending in one (Sparkasse's "Umsatz vorgemerkt"). */
        private static boolean isPending(String status) {
            return PENDING_WORDS.contains(status)
                    || PENDING_WORDS.contains(status.substring(status.lastIndexOf(' ') + 1));
        }

        private Rows group(Currency currency) {
            return byCurrency.computeIfAbsent(currency, c -> new Rows(layout.has(ColumnRole.BALANCE)));
        }

        private Optional<LocalDate> date(CsvRecord record, ColumnRole role) throws RowProblem {
            String cell = record.field(layout.column(role)).strip();
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            DateText order = role == ColumnRole.DATE ? dates : otherDates;
            Optional<LocalDate> date = order.read(cell);
            if (date.isEmpty() && DateText.lacksYear(cell)) {
                throw new RowProblem(role.optionKey(), "'" + cell + "'" + NO_YEAR);
            }
            if (date.isEmpty() && DateText.isUnixTime(cell)) {
                throw new RowProblem(role.optionKey(), "'" + cell + "'" + UNIX_TIME);
            }
            if (date.isEmpty()) {
                throw new RowProblem(role.optionKey(), "'" + cell + "' is not a date (read as " + order.describe()
                        + ")");
            }
            return date;
        }

        private record Signed(BigDecimal value, Optional<Currency> currency) {
        }

        private Signed amount(CsvRecord record) throws RowProblem {
            if (layout.has(ColumnRole.AMOUNT)) {
                AmountText.Amount amount = read(record, ColumnRole.AMOUNT)
                        .orElseThrow(() -> new RowProblem("amount", "the amount is empty"));
                BigDecimal value = amount.value();
                Optional<Direction> direction = layout.has(ColumnRole.TYPE)
                        ? Direction.of(cell(record, ColumnRole.TYPE)) : Optional.empty();
                if (direction.isPresent()) {
                    value = direction.get() == Direction.OUT ? value.abs().negate() : value.abs();
                }
                return new Signed(layout.negate() ? value.negate() : value, amount.currency());
            }
            Optional<AmountText.Amount> debit = read(record, ColumnRole.DEBIT);
            Optional<AmountText.Amount> credit = read(record, ColumnRole.CREDIT);
            if (debit.isEmpty() && credit.isEmpty()) {
                throw new RowProblem("amount", "both the debit and the credit column are empty");
            }
            BigDecimal out = debit.map(a -> a.value().abs()).orElse(BigDecimal.ZERO);
            BigDecimal in = credit.map(a -> a.value().abs()).orElse(BigDecimal.ZERO);
            Optional<Currency> symbol = debit.flatMap(AmountText.Amount::currency).or(() -> credit.flatMap(AmountText.Amount::currency));
            return new Signed(in.subtract(out), symbol);
        }

        /**
         * The role's amount; amounts in several columns named by currency ({@code CAD$}, {@code USD$}) come
         * from the row's filled one, in that column's currency.
         */
        private Optional<AmountText.Amount> read(CsvRecord record, ColumnRole role) throws RowProblem {
            if (!layout.has(role)) {
                return Optional.empty();
            }
            List<Integer> columns = layout.columnsOf(role);
            int column = filledOrFirst(record, columns);
            try {
                Optional<AmountText.Amount> read = AmountText.read(record.field(column), decimal);
                Optional<AmountText.Amount> amount = column < inCents.length && inCents[column] && read.isPresent()
                        ? Optional.of(units(read.get(), record.field(column), role)) : read;
                if (columns.size() > 1 && amount.isPresent()) {
                    Optional<Currency> named = HeaderVocabulary.currencyColumn(layout.header().get(column));
                    return Optional.of(new AmountText.Amount(amount.get().value(),
                            named.or(() -> amount.get().currency())));
                }
                return amount;
            } catch (AmountText.NotAnAmount e) {
                throw new RowProblem(role.optionKey(), e.getMessage() + " (decimal mark '" + decimal + "')");
            }
        }

        /** An amount in hundredths (cents, pence) as units; a cell with a decimal mark contradicts its header. */
        private AmountText.Amount units(AmountText.Amount hundredths, String cell, ColumnRole role) throws RowProblem {
            if (hundredths.value().scale() > 0) {
                throw new RowProblem(role.optionKey(), "'" + cell.strip()
                        + "' has decimals, but the column's name says it holds cents");
            }
            return new AmountText.Amount(hundredths.value().movePointLeft(2), hundredths.currency());
        }

        /** The first of the columns whose cell holds text, else the first column (a loop: it runs on every row). */
        private static int filledOrFirst(CsvRecord record, List<Integer> columns) {
            for (int i = 0; i < columns.size(); i++) {
                if (!record.isBlank(columns.get(i))) {
                    return columns.get(i);
                }
            }
            return columns.get(0);
        }

        private record CurrencyChoice(Currency currency, boolean stated) {
        }

        private CurrencyChoice currency(CsvRecord record, Optional<Currency> fromSymbol) throws RowProblem {
            String code = cell(record, ColumnRole.CURRENCY);
            Optional<Currency> symbol = code.length() < 3 ? AmountText.symbolCurrency(code) : Optional.empty();
            if (symbol.isPresent()) {
                return new CurrencyChoice(symbol.get(), true);
            }
            if (!code.isEmpty()) {
                try {
                    return new CurrencyChoice(Money.currency(code), true);
                } catch (InvalidAmountException e) {
                    throw new RowProblem("currency", e.getMessage());
                }
            }
            Optional<Currency> stated = layout.headerCurrency().or(() -> fromSymbol);
            if (stated.isPresent()) {
                return new CurrencyChoice(stated.get(), true);
            }
            if (defaultCurrency.isPresent()) {
                return new CurrencyChoice(defaultCurrency.get(), false);
            }
            usedFallbackCurrency = true;
            return new CurrencyChoice(FALLBACK_CURRENCY, false);
        }

        private Money money(BigDecimal value, Currency currency, String field) throws RowProblem {
            if (currency.getDefaultFractionDigits() < 0) {
                throw new RowProblem("currency", currency.getCurrencyCode() + " has no minor unit and cannot hold money");
            }
            try {
                return Money.of(value, currency);
            } catch (InvalidAmountException | ArithmeticException e) {
                throw new RowProblem(field, e.getMessage());
            }
        }

        /** A running balance that cannot be read is left out: it only checks the amounts. */
        private Optional<Money> balance(CsvRecord record, Currency currency) {
            try {
                Optional<AmountText.Amount> balance = read(record, ColumnRole.BALANCE);
                return balance.isPresent() ? Optional.of(money(balance.get().value(), currency, "balance")) : Optional.empty();
            } catch (RowProblem e) {
                return Optional.empty();
            }
        }

        private String cell(CsvRecord record, ColumnRole role) {
            return layout.has(role) ? record.field(layout.column(role)).strip() : "";
        }

        /**
         * The non-blank cells of the columns, in column order, leaving out a cell another one contains (Fineco's
         * {@code Descrizione} is the start of its {@code Descrizione_Completa}).
         */
        private static String joined(CsvRecord record, List<Integer> columns) {
            if (columns.isEmpty()) {
                return "";
            }
            if (columns.size() == 1) {
                return record.field(columns.get(0)).strip();
            }
            List<String> parts = new ArrayList<>();
            for (int column : columns) {
                String cell = record.field(column).strip();
                // a cell of dashes is an export's "no value" (Etsy's --)
                if (!cell.isEmpty() && !cell.chars().allMatch(c -> c == '-')
                        && parts.stream().noneMatch(p -> p.contains(cell))) {
                    parts.removeIf(cell::contains);
                    parts.add(cell);
                }
            }
            return String.join(" ", parts);
        }

        /**
         * The text as one instance per distinct short value: a short payee or description ({@code AMAZON}) repeats
         * on many rows of a large file, and every row holds its text until the file is stored.
         */
        private String shared(String text) {
            if (text.isEmpty() || text.length() > SHARED_MAX_LENGTH) {
                return text;
            }
            String known = shared.putIfAbsent(text, text);
            if (known != null) {
                return known;
            }
            if (shared.size() > SHARED_MAX_VALUES) {
                shared.clear();
            }
            return text;
        }

        /** The row's account: one instance per account named, as every row of a large file holds it until stored. */
        private Optional<String> account(String text) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return accounts.computeIfAbsent(text, Optional::of);
        }

        private static Optional<String> present(String text) {
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        private ParsedStatement statement(Currency currency, Rows rows) {
            Set<String> accounts = new LinkedHashSet<>();
            rows.transactions.forEach(t -> t.accountRef().ifPresent(accounts::add));
            StatementAccount account = accounts.size() == 1
                    ? new StatementAccount(Optional.empty(), Optional.empty(), Optional.of(accounts.iterator().next()),
                    Optional.empty())
                    : StatementAccount.unnamed();
            Optional<Balances> balances = balances(rows, currency);
            return new ParsedStatement(account, rows.stated ? Optional.of(currency) : Optional.empty(),
                    balances.map(Balances::opening), balances.map(Balances::closing), rows.transactions);
        }

        /**
         * Opening and closing balances from a running-balance column, when each row's balance follows from the
         * previous one in file order (oldest first) or in reverse (newest first); otherwise none, with a warning.
         */
        private Optional<Balances> balances(Rows rows, Currency currency) {
            List<ParsedTransaction> transactions = rows.transactions;
            List<Optional<Money>> balances = rows.balances;
            if (balances == null || transactions.isEmpty() || balances.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            boolean ascending = true;
            boolean descending = true;
            for (int i = 1; i < transactions.size(); i++) {
                Money previous = balances.get(i - 1).get();
                Money current = balances.get(i).get();
                ascending &= current.equals(previous.plus(transactions.get(i).amount()));
                descending &= previous.equals(current.plus(transactions.get(i - 1).amount()));
            }
            if (!ascending && !descending) {
                warnings.add("The balance column of the " + currency.getCurrencyCode()
                        + " rows does not follow from their amounts in file order; no balances were taken from it");
                return Optional.empty();
            }
            int oldest = ascending ? 0 : transactions.size() - 1;
            int newest = ascending ? transactions.size() - 1 : 0;
            StatedBalance opening = new StatedBalance(balances.get(oldest).get().minus(transactions.get(oldest).amount()),
                    transactions.get(oldest).bookingDate());
            StatedBalance closing = new StatedBalance(balances.get(newest).get(), transactions.get(newest).bookingDate());
            return Optional.of(new Balances(opening, closing));
        }
    }

    /**
     * The rows of one currency in file order: their transactions, their balances where the file has a balance column,
     * and whether every row stated the currency. Kept side by side, not as an object per row: a large file's rows stay
     * in memory until they are stored.
     */
    private static final class Rows {
        private final List<ParsedTransaction> transactions = new ArrayList<>();
        /** Null where the file has no balance column. */
        private final List<Optional<Money>> balances;
        private boolean stated = true;

        Rows(boolean withBalances) {
            this.balances = withBalances ? new ArrayList<>() : null;
        }

        void add(ParsedTransaction transaction, Optional<Money> balance, boolean statedCurrency) {
            transactions.add(transaction);
            if (balances != null) {
                balances.add(balance);
            }
            stated &= statedCurrency;
        }

        void addAll(Rows later) {
            transactions.addAll(later.transactions);
            if (balances != null) {
                balances.addAll(later.balances);
            }
            stated &= later.stated;
        }
    }

    private record Balances(StatedBalance opening, StatedBalance closing) {
    }

    /** Why one row cannot be read; it goes to the quarantine, the rest of the file imports. */
    private static final class RowProblem extends Exception {
        private final String field;

        RowProblem(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
