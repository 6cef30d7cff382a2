package org.myknees.adapter.bankformat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared bank-file corpus ({@code shared/corpus} beside the checkout). It is not part of the
 * repository (some files are copyleft), so tests that need it skip with a message naming what is missing.
 * Set {@code -Dmyknees.corpus.dir=DIR} or {@code MYKNEES_CORPUS_DIR} to point elsewhere.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** The corpus root, or empty when no corpus can be found. */
    public static Optional<Path> root() {
        String configured = System.getProperty("myknees.corpus.dir", System.getenv("MYKNEES_CORPUS_DIR"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus folder of one format ({@code ofx}, {@code camt}, …); skips the calling test when absent. */
    public static Path folder(String format) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "The bank-file corpus (shared/corpus beside the checkout, or "
                + "-Dmyknees.corpus.dir) is absent, so the corpus tests for " + format + " cannot run");
        Path folder = root.get().resolve(format);
        assumeTrue(Files.isDirectory(folder), "The corpus has no " + format + " folder at " + folder);
        return folder;
    }

    /** The {@code EXPECTED.json} facts of one format folder. */
    public static JsonNode expected(String format) {
        try {
            return JSON.readTree(folder(format).resolve("EXPECTED.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
