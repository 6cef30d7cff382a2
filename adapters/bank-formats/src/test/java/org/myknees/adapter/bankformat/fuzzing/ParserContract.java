package org.myknees.adapter.bankformat.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * The port's contract for arbitrary bytes: {@code recognize} answers 0–100 without throwing, and {@code parse}
 * returns a {@link ParsedFile} whose rows have sensible lines and quarantine reasons, or throws
 * {@link StatementParseException} naming the file; any other exception escapes to fail the calling test.
 */
public final class ParserContract {

    private static final String FILE_NAME = "fuzzed.bin";

    private ParserContract() {
    }

    /** How many inputs parsed and how many were refused. */
    public record Tally(int parsed, int refused) {

        public int checked() {
            return parsed + refused;
        }

        Tally plus(boolean wasParsed) {
            return wasParsed ? new Tally(parsed + 1, refused) : new Tally(parsed, refused + 1);
        }
    }

    /** Checks the contract on one input; returns whether it parsed (rather than being refused). */
    public static boolean assertParsesOrRejects(StatementParser parser, byte[] content) {
        assertThat(parser.recognize(content, FILE_NAME)).isBetween(0, 100);
        ParsedFile file;
        try {
            file = parser.parse(content, ParseContext.of(FILE_NAME));
        } catch (StatementParseException rejected) {
            assertThat(rejected.getMessage()).startsWith(FILE_NAME).hasSizeGreaterThan(FILE_NAME.length() + 2);
            return false;
        }
        assertThat(file.quarantined()).allSatisfy(row -> {
            assertThat(row.reason()).isNotBlank();
            assertThat(row.line()).isNotNegative();
        });
        file.statements().forEach(s -> s.transactions().forEach(t -> assertThat(t.line()).isNotNegative()));
        return true;
    }

    /**
     * Checks the contract on each sample and on {@code perSample} mutations of it drawn from a fixed seed, so a
     * failure replays.
     */
    public static Tally holdsForMutations(StatementParser parser, List<byte[]> samples, int perSample, long seed) {
        Mutator mutator = new Mutator(seed);
        Tally tally = new Tally(0, 0);
        for (byte[] sample : samples) {
            tally = tally.plus(assertParsesOrRejects(parser, sample));
            for (int i = 0; i < perSample; i++) {
                tally = tally.plus(assertParsesOrRejects(parser, mutator.mutate(sample)));
            }
        }
        return tally;
    }

    /** The bytes of every regular file in the folders that exist, in name order; corpus descriptions excluded. */
    public static List<byte[]> samplesIn(List<Path> folders) {
        List<byte[]> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals("EXPECTED.json")).sorted().toList()) {
                    files.add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
