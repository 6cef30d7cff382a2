package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

    private static RegexLiterals.Plan ignoringCase(String ere) {
        return RegexLiterals.analyse(Ere.parse(ere), false);
    }

    @Test
    void anAlternationOfFixedStringsBecomesThoseStringsFolded() {
        RegexLiterals.Plan plan = ignoringCase("KROGER|RALPHS|FRED-MEYER|SUBWAY [0-2]");

        assertThat(plan.exactBranches()).containsExactly(
                new RegexLiterals.Branch(false, false, Set.of("kroger")),
                new RegexLiterals.Branch(false, false, Set.of("ralphs")),
                new RegexLiterals.Branch(false, false, Set.of("fred-meyer")),
                new RegexLiterals.Branch(false, false, Set.of("subway 0", "subway 1", "subway 2")));
    }

    @Test
    void anchorsAtTheEdgesOfABranchBecomeStartsEndsOrEquals() {
        RegexLiterals.Plan plan = RegexLiterals.analyse(Ere.parse("^(VONS|Albertsons) |DUES$|^HOA$"), true);

        assertThat(plan.exactBranches()).containsExactly(
                new RegexLiterals.Branch(true, false, Set.of("VONS ", "Albertsons ")),
                new RegexLiterals.Branch(false, true, Set.of("DUES")),
                new RegexLiterals.Branch(true, true, Set.of("HOA")));
    }

    @Test
    void aRegexThatIsMoreThanFixedStringsGetsTheLiteralsItRequires() {
        RegexLiterals.Plan plan = ignoringCase("UBER +[*]EATS");

        assertThat(plan.exactBranches()).isEmpty();
        assertThat(plan.prefilter()).isEqualTo(new Prefilter.AllOf(List.of(
                new Prefilter.Contains("uber "), new Prefilter.Contains("*eats"))));
    }

    @Test
    void anchorsInsideABranchKeepTheRegexButStillYieldLiterals() {
        RegexLiterals.Plan plan = ignoringCase("(^| )FEE($| |-)|-FEE");

        assertThat(plan.exactBranches()).isEmpty();
        assertThat(plan.prefilter()).isEqualTo(new Prefilter.Contains("fee"));
    }

    @Test
    void shortLiteralsAreDroppedFromAConjunctionWithLongerOnes() {
        assertThat(ignoringCase("(UNITED|JETBLUE|DELTA AIR|ALASKA AIR) ?[0-9]").prefilter())
                .isEqualTo(new Prefilter.AnyOf(List.of(new Prefilter.Contains("united"), new Prefilter.Contains("jetblue"),
                        new Prefilter.Contains("delta air"), new Prefilter.Contains("alaska air"))));
    }

    @Test
    void aRegexThatCanMatchAnywhereRequiresNothing() {
        assertThat(ignoringCase("A*").prefilter()).isEqualTo(Prefilter.ALWAYS);
        assertThat(ignoringCase("[^A]B|C.").prefilter()).isEqualTo(new Prefilter.AnyOf(List.of(
                new Prefilter.Contains("b"), new Prefilter.Contains("c"))));
        assertThat(ignoringCase("X?").exactBranches()).isEmpty();
    }
}
