package org.myknees.adapter.inference.djl;

/** Arithmetic on the embedding vectors (unit length, so a dot product is the cosine similarity). */
final class Vectors {

    private Vectors() {
    }

    /** Divides by {@code count} (the mean of pooled token vectors) and scales to unit length. */
    static float[] normalize(float[] sum, int count) {
        double norm = 0;
        for (float v : sum) {
            double mean = v / (double) count;
            norm += mean * mean;
        }
        float scale = norm == 0 ? 0f : (float) (1.0 / (Math.sqrt(norm) * count));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= scale;
        }
        return sum;
    }

    /** Dot product of {@code query} with row {@code row} of a row-major matrix of vectors of the query's length. */
    static float dot(float[] query, float[] matrix, int row) {
        int base = row * query.length;
        // Four independent sums let the JIT keep several multiply-adds in flight.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < query.length; i += 4) {
            s0 += query[i] * matrix[base + i];
            s1 += query[i + 1] * matrix[base + i + 1];
            s2 += query[i + 2] * matrix[base + i + 2];
            s3 += query[i + 3] * matrix[base + i + 3];
        }
        for (; i < query.length; i++) {
            s0 += query[i] * matrix[base + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
