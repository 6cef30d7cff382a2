package org.myknees.adapter.inference.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.myknees.application.categorization.port.out.Suggestion;

/**
 * Turns the similarity of a query to labelled evidence into calibrated suggestions (see {@link Calibration}).
 * Immutable and thread-safe.
 */
final class CategoryScorer {

    /** Suggestions less likely than this are noise, not help. */
    static final double MIN_CONFIDENCE = 0.005;
    private static final float NONE = Float.NEGATIVE_INFINITY;

    private final List<String> codes;
    private final Map<String, Integer> indexOf;
    private final int[] direction;
    private final Evidence seeds;
    private final Evidence descriptions;
    private final Calibration calibration;

    /**
     * @param codes        the candidate codes; evidence rows refer to them by index
     * @param direction    per code, 1 if it is money in only, -1 if money out only, 0 if either
     */
    CategoryScorer(List<String> codes, int[] direction, Evidence seeds, Evidence descriptions,
                   Calibration calibration) {
        this.codes = List.copyOf(codes);
        this.indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i), i);
        }
        this.direction = direction.clone();
        this.seeds = seeds;
        this.descriptions = descriptions;
        this.calibration = calibration;
    }

    List<Suggestion> suggest(Query query, HouseholdExamples.Snapshot household, int limit) {
        return softmaxTop(candidates(query, household), limit, household);
    }

    /** Every code with its score and best evidence: the taxonomy's codes first, in order, then household codes. */
    List<Candidate> candidates(Query query, HouseholdExamples.Snapshot household) {
        int n = codes.size();
        float[] best = new float[n];
        float[] second = new float[n];
        int[] source = new int[n];
        Arrays.fill(best, NONE);
        Arrays.fill(second, NONE);
        float[] seedOverlap = seeds.overlaps(query.tokens());
        for (int i = 0; i < seeds.size(); i++) {
            float sim = similarity(query, seedOverlap[i], seeds.vectors, i);
            int code = seeds.codes[i];
            if (sim > best[code]) {
                second[code] = best[code];
                best[code] = sim;
                source[code] = i;
            } else if (sim > second[code]) {
                second[code] = sim;
            }
        }
        List<Candidate> candidates = new ArrayList<>(n + 4);
        Candidate[] byCode = new Candidate[n];
        for (int c = 0; c < n; c++) {
            double score = best[c] == NONE ? NONE : best[c] + calibration.secondWeight() * Math.max(0, second[c]);
            byCode[c] = new Candidate(codes.get(c), score, Kind.SEED, source[c]);
        }
        float[] descriptionOverlap = descriptions.overlaps(query.tokens());
        for (int d = 0; d < descriptions.size(); d++) {
            double score = similarity(query, descriptionOverlap[d], descriptions.vectors, d)
                    + calibration.descriptionOffset();
            int c = descriptions.codes[d];
            if (score > byCode[c].score) {
                byCode[c] = new Candidate(codes.get(c), score, Kind.DESCRIPTION, d);
            }
        }
        for (int c = 0; c < n; c++) {
            if (direction[c] != 0 && direction[c] == -query.sign()) {
                byCode[c] = byCode[c].penalised(calibration.signPenalty());
            }
        }
        candidates.addAll(Arrays.asList(byCode));
        addHousehold(query, household, byCode, candidates);
        return candidates;
    }

    private void addHousehold(Query query, HouseholdExamples.Snapshot household, Candidate[] byCode,
                              List<Candidate> candidates) {
        Map<String, Integer> extra = new HashMap<>();
        for (int j = 0; j < household.size(); j++) {
            double similarity = similarity(query, Tokens.overlap(query.tokens(), household.tokens()[j]),
                    household.vectors(), j);
            double score = similarity + calibration.householdBonus() * closeness(similarity);
            String code = household.codes()[j];
            Candidate learned = new Candidate(code, score, Kind.HOUSEHOLD, j);
            Integer known = indexOf.get(code);
            if (known != null) {
                if (score > byCode[known].score) {
                    byCode[known] = learned;
                    candidates.set(known, learned);
                }
                continue;
            }
            Integer at = extra.get(code);
            if (at == null) {
                extra.put(code, candidates.size());
                candidates.add(learned);
            } else if (score > candidates.get(at).score) {
                candidates.set(at, learned);
            }
        }
    }

    /**
     * How much of the household bonus a correction earns: none below similarity 0.5, all from 0.9. A correction of
     * the same merchant should outweigh every seed, one of a merely related merchant should not.
     */
    private static double closeness(double similarity) {
        return Math.min(1, Math.max(0, (similarity - 0.5) / 0.4));
    }

    private float similarity(Query query, float overlap, float[] vectors, int row) {
        float sim = (float) (calibration.lexicalWeight() * overlap);
        if (query.vector() != null && vectors != null) {
            sim += Vectors.dot(query.vector(), vectors, row);
        }
        return sim;
    }

    private List<Suggestion> softmaxTop(List<Candidate> candidates, int limit, HouseholdExamples.Snapshot household) {
        double max = NONE;
        for (Candidate candidate : candidates) {
            max = Math.max(max, candidate.score);
        }
        if (max == NONE) {
            return List.of();
        }
        double[] weights = new double[candidates.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            double score = candidates.get(i).score;
            weights[i] = score == NONE ? 0 : Math.exp((score - max) / calibration.temperature());
            total += weights[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] / total >= MIN_CONFIDENCE) {
                order.add(i);
            }
        }
        double sum = total;
        order.sort(Comparator.comparingDouble((Integer i) -> weights[i]).reversed());
        return order.stream().limit(limit).map(i -> {
            Candidate candidate = candidates.get(i);
            double confidence = calibration.confidence(weights[i] / sum);
            return new Suggestion(candidate.code, confidence, candidate.kind == Kind.HOUSEHOLD,
                    evidence(candidate, household));
        }).toList();
    }

    private String evidence(Candidate candidate, HouseholdExamples.Snapshot household) {
        return switch (candidate.kind) {
            case SEED -> "like '" + seeds.labels[candidate.row] + "' (seed example)";
            case DESCRIPTION -> "close to the description of " + descriptions.labels[candidate.row];
            case HOUSEHOLD -> "like '" + household.descriptors()[candidate.row] + "' (your correction)";
        };
    }

    /** Where a candidate's best evidence comes from. */
    enum Kind { SEED, DESCRIPTION, HOUSEHOLD }

    /** A code with its score and the row of its best evidence in the evidence of its kind. */
    record Candidate(String code, double score, Kind kind, int row) {

        Candidate penalised(double penalty) {
            return new Candidate(code, score - penalty, kind, row);
        }
    }
}
