package org.myknees.adapter.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.category.TaxonomyCategory;

class SeedExamplesTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedSeedsCoverEveryDetailedCodeSeveralTimes() {
        Taxonomy taxonomy = Taxonomy.plaidV1();
        List<SeedExamples.Seed> seeds = SeedExamples.read(getClass().getClassLoader()
                .getResourceAsStream(InferenceSettings.SEED_RESOURCE), InferenceSettings.SEED_RESOURCE, taxonomy);

        Map<String, Long> perCode = seeds.stream()
                .collect(Collectors.groupingBy(SeedExamples.Seed::code, Collectors.counting()));
        List<String> detailed = taxonomy.all().stream().filter(c -> !c.isPrimary()).map(TaxonomyCategory::code)
                .toList();
        assertThat(seeds).hasSizeGreaterThan(3000);
        assertThat(perCode.keySet()).containsExactlyInAnyOrderElementsOf(detailed);
        assertThat(perCode.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
    }

    @Test
    void duplicatesAfterNormalizationCollapseAndQuotesAreRead() {
        List<SeedExamples.Seed> seeds = SeedExamples.read(csv("""
                descriptor,code
                STARBUCKS STORE 1234,FOOD_AND_DRINK_COFFEE
                STARBUCKS STORE 9876 SEATTLE WA,FOOD_AND_DRINK_COFFEE
                "JOE'S, COFFEE",FOOD_AND_DRINK_COFFEE
                """), "test.csv", Taxonomy.plaidV1());

        assertThat(seeds).extracting(SeedExamples.Seed::key).containsExactly("STARBUCKS STORE", "JOE'S COFFEE");
        assertThat(seeds.get(1).descriptor()).isEqualTo("JOE'S, COFFEE");
    }

    @Test
    void aCodeOutsideTheDetailedTaxonomyIsRejectedWithItsLine() {
        assertThatThrownBy(() -> SeedExamples.read(csv("descriptor,code\nSTARBUCKS,FOOD_AND_DRINK_COFFEE\n"
                + "SHELL,FOOD_AND_DRINK\n"), "test.csv", Taxonomy.plaidV1()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.csv line 3").hasMessageContaining("FOOD_AND_DRINK");
    }

    @Test
    void aWrongHeaderOrAMissingResourceIsReported() {
        assertThatThrownBy(() -> SeedExamples.read(csv("text,category\n"), "test.csv", Taxonomy.plaidV1()))
                .hasMessageContaining("test.csv line 1");
        assertThatThrownBy(() -> SeedExamples.read(null, "gone.csv", Taxonomy.plaidV1()))
                .hasMessageContaining("gone.csv");
    }
}
