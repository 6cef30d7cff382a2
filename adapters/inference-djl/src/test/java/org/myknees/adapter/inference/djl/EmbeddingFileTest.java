package org.myknees.adapter.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingFileTest {

    private static Function<List<String>, float[][]> counting(AtomicInteger calls) {
        return texts -> {
            calls.incrementAndGet();
            float[][] vectors = new float[texts.size()][MiniLmEmbedder.DIMENSIONS];
            for (int i = 0; i < texts.size(); i++) {
                vectors[i][i % MiniLmEmbedder.DIMENSIONS] = texts.get(i).length();
            }
            return vectors;
        };
    }

    @Test
    void vectorsComputedOnceAreReadBackByTheNextStart(@TempDir Path directory) {
        AtomicInteger calls = new AtomicInteger();
        List<String> texts = List.of("STARBUCKS STORE", "SHELL OIL");

        float[][] first = EmbeddingFile.load(directory, "model", texts, counting(calls));
        float[][] second = EmbeddingFile.load(directory, "model", texts, counting(calls));

        assertThat(calls).hasValue(1);
        assertThat(second).isDeepEqualTo(first);
    }

    @Test
    void otherTextsOrAnotherModelMissTheStoredFile(@TempDir Path directory) {
        AtomicInteger calls = new AtomicInteger();
        EmbeddingFile.load(directory, "model", List.of("A", "B"), counting(calls));

        EmbeddingFile.load(directory, "model", List.of("A", "C"), counting(calls));
        EmbeddingFile.load(directory, "other-model", List.of("A", "B"), counting(calls));

        assertThat(calls).hasValue(3);
    }

    @Test
    void aTruncatedFileIsRecomputedNotTrusted(@TempDir Path directory) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> texts = List.of("A", "B");
        EmbeddingFile.load(directory, "model", texts, counting(calls));
        try (var files = Files.list(directory)) {
            Path stored = files.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
            Files.write(stored, new byte[] {0, 1, 2});
        }

        float[][] vectors = EmbeddingFile.load(directory, "model", texts, counting(calls));

        assertThat(calls).hasValue(2);
        assertThat(vectors[1][1]).isEqualTo(1f);
    }

    @Test
    void anUnwritableDirectoryOnlyCostsTheEmbedding(@TempDir Path directory) throws Exception {
        Path blocked = directory.resolve("file-not-directory");
        Files.writeString(blocked, "x");
        AtomicInteger calls = new AtomicInteger();

        float[][] vectors = EmbeddingFile.load(blocked, "model", List.of("A"), counting(calls));

        assertThat(vectors).hasDimensions(1, MiniLmEmbedder.DIMENSIONS);
        assertThat(calls).hasValue(1);
    }
}
