package org.myknees.adapter.inference.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;
import org.myknees.domain.household.HouseholdId;

/**
 * A {@link CategorySuggester} that runs all-MiniLM-L6-v2 (quantized) locally through DJL and ONNX Runtime and
 * suggests the codes of the nearest labelled examples: the household's own corrections (weighted up), the seed
 * examples shipped with this module, and the category descriptions of the taxonomy. Nothing leaves the machine and
 * nothing is downloaded.
 *
 * <p>Each distinct normalized descriptor is embedded once (a bounded LRU cache) in batches of at most 32, and its
 * suggestions are cached per household until that household learns something new. A household's examples are seen
 * by that household only. When the model cannot load, suggestions come from word overlap with the same examples
 * and {@link #status()} says {@code model unavailable: <reason>}.
 *
 * <p>Thread-safe. Close it to release the native model.
 */
public final class DjlCategorySuggester implements CategorySuggester, AutoCloseable {

    private static final String MODEL_NAME = "all-MiniLM-L6-v2 (quantized)";
    private static final int EMBEDDING_CACHE_SIZE = 50_000;
    private static final int RESULT_CACHE_SIZE = 50_000;
    /** Suggestions kept per cached result; a caller asking for more gets them computed afresh. */
    private static final int CACHED_SUGGESTIONS = 5;

    private final MiniLmEmbedder embedder;
    private final String status;
    private final CategoryScorer scorer;
    private final LruCache<float[]> vectors = new LruCache<>(EMBEDDING_CACHE_SIZE);
    private final HouseholdExamples.Snapshot noExamples;
    private final ConcurrentMap<HouseholdId, HouseholdExamples> households = new ConcurrentHashMap<>();
    private final LongAdder lookups = new LongAdder();
    private final LongAdder resultHits = new LongAdder();
    private final LongAdder embedded = new LongAdder();

    private DjlCategorySuggester(MiniLmEmbedder embedder, String status, CategoryScorer scorer) {
        this.embedder = embedder;
        this.status = status;
        this.scorer = scorer;
        this.noExamples = new HouseholdExamples(embedder != null, RESULT_CACHE_SIZE).snapshot();
    }

    /** Loads with {@link InferenceSettings#defaults()}. */
    public static DjlCategorySuggester load() {
        return load(InferenceSettings.defaults());
    }

    /**
     * Loads the seed examples, the model and the vectors of seeds and descriptions (from the cache directory when
     * they were computed before). A model that cannot load leaves a working suggester without it.
     *
     * @throws IllegalStateException when the seed resource is missing or malformed (a build defect, not a runtime
     *                               condition)
     */
    public static DjlCategorySuggester load(InferenceSettings settings) {
        ClassLoader loader = DjlCategorySuggester.class.getClassLoader();
        List<TaxonomyCategory> categories = detailed(settings.taxonomy());
        List<String> codes = categories.stream().map(TaxonomyCategory::code).toList();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i), i);
        }
        List<SeedExamples.Seed> seeds = SeedExamples.read(loader.getResourceAsStream(settings.seedResource()),
                settings.seedResource(), settings.taxonomy());
        List<String> seedKeys = seeds.stream().map(SeedExamples.Seed::key).toList();
        List<String> descriptionTexts = categories.stream().map(DjlCategorySuggester::descriptionText).toList();

        MiniLmEmbedder embedder = null;
        float[][] seedVectors = null;
        float[][] descriptionVectors = null;
        String status;
        try {
            embedder = MiniLmEmbedder.load(loader, settings.modelResource(), settings.tokenizerResource());
            List<String> texts = new ArrayList<>(seedKeys);
            texts.addAll(descriptionTexts);
            float[][] all = EmbeddingFile.load(settings.cacheDirectory(), settings.modelResource(), texts,
                    embedder::embed);
            seedVectors = Arrays.copyOfRange(all, 0, seedKeys.size());
            descriptionVectors = Arrays.copyOfRange(all, seedKeys.size(), all.length);
            status = MODEL_NAME + " loaded: " + seeds.size() + " seed examples, " + categories.size()
                    + " category descriptions";
        } catch (RuntimeException | LinkageError e) {
            // Embedding the seeds can fail after the model loaded (a broken native library): drop the model then.
            if (embedder != null) {
                embedder.close();
                embedder = null;
            }
            status = "model unavailable: " + ModelUnavailableException.reasonOf(e) + "; matching words against "
                    + seeds.size() + " seed examples and the household's examples";
        }
        Evidence seedEvidence = new Evidence(seeds.stream().map(SeedExamples.Seed::descriptor).toList(),
                seeds.stream().mapToInt(s -> indexOf.get(s.code())).toArray(), seedKeys, seedVectors);
        Evidence descriptionEvidence = new Evidence(categories.stream().map(TaxonomyCategory::name).toList(),
                categories.stream().mapToInt(c -> indexOf.get(c.code())).toArray(),
                descriptionTexts, descriptionVectors);
        int[] direction = categories.stream().mapToInt(DjlCategorySuggester::direction).toArray();
        CategoryScorer scorer = new CategoryScorer(codes, direction, seedEvidence, descriptionEvidence,
                embedder != null ? Calibration.MODEL : Calibration.LEXICAL);
        return new DjlCategorySuggester(embedder, status, scorer);
    }

    static List<TaxonomyCategory> detailed(Taxonomy taxonomy) {
        return taxonomy.all().stream().filter(c -> !c.isPrimary()).toList();
    }

    /** What the model reads for a category: its name and description (a placeholder description is just a name). */
    static String descriptionText(TaxonomyCategory category) {
        String description = category.description().strip();
        return description.equalsIgnoreCase(category.name()) ? category.name()
                : category.name() + ": " + description;
    }

    /** Codes that only money in (income, transfers in) or only money out (transfers out) can carry. */
    static int direction(TaxonomyCategory category) {
        return switch (category.primary()) {
            case "INCOME", "TRANSFER_IN" -> 1;
            case "TRANSFER_OUT" -> -1;
            default -> 0;
        };
    }

    @Override
    public List<List<Suggestion>> suggest(HouseholdId household, List<SuggestionRequest> requests, int limit) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(requests, "requests");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        HouseholdExamples examples = households.get(household);
        HouseholdExamples.Snapshot snapshot = examples == null ? noExamples : examples.snapshot();
        boolean cacheable = limit <= CACHED_SUGGESTIONS;
        int width = cacheable ? CACHED_SUGGESTIONS : limit;
        List<List<Suggestion>> answers = new ArrayList<>(requests.size());
        Map<String, Query> pending = new LinkedHashMap<>();
        String[] pendingKeys = new String[requests.size()];
        for (int row = 0; row < requests.size(); row++) {
            SuggestionRequest request = requests.get(row);
            Query query = queryOf(request);
            String cacheKey = query.sign() + query.key();
            lookups.increment();
            List<Suggestion> cached = cacheable ? snapshot.results().get(cacheKey) : null;
            if (cached != null) {
                resultHits.increment();
                answers.add(head(cached, limit));
            } else {
                answers.add(null);
                pending.putIfAbsent(cacheKey, query);
                pendingKeys[row] = cacheKey;
            }
        }
        if (pending.isEmpty()) {
            return answers;
        }
        Map<String, float[]> embeddings = embed(pending.values());
        Map<String, List<Suggestion>> computed = new HashMap<>();
        for (Map.Entry<String, Query> entry : pending.entrySet()) {
            Query query = entry.getValue();
            Query withVector = new Query(query.key(), query.tokens(), embeddings.get(query.key()), query.sign());
            List<Suggestion> suggestions = query.key().isEmpty() ? List.of()
                    : scorer.suggest(withVector, snapshot, width);
            computed.put(entry.getKey(), suggestions);
            if (cacheable) {
                snapshot.results().put(entry.getKey(), suggestions);
            }
        }
        for (int row = 0; row < pendingKeys.length; row++) {
            if (pendingKeys[row] != null) {
                answers.set(row, head(computed.get(pendingKeys[row]), limit));
            }
        }
        return answers;
    }

    private static Query queryOf(SuggestionRequest request) {
        String key = LocalDescriptorNormalizer.normalize(request.descriptor());
        if (key.isEmpty() && request.merchant().isPresent()) {
            key = LocalDescriptorNormalizer.normalize(request.merchant().get());
        }
        return new Query(key, Tokens.of(key), null, Long.signum(request.amount().minorUnits()));
    }

    private static List<Suggestion> head(List<Suggestion> suggestions, int limit) {
        return suggestions.size() <= limit ? suggestions : suggestions.subList(0, limit);
    }

    /** Vectors for the keys of the queries, from the cache or embedded now in one batched call. */
    private Map<String, float[]> embed(Iterable<Query> queries) {
        Map<String, float[]> found = new HashMap<>();
        if (embedder == null) {
            return found;
        }
        List<String> missing = new ArrayList<>();
        for (Query query : queries) {
            String key = query.key();
            if (key.isEmpty() || found.containsKey(key)) {
                continue;
            }
            float[] vector = vectors.get(key);
            found.put(key, vector);
            if (vector == null) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = embedder.embed(missing);
            embedded.add(missing.size());
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed[i]);
                found.put(missing.get(i), computed[i]);
            }
        }
        return found;
    }

    @Override
    public void learn(HouseholdId household, LabelledExample example) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(example, "example");
        if (example.code().isBlank()) {
            throw new IllegalArgumentException("A labelled example needs a code: '" + example.descriptor() + "'");
        }
        String key = LocalDescriptorNormalizer.normalize(example.descriptor());
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Descriptor '" + example.descriptor()
                    + "' has no words to learn from once store numbers and references are removed");
        }
        float[] vector = embedder == null ? null : embed(List.of(new Query(key, Tokens.of(key), null, 0))).get(key);
        households.computeIfAbsent(household, id -> new HouseholdExamples(embedder != null, RESULT_CACHE_SIZE))
                .teach(key, example.descriptor(), example.code(), vector);
    }

    @Override
    public String status() {
        return status;
    }

    /** Counters since load, for operators and benchmarks. */
    public CacheStatistics statistics() {
        return new CacheStatistics(lookups.sum(), resultHits.sum(), embedded.sum());
    }

    /**
     * @param lookups    descriptors asked about
     * @param resultHits of those, answered from the result cache
     * @param embedded   descriptors the model embedded at query time (seed vectors excluded)
     */
    public record CacheStatistics(long lookups, long resultHits, long embedded) {
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }
}
