package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * The port's contract for any input bytes, shared by the fuzz and mutation tests of the CSV, aggregator and
 * order parsers: {@code recognize} answers 0–100 and {@code parse} gives a {@link ParsedFile} or throws a
 * {@link StatementParseException} naming the file; any other exception fails the calling test.
 */
public final class ParserContract {

    private static final byte[] INTERESTING = ",;\t|\"\n\r{}[]:-().$€ 0123456789'\\".getBytes(StandardCharsets.UTF_8);

    private ParserContract() {
    }

    public static void holdsFor(StatementParser parser, byte[] input) {
        assertThat(parser.recognize(input, "input")).isBetween(0, 100);
        ParsedFile file;
        try {
            file = parser.parse(input, ParseContext.of("input"));
        } catch (StatementParseException rejected) {
            assertThat(rejected.getMessage()).startsWith("input");
            return;
        }
        assertThat(file.quarantined()).allSatisfy(q -> assertThat(q.line()).isNotNegative());
        file.statements().forEach(s -> s.transactions().forEach(t -> assertThat(t.line()).isNotNegative()));
    }

    /**
     * Checks the contract on each sample and on {@code perSample} mutations of it (byte changes, insertions of
     * delimiters, quotes and brackets, deletions, duplicated runs, truncation) drawn from a fixed seed.
     *
     * @return how many inputs were checked
     */
    public static int holdsForMutations(StatementParser parser, List<byte[]> samples, int perSample, long seed) {
        Random random = new Random(seed);
        int checked = 0;
        for (byte[] sample : samples) {
            holdsFor(parser, sample);
            checked++;
            for (int i = 0; i < perSample; i++) {
                holdsFor(parser, mutate(sample, random));
                checked++;
            }
        }
        return checked;
    }

    private static byte[] mutate(byte[] sample, Random random) {
        byte[] data = sample.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && data.length > 0; e++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(6)) {
                case 0 -> data[at] = (byte) random.nextInt(256);
                case 1 -> data[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> data = splice(data, at, Math.min(data.length, at + 1 + random.nextInt(8)), new byte[0]);
                case 3 -> data = splice(data, at, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
                case 4 -> {
                    int end = Math.min(data.length, at + 1 + random.nextInt(40));
                    data = splice(data, end, end, Arrays.copyOfRange(data, at, end));
                }
                default -> data = Arrays.copyOf(data, at);
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + insert.length);
        out.write(data, 0, from);
        out.write(insert, 0, insert.length);
        out.write(data, to, data.length - to);
        return out.toByteArray();
    }
}
