/**
 * Ports categorization needs: a {@link org.myknees.application.categorization.port.out.CategorySuggester}
 * (an inference model) and the store of labelled examples a household taught. Implemented by adapters.
 */
package org.myknees.application.categorization.port.out;
