package org.myknees.adapter.inference.djl;

import java.nio.file.Path;
import java.util.Objects;
import org.myknees.domain.category.Taxonomy;

/**
 * Where the suggester finds its model and data. The defaults name the resources of the all-MiniLM-L6-v2
 * (quantized) model jar and this module's seed examples, and keep the embedding cache under
 * {@code java.io.tmpdir}; a server or CLI passes its data directory instead.
 *
 * @param cacheDirectory    where precomputed embeddings of seeds and descriptions are kept between starts
 * @param modelResource     class-path name of the ONNX graph
 * @param tokenizerResource class-path name of the Hugging Face {@code tokenizer.json}
 * @param seedResource      class-path name of the seed examples ({@code descriptor,code})
 * @param taxonomy          the categories, whose descriptions are evidence too
 */
public record InferenceSettings(Path cacheDirectory, String modelResource, String tokenizerResource,
                                String seedResource, Taxonomy taxonomy) {

    public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    public static final String SEED_RESOURCE = "org/myknees/adapter/inference/djl/seed-examples.csv";

    public InferenceSettings {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(modelResource, "modelResource");
        Objects.requireNonNull(tokenizerResource, "tokenizerResource");
        Objects.requireNonNull(seedResource, "seedResource");
        Objects.requireNonNull(taxonomy, "taxonomy");
    }

    public static InferenceSettings defaults() {
        return new InferenceSettings(Path.of(System.getProperty("java.io.tmpdir"), "myknees-inference"),
                MODEL_RESOURCE, TOKENIZER_RESOURCE, SEED_RESOURCE, Taxonomy.plaidV1());
    }

    /** The same settings with the embedding cache under {@code dataDirectory}. */
    public InferenceSettings inDataDirectory(Path dataDirectory) {
        return new InferenceSettings(dataDirectory.resolve("inference-cache"), modelResource, tokenizerResource,
                seedResource, taxonomy);
    }

    public InferenceSettings withModelResource(String resource) {
        return new InferenceSettings(cacheDirectory, resource, tokenizerResource, seedResource, taxonomy);
    }
}
