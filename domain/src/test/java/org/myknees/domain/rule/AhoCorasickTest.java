package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static List<String> found(AhoCorasick automaton, List<String> literals, String text, int plane) {
        long[] hits = automaton.newHits();
        automaton.scan(text, hits);
        List<String> found = new ArrayList<>();
        for (int literal = 0; literal < literals.size(); literal++) {
            if ((hits[AhoCorasick.hitIndex(literal, plane)] & (1L << literal)) != 0) {
                found.add(literals.get(literal));
            }
        }
        return found;
    }

    @Test
    void findsOverlappingAndNestedLiteralsInOnePass() {
        List<String> literals = List.of("he", "she", "his", "hers", "usher");
        AhoCorasick automaton = new AhoCorasick(literals, false);

        assertThat(found(automaton, literals, "ushers", AhoCorasick.CONTAINS)).containsExactly("he", "she", "hers", "usher");
        assertThat(found(automaton, literals, "hi", AhoCorasick.CONTAINS)).isEmpty();
    }

    @Test
    void marksOccurrencesAtTheStartTheEndOrSpanningTheWholeText() {
        List<String> literals = List.of("ab", "b", "abab");
        AhoCorasick automaton = new AhoCorasick(literals, false);

        assertThat(found(automaton, literals, "abab", AhoCorasick.PREFIX)).containsExactly("ab", "abab");
        assertThat(found(automaton, literals, "abab", AhoCorasick.SUFFIX)).containsExactly("ab", "b", "abab");
        assertThat(found(automaton, literals, "abab", AhoCorasick.WHOLE)).containsExactly("abab");
        assertThat(found(automaton, literals, "b", AhoCorasick.WHOLE)).containsExactly("b");
    }

    @Test
    void aFoldingAutomatonFindsFoldedLiteralsInAnyCase() {
        List<String> literals = List.of("café", "ı");
        AhoCorasick folding = new AhoCorasick(List.of("café", "i"), true);

        assertThat(found(folding, literals, "CAFÉ BLEU", AhoCorasick.CONTAINS)).containsExactly("café");
        assertThat(found(folding, literals, "ı", AhoCorasick.WHOLE)).containsExactly("ı");
        assertThat(found(new AhoCorasick(literals, false), literals, "CAFÉ", AhoCorasick.CONTAINS)).isEmpty();
    }

    @Test
    void moreThanSixtyFourLiteralsUseSeveralWords() {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            literals.add("w" + i + ";");
        }
        AhoCorasick automaton = new AhoCorasick(literals, false);

        assertThat(found(automaton, literals, "w3;w64;w129;", AhoCorasick.CONTAINS)).containsExactly("w3;", "w64;", "w129;");
    }
}
