package org.myknees.adapter.inference.djl;

/**
 * One descriptor to score: its key (normalized descriptor), its words, its unit vector (null without the model),
 * and the sign of the amount (-1 money out, 1 money in, 0 unknown or zero).
 */
record Query(String key, String[] tokens, float[] vector, int sign) {
}
