/**
 * Category suggestions from a local sentence-embedding model (all-MiniLM-L6-v2, quantized, run by DJL on ONNX
 * Runtime, fully offline): nearest labelled examples of the household and a shipped seed set, and category
 * descriptions. Implements the application's {@code CategorySuggester} port; only bootstrap wires it.
 */
package org.myknees.adapter.inference.djl;
