package org.myknees.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The taxonomy resource the category package loads: every Plaid PFC v1 code once, with a name and a
 * description for the embedding model. It lives here because the merchant directory depends on it.
 */
class PlaidTaxonomyResourceTest {

    private static final List<Map<String, String>> ROWS = CsvRows.read(TaxonomyFixture.RESOURCE);

    @Test
    void everyShippedCodeOfThePlaidListIsPresentExactlyOnce() throws IOException {
        Optional<Path> shared = sharedTaxonomy();
        assumeTrue(shared.isPresent(), "shared/taxonomy/plaid-pfc-v1.csv (the reference code list beside the "
                + "checkout) is absent, so the resource cannot be compared with it");
        List<Map<String, String>> reference;
        try (BufferedReader reader = Files.newBufferedReader(shared.get(), StandardCharsets.UTF_8)) {
            reference = CsvRows.read(reader, shared.get().toString());
        }
        Set<String> expected = new HashSet<>();
        for (Map<String, String> row : reference) {
            expected.add(row.get("primary"));
            expected.add(row.get("detailed"));
        }
        Map<String, Long> occurrences = ROWS.stream()
                .collect(Collectors.groupingBy(row -> row.get("code"), Collectors.counting()));

        assertThat(occurrences.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(occurrences).allSatisfy((code, count) -> assertThat(count).as(code).isEqualTo(1L));
        Map<String, String> primaryByDetailed = reference.stream()
                .collect(Collectors.toMap(row -> row.get("detailed"), row -> row.get("primary")));
        assertThat(ROWS).allSatisfy(row -> assertThat(row.get("primary")).as(row.get("code"))
                .isEqualTo(primaryByDetailed.getOrDefault(row.get("code"), row.get("code"))));
    }

    @Test
    void everyCodeHasANameAndAConcreteDescription() {
        assertThat(ROWS).hasSize(120).allSatisfy(row -> {
            assertThat(row.get("name")).as(row.get("code")).isNotBlank();
            assertThat(row.get("description")).as(row.get("code")).isNotBlank().hasSizeGreaterThan(60);
        });
    }

    @Test
    void descriptionsAreDistinctSoTheEmbeddingsCanTellCategoriesApart() {
        Map<String, Long> byDescription = ROWS.stream()
                .collect(Collectors.groupingBy(row -> row.get("description"), Collectors.counting()));

        assertThat(byDescription).allSatisfy((description, count) -> assertThat(count).as(description).isOne());
    }

    @Test
    void everyDetailedCodeBelongsToAPrimaryCodeListedInTheFile() {
        Set<String> primaries = ROWS.stream().filter(row -> row.get("code").equals(row.get("primary")))
                .map(row -> row.get("code")).collect(Collectors.toSet());
        Map<String, Map<String, String>> byCode = ROWS.stream()
                .collect(Collectors.toMap(row -> row.get("code"), Function.identity()));

        assertThat(primaries).hasSize(16);
        assertThat(byCode.values()).allSatisfy(row -> {
            assertThat(primaries).contains(row.get("primary"));
            assertThat(row.get("code")).startsWith(row.get("primary"));
        });
    }

    /** {@code shared/taxonomy/plaid-pfc-v1.csv} in the working directory or one of its parents. */
    private static Optional<Path> sharedTaxonomy() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("taxonomy").resolve("plaid-pfc-v1.csv");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
