package org.myknees.adapter.inference.djl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Vectors of the seed examples and category descriptions kept on disk, so that a start does not embed them again.
 * The file name carries a hash of the model name and of every text embedded, so a changed seed file or description
 * simply misses. A missing, short or unwritable file only costs the time to embed.
 */
final class EmbeddingFile {

    private static final int MAGIC = 0x4D4B4E45;
    private static final int FORMAT = 1;

    private EmbeddingFile() {
    }

    /** The vectors of {@code texts} from the file for exactly these texts, or embedded now and written there. */
    static float[][] load(Path directory, String modelName, List<String> texts,
                          Function<List<String>, float[][]> embedder) {
        Path file = directory.resolve("embeddings-" + hash(modelName, texts) + ".bin");
        Optional<float[][]> stored = read(file, texts.size());
        if (stored.isPresent()) {
            return stored.get();
        }
        float[][] vectors = embedder.apply(texts);
        write(file, vectors);
        return vectors;
    }

    private static Optional<float[][]> read(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != count
                    || in.readInt() != MiniLmEmbedder.DIMENSIONS) {
                return Optional.empty();
            }
            float[][] vectors = new float[count][MiniLmEmbedder.DIMENSIONS];
            for (float[] vector : vectors) {
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, float[][] vectors) {
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), "embeddings-", ".part");
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(vectors.length);
                out.writeInt(MiniLmEmbedder.DIMENSIONS);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                }
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A read-only or full disk only means the next start embeds again.
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Nothing more to do: a stray part file is never read.
        }
    }

    static String hash(String modelName, List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelName.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
