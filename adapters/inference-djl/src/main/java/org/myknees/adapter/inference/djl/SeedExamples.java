package org.myknees.adapter.inference.djl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.myknees.domain.category.Taxonomy;

/**
 * The labelled descriptors the team wrote and ships ({@code seed-examples.csv}, columns {@code descriptor,code}),
 * reduced to distinct (normalized descriptor, code) pairs.
 */
final class SeedExamples {

    /** One seed: the descriptor as written, its matching key, and its detailed code. */
    record Seed(String descriptor, String key, String code) {
    }

    private SeedExamples() {
    }

    static List<Seed> read(InputStream in, String name, Taxonomy taxonomy) {
        if (in == null) {
            throw new IllegalStateException("Seed resource " + name + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals("descriptor,code")) {
                throw new IllegalStateException(name + " line 1: expected the header 'descriptor,code', found '"
                        + header + "'");
            }
            Set<String> seen = new LinkedHashSet<>();
            List<Seed> seeds = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                if (comma <= 0) {
                    throw new IllegalStateException(name + " line " + number + ": expected 'descriptor,code'");
                }
                String descriptor = unquote(line.substring(0, comma).strip());
                String code = line.substring(comma + 1).strip();
                if (!taxonomy.contains(code) || taxonomy.find(code).orElseThrow().isPrimary()) {
                    throw new IllegalStateException(name + " line " + number + ": '" + code
                            + "' is not a detailed code of the taxonomy");
                }
                String key = LocalDescriptorNormalizer.normalize(descriptor);
                if (key.isEmpty()) {
                    throw new IllegalStateException(name + " line " + number + ": descriptor '" + descriptor
                            + "' has no words left after normalization");
                }
                if (seen.add(key + '\u0000' + code)) {
                    seeds.add(new Seed(descriptor, key, code));
                }
            }
            return List.copyOf(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + name + " failed", e);
        }
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
