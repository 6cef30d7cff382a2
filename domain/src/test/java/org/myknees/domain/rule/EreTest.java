package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EreTest {

    private static boolean found(String ere, String text) {
        return Ere.compile(Ere.parse(ere), true).matcher(text).find();
    }

    private static boolean foundIgnoringCase(String ere, String text) {
        return Ere.compile(Ere.parse(ere), false).matcher(CaseFold.fold(text)).find();
    }

    @Test
    void insideABracketExpressionBackslashAmpersandAndOpeningBracketAreLiterals() {
        assertThat(found("[\\]", "C:\\TEMP")).isTrue();
        assertThat(found("[a&&b]", "R&D")).isTrue();
        assertThat(found("[a&&b]", "RD")).isFalse();
        assertThat(found("[[]", "A[1]")).isTrue();
    }

    @Test
    void aClosingBracketFirstInABracketExpressionIsALiteral() {
        assertThat(found("[]x]", "]")).isTrue();
        assertThat(found("[^]x]", "]x")).isFalse();
        assertThat(found("[^]x]", "]y")).isTrue();
    }

    @Test
    void posixCharacterClassesAreUnderstood() {
        assertThat(found("^[[:digit:]]+$", "20240101")).isTrue();
        assertThat(found("^[[:digit:]]+$", "2024-01")).isFalse();
        assertThat(found("[[:space:]][[:alpha:]]", "12 A")).isTrue();
    }

    @Test
    void aBraceThatStartsNoIntervalIsALiteral() {
        assertThat(found("A{B", "XA{BX")).isTrue();
        assertThat(found("A{2}", "AA")).isTrue();
        assertThat(found("^A{2}$", "AAA")).isFalse();
        assertThat(found("^A{1,2}B$", "AAB")).isTrue();
    }

    @Test
    void dollarMatchesOnlyAtTheVeryEndAndDotMatchesAnything() {
        assertThat(found("FEE$", "LATE FEE")).isTrue();
        assertThat(found("FEE$", "LATE FEE\n")).isFalse();
        assertThat(found("A.B", "A\nB")).isTrue();
    }

    @Test
    void escapedPunctuationIsLiteral() {
        assertThat(found("AMAZON\\.COM\\*", "AMAZON.COM*AB12")).isTrue();
        assertThat(found("AMAZON\\.COM", "AMAZONXCOM")).isFalse();
    }

    @Test
    void caseIsIgnoredOnFoldedTextIncludingNonAsciiLetters() {
        assertThat(foundIgnoringCase("CAFÉ [A-Z]+", "café latte")).isTrue();
        assertThat(foundIgnoringCase("straße", "STRAßE 5")).isTrue();
    }

    @Test
    void constructsThatAreNotPortableEreAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Ere.parse("AB\\d")).hasMessageContaining("'\\d' is not portable ERE")
                .hasMessageContaining("index 2");
        assertThatThrownBy(() -> Ere.parse("(?i)AB")).hasMessageContaining("'?' has nothing to repeat");
        assertThatThrownBy(() -> Ere.parse("*AB")).hasMessageContaining("nothing to repeat");
        assertThatThrownBy(() -> Ere.parse("(AB")).hasMessageContaining("unclosed '('");
        assertThatThrownBy(() -> Ere.parse("AB)")).hasMessageContaining("unmatched ')'");
        assertThatThrownBy(() -> Ere.parse("[z-a]")).hasMessageContaining("range z-a is reversed");
        assertThatThrownBy(() -> Ere.parse("[[:letter:]]")).hasMessageContaining("[:letter:] is not a POSIX");
        assertThatThrownBy(() -> Ere.parse("A{3,1}")).hasMessageContaining("minimum above its maximum");
        assertThatThrownBy(() -> Ere.parse("A{,3}")).hasMessageContaining("needs its minimum");
        assertThatThrownBy(() -> Ere.parse("^*")).hasMessageContaining("anchor cannot be repeated");
        assertThatThrownBy(() -> Ere.parse("AB\\")).hasMessageContaining("lone backslash");
    }

    @Test
    void alternationGroupingAndEmptyAlternativesWork() {
        assertThat(found("^(POS |CHECKCARD [0-9]+ )?(VONS|ALBERTSONS) ", "CHECKCARD 0412 VONS #2041")).isTrue();
        assertThat(found("^(POS |CHECKCARD [0-9]+ )?(VONS|ALBERTSONS) ", "XVONS 1")).isFalse();
        assertThat(found("(^| )FEE($| |-)", "NSF FEE-RETURNED")).isTrue();
        assertThat(found("(^| )FEE($| |-)", "COFFEE")).isFalse();
        assertThat(found("A(|B)C", "AC")).isTrue();
        assertThat(found("A()C", "AC")).isTrue();
    }
}
