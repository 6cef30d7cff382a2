package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.bankformat.Corpus;
import org.myknees.adapter.bankformat.fuzzing.Mutator;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;

/**
 * A file read in parts on several threads gives exactly what reading it on one thread gives: the same rows in the
 * same order, the same quarantined rows with the same lines and reasons, the same warnings and the same refusals.
 * The parts are forced on small files (no size threshold) and on one file above the real threshold.
 */
class CsvSplitParseTest {

    private static final CsvStatementParser ONE_THREAD = new CsvStatementParser(1, Integer.MAX_VALUE);
    private static final int[] THREADS = {2, 3, 4, 7};
    /** Fewer thread counts for the many files of the corpus and of the mutations. */
    private static final int[] SOME_THREADS = {2, 5};

    @Test
    void generatedFileWithQuotedCommasGivesTheSameRowsOnEveryThreadCount() {
        String text = generated(3_000, "\n", 0);

        ParsedFile single = assertSameOnEveryThreadCount(text.getBytes(StandardCharsets.UTF_8));

        assertThat(transactions(single)).hasSize(3_000);
        assertThat(transactions(single).get(2_999).line()).isEqualTo(3_001);
        assertThat(transactions(single)).anyMatch(t -> t.rawDescriptor().contains(", "));
    }

    @Test
    void quotedLineBreaksAcrossTheCutsAreReadAsOneThreadReadsThem() {
        String text = generated(3_000, "\n", 5);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        ParsedFile single = assertSameOnEveryThreadCount(bytes);

        assertThat(Arrays.stream(THREADS).anyMatch(n -> cutsInsideARecord(text, n)))
                .as("some cut falls inside a quoted field").isTrue();
        assertThat(transactions(single)).hasSize(3_000);
        assertThat(transactions(single)).anyMatch(t -> t.rawDescriptor().contains("\n"));
    }

    @Test
    void aLongQuotedFieldOverTheMiddleOfTheFileIsReadAsOneField() {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < 400; i++) {
            text.append("2024-01-").append(10 + i % 18).append(",\"Shop, ").append(i).append("\",-").append(i)
                    .append(".50\n");
        }
        // 600 lines inside one quoted field, so that the cut between two parts lands inside it and some of seven parts
        // lie wholly inside it; the quotes in it make a part that starts inside the field read it wrongly.
        text.append("2024-02-01,\"Note");
        for (int i = 0; i < 600; i++) {
            text.append("\nline ").append(i).append(" of a \"\"memo\"\", quoted");
        }
        text.append("\",-1.00\n");
        for (int i = 0; i < 400; i++) {
            text.append("2024-03-").append(10 + i % 18).append(",\"Shop, ").append(i).append("\",").append(i)
                    .append(".25\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

        ParsedFile single = assertSameOnEveryThreadCount(bytes);

        assertThat(cutsInsideARecord(text.toString(), 2)).isTrue();
        assertThat(transactions(single).get(400).rawDescriptor()).contains("line 599 of a \"memo\", quoted");
        assertThat(transactions(single)).hasSize(801);
        assertThat(transactions(single).get(401).line()).isEqualTo(1_003);
    }

    @Test
    void crlfFileGivesTheSameRowsAndLines() {
        String text = generated(2_000, "\r\n", 7);

        ParsedFile single = assertSameOnEveryThreadCount(text.getBytes(StandardCharsets.UTF_8));

        assertThat(transactions(single)).hasSize(2_000);
    }

    @Test
    void fileWithAByteOrderMarkGivesTheSameRows() {
        byte[] text = generated(2_000, "\n", 0).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ParsedFile single = assertSameOnEveryThreadCount(withBom);

        assertThat(transactions(single)).hasSize(2_000);
        assertThat(transactions(single).get(0).bookingDate()).hasToString("2024-01-01");
    }

    @Test
    void cutOnAnEmptyLineKeepsTheLinesAfterIt() {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < 500; i++) {
            text.append("2024-04-").append(10 + i % 18).append(",Rent ").append(i).append(",-").append(i)
                    .append(".00\n");
            if (i == 250) {
                text.append("\n".repeat(2_000));
            }
        }
        String content = text.toString();
        int cut = CsvTokenizer.cuts(content, 2)[1];

        ParsedFile single = assertSameOnEveryThreadCount(content.getBytes(StandardCharsets.UTF_8));

        assertThat(content.charAt(cut)).as("the cut starts an empty line").isEqualTo('\n');
        assertThat(transactions(single)).hasSize(500);
        assertThat(transactions(single).get(251).line()).isEqualTo(2_253);
    }

    @Test
    void decimalCommaFileWithDayFirstDatesGivesTheSameRows() {
        StringBuilder text = new StringBuilder("Buchungstag;Verwendungszweck;Betrag;Saldo\n");
        long balance = 100_000;
        for (int i = 0; i < 2_000; i++) {
            long cents = (i % 7 == 0 ? 250_000 : -(1_000 + 37L * i));
            balance += cents;
            text.append(String.format("%02d.%02d.2024;\"Einkauf; Filiale %d\";%s;%s\n", 1 + i % 28, 1 + i / 200, i,
                    german(cents), german(balance)));
        }

        ParsedFile single = assertSameOnEveryThreadCount(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(transactions(single)).hasSize(2_000);
        assertThat(single.statements().get(0).closing()).isPresent();
        assertThat(transactions(single).get(1).amount().minorUnits()).isEqualTo(-1_037);
    }

    @Test
    void malformedRowsInTheSecondHalfKeepTheirExactLines() {
        String[] lines = generated(3_000, "\n", 0).split("\n", -1);
        lines[2_100] = "2024-05-05,Coffee";
        lines[2_500] = "2024-05-06,Coffee,12.3.4x";
        lines[2_800] = "2024-13-01,Coffee,-2.00";
        // The last row, read after every other: a quote that never closes breaks only its own line.
        lines[3_000] = "2024-05-07,\"Never closed,-3.00";
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        ParsedFile single = assertSameOnEveryThreadCount(bytes);

        assertThat(single.quarantined()).extracting(QuarantinedRow::line).containsExactly(2_101, 2_501, 2_801, 3_001);
        assertThat(single.quarantined()).extracting(QuarantinedRow::field)
                .containsExactly("amount", "amount", "date", "row");
        assertThat(transactions(single)).hasSize(2_996);
    }

    @Test
    void repeatedHeadersCurrenciesAndAClosingBalanceLineAreDecidedAsOneThreadDecides() {
        StringBuilder text = new StringBuilder("Date,Description,Amount,Currency\n");
        for (int i = 0; i < 2_000; i++) {
            if (i == 1_500) {
                text.append("Date,Description,Amount,Currency\n");
            }
            String currency = i < 1_200 ? "EUR" : i % 2 == 0 ? "CHF" : "EUR";
            text.append("2024-06-").append(10 + i % 18).append(",Shop ").append(i).append(",-").append(i % 90)
                    .append(".10,").append(currency).append('\n');
        }
        text.append("2024-06-30,,1000.00,\n");

        ParsedFile single = assertSameOnEveryThreadCount(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(single.statements()).extracting(s -> s.currency().orElseThrow().getCurrencyCode())
                .containsExactly("EUR", "CHF");
        assertThat(single.warnings()).anyMatch(w -> w.contains("repeated at line(s) [1502]"));
        assertThat(single.warnings()).anyMatch(w -> w.contains("(line(s) [2003])"));
    }

    @Test
    void descriptionsWrappedOntoLinesOfTheirOwnAreJoinedAcrossEveryCut() {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        int line = 1;
        int continuations = 0;
        int afterBlank = 0;
        for (int i = 0; i < 2_000; i++) {
            text.append("2024-07-").append(10 + i % 18).append(",Card payment ").append(i).append(",-").append(i % 70)
                    .append(".25\n");
            line++;
            // none to three wrapped lines after the rows, so that cuts land among them
            for (int k = 0; k < i % 4; k++) {
                text.append(",part ").append(k + 2).append(" of ").append(i).append(",\n");
                line++;
                continuations++;
            }
            if (i == 1_000) {
                // text after a blank line continues nothing: it stays a note line
                text.append("\n,after a blank line,\n");
                line += 2;
                afterBlank = line;
            }
        }
        text.append(",the last line wrapped,\n");
        String content = text.toString();

        ParsedFile single = assertSameOnEveryThreadCount(content.getBytes(StandardCharsets.UTF_8));

        assertThat(Arrays.stream(THREADS).anyMatch(n -> Arrays.stream(CsvTokenizer.cuts(content, n))
                .anyMatch(cut -> content.startsWith(",part", cut)))).as("some cut starts a wrapped line").isTrue();
        assertThat(transactions(single)).hasSize(2_000);
        assertThat(transactions(single).get(3).rawDescriptor())
                .isEqualTo("Card payment 3 part 2 of 3 part 3 of 3 part 4 of 3");
        assertThat(transactions(single).get(1_999).rawDescriptor()).endsWith("part 4 of 1999 the last line wrapped");
        String joined = "Joined " + (continuations + 1) + " line(s)";
        String note = "note line(s), which are no transactions (line(s) [" + afterBlank + "])";
        assertThat(single.warnings()).anyMatch(w -> w.startsWith(joined)).anyMatch(w -> w.contains(note));
    }

    @Test
    void accountsPastedOneAfterTheOtherAreToldApartAsOneThreadTellsThem() {
        StringBuilder text = new StringBuilder("Account,Current Account 12345678\nDate,Description,Amount\n");
        for (int account = 0; account < 3; account++) {
            if (account > 0) {
                text.append("\nAccount,Savings Account ").append(87654320 + account)
                        .append("\nDate,Description,Amount\n");
            }
            for (int i = 0; i < 700; i++) {
                text.append("2024-08-").append(10 + i % 18).append(",Payment ").append(i).append(",-").append(i % 50)
                        .append(".75\n");
            }
        }

        ParsedFile single = assertSameOnEveryThreadCount(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(single.statements()).hasSize(3);
        assertThat(single.statements()).extracting(s -> s.transactions().size()).containsExactly(700, 700, 700);
        assertThat(single.statements()).extracting(s -> s.account().name().orElseThrow())
                .containsExactly("Current Account 12345678", "Savings Account 87654321", "Savings Account 87654322");
    }

    @Test
    void feesChargedBesideTheAmountOnlyNearTheEndAreTakenOffOnEveryThreadCount() {
        StringBuilder text = new StringBuilder("Date,Description,Amount,Fee,Balance\n");
        long balanceCents = 1_000_000;
        for (int i = 0; i < 2_000; i++) {
            long amountCents = -(100 + i % 900);
            long feeCents = i >= 1_990 ? 25 + i % 3 : 0;
            balanceCents += amountCents - feeCents;
            text.append("2024-08-").append(10 + i % 18).append(",Card payment ").append(i).append(',')
                    .append(decimal(amountCents)).append(',').append(decimal(feeCents)).append(',')
                    .append(decimal(balanceCents)).append('\n');
        }

        ParsedFile single = assertSameOnEveryThreadCount(text.toString().getBytes(StandardCharsets.UTF_8));

        List<ParsedTransaction> rows = transactions(single);
        ParsedTransaction charged = rows.get(1_995);
        assertThat(charged.amount().minorUnits()).isEqualTo(-(100 + 1_995 % 900) - (25 + 1_995 % 3));
        assertThat(charged.rawDescriptor()).endsWith("(amount -" + decimal(100 + 1_995 % 900)
                + ", fee " + decimal(25 + 1_995 % 3) + ")");
        assertThat(rows.get(10).amount().minorUnits()).isEqualTo(-(100 + 10));
        assertThat(single.warnings()).anyMatch(w -> w.contains("taken off the amounts in column 'Amount'"));
    }

    private static String decimal(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    @Test
    void fileAboveTheRealThresholdIsReadInPartsAsOneThreadReadsIt() {
        String text = generated(130_000, "\r\n", 11);
        assertThat(text.length()).isGreaterThan(4 << 20);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        ParsedFile parts = new CsvStatementParser(4, 4 << 20).parse(bytes, context());

        assertThat(parts).isEqualTo(ONE_THREAD.parse(bytes, context()));
        assertThat(transactions(parts)).hasSize(130_000);
    }

    @Test
    void mutatedFilesGiveTheSameResultOrTheSameRefusalInParts() {
        List<byte[]> samples = List.of(generated(60, "\n", 4).getBytes(StandardCharsets.UTF_8),
                generated(60, "\r\n", 3).getBytes(StandardCharsets.UTF_8),
                ("Buchungstag;Text;Betrag\n" + "01.02.2024;\"A;\nB\";-1,50\n".repeat(40))
                        .getBytes(StandardCharsets.ISO_8859_1));
        Mutator mutator = new Mutator(20_261_124L);
        int compared = 0;
        for (byte[] sample : samples) {
            for (int i = 0; i < 100; i++) {
                assertSameOn(SOME_THREADS, mutator.mutate(sample));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(300);
    }

    @Test
    void randomTextsOfQuotesAndLineBreaksGiveTheSameRecordsInParts() {
        Random random = new Random(5L);
        String alphabet = "aaab,,\"\"\"\n\n\r ";
        List<Cores> threadCounts = List.of(Cores.of(2), Cores.of(3), Cores.of(4), Cores.of(6));
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(200);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> single = described(CsvTokenizer.tokenize(text.toString(), ','));
            for (Cores cores : threadCounts) {
                assertThat(described(CsvTokenizer.tokenize(text.toString(), ',', cores)))
                        .as("%s in %d parts", text, cores.count()).isEqualTo(single);
                compared++;
            }
        }
        threadCounts.forEach(Cores::close);
        assertThat(compared).isEqualTo(8_000);
    }

    @Test
    void corpusFilesGiveTheSameResultInParts() throws IOException {
        Path folder = Corpus.folder("csv");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            assertSameOn(SOME_THREADS, Files.readAllBytes(file));
        }
        assertThat(files).isNotEmpty();
    }

    /**
     * Parses the bytes on one thread and in parts on each thread count, asserting equal results (or equal refusals),
     * and gives the one thread's result (null for a refusal).
     */
    private static ParsedFile assertSameOnEveryThreadCount(byte[] bytes) {
        return assertSameOn(THREADS, bytes);
    }

    private static ParsedFile assertSameOn(int[] threadCounts, byte[] bytes) {
        ParsedFile[] single = new ParsedFile[1];
        Throwable refusal = catchThrowable(() -> single[0] = ONE_THREAD.parse(bytes, context()));
        for (int threads : threadCounts) {
            CsvStatementParser parts = new CsvStatementParser(threads, 0);
            if (refusal != null) {
                Throwable partsRefusal = catchThrowable(() -> parts.parse(bytes, context()));
                assertThat(partsRefusal).as("%d threads", threads).isNotNull()
                        .hasMessage(refusal.getMessage()).isInstanceOf(refusal.getClass());
            } else {
                assertThat(parts.parse(bytes, context())).as("%d threads", threads).isEqualTo(single[0]);
            }
        }
        return single[0];
    }

    /** Everything a record says: its line, start, raw text, fields and problem. */
    private static List<String> described(List<CsvRecord> records) {
        return records.stream().map(r -> r.line() + "@" + r.start() + " [" + r.text() + "] " + r.fields() + " "
                + r.problem().orElse("")).toList();
    }

    private static ParseContext context() {
        return ParseContext.of("split.csv");
    }

    private static List<ParsedTransaction> transactions(ParsedFile file) {
        return file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
    }

    /** Whether a cut of the text into {@code parts} falls where no record of the one-thread reading starts. */
    private static boolean cutsInsideARecord(String text, int parts) {
        List<Integer> starts = new ArrayList<>();
        for (CsvRecord record : CsvTokenizer.tokenize(text, ',')) {
            starts.add(record.start());
        }
        return Arrays.stream(CsvTokenizer.cuts(text, parts)).anyMatch(cut -> cut < text.length() && !starts.contains(cut));
    }

    /**
     * A file of {@code rows} rows with a header, descriptions quoted where they hold a comma, and, every
     * {@code breakEvery} rows (never when 0), a quoted description over two or three lines.
     */
    private static String generated(int rows, String lineEnd, int breakEvery) {
        Random random = new Random(rows * 31L + breakEvery);
        StringBuilder text = new StringBuilder("Date,Description,Amount").append(lineEnd);
        for (int i = 0; i < rows; i++) {
            String description;
            if (breakEvery > 0 && i % breakEvery == 0) {
                description = "\"Transfer " + i + lineEnd + "ref " + random.nextInt(1_000)
                        + (random.nextBoolean() ? "\n\"\"memo\"\", part two" : "") + "\"";
            } else if (i % 3 == 0) {
                description = "\"Shop, branch " + random.nextInt(500) + "\"";
            } else {
                description = "Payment " + random.nextInt(10_000);
            }
            text.append(String.format("2024-%02d-%02d", 1 + i / 6_000 % 12, 1 + i % 28)).append(',').append(description)
                    .append(',').append(random.nextBoolean() ? "-" : "").append(random.nextInt(5_000)).append('.')
                    .append(String.format("%02d", random.nextInt(100))).append(lineEnd);
        }
        return text.toString();
    }

    private static String german(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "," + String.format("%02d", Math.abs(cents) % 100);
    }
}
