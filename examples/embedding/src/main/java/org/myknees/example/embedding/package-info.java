/**
 * A plain Java program that embeds MyKnees with only the domain, application and in-memory persistence jars,
 * as another JVM application would. Nothing may depend on it.
 */
package org.myknees.example.embedding;
