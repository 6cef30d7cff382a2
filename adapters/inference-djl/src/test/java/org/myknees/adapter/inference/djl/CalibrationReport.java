package org.myknees.adapter.inference.djl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

/**
 * Not a test: fits {@link Calibration} on held-out seed examples (5 folds) and reports accuracy and reliability on
 * the held-out folds and on the evaluation set ({@code evaluation-descriptors.csv}, kept out of the seeds), then the
 * accuracy on a merchant's other transactions after one {@code learn()}.
 *
 * <p>Run: {@code java -cp <test class path> org.myknees.adapter.inference.djl.CalibrationReport}
 */
public final class CalibrationReport {

    private static final int FOLDS = 5;
    private static final double[] TEMPERATURES = {0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.13,
        0.16, 0.2, 0.3};

    private record Row(String descriptor, Money amount, String code) {
    }

    /** One scored query: every code's score and the index of the true code. */
    private record Scored(double[] scores, int truth, int best) {
    }

    public static void main(String[] args) throws IOException {
        Taxonomy taxonomy = Taxonomy.plaidV1();
        List<TaxonomyCategory> categories = DjlCategorySuggester.detailed(taxonomy);
        List<String> codes = categories.stream().map(TaxonomyCategory::code).toList();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i), i);
        }
        int[] direction = categories.stream().mapToInt(DjlCategorySuggester::direction).toArray();
        ClassLoader loader = CalibrationReport.class.getClassLoader();
        InferenceSettings settings = InferenceSettings.defaults();
        List<SeedExamples.Seed> seeds = SeedExamples.read(loader.getResourceAsStream(settings.seedResource()),
                settings.seedResource(), taxonomy);
        List<String> descriptionTexts = categories.stream().map(DjlCategorySuggester::descriptionText).toList();
        float[][] seedVectors;
        float[][] descriptionVectors;
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load(loader, settings.modelResource(),
                settings.tokenizerResource())) {
            List<String> texts = new ArrayList<>(seeds.stream().map(SeedExamples.Seed::key).toList());
            texts.addAll(descriptionTexts);
            float[][] all = EmbeddingFile.load(settings.cacheDirectory(), settings.modelResource(), texts,
                    embedder::embed);
            seedVectors = java.util.Arrays.copyOfRange(all, 0, seeds.size());
            descriptionVectors = java.util.Arrays.copyOfRange(all, seeds.size(), all.length);
        }
        Evidence descriptions = new Evidence(categories.stream().map(TaxonomyCategory::name).toList(),
                categories.stream().mapToInt(c -> indexOf.get(c.code())).toArray(), descriptionTexts,
                descriptionVectors);
        Evidence noDescriptionVectors = new Evidence(categories.stream().map(TaxonomyCategory::name).toList(),
                categories.stream().mapToInt(c -> indexOf.get(c.code())).toArray(), descriptionTexts, null);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        HouseholdExamples.Snapshot none = new HouseholdExamples(false, 1).snapshot();

        System.out.println("== Held-out seed examples (" + FOLDS + " folds, " + seeds.size() + " seeds)");
        Calibration bestModel = null;
        double bestAccuracy = -1;
        for (double lexical : new double[] {0.0, 0.2}) {
            for (double second : new double[] {0.1, 0.2}) {
                for (double offset : new double[] {0.1, 0.2}) {
                    Calibration calibration = new Calibration(0.05, lexical, second, offset,
                            Calibration.MODEL.householdBonus(), Calibration.MODEL.signPenalty(), 1, 0);
                    List<Scored> scored = crossValidate(seeds, seedVectors, indexOf, codes, direction,
                            descriptions, calibration, order, none, true);
                    double accuracy = accuracy(scored);
                    System.out.printf("  lexical %.1f second %.1f description %+.1f -> detailed %.3f%n",
                            lexical, second, offset, accuracy);
                    if (accuracy > bestAccuracy) {
                        bestAccuracy = accuracy;
                        bestModel = calibration;
                    }
                }
            }
        }
        List<Scored> heldOut = crossValidate(seeds, seedVectors, indexOf, codes, direction, descriptions,
                bestModel, order, none, true);
        double temperature = fitTemperature(heldOut);
        bestModel = fitPlatt(heldOut, bestModel.withTemperature(temperature));
        System.out.println("  chosen " + bestModel);
        report("held-out seeds, model", heldOut, bestModel, codes, taxonomy);

        List<Scored> heldOutLexical = crossValidate(seeds, seedVectors, indexOf, codes, direction,
                noDescriptionVectors, Calibration.LEXICAL, order, none, false);
        Calibration lexical = fitPlatt(heldOutLexical,
                Calibration.LEXICAL.withTemperature(fitTemperature(heldOutLexical)));
        System.out.println("  lexical fallback " + lexical);
        report("held-out seeds, words only", heldOutLexical, lexical, codes, taxonomy);

        System.out.println("== Evaluation set (kept out of the seeds)");
        List<Row> rows = readEvaluation(loader);
        try (DjlCategorySuggester suggester = DjlCategorySuggester.load()) {
            System.out.println("  " + suggester.status());
            HouseholdId household = HouseholdId.newId();
            List<SuggestionRequest> requests = rows.stream()
                    .map(r -> new SuggestionRequest(r.descriptor(), Optional.empty(), r.amount())).toList();
            List<List<Suggestion>> answers = suggester.suggest(household, requests, 3);
            List<String> seedKeys = seeds.stream().map(SeedExamples.Seed::key).toList();
            List<Integer> known = new ArrayList<>();
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String key = LocalDescriptorNormalizer.normalize(rows.get(i).descriptor());
                boolean seen = seedKeys.stream().anyMatch(k -> k.equals(key) || key.startsWith(k + " ")
                        || k.startsWith(key + " "));
                (seen ? known : unknown).add(i);
            }
            evaluate("all", rows, answers, taxonomy, null);
            evaluate("merchant among the seeds", rows, answers, taxonomy, known);
            evaluate("merchant not among the seeds", rows, answers, taxonomy, unknown);
            learning(suggester, rows, taxonomy);
        }
    }

    private static List<Scored> crossValidate(List<SeedExamples.Seed> seeds, float[][] vectors,
                                              Map<String, Integer> indexOf, List<String> codes, int[] direction,
                                              Evidence descriptions, Calibration calibration, List<Integer> order,
                                              HouseholdExamples.Snapshot none, boolean withVectors) {
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % FOLDS == fold ? test : train).add(order.get(i));
            }
            Evidence evidence = new Evidence(train.stream().map(i -> seeds.get(i).descriptor()).toList(),
                    train.stream().mapToInt(i -> indexOf.get(seeds.get(i).code())).toArray(),
                    train.stream().map(i -> seeds.get(i).key()).toList(),
                    withVectors ? train.stream().map(i -> vectors[i]).toArray(float[][]::new) : null);
            CategoryScorer scorer = new CategoryScorer(codes, direction, evidence, descriptions, calibration);
            for (int i : test) {
                SeedExamples.Seed seed = seeds.get(i);
                int truth = indexOf.get(seed.code());
                int sign = direction[truth] != 0 ? direction[truth] : -1;
                Query query = new Query(seed.key(), Tokens.of(seed.key()), withVectors ? vectors[i] : null, sign);
                List<CategoryScorer.Candidate> candidates = scorer.candidates(query, none);
                double[] scores = candidates.stream().mapToDouble(CategoryScorer.Candidate::score).toArray();
                int best = 0;
                for (int c = 1; c < scores.length; c++) {
                    if (scores[c] > scores[best]) {
                        best = c;
                    }
                }
                scored.add(new Scored(scores, truth, best));
            }
        }
        return scored;
    }

    private static double accuracy(List<Scored> scored) {
        return scored.stream().filter(s -> s.best() == s.truth()).count() / (double) scored.size();
    }

    private static double fitTemperature(List<Scored> scored) {
        double best = TEMPERATURES[0];
        double bestLoss = Double.MAX_VALUE;
        for (double t : TEMPERATURES) {
            double loss = 0;
            for (Scored s : scored) {
                loss -= Math.log(Math.max(1e-12, probabilities(s.scores(), t)[s.truth()]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    /** The Platt mapping of the top softmax value that minimises log loss of "the top code is right". */
    private static Calibration fitPlatt(List<Scored> scored, Calibration calibration) {
        Calibration best = calibration;
        double bestLoss = Double.MAX_VALUE;
        for (double scale = 0.3; scale <= 1.21; scale += 0.05) {
            for (double shift = -1.0; shift <= 1.01; shift += 0.05) {
                Calibration candidate = calibration.withPlatt(scale, shift);
                double loss = 0;
                for (Scored s : scored) {
                    double p = candidate.confidence(
                            probabilities(s.scores(), calibration.temperature())[s.best()]);
                    loss -= Math.log(s.best() == s.truth() ? p : 1 - p);
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static double[] probabilities(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Double.isInfinite(scores[i]) ? 0 : Math.exp((scores[i] - max) / temperature);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }

    private static void report(String title, List<Scored> scored, Calibration calibration, List<String> codes,
                               Taxonomy taxonomy) {
        long primary = scored.stream().filter(s -> taxonomy.primaryOf(codes.get(s.best()))
                .equals(taxonomy.primaryOf(codes.get(s.truth())))).count();
        System.out.printf("  %s: detailed %.1f%%, primary %.1f%% (n=%d, T=%.3f)%n", title,
                100 * accuracy(scored), 100.0 * primary / scored.size(), scored.size(), calibration.temperature());
        double[] confidence = new double[scored.size()];
        boolean[] right = new boolean[scored.size()];
        for (int i = 0; i < scored.size(); i++) {
            confidence[i] = calibration.confidence(
                    probabilities(scored.get(i).scores(), calibration.temperature())[scored.get(i).best()]);
            right[i] = scored.get(i).best() == scored.get(i).truth();
        }
        reliability(confidence, right);
    }

    private static void reliability(double[] confidence, boolean[] right) {
        double[] edges = {0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001};
        double weightedGap = 0;
        for (int b = 0; b + 1 < edges.length; b++) {
            int n = 0;
            int correct = 0;
            double sum = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (confidence[i] >= edges[b] && confidence[i] < edges[b + 1]) {
                    n++;
                    sum += confidence[i];
                    correct += right[i] ? 1 : 0;
                }
            }
            if (n > 0) {
                weightedGap += Math.abs(sum / n - correct / (double) n) * n;
                System.out.printf("    confidence %.2f-%.2f: n=%4d mean confidence %.2f, right %.2f%n", edges[b],
                        Math.min(1, edges[b + 1]), n, sum / n, correct / (double) n);
            }
        }
        System.out.printf("    expected calibration error %.3f%n", weightedGap / confidence.length);
    }

    private static void evaluate(String title, List<Row> rows, List<List<Suggestion>> answers, Taxonomy taxonomy,
                                 List<Integer> subset) {
        List<Integer> indices = subset;
        if (indices == null) {
            indices = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                indices.add(i);
            }
        }
        int detailed = 0;
        int primary = 0;
        int inTop3 = 0;
        double[] confidence = new double[indices.size()];
        boolean[] right = new boolean[indices.size()];
        List<String> misses = new ArrayList<>();
        for (int n = 0; n < indices.size(); n++) {
            int i = indices.get(n);
            String truth = rows.get(i).code();
            List<Suggestion> answer = answers.get(i);
            String top = answer.isEmpty() ? "" : answer.get(0).code();
            confidence[n] = answer.isEmpty() ? 0 : answer.get(0).confidence();
            right[n] = top.equals(truth);
            detailed += right[n] ? 1 : 0;
            primary += taxonomy.primaryOf(top).equals(taxonomy.primaryOf(truth)) ? 1 : 0;
            inTop3 += answer.stream().anyMatch(s -> s.code().equals(truth)) ? 1 : 0;
            if (!right[n]) {
                misses.add(String.format("    %-55s want %-45s got %s %.2f", rows.get(i).descriptor(), truth, top,
                        confidence[n]));
            }
        }
        int size = indices.size();
        System.out.printf("  %s: detailed %.1f%%, primary %.1f%%, right code in top 3 %.1f%% (n=%d)%n", title,
                100.0 * detailed / size, 100.0 * primary / size, 100.0 * inTop3 / size, size);
        reliability(confidence, right);
        if (subset == null) {
            System.out.println("  misses:");
            misses.forEach(System.out::println);
        }
    }

    /**
     * For each evaluation merchant: a fresh household learns one transaction, then its other transactions (other
     * store numbers and references, a card-channel prefix) are suggested. First with the right code, then with a
     * code the seed set would never give, so the learned example, not the seeds, has to decide.
     */
    private static void learning(DjlCategorySuggester suggester, List<Row> rows, Taxonomy taxonomy) {
        Random random = new Random(11);
        int total = 0;
        int rightAfterLearning = 0;
        int followedCustom = 0;
        int learnedFlag = 0;
        double confidenceRight = 0;
        double confidenceCustom = 0;
        for (Row row : rows) {
            List<SuggestionRequest> others = new ArrayList<>();
            for (String variant : variants(row.descriptor(), random)) {
                others.add(new SuggestionRequest(variant, Optional.empty(), row.amount()));
            }
            HouseholdId same = HouseholdId.newId();
            suggester.learn(same, new LabelledExample(row.descriptor(), row.code(), Optional.empty()));
            for (List<Suggestion> answer : suggester.suggest(same, others, 1)) {
                total++;
                rightAfterLearning += !answer.isEmpty() && answer.get(0).code().equals(row.code()) ? 1 : 0;
                confidenceRight += answer.isEmpty() ? 0 : answer.get(0).confidence();
            }
            String custom = row.code().equals("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE")
                    ? "PERSONAL_CARE_OTHER_PERSONAL_CARE" : "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE";
            HouseholdId own = HouseholdId.newId();
            suggester.learn(own, new LabelledExample(row.descriptor(), custom, Optional.empty()));
            for (List<Suggestion> answer : suggester.suggest(own, others, 1)) {
                boolean follows = !answer.isEmpty() && answer.get(0).code().equals(custom);
                followedCustom += follows ? 1 : 0;
                learnedFlag += follows && answer.get(0).learned() ? 1 : 0;
                confidenceCustom += answer.isEmpty() ? 0 : answer.get(0).confidence();
            }
        }
        System.out.printf("== After one learn() per merchant, on %d other transactions of the %d merchants:%n"
                        + "  right code learned: %.1f%% right; a custom code learned: %.1f%% follow it "
                        + "(%.1f%% marked learned); mean confidence %.2f and %.2f%n", total, rows.size(),
                100.0 * rightAfterLearning / total, 100.0 * followedCustom / total, 100.0 * learnedFlag / total,
                confidenceRight / total, confidenceCustom / total);
    }

    /** Other transactions of the same merchant: new digits everywhere, and the same with a card-channel prefix. */
    static List<String> variants(String descriptor, Random random) {
        StringBuilder digits = new StringBuilder();
        for (char c : descriptor.toCharArray()) {
            digits.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : c);
        }
        String changed = digits.toString();
        return List.of(changed, "POS DEBIT 0" + (1 + random.nextInt(9)) + "1" + random.nextInt(10) + " " + changed,
                "CHECKCARD 1203 " + descriptor + " 24431234567890123456789");
    }

    private static List<Row> readEvaluation(ClassLoader loader) throws IOException {
        String name = "org/myknees/adapter/inference/djl/evaluation-descriptors.csv";
        List<Row> rows = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int last = line.lastIndexOf(',');
                int middle = line.lastIndexOf(',', last - 1);
                String descriptor = line.substring(0, middle);
                if (descriptor.startsWith("\"")) {
                    descriptor = descriptor.substring(1, descriptor.length() - 1).replace("\"\"", "\"");
                }
                rows.add(new Row(descriptor, Money.parse(line.substring(middle + 1, last), "USD"),
                        line.substring(last + 1)));
            }
        }
        return rows;
    }

    private CalibrationReport() {
    }
}
