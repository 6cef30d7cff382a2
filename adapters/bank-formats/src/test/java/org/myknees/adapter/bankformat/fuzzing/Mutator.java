package org.myknees.adapter.bankformat.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic mutations of sample files: bit flips, byte changes, truncations, deletions, duplications and
 * insertions of random bytes or of tokens that matter to the formats (tags, subfield markers, XML markup,
 * delimiters, quotes and brackets).
 * The same seed gives the same sequence of inputs on every run.
 */
public final class Mutator {

    private static final List<byte[]> TOKENS = Stream.concat(Stream.of(
            // MT940 / CAMT
            ":20:", ":25:", ":60F:", ":61:", ":62F:", ":86:", ":NS:", "?20", "?32", "/NAME/", "/REMI/", "{4:", "-}",
            "\n-\n", "RD", "C", "99999999999999999999,99", "0230", "<Ntry>", "</Ntry>", "<TxDtls>",
            "<Amt Ccy=\"EUR\">", "</Amt>", "<CdtDbtInd>DBIT</CdtDbtInd>", "&amp;", "<![CDATA[", "<!DOCTYPE x>",
            "\u0000", "\r", "\n", "\uFFFD", "XXX",
            // OFX / QIF
            "<", ">", "</", "<STMTTRN>", "</STMTRS>", "<!--", "&#", "\n^\n", "\n!Type:Invst\n", "\nD", "'",
            "99999999999999999999",
            // CSV / JSON
            ",", ";", "\t", "|", "\"", "{", "}", "[", "]", ":", "-", "(", ")", ".", "$", "\u20AC", " ", "\\")
            .map(token -> token.getBytes(StandardCharsets.UTF_8)),
            // a lone UTF-8 lead byte and a byte-order mark
            Stream.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).toList();

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations applied to a copy of the sample. */
    public byte[] mutate(byte[] sample) {
        byte[] result = sample;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            result = mutateOnce(result);
        }
        return result;
    }

    private byte[] mutateOnce(byte[] input) {
        if (input.length == 0) {
            return token();
        }
        int at = random.nextInt(input.length);
        return switch (random.nextInt(7)) {
            case 0 -> {
                byte[] flipped = input.clone();
                flipped[at] ^= (byte) (1 << random.nextInt(8));
                yield flipped;
            }
            case 1 -> {
                byte[] changed = input.clone();
                changed[at] = (byte) random.nextInt(256);
                yield changed;
            }
            case 2 -> Arrays.copyOf(input, at);
            case 3 -> splice(input, at, Math.min(input.length, at + 1 + random.nextInt(64)), new byte[0]);
            case 4 -> splice(input, at, at, Arrays.copyOfRange(input, at, Math.min(input.length,
                    at + 1 + random.nextInt(256))));
            case 5 -> {
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                yield splice(input, at, at, noise);
            }
            default -> splice(input, at, at, token());
        };
    }

    private byte[] token() {
        return TOKENS.get(random.nextInt(TOKENS.size()));
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
        byte[] out = new byte[input.length - (to - from) + insert.length];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(input, to, out, from + insert.length, input.length - to);
        return out;
    }
}
