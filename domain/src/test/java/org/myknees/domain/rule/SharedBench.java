package org.myknees.domain.rule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared benchmark folder ({@code shared/bench} beside the checkout, found by walking up from the
 * working directory). It is not part of the repository, so tests that need it skip with a message naming what
 * is missing. Set {@code -Dmyknees.bench.dir=DIR} or {@code MYKNEES_BENCH_DIR} to point elsewhere.
 */
final class SharedBench {

    private SharedBench() {
    }

    static Optional<Path> root() {
        String configured = System.getProperty("myknees.bench.dir", System.getenv("MYKNEES_BENCH_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bench");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file of the benchmark folder; skips the calling test when it is absent. */
    static Path file(String name) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "The shared benchmark folder (shared/bench beside the checkout, or "
                + "-Dmyknees.bench.dir) is absent, so " + name + " cannot be checked");
        Path file = root.get().resolve(name);
        assumeTrue(Files.isRegularFile(file), "The shared benchmark folder has no " + name + " at " + file);
        return file;
    }
}
