package org.myknees.adapter.bankformat.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * Finds the header row and the role of each column: from the user's options first, then a built-in profile
 * whose header matches, then the header names in {@link HeaderVocabulary}, and for a file without header from
 * what its cells hold.
 */
final class LayoutFinder {

    private static final int HEADER_SEARCH = 30;
    private static final int CONTENT_SAMPLE = 500;
    private static final Pattern COLUMN_NUMBER = Pattern.compile("#?(\\d{1,4})");
    /** A decimal mark followed by one or two digits at the end of a number: {@code -12.50}, {@code 2.100,5}. */
    private static final Pattern DECIMALS = Pattern.compile("\\d[.,]\\d{1,2}\\D*$");
    private static final Set<ColumnRole> CONTENT_ROLES = EnumSet.of(ColumnRole.DATE,
            ColumnRole.TRANSACTION_DATE, ColumnRole.VALUE_DATE, ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT,
            ColumnRole.BALANCE, ColumnRole.TYPE, ColumnRole.CURRENCY);

    private final List<CsvRecord> records;
    private final CsvOptions options;
    private final String fileName;
    /** The 0-based columns of a file without header that all hold amounts when none could be chosen. */
    private List<Integer> undecidedAmounts = List.of();

    private LayoutFinder(List<CsvRecord> records, CsvOptions options, String fileName) {
        this.records = records;
        this.options = options;
        this.fileName = fileName;
    }

    /** The layout of the records (those before {@code skip} already removed). */
    static CsvLayout find(List<CsvRecord> records, CsvOptions options, String fileName) {
        return new LayoutFinder(records, options, fileName).find();
    }

    private CsvLayout find() {
        Optional<CsvProfile> profile = options.profile();
        int headerIndex = headerIndex();
        List<String> header = headerIndex >= 0 ? records.get(headerIndex).fields() : List.of();
        if (headerIndex >= 0 && profile.isEmpty()) {
            profile = CsvProfiles.matchHeader(normalized(header));
        }
        List<CsvRecord> sample = dataSample(headerIndex);
        Map<ColumnRole, List<Integer>> columns;
        if (profile.isPresent()) {
            columns = profileColumns(profile.get(), header);
        } else if (headerIndex >= 0) {
            columns = vocabularyColumns(header, sample);
        } else {
            profile = headerlessProfile(sample);
            columns = profile.isPresent() ? profileColumns(profile.get(), header) : inferredColumns(sample);
            int unnamed = profile.isPresent() || options.header().isPresent() ? -1
                    : headerOfUnknownNames(sample, columns);
            if (unnamed >= 0) {
                headerIndex = unnamed;
                header = records.get(unnamed).fields();
            }
        }
        applyUserColumns(columns, header);
        if (!columns.containsKey(ColumnRole.DATE) && columns.containsKey(ColumnRole.TRANSACTION_DATE)) {
            columns.put(ColumnRole.DATE, columns.remove(ColumnRole.TRANSACTION_DATE));
        }
        if (!columns.containsKey(ColumnRole.DATE) && columns.containsKey(ColumnRole.VALUE_DATE)) {
            columns.put(ColumnRole.DATE, columns.remove(ColumnRole.VALUE_DATE));
        }
        String described = header.isEmpty() ? "no header row was recognised and no column's cells read as dates"
                : "the header is: " + String.join(", ", header);
        if (!columns.containsKey(ColumnRole.DATE)) {
            throw new StatementParseException(fileName, 0,
                    "no date column found (" + described + "); name it with the option date=<column>");
        }
        if (!columns.containsKey(ColumnRole.AMOUNT) && !columns.containsKey(ColumnRole.DEBIT)
                && !columns.containsKey(ColumnRole.CREDIT)) {
            if (undecidedAmounts.size() > 1) {
                List<String> numbers = undecidedAmounts.stream().map(c -> String.valueOf(c + 1)).toList();
                throw new StatementParseException(fileName, sample.get(0).line(), "the file has no header row and "
                        + "columns " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                        + numbers.get(numbers.size() - 1) + " both hold amounts; name the amount with the option "
                        + "amount=<column number> (such as amount=" + numbers.get(0) + ")");
            }
            int balance = columns.getOrDefault(ColumnRole.BALANCE, List.of(-1)).get(0);
            String balances = balance >= 0 && balance < header.size() ? ", only the running balances of column '"
                    + header.get(balance) + "', which do not state the amounts" : "";
            throw new StatementParseException(fileName, 0, "no amount column found" + balances + " (" + described
                    + "); name it with the option amount=<column>, or debit= and credit=");
        }
        List<String> notes = new ArrayList<>();
        boolean negate;
        if (options.negate().isPresent()) {
            negate = options.negate().get();
        } else {
            negate = profile.isPresent() ? profile.get().negate() : CardSign.chargesArePositive(sample, columns, notes);
        }
        Optional<Currency> stated = headerCurrency(header, columns);
        if (stated.isEmpty()) {
            stated = preambleCurrency(headerIndex);
        }
        return new CsvLayout(headerIndex, header, columns, negate, profile, options.dateFormat(), stated, notes);
    }

    /**
     * The one currency that a line above the header states by name ({@code Moneda: RON}, {@code Währung:;CHF}), for
     * files whose columns name none; empty when no line or several lines with different codes state one.
     */
    private Optional<Currency> preambleCurrency(int headerIndex) {
        Optional<Currency> found = Optional.empty();
        for (int i = 0; i < headerIndex; i++) {
            List<String> cells = records.get(i).fields().stream().filter(f -> !f.isBlank()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            String first = cells.get(0);
            int colon = first.indexOf(':');
            String key = colon >= 0 ? first.substring(0, colon) : first;
            String value = colon >= 0 && !first.substring(colon + 1).isBlank() ? first.substring(colon + 1)
                    : cells.size() > 1 ? cells.get(1) : "";
            Optional<Currency> code = isoCode(value.strip());
            boolean namesCurrency = HeaderVocabulary.rank(ColumnRole.CURRENCY, HeaderVocabulary.normalize(key)).isPresent();
            if (code.isEmpty() || !namesCurrency) {
                continue;
            }
            if (found.isPresent() && !found.equals(code)) {
                return Optional.empty();
            }
            found = code;
        }
        return found;
    }

    private static Optional<Currency> isoCode(String text) {
        if (text.length() != 3 || !text.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private int headerIndex() {
        if (options.header().isPresent()) {
            String value = options.header().get().toLowerCase(Locale.ROOT);
            switch (value) {
                case "false", "no", "none", "0" -> {
                    return -1;
                }
                case "true", "yes" -> {
                    return firstNonBlank();
                }
                default -> {
                    if (!value.chars().allMatch(Character::isDigit) || value.length() > 9) {
                        throw CsvOptions.invalid(fileName, "header", "must be true, false or a line number, not '" + value + "'");
                    }
                    int line = Integer.parseInt(value);
                    for (int i = 0; i < records.size(); i++) {
                        if (records.get(i).line() >= line) {
                            return i;
                        }
                    }
                    throw CsvOptions.invalid(fileName, "header", "names line " + line + ", past the end of the file");
                }
            }
        }
        if (options.profile().map(CsvProfile::headerless).orElse(false)) {
            return -1;
        }
        List<String> named = userColumnNames();
        int weak = -1;
        int searched = 0;
        for (int i = 0; i < records.size() && searched < HEADER_SEARCH; i++) {
            CsvRecord record = records.get(i);
            if (record.isBlank() || record.problem().isPresent()) {
                continue;
            }
            searched++;
            List<String> cells = normalized(record.fields());
            if (!named.isEmpty()) {
                if (cells.containsAll(named)) {
                    return i;
                }
                continue;
            }
            if (options.profile().isPresent()) {
                if (options.profile().get().headers().stream().map(HeaderVocabulary::normalize).allMatch(cells::contains)) {
                    return i;
                }
                continue;
            }
            if (CsvProfiles.matchHeader(cells).isPresent()
                    || (namesDateAndAmount(cells) && !holdsData(record.fields()))) {
                return i;
            }
            if (weak < 0 && namesTwoRoles(record.fields(), cells)) {
                weak = i;
            }
        }
        return weak;
    }

    /**
     * The header of a file whose column names no list holds (Greek, Latvian): the line right above the data, as
     * wide as the data rows, whose cells are all words, and filled with words where every data row holds its date
     * and its amount. -1 when there is none, so the file reads as one without header.
     */
    private int headerOfUnknownNames(List<CsvRecord> sample, Map<ColumnRole, List<Integer>> columns) {
        if (sample.isEmpty() || !columns.containsKey(ColumnRole.DATE)) {
            return -1;
        }
        List<Integer> numbers = Stream.of(ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT)
                .flatMap(r -> columns.getOrDefault(r, List.of()).stream()).toList();
        int above = -1;
        for (int i = 0; i < records.size() && records.get(i).line() < sample.get(0).line(); i++) {
            if (!records.get(i).isBlank()) {
                above = i;
            }
        }
        if (above < 0 || records.get(above).problem().isPresent()) {
            return -1;
        }
        CsvRecord record = records.get(above);
        List<String> cells = record.fields();
        boolean words = cells.stream().filter(c -> !c.isBlank()).allMatch(c -> c.chars().anyMatch(Character::isLetter));
        boolean named = Stream.concat(columns.get(ColumnRole.DATE).stream(), numbers.stream())
                .allMatch(c -> !record.field(c).isBlank());
        return record.size() == modalWidth(sample) && words && named && !holdsData(cells) ? above : -1;
    }

    /** The header names the user's column options use (not column numbers): the header must hold them. */
    private List<String> userColumnNames() {
        List<String> names = new ArrayList<>();
        for (List<String> references : options.columns().values()) {
            for (String reference : references) {
                if (!COLUMN_NUMBER.matcher(reference).matches()) {
                    names.add(HeaderVocabulary.normalize(reference));
                }
            }
        }
        return names;
    }

    /** A row naming two roles and holding no date or number looks like a header without date or amount. */
    private static boolean namesTwoRoles(List<String> fields, List<String> cells) {
        long roles = cells.stream().filter(c -> java.util.Arrays.stream(ColumnRole.values())
                .anyMatch(r -> HeaderVocabulary.rank(r, c).isPresent())).count();
        return roles >= 2 && !holdsData(fields);
    }

    /** A header names columns: a row holding a date or an amount is data, whatever words its texts use. */
    private static boolean holdsData(List<String> fields) {
        return fields.stream().anyMatch(f -> DateText.looksLikeDate(f) || isAmount(f));
    }

    private int firstNonBlank() {
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).isBlank()) {
                return i;
            }
        }
        throw new StatementParseException(fileName, 0, "the file holds no rows");
    }

    private static boolean namesDateAndAmount(List<String> cells) {
        boolean date = false;
        boolean amount = false;
        for (String cell : cells) {
            date |= HeaderVocabulary.rank(ColumnRole.DATE, cell).isPresent()
                    || HeaderVocabulary.rank(ColumnRole.VALUE_DATE, cell).isPresent();
            amount |= HeaderVocabulary.rank(ColumnRole.AMOUNT, cell).isPresent()
                    || HeaderVocabulary.rank(ColumnRole.DEBIT, cell).isPresent()
                    || HeaderVocabulary.rank(ColumnRole.CREDIT, cell).isPresent();
        }
        return date && amount;
    }

    /**
     * The data rows whose cells decide the roles. Rows without any date (totals, notes, the detail lines of a
     * collective order) are left out when at least two rows have one, so that a footer cannot outvote the rows
     * under a column; they are still read, and skipped or quarantined, row by row.
     */
    private List<CsvRecord> dataSample(int headerIndex) {
        List<CsvRecord> sample = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size() && sample.size() < CONTENT_SAMPLE; i++) {
            CsvRecord record = records.get(i);
            if (!record.isBlank() && record.problem().isEmpty()) {
                sample.add(record);
            }
        }
        List<CsvRecord> dated = sample.stream()
                .filter(r -> r.fields().stream().anyMatch(DateText::looksLikeDate)).toList();
        return dated.size() >= 2 ? dated : sample;
    }

    private Map<ColumnRole, List<Integer>> profileColumns(CsvProfile profile, List<String> header) {
        Map<ColumnRole, List<Integer>> columns = new EnumMap<>(ColumnRole.class);
        List<String> cells = normalized(header);
        for (Map.Entry<ColumnRole, List<String>> entry : profile.columns().entrySet()) {
            List<Integer> indexes = new ArrayList<>();
            for (String name : entry.getValue()) {
                int index = header.isEmpty() ? profile.position(name).orElse(-1)
                        : cells.indexOf(HeaderVocabulary.normalize(name));
                if (index < 0) {
                    throw new StatementParseException(fileName, 0, "the profile " + profile.code()
                            + " expects a column '" + name + "', which the file lacks");
                }
                indexes.add(index);
            }
            columns.put(entry.getKey(), indexes);
        }
        return columns;
    }

    /**
     * Roles from the header names. A name that several roles use ({@code Valuta}: a value date in Germany, the
     * currency in Italy) takes the first role its cells fit; among columns named for one role the best-ranked
     * that its cells fit wins, so a blank {@code Betrag} gives way to filled {@code Soll}/{@code Haben}
     * columns and a {@code Type} column of words other than debit/credit only names the kind of movement.
     */
    private Map<ColumnRole, List<Integer>> vocabularyColumns(List<String> header, List<CsvRecord> sample) {
        List<String> cells = normalized(header);
        Map<ColumnRole, List<int[]>> candidates = new EnumMap<>(ColumnRole.class);
        for (int column = 0; column < cells.size(); column++) {
            List<ColumnRole> named = new ArrayList<>();
            for (ColumnRole role : ColumnRole.values()) {
                if (HeaderVocabulary.rank(role, cells.get(column)).isPresent()) {
                    named.add(role);
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            List<String> values = cellsOf(sample, column);
            // a role its cells prove (dates, amounts, direction words, currency codes) beats one any text fits,
            // so Chase's Details of DEBIT/CREDIT is a type and Metro's Details of payees a description
            ColumnRole role = named.stream().filter(r -> CONTENT_ROLES.contains(r) && filledShare(values) > 0
                    && fits(r, values)).findFirst()
                    .or(() -> named.stream().filter(r -> fits(r, values)).findFirst()).orElse(named.get(0));
            int rank = HeaderVocabulary.rank(role, cells.get(column)).orElseThrow();
            candidates.computeIfAbsent(role, r -> new ArrayList<>()).add(new int[] {column, rank});
        }
        Map<ColumnRole, List<Integer>> columns = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, Integer> ranks = new EnumMap<>(ColumnRole.class);
        candidates.forEach((role, list) -> {
            if (role.manyColumns()) {
                columns.put(role, new ArrayList<>(list.stream().map(c -> c[0]).toList()));
                return;
            }
            List<int[]> byRank = new ArrayList<>(list);
            byRank.sort(Comparator.comparingInt(c -> c[1]));
            Optional<int[]> fitting = byRank.stream().filter(c -> fits(role, cellsOf(sample, c[0]))).findFirst();
            if (role == ColumnRole.TYPE) {
                byRank.stream().filter(c -> !fits(role, cellsOf(sample, c[0]))).findFirst()
                        .ifPresent(c -> columns.put(ColumnRole.KIND, new ArrayList<>(List.of(c[0]))));
            }
            if (fitting.isPresent()) {
                columns.put(role, new ArrayList<>(List.of(fitting.get()[0])));
                ranks.put(role, fitting.get()[1]);
                if (role == ColumnRole.DATE) {
                    byRank.stream().filter(c -> c != fitting.get()).filter(c -> fits(role, cellsOf(sample, c[0])))
                            .findFirst().ifPresent(c -> columns.put(ColumnRole.TRANSACTION_DATE, List.of(c[0])));
                }
            } else if (role != ColumnRole.TYPE && role != ColumnRole.CURRENCY) {
                columns.put(role, new ArrayList<>(List.of(byRank.get(0)[0])));
                ranks.put(role, byRank.get(0)[1]);
            }
        });
        chooseAmountOrDebitCredit(columns, ranks, sample);
        netOfFees(cells, columns, sample);
        feeBesideAmount(header, cells, columns, sample);
        if (!columns.containsKey(ColumnRole.TYPE) && columns.containsKey(ColumnRole.AMOUNT)) {
            unnamedDirection(header, columns, sample).ifPresent(c -> columns.put(ColumnRole.TYPE, List.of(c)));
        }
        continueTextIntoUnnamedColumns(header, columns);
        // a column of currency codes under a name no list holds (BNP Paribas Fortis' "Valuta rekening")
        if (!columns.containsKey(ColumnRole.CURRENCY)) {
            unclaimed(header, columns).stream().filter(c -> !HeaderVocabulary.namesAnotherCurrency(header.get(c)))
                    .filter(c -> isCurrencyColumn(cellsOf(sample, c))).findFirst()
                    .ifPresent(c -> columns.put(ColumnRole.CURRENCY, List.of(c)));
        }
        // a header that names no date (Buchungszeitpunkt) still has a column of dates under a name no list holds
        if (Stream.of(ColumnRole.DATE, ColumnRole.TRANSACTION_DATE, ColumnRole.VALUE_DATE)
                .noneMatch(columns::containsKey)) {
            unclaimed(header, columns).stream().filter(c -> mostly(cellsOf(sample, c), DateText::looksLikeDate, 0.9))
                    .findFirst().ifPresent(c -> columns.put(ColumnRole.DATE, List.of(c)));
        }
        // and one that names no text (Finnish Nimi, Otsikko) describes each row by its unnamed columns of words
        if (Stream.of(ColumnRole.DESCRIPTION, ColumnRole.PAYEE, ColumnRole.MEMO).noneMatch(columns::containsKey)) {
            List<Integer> words = unclaimed(header, columns).stream().filter(c -> holdsWords(cellsOf(sample, c)))
                    .toList();
            if (!words.isEmpty()) {
                columns.put(ColumnRole.DESCRIPTION, new ArrayList<>(words));
            }
        }
        if (!columns.containsKey(ColumnRole.AMOUNT) && !columns.containsKey(ColumnRole.DEBIT)
                && !columns.containsKey(ColumnRole.CREDIT)) {
            List<Integer> perCurrency = new ArrayList<>();
            for (int column = 0; column < header.size(); column++) {
                if (HeaderVocabulary.currencyColumn(header.get(column)).isPresent()) {
                    perCurrency.add(column);
                }
            }
            if (!perCurrency.isEmpty()) {
                columns.put(ColumnRole.AMOUNT, perCurrency);
            }
        }
        if (columns.containsKey(ColumnRole.AMOUNT) && columns.get(ColumnRole.AMOUNT).size() == 1) {
            columns.put(ColumnRole.AMOUNT, namesakesTakingTurns(header, columns.get(ColumnRole.AMOUNT).get(0), sample));
        }
        return columns;
    }

    /**
     * The amount column and the later columns of the same name whose cells it takes turns with, one filled per
     * row (debit and credit columns a user relabelled {@code Amount} both): each row's amount is its filled one.
     */
    private List<Integer> namesakesTakingTurns(List<String> header, int amount, List<CsvRecord> sample) {
        List<Integer> namesakes = new ArrayList<>(List.of(amount));
        String name = HeaderVocabulary.normalize(header.get(amount));
        for (int column = amount + 1; column < header.size(); column++) {
            if (!HeaderVocabulary.normalize(header.get(column)).equals(name)) {
                continue;
            }
            int other = column;
            refuseDisagreeingNamesakes(header, amount, other, sample);
            boolean turns = sample.stream().noneMatch(r -> !r.field(amount).isBlank() && !r.field(other).isBlank())
                    && sample.stream().anyMatch(r -> !r.field(other).isBlank());
            if (turns) {
                namesakes.add(column);
            }
        }
        return namesakes;
    }

    /**
     * Two columns of the same amount name that both hold a different number on one row (an original amount and
     * the account's, both called {@code Amount}): nothing in the file tells which is the account's, so it is
     * refused rather than guessed.
     */
    private void refuseDisagreeingNamesakes(List<String> header, int first, int second, List<CsvRecord> sample) {
        // only names written alike: Betrag (EUR) beside Betrag (Fremdwährung) are told apart by their units
        if (!header.get(first).strip().equalsIgnoreCase(header.get(second).strip())) {
            return;
        }
        for (CsvRecord row : sample) {
            String a = row.field(first).strip();
            String b = row.field(second).strip();
            if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                throw new StatementParseException(fileName, row.line(), "columns " + (first + 1) + " and "
                        + (second + 1) + " are both named '" + header.get(first).strip() + "' and hold different "
                        + "amounts on this line; name the amount with the option amount=<column number>");
            }
        }
    }

    /**
     * A payment processor's or marketplace's export (PayPal, Stripe, Square, SumUp, Etsy, Shopify) gives each row's
     * gross, the fee taken and the net: the net is what the balance moved by, so where a fee column stands beside a
     * column named as a net ({@code Net}, {@code Net Amount}, {@code Total}) that holds amounts, the net is the
     * amount, and the gross and fee columns are kept to show in the descriptor. Decided from the names alone, as the
     * sign of a fee differs between processors (Stripe's positive, PayPal's negative).
     */
    private static void netOfFees(List<String> names, Map<ColumnRole, List<Integer>> columns, List<CsvRecord> sample) {
        for (ColumnRole role : List.of(ColumnRole.DEBIT, ColumnRole.CREDIT)) {
            if (columns.containsKey(role) && fits(role, cellsOf(sample, columns.get(role).get(0)))) {
                return;
            }
        }
        int fee = -1;
        int net = -1;
        int netRank = Integer.MAX_VALUE;
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            if (fee < 0 && HeaderVocabulary.namesFee(name)) {
                fee = column;
            }
            Optional<Integer> rank = HeaderVocabulary.netRank(name);
            if (rank.isPresent() && rank.get() < netRank && fits(ColumnRole.AMOUNT, cellsOf(sample, column))) {
                net = column;
                netRank = rank.get();
            }
        }
        if (fee < 0 || net < 0 || !fits(ColumnRole.AMOUNT, cellsOf(sample, fee))) {
            return;
        }
        int amount = columns.containsKey(ColumnRole.AMOUNT) ? columns.get(ColumnRole.AMOUNT).get(0) : -1;
        int gross = amount != net ? amount : -1;
        // the amount name may have lost to the net because its cells are mostly '--' (Etsy's fee rows)
        for (int column = 0; gross < 0 && column < names.size(); column++) {
            String name = names.get(column);
            if (column != net && column != fee && (HeaderVocabulary.namesGross(name)
                    || HeaderVocabulary.rank(ColumnRole.AMOUNT, name).filter(r -> r == 0).isPresent())) {
                gross = column;
            }
        }
        int netColumn = net;
        columns.replaceAll((role, list) -> new ArrayList<>(list.stream().filter(c -> c != netColumn).toList()));
        columns.values().removeIf(List::isEmpty);
        // a Deposit ID or Deposit Date named like a credit column holds no amounts (Square's)
        columns.remove(ColumnRole.DEBIT);
        columns.remove(ColumnRole.CREDIT);
        columns.put(ColumnRole.AMOUNT, new ArrayList<>(List.of(net)));
        columns.put(ColumnRole.FEE, new ArrayList<>(List.of(fee)));
        if (gross >= 0) {
            columns.put(ColumnRole.GROSS, new ArrayList<>(List.of(gross)));
        }
    }

    /**
     * A fee column beside a signed amount and no net column (Revolut's {@code Amount} and {@code Fee}, Wise's
     * {@code Amount} and {@code Total fees}): the fee is kept as a role of its own, and whether the amount already
     * includes it is decided over the whole file ({@link FeeReading}). An amount named as after fees or as a net
     * holds it already and needs no fee column.
     */
    private static void feeBesideAmount(List<String> header, List<String> names,
                                        Map<ColumnRole, List<Integer>> columns, List<CsvRecord> sample) {
        if (columns.containsKey(ColumnRole.FEE) || !columns.containsKey(ColumnRole.AMOUNT)
                || columns.get(ColumnRole.AMOUNT).size() != 1 || columns.containsKey(ColumnRole.DEBIT)
                || columns.containsKey(ColumnRole.CREDIT)) {
            return;
        }
        int amount = columns.get(ColumnRole.AMOUNT).get(0);
        // the normalized name drops what is in brackets: Wise's 'Source amount (after fees)'
        if (header.get(amount).toLowerCase(Locale.ROOT).contains("after")
                || HeaderVocabulary.netRank(names.get(amount)).isPresent()) {
            return;
        }
        for (int column = 0; column < names.size(); column++) {
            int candidate = column;
            boolean claimed = columns.values().stream().anyMatch(list -> list.contains(candidate));
            if (!claimed && HeaderVocabulary.namesFee(names.get(column))
                    && fits(ColumnRole.AMOUNT, cellsOf(sample, column))) {
                columns.put(ColumnRole.FEE, new ArrayList<>(List.of(column)));
                return;
            }
        }
    }

    /**
     * A file may name both a signed amount and debit/credit columns: the amount wins when it is filled and
     * well named ({@code Amount} rather than {@code Net} or {@code Total}); debit/credit win when they hold the
     * numbers and the amount column is mostly blank.
     */
    private static void chooseAmountOrDebitCredit(Map<ColumnRole, List<Integer>> columns,
                                                  Map<ColumnRole, Integer> ranks, List<CsvRecord> sample) {
        boolean debitOrCredit = columns.containsKey(ColumnRole.DEBIT) || columns.containsKey(ColumnRole.CREDIT);
        if (!columns.containsKey(ColumnRole.AMOUNT) || !debitOrCredit) {
            return;
        }
        int weakAmount = HeaderVocabulary.rank(ColumnRole.AMOUNT, "net").orElseThrow();
        boolean amountFilled = filledShare(cellsOf(sample, columns.get(ColumnRole.AMOUNT).get(0))) >= 0.5;
        long pairFilled = sample.stream().filter(r -> Stream.of(ColumnRole.DEBIT, ColumnRole.CREDIT)
                .filter(columns::containsKey).anyMatch(role -> !r.field(columns.get(role).get(0)).isBlank())).count();
        boolean pairHoldsNumbers = pairFilled * 2 >= sample.size();
        // A never-negative amount beside a debit and a credit column that are both used (UBS's card download: the
        // purchase in its own currency, then Debit / Credit in the account's) leaves the direction to the pair.
        boolean pairSignsUnsignedAmount = pairHoldsNumbers
                && Stream.of(ColumnRole.DEBIT, ColumnRole.CREDIT).allMatch(role -> columns.containsKey(role)
                        && cellsOf(sample, columns.get(role).get(0)).stream().anyMatch(c -> !c.isBlank()))
                && cellsOf(sample, columns.get(ColumnRole.AMOUNT).get(0)).stream().map(String::strip)
                        .noneMatch(c -> c.startsWith("-") || c.endsWith("-") || c.startsWith("("));
        if (amountFilled && !pairSignsUnsignedAmount
                && (ranks.getOrDefault(ColumnRole.AMOUNT, weakAmount) < weakAmount || !pairHoldsNumbers)) {
            columns.remove(ColumnRole.DEBIT);
            columns.remove(ColumnRole.CREDIT);
        } else {
            columns.remove(ColumnRole.AMOUNT);
        }
    }

    /**
     * A column of direction marks that no header word names, such as the Volksbank's unnamed {@code S}/{@code H}
     * column beside {@code Umsatz} or Knab's {@code CreditDebet}: it signs the amounts. A named column must hold
     * both directions beside amounts that are never negative, so that a column of flags such as {@code C}
     * (cleared) cannot turn money out into money in.
     */
    private static Optional<Integer> unnamedDirection(List<String> header, Map<ColumnRole, List<Integer>> columns,
                                                      List<CsvRecord> sample) {
        boolean unsigned = cellsOf(sample, columns.get(ColumnRole.AMOUNT).get(0)).stream()
                .noneMatch(c -> c.strip().startsWith("-") || c.strip().endsWith("-"));
        return unclaimed(header, columns).stream()
                .filter(c -> Direction.isDirectionColumn(cellsOf(sample, c)))
                .filter(c -> header.get(c).isBlank() || (unsigned && bothDirections(cellsOf(sample, c))))
                .findFirst();
    }

    private static boolean bothDirections(List<String> cells) {
        return cells.stream().map(Direction::of).flatMap(Optional::stream).distinct().count() == 2;
    }

    /**
     * Unnamed columns right after a description or memo column carry on its text (PKO BP writes the payee and
     * the title of a transfer in the columns after {@code Opis transakcji}).
     */
    private static void continueTextIntoUnnamedColumns(List<String> header, Map<ColumnRole, List<Integer>> columns) {
        List<Integer> free = unclaimed(header, columns);
        for (ColumnRole role : List.of(ColumnRole.DESCRIPTION, ColumnRole.MEMO)) {
            List<Integer> own = columns.get(role);
            if (own == null) {
                continue;
            }
            for (int column = own.get(own.size() - 1) + 1; column < header.size() && header.get(column).isBlank()
                    && free.contains(column); column++) {
                own.add(column);
            }
        }
    }

    /** The columns no role has taken, in order. */
    private static List<Integer> unclaimed(List<String> header, Map<ColumnRole, List<Integer>> columns) {
        List<Integer> taken = columns.values().stream().flatMap(List::stream).toList();
        List<Integer> free = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (!taken.contains(column)) {
                free.add(column);
            }
        }
        return free;
    }

    /** Whether the cells of a column can hold the role (blank cells say nothing). */
    private static boolean fits(ColumnRole role, List<String> cells) {
        if (filledShare(cells) == 0) {
            return role != ColumnRole.TYPE && role != ColumnRole.CURRENCY;
        }
        return switch (role) {
            case DATE, TRANSACTION_DATE, VALUE_DATE -> mostly(cells, DateText::looksLikeDate, 0.5);
            case AMOUNT, DEBIT, CREDIT, BALANCE -> mostly(cells, LayoutFinder::isAmount, 0.5);
            case TYPE -> Direction.isDirectionColumn(cells);
            case CURRENCY -> isCurrencyColumn(cells);
            default -> true;
        };
    }

    private static double filledShare(List<String> cells) {
        return cells.isEmpty() ? 0 : cells.stream().filter(c -> !c.isBlank()).count() / (double) cells.size();
    }

    private Optional<CsvProfile> headerlessProfile(List<CsvRecord> sample) {
        int width = modalWidth(sample);
        for (CsvProfile profile : CsvProfiles.all()) {
            if (!profile.headerless() || profile.headers().size() != width) {
                continue;
            }
            Map<ColumnRole, List<Integer>> columns = profileColumns(profile, List.of());
            boolean dates = mostly(cellsOf(sample, columns.get(ColumnRole.DATE).get(0)), DateText::looksLikeDate, 0.9);
            boolean amounts = !columns.containsKey(ColumnRole.AMOUNT)
                    || mostly(cellsOf(sample, columns.get(ColumnRole.AMOUNT).get(0)), LayoutFinder::isAmount, 0.9);
            boolean types = !columns.containsKey(ColumnRole.TYPE)
                    || Direction.isDirectionColumn(cellsOf(sample, columns.get(ColumnRole.TYPE).get(0)));
            if (dates && amounts && types) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /**
     * Roles read from the cells of a file without header: the first date column is the booking date and a
     * second the value date; a column of currency codes is the currency; the text column with the longest
     * texts is the description (not a column of markers such as {@code *}); and of the number columns filled
     * on (nearly) every row, the amount is the only one, or the one that moves a running balance.
     */
    private Map<ColumnRole, List<Integer>> inferredColumns(List<CsvRecord> sample) {
        Map<ColumnRole, List<Integer>> columns = new EnumMap<>(ColumnRole.class);
        int width = modalWidth(sample);
        List<Integer> numeric = new ArrayList<>();
        List<Integer> partlyNumeric = new ArrayList<>();
        List<Integer> texts = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            List<String> cells = cellsOf(sample, column);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (mostly(cells, DateText::looksLikeDate, 0.8)) {
                columns.putIfAbsent(columns.containsKey(ColumnRole.DATE) ? ColumnRole.VALUE_DATE : ColumnRole.DATE,
                        List.of(column));
            } else if (mostly(cells, LayoutFinder::isAmount, 0.8)) {
                if (filledShare(cells) >= 0.9) {
                    numeric.add(column);
                } else {
                    partlyNumeric.add(column);
                }
            } else if (!columns.containsKey(ColumnRole.TYPE) && Direction.isDirectionColumn(cells)) {
                columns.put(ColumnRole.TYPE, List.of(column));
            } else if (!columns.containsKey(ColumnRole.CURRENCY) && isCurrencyColumn(cells)) {
                columns.put(ColumnRole.CURRENCY, List.of(column));
            } else if (averageLetters(cells) >= 2) {
                texts.add(column);
            }
        }
        // every column of words is part of the text (Scotiabank's type and payee, NAB's type and merchant);
        // a column of markers such as "*" or "-" is not
        if (!texts.isEmpty()) {
            columns.put(ColumnRole.DESCRIPTION, texts);
        }
        numeric.removeIf(column -> looksLikeIdentifiers(cellsOf(sample, column)));
        // codes and sequence numbers are whole numbers; where other columns hold decimal amounts they are no amounts
        if (numeric.stream().anyMatch(c -> mostly(cellsOf(sample, c), LayoutFinder::hasDecimals, 0.5))) {
            List<Integer> whole = numeric.stream()
                    .filter(c -> cellsOf(sample, c).stream().noneMatch(LayoutFinder::hasDecimals)).toList();
            if (whole.size() < numeric.size()) {
                numeric.removeAll(whole);
            }
        }
        Optional<int[]> pair = debitCreditPair(sample, partlyNumeric, numeric);
        if (pair.isPresent()) {
            columns.put(ColumnRole.DEBIT, List.of(pair.get()[0]));
            columns.put(ColumnRole.CREDIT, List.of(pair.get()[1]));
            if (numeric.size() == 1) {
                columns.put(ColumnRole.BALANCE, numeric);
            }
        } else if (numeric.size() == 1) {
            columns.put(ColumnRole.AMOUNT, numeric);
        } else {
            Optional<RunningBalance.Found> found = RunningBalance.find(sample, numeric);
            if (found.isPresent()) {
                columns.put(ColumnRole.AMOUNT, List.of(found.get().amount()));
                found.get().balance().ifPresent(b -> columns.put(ColumnRole.BALANCE, List.of(b)));
            } else {
                undecidedAmounts = List.copyOf(numeric);
            }
        }
        return columns;
    }

    /**
     * Two amount columns of a file without header that take turns (exactly one filled on each row) are money
     * out and money in. Which is which is decided by a running balance where the file has one (each balance is
     * the previous one plus the credit minus the debit, in either file order); without one the first is taken
     * as the debit, the order of every bank layout seen so far (TD Canada Trust, Lloyds, Westpac).
     */
    private static Optional<int[]> debitCreditPair(List<CsvRecord> sample, List<Integer> partly, List<Integer> full) {
        if (partly.size() != 2 || sample.size() < 2) {
            return Optional.empty();
        }
        int first = partly.get(0);
        int second = partly.get(1);
        boolean alternate = sample.stream()
                .allMatch(r -> r.field(first).isBlank() != r.field(second).isBlank());
        if (!alternate) {
            return Optional.empty();
        }
        if (full.size() == 1 && RunningBalance.movesAsDebitCredit(sample, second, first, full.get(0))
                && !RunningBalance.movesAsDebitCredit(sample, first, second, full.get(0))) {
            return Optional.of(new int[] {second, first});
        }
        return Optional.of(new int[] {first, second});
    }

    private static double averageLetters(List<String> cells) {
        return cells.stream().mapToLong(c -> c.chars().filter(Character::isLetter).count()).average().orElse(0);
    }

    /** A column of words: neither dates nor amounts, and two letters a cell or more on average. */
    private static boolean holdsWords(List<String> cells) {
        return !mostly(cells, DateText::looksLikeDate, 0.8) && !mostly(cells, LayoutFinder::isAmount, 0.8)
                && averageLetters(cells) >= 2;
    }

    private static boolean hasDecimals(String cell) {
        return DECIMALS.matcher(cell.strip()).find();
    }

    /** Whole numbers of five or more digits on every row (account or reference numbers), never amounts. */
    private static boolean looksLikeIdentifiers(List<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).allMatch(c -> c.strip().matches("\\d{5,}"));
    }

    private void applyUserColumns(Map<ColumnRole, List<Integer>> columns, List<String> header) {
        Map<ColumnRole, List<String>> user = options.columns();
        if (user.containsKey(ColumnRole.AMOUNT)) {
            columns.remove(ColumnRole.DEBIT);
            columns.remove(ColumnRole.CREDIT);
        } else if (user.containsKey(ColumnRole.DEBIT) || user.containsKey(ColumnRole.CREDIT)) {
            columns.remove(ColumnRole.AMOUNT);
        }
        List<String> cells = normalized(header);
        for (Map.Entry<ColumnRole, List<String>> entry : user.entrySet()) {
            List<Integer> indexes = new ArrayList<>();
            for (String reference : entry.getValue()) {
                indexes.add(resolve(entry.getKey(), reference, cells));
            }
            columns.put(entry.getKey(), indexes);
        }
    }

    private int resolve(ColumnRole role, String reference, List<String> cells) {
        int byName = cells.indexOf(HeaderVocabulary.normalize(reference));
        if (byName >= 0) {
            return byName;
        }
        var number = COLUMN_NUMBER.matcher(reference);
        if (number.matches() && Integer.parseInt(number.group(1)) >= 1) {
            return Integer.parseInt(number.group(1)) - 1;
        }
        throw CsvOptions.invalid(fileName, role.optionKey(), "names the column '" + reference + "', which "
                + (cells.isEmpty() ? "a file without header can only name by number (1 is the first column)"
                : "the header does not have"));
    }

    private Optional<Currency> headerCurrency(List<String> header, Map<ColumnRole, List<Integer>> columns) {
        for (ColumnRole role : List.of(ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT)) {
            for (int column : columns.getOrDefault(role, List.of())) {
                if (column < header.size()) {
                    Optional<String> code = HeaderVocabulary.unitCurrency(header.get(column));
                    if (code.isPresent()) {
                        try {
                            return Optional.of(Currency.getInstance(code.get()));
                        } catch (IllegalArgumentException e) {
                            // A unit such as "(ABC)" that is no ISO code says nothing about the currency.
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAmount(String cell) {
        for (char mark : new char[] {'.', ','}) {
            try {
                if (AmountText.read(cell, mark).isPresent()) {
                    return true;
                }
            } catch (AmountText.NotAnAmount e) {
                // Not an amount with this decimal mark; the other may still read it.
            }
        }
        return false;
    }

    /** Cells of ISO codes, or of symbols that name one currency ({@code €}, {@code £}, {@code zł}). */
    private static boolean isCurrencyColumn(List<String> cells) {
        return mostly(cells, cell -> {
            String code = cell.strip().toUpperCase(Locale.ROOT);
            if (code.length() != 3) {
                return !code.isEmpty() && AmountText.symbolCurrency(code).isPresent();
            }
            try {
                Currency.getInstance(code);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }, 0.9);
    }

    private static boolean mostly(List<String> cells, java.util.function.Predicate<String> test, double share) {
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        long passing = cells.stream().filter(c -> !c.isBlank()).filter(test).count();
        return filled > 0 && passing >= filled * share;
    }

    private static List<String> cellsOf(List<CsvRecord> sample, int column) {
        List<String> cells = new ArrayList<>(sample.size());
        for (CsvRecord record : sample) {
            cells.add(record.field(column));
        }
        return cells;
    }

    private static int modalWidth(List<CsvRecord> sample) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (CsvRecord record : sample) {
            int width = record.size();
            int count = counts.merge(width, 1, Integer::sum);
            if (count > bestCount || (count == bestCount && width > best)) {
                best = width;
                bestCount = count;
            }
        }
        return best;
    }

    static List<String> normalized(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(HeaderVocabulary.normalize(cell));
        }
        return out;
    }
}
