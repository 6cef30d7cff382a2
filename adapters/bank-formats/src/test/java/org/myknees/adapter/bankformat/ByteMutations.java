package org.myknees.adapter.bankformat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;

/**
 * Deterministic mutants of sample files for robustness tests that run in every build: byte flips,
 * truncations, deletions, duplications and insertions of random bytes or of markup the parsers react to.
 * The same seed always gives the same mutants, so a failure can be replayed.
 */
public final class ByteMutations {

    private static final byte[][] TOKENS = {
        "<".getBytes(StandardCharsets.US_ASCII), ">".getBytes(StandardCharsets.US_ASCII),
        "</".getBytes(StandardCharsets.US_ASCII), "<STMTTRN>".getBytes(StandardCharsets.US_ASCII),
        "</STMTRS>".getBytes(StandardCharsets.US_ASCII), "<![CDATA[".getBytes(StandardCharsets.US_ASCII),
        "<!--".getBytes(StandardCharsets.US_ASCII), "&#".getBytes(StandardCharsets.US_ASCII),
        "\n^\n".getBytes(StandardCharsets.US_ASCII), "\n!Type:Invst\n".getBytes(StandardCharsets.US_ASCII),
        "\nD".getBytes(StandardCharsets.US_ASCII), "'".getBytes(StandardCharsets.US_ASCII),
        "99999999999999999999".getBytes(StandardCharsets.US_ASCII), {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    private ByteMutations() {
    }

    /** The bytes of every regular file in the folders that exist, in name order; corpus descriptions excluded. */
    public static List<byte[]> filesIn(List<Path> folders) {
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

    /** {@code count} mutants, each of a sample chosen in turn with one to three mutations applied. */
    public static List<byte[]> of(List<byte[]> samples, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> mutants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] mutant = samples.get(i % samples.size());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant, random);
            }
            mutants.add(mutant);
        }
        return mutants;
    }

    /** What a parser did with a set of mutants. */
    public record Outcome(int parsed, int refused, List<String> broken) {
    }

    /**
     * Feeds every mutant to the parser and sorts them by the port contract: parsed, refused with
     * {@link StatementParseException}, or broken (any other exception), naming the mutant and the seed.
     */
    public static Outcome feed(StatementParser parser, List<byte[]> mutants, String fileName, long seed) {
        List<String> broken = new ArrayList<>();
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < mutants.size(); i++) {
            try {
                parser.parse(mutants.get(i), ParseContext.of(fileName));
                parsed++;
            } catch (StatementParseException e) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                broken.add("mutant " + i + " (seed " + seed + "): " + e);
            }
        }
        return new Outcome(parsed, refused, broken);
    }

    private static byte[] mutate(byte[] input, Random random) {
        if (input.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].clone();
        }
        int at = random.nextInt(input.length);
        int span = 1 + random.nextInt(Math.min(64, input.length - at));
        return switch (random.nextInt(6)) {
            case 0 -> flip(input, at, random);
            case 1 -> Arrays.copyOf(input, at);
            case 2 -> splice(input, at, span, new byte[0]);
            case 3 -> splice(input, at, 0, Arrays.copyOfRange(input, at, at + span));
            case 4 -> splice(input, at, 0, randomBytes(1 + random.nextInt(16), random));
            default -> splice(input, at, 0, TOKENS[random.nextInt(TOKENS.length)]);
        };
    }

    private static byte[] flip(byte[] input, int at, Random random) {
        byte[] copy = input.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] randomBytes(int length, Random random) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Replaces {@code removed} bytes at {@code at} with {@code inserted}. */
    private static byte[] splice(byte[] input, int at, int removed, byte[] inserted) {
        byte[] out = new byte[input.length - removed + inserted.length];
        System.arraycopy(input, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(input, at + removed, out, at + inserted.length, input.length - at - removed);
        return out;
    }
}
