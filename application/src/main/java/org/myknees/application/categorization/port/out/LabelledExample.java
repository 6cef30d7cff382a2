package org.myknees.application.categorization.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * A descriptor with its right category, taught by a household (every manual pin is one) or shipped as a seed.
 *
 * @param descriptor the normalized descriptor
 * @param code       the detailed taxonomy code (a household category contributes the code it maps onto)
 * @param merchant   the clean merchant name, when known
 */
public record LabelledExample(String descriptor, String code, Optional<String> merchant) {

    public LabelledExample {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(merchant, "merchant");
    }
}
