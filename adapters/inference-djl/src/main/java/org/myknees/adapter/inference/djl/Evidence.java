package org.myknees.adapter.inference.djl;

import java.util.List;

/**
 * Labelled texts a query is compared with (seed examples or category descriptions): per row the text shown to
 * people, its code index, its words and, when the model is loaded, its unit vector in a row-major matrix.
 * Immutable.
 */
final class Evidence {

    final String[] labels;
    final int[] codes;
    final String[][] tokens;
    /** Row-major, {@link MiniLmEmbedder#DIMENSIONS} per row; null when the model is unavailable. */
    final float[] vectors;

    Evidence(List<String> labels, int[] codes, List<String> texts, float[][] vectors) {
        this.labels = labels.toArray(String[]::new);
        this.codes = codes.clone();
        this.tokens = texts.stream().map(Tokens::of).toArray(String[][]::new);
        this.vectors = vectors == null ? null : flatten(vectors);
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
