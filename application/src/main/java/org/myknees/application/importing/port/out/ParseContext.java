package org.myknees.application.importing.port.out;

import java.nio.charset.Charset;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller knows about a file before parsing it.
 *
 * @param fileName        the name shown in messages (no directory needed)
 * @param defaultCurrency the currency of the target account, for formats that carry none (CSV, QIF)
 * @param charset         a charset forced by the user; empty means detect it
 * @param options         format-specific settings, such as a CSV column mapping ({@code date=Posted Date})
 */
public record ParseContext(String fileName, Optional<Currency> defaultCurrency, Optional<Charset> charset,
                           Map<String, String> options) {

    public ParseContext {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        Objects.requireNonNull(charset, "charset");
        options = Map.copyOf(options);
    }

    public static ParseContext of(String fileName) {
        return new ParseContext(fileName, Optional.empty(), Optional.empty(), Map.of());
    }

    public ParseContext withDefaultCurrency(Currency currency) {
        return new ParseContext(fileName, Optional.of(currency), charset, options);
    }

    public ParseContext withOptions(Map<String, String> moreOptions) {
        var merged = new java.util.HashMap<>(options);
        merged.putAll(moreOptions);
        return new ParseContext(fileName, defaultCurrency, charset, merged);
    }
}
