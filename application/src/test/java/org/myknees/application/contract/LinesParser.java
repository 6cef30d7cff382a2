package org.myknees.application.contract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementAccount;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/**
 * A tiny format for testing the import pipeline apart from real bank formats. The first line is
 * {@code #lines ACCOUNT [OPENING CLOSING CURRENCY]}; then one row per line:
 * {@code date;amount;currency;text[;bank id[;pending[;bank id it replaces]]]}, or {@code !withdraw BANK-ID} for a
 * row the bank withdrew.
 */
final class LinesParser implements StatementParser {

    static final ImportFormat FORMAT = new ImportFormat("test-lines");

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public int recognize(byte[] head, String fileName) {
        return new String(head, StandardCharsets.UTF_8).startsWith("#lines") ? 100 : 0;
    }

    @Override
    public ParsedFile parse(byte[] content, ParseContext context) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("#lines")) {
            throw new StatementParseException(context.fileName(), 1, "not a #lines file");
        }
        String[] header = lines.get(0).split(" ");
        Optional<String> account = header.length > 1 ? Optional.of(header[1]) : Optional.empty();
        List<ParsedTransaction> rows = new ArrayList<>();
        List<QuarantinedRow> quarantined = new ArrayList<>();
        List<ParsedStatement.Withdrawal> withdrawn = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("!withdraw ")) {
                withdrawn.add(new ParsedStatement.Withdrawal(i + 1, lines.get(i).substring("!withdraw ".length())));
                continue;
            }
            String[] f = lines.get(i).split(";", -1);
            try {
                rows.add(new ParsedTransaction(i + 1, LocalDate.parse(f[0]), Optional.empty(), Money.parse(f[1], f[2]),
                        f[3], Optional.empty(), Optional.empty(),
                        f.length > 4 && !f[4].isEmpty() ? Optional.of(f[4]) : Optional.empty(),
                        f.length > 5 && f[5].equals("pending"), Optional.empty(),
                        f.length > 6 ? Optional.of(f[6]) : Optional.empty()));
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                quarantined.add(new QuarantinedRow(i + 1, "row", "unreadable: " + e.getMessage(), lines.get(i)));
            }
        }
        Optional<StatedBalance> opening = Optional.empty();
        Optional<StatedBalance> closing = Optional.empty();
        Optional<java.util.Currency> currency = Optional.empty();
        if (header.length > 4) {
            currency = Optional.of(Money.currency(header[4]));
            opening = Optional.of(new StatedBalance(Money.parse(header[2], header[4]), LocalDate.parse("2026-01-01")));
            closing = Optional.of(new StatedBalance(Money.parse(header[3], header[4]), LocalDate.parse("2026-01-31")));
        }
        return new ParsedFile(List.of(new ParsedStatement(new StatementAccount(account, Optional.empty(), account,
                Optional.of("CHECKING")), currency, opening, closing, rows, withdrawn)), List.of(), quarantined,
                List.of());
    }
}
