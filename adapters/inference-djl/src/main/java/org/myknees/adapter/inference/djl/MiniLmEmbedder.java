package org.myknees.adapter.inference.djl;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (quantized) on ONNX Runtime through DJL: texts in, unit-length 384-dimensional sentence vectors
 * out (mean pooling over the attention mask, then L2 normalisation). Thread-safe: calls are serialised, because
 * ONNX Runtime already spreads one batch over every core.
 */
final class MiniLmEmbedder implements AutoCloseable {

    static final int DIMENSIONS = 384;
    /** ONNX Runtime's memory pool grows with the batch; 32 is near the throughput plateau for short texts. */
    static final int MAX_BATCH = 32;
    /** Bank descriptors are short; category descriptions are the longest inputs, a sentence or two. */
    private static final String MAX_TOKENS = "128";

    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final Predictor<List<String>, float[][]> predictor;

    private MiniLmEmbedder(Model model, HuggingFaceTokenizer tokenizer) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.predictor = model.newPredictor(new PooledEmbeddings(tokenizer));
    }

    /**
     * Loads the ONNX graph and the tokenizer from class-path resources.
     *
     * @throws ModelUnavailableException when a resource is missing or the engine or model cannot load
     */
    static MiniLmEmbedder load(ClassLoader loader, String modelResource, String tokenizerResource) {
        OfflineDjl.configure();
        HuggingFaceTokenizer tokenizer = null;
        Model model = null;
        try (InputStream modelBytes = open(loader, modelResource);
             InputStream tokenizerBytes = open(loader, tokenizerResource)) {
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerBytes,
                    Map.of("padding", "longest", "truncation", "true", "maxLength", MAX_TOKENS));
            model = Model.newInstance("all-MiniLM-L6-v2-q", OfflineDjl.ENGINE);
            model.load(modelBytes, Map.of());
            return new MiniLmEmbedder(model, tokenizer);
        } catch (IOException | MalformedModelException | RuntimeException | LinkageError e) {
            if (model != null) {
                model.close();
            }
            if (tokenizer != null) {
                tokenizer.close();
            }
            throw new ModelUnavailableException(ModelUnavailableException.reasonOf(e), e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is not on the class path");
        }
        return in;
    }

    /**
     * Embeds texts, in batches of at most {@link #MAX_BATCH}. Texts are batched in length order so that padding to
     * the longest text of a batch wastes little; the result is in input order.
     */
    synchronized float[][] embed(List<String> texts) {
        float[][] result = new float[texts.size()][];
        int[] order = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .mapToInt(Integer::intValue).toArray();
        for (int from = 0; from < order.length; from += MAX_BATCH) {
            int to = Math.min(order.length, from + MAX_BATCH);
            List<String> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(texts.get(order[i]));
            }
            float[][] vectors;
            try {
                vectors = predictor.predict(batch);
            } catch (TranslateException e) {
                throw new IllegalStateException("Embedding a batch of " + batch.size() + " texts failed", e);
            }
            for (int i = from; i < to; i++) {
                result[order[i]] = vectors[i - from];
            }
        }
        return result;
    }

    @Override
    public synchronized void close() {
        predictor.close();
        model.close();
        tokenizer.close();
    }

    /** Tokenizes a batch padded to its longest text, runs the graph, and mean-pools the last hidden state. */
    private static final class PooledEmbeddings implements NoBatchifyTranslator<List<String>, float[][]> {

        private final HuggingFaceTokenizer tokenizer;

        PooledEmbeddings(HuggingFaceTokenizer tokenizer) {
            this.tokenizer = tokenizer;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, List<String> texts) {
            Encoding[] encodings = tokenizer.batchEncode(texts);
            int rows = encodings.length;
            long[][] ids = new long[rows][];
            long[][] mask = new long[rows][];
            long[][] types = new long[rows][];
            for (int i = 0; i < rows; i++) {
                ids[i] = encodings[i].getIds();
                mask[i] = encodings[i].getAttentionMask();
                types[i] = encodings[i].getTypeIds();
            }
            ctx.setAttachment("mask", mask);
            NDManager manager = ctx.getNDManager();
            return new NDList(named(manager, ids, "input_ids"), named(manager, mask, "attention_mask"),
                    named(manager, types, "token_type_ids"));
        }

        private static NDArray named(NDManager manager, long[][] values, String name) {
            NDArray array = manager.create(values);
            array.setName(name);
            return array;
        }

        @Override
        public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
            long[][] mask = (long[][]) ctx.getAttachment("mask");
            NDArray hidden = outputs.get(0);
            long[] shape = hidden.getShape().getShape();
            if (shape.length != 3 || shape[2] != DIMENSIONS) {
                throw new IllegalStateException("Unexpected model output shape " + hidden.getShape());
            }
            int tokens = (int) shape[1];
            float[] values = hidden.toFloatArray();
            float[][] pooled = new float[mask.length][];
            for (int row = 0; row < mask.length; row++) {
                float[] vector = new float[DIMENSIONS];
                int counted = 0;
                for (int t = 0; t < tokens; t++) {
                    if (mask[row][t] == 0) {
                        continue;
                    }
                    counted++;
                    int base = (row * tokens + t) * DIMENSIONS;
                    for (int d = 0; d < DIMENSIONS; d++) {
                        vector[d] += values[base + d];
                    }
                }
                pooled[row] = Vectors.normalize(vector, Math.max(1, counted));
            }
            return pooled;
        }
    }
}
