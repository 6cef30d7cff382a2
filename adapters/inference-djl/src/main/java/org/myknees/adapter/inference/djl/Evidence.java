package org.myknees.adapter.inference.djl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled texts a query is compared with (seed examples or category descriptions): per row the text shown to
 * people, its code index, its words and, when the model is loaded, its unit vector in a row-major matrix.
 * Immutable.
 */
final class Evidence {

    private static final int[] NONE = new int[0];

    final String[] labels;
    final int[] codes;
    final String[][] tokens;
    /** Row-major, {@link MiniLmEmbedder#DIMENSIONS} per row; null when the model is unavailable. */
    final float[] vectors;

    /** For each word, the rows that contain it. */
    private final Map<String, int[]> rowsByWord;

    Evidence(List<String> labels, int[] codes, List<String> texts, float[][] vectors) {
        this.labels = labels.toArray(String[]::new);
        this.codes = codes.clone();
        this.tokens = texts.stream().map(Tokens::of).toArray(String[][]::new);
        this.vectors = vectors == null ? null : flatten(vectors);
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int row = 0; row < tokens.length; row++) {
            for (String word : tokens[row]) {
                rows.computeIfAbsent(word, w -> new ArrayList<>()).add(row);
            }
        }
        this.rowsByWord = new HashMap<>();
        rows.forEach((word, list) -> rowsByWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The word overlap ({@link Tokens#overlap}) of {@code words} with every row, touching only rows that share one. */
    float[] overlaps(String[] words) {
        float[] overlap = new float[codes.length];
        for (String word : words) {
            for (int row : rowsByWord.getOrDefault(word, NONE)) {
                overlap[row]++;
            }
        }
        for (int row = 0; row < overlap.length; row++) {
            float shared = overlap[row];
            if (shared > 0) {
                overlap[row] = shared / (words.length + tokens[row].length - shared);
            }
        }
        return overlap;
    }

    int size() {
        return codes.length;
    }

    private static float[] flatten(float[][] rows) {
        float[] flat = new float[rows.length * MiniLmEmbedder.DIMENSIONS];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * MiniLmEmbedder.DIMENSIONS, MiniLmEmbedder.DIMENSIONS);
        }
        return flat;
    }
}
