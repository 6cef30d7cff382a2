package org.myknees.domain.category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.csv.CsvLine;

/**
 * The category taxonomy: primary categories and their detailed categories. The default is Plaid's Personal
 * Finance Category taxonomy, version 1 (16 primary and 104 detailed codes), with names and descriptions the
 * team wrote, loaded from a resource of this package. Immutable and thread-safe.
 */
public final class Taxonomy {

    private static final String PLAID_V1_RESOURCE = "plaid-pfc-v1.csv";
    private static volatile Taxonomy plaidV1;

    private final Map<String, TaxonomyCategory> byCode;

    private Taxonomy(List<TaxonomyCategory> categories) {
        Map<String, TaxonomyCategory> map = new LinkedHashMap<>();
        for (TaxonomyCategory category : categories) {
            if (map.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("Taxonomy code " + category.code() + " appears twice");
            }
        }
        for (TaxonomyCategory category : categories) {
            if (!map.containsKey(category.primary())) {
                throw new IllegalArgumentException(category.code() + " names a missing primary " + category.primary());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static Taxonomy of(List<TaxonomyCategory> categories) {
        return new Taxonomy(categories);
    }

    /** Plaid's Personal Finance Category taxonomy, version 1. */
    public static Taxonomy plaidV1() {
        Taxonomy result = plaidV1;
        if (result == null) {
            synchronized (Taxonomy.class) {
                result = plaidV1;
                if (result == null) {
                    result = load(Taxonomy.class.getResourceAsStream(PLAID_V1_RESOURCE));
                    plaidV1 = result;
                }
            }
        }
        return result;
    }

    public Optional<TaxonomyCategory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public List<TaxonomyCategory> all() {
        return List.copyOf(byCode.values());
    }

    public List<TaxonomyCategory> primaries() {
        return byCode.values().stream().filter(TaxonomyCategory::isPrimary).toList();
    }

    public List<TaxonomyCategory> detailedOf(String primary) {
        return byCode.values().stream().filter(c -> !c.isPrimary() && c.primary().equals(primary)).toList();
    }

    /** The primary code of a taxonomy code; empty for codes not in the taxonomy. */
    public Optional<String> primaryOf(String code) {
        return find(code).map(TaxonomyCategory::primary);
    }

    private static Taxonomy load(InputStream in) {
        Objects.requireNonNull(in, "taxonomy resource " + PLAID_V1_RESOURCE + " is missing");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<TaxonomyCategory> categories = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("code,primary,name,description")) {
                throw new IllegalStateException("Taxonomy resource has an unexpected header: " + header);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = CsvLine.split(line);
                if (fields.size() < 4) {
                    throw new IllegalStateException("Taxonomy resource line " + number + " has "
                            + fields.size() + " fields, expected 4");
                }
                categories.add(new TaxonomyCategory(fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
            }
            return new Taxonomy(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
