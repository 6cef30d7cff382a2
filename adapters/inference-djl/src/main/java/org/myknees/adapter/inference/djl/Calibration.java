package org.myknees.adapter.inference.djl;

/**
 * How evidence turns into a confidence. A code's score is its best similarity (cosine plus {@code lexicalWeight}
 * times word overlap) to a labelled example, plus {@code secondWeight} times its second best; a category
 * description scores its similarity plus {@code descriptionOffset}; the household's own examples add up to
 * {@code householdBonus} (all of it for a near-identical descriptor); codes whose direction contradicts the
 * amount's sign lose {@code signPenalty}. The softmax of the scores at {@code temperature} is then mapped through
 * {@code sigmoid(plattScale * logit(p) + plattShift)}, because a temperature alone left high softmax values
 * overconfident and low ones underconfident on held-out data.
 *
 * <p>The constants were fitted on held-out seed examples (five folds) by {@code CalibrationReport} in the test
 * sources, which also prints accuracy and reliability tables for the evaluation set.
 */
record Calibration(double temperature, double lexicalWeight, double secondWeight, double descriptionOffset,
                   double householdBonus, double signPenalty, double plattScale, double plattShift) {

    /** With the embedding model. */
    static final Calibration MODEL = new Calibration(0.08, 0.2, 0.2, 0.2, 0.5, 0.3, 0.75, 0.25);
    /** Word overlap alone, when the model is unavailable. */
    static final Calibration LEXICAL = new Calibration(0.08, 1.0, 0.1, 0.0, 0.5, 0.3, 0.8, 0.45);

    Calibration {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, was " + temperature);
        }
    }

    Calibration withTemperature(double value) {
        return new Calibration(value, lexicalWeight, secondWeight, descriptionOffset, householdBonus, signPenalty,
                plattScale, plattShift);
    }

    Calibration withPlatt(double scale, double shift) {
        return new Calibration(temperature, lexicalWeight, secondWeight, descriptionOffset, householdBonus,
                signPenalty, scale, shift);
    }

    /** The calibrated confidence for a softmax probability. */
    double confidence(double probability) {
        double p = Math.min(1 - 1e-9, Math.max(1e-9, probability));
        double logit = Math.log(p / (1 - p));
        return 1 / (1 + Math.exp(-(plattScale * logit + plattShift)));
    }
}
