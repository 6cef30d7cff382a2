package org.myknees.adapter.bankformat.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The facts checked for one corpus file and the ones that did not hold. */
public final class FileCheck {

    private final String file;
    private final List<String> facts = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> disputed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> disputes;

    public FileCheck(String file) {
        this(file, Map.of());
    }

    /**
     * @param disputes facts of this file whose upstream value is shown to be wrong, with the evidence; when such
     *                 a fact does not hold it is reported as disputed instead of failed
     */
    public FileCheck(String file, Map<String, String> disputes) {
        this.file = file;
        this.disputes = disputes;
    }

    public String file() {
        return file;
    }

    /** Records a fact and whether it held; {@code detail} says what we found when it did not. */
    public void check(String fact, boolean held, String detail) {
        facts.add(fact);
        if (!held && disputes.containsKey(fact)) {
            disputed.add(fact + ": " + detail + " (disputed: " + disputes.get(fact) + ")");
        } else if (!held) {
            failures.add(fact + ": " + detail);
        }
    }

    /** Records a fact about a value; decimals compare numerically, so {@code -20.00} equals {@code -20}. */
    public void equal(String fact, Object expected, Object actual) {
        boolean held = expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
                : Objects.equals(expected, actual);
        check(fact, held, "expected " + expected + ", got " + actual);
    }

    /** A file whose check ended in an exception the parser should never throw. */
    public static FileCheck crashed(String file, Throwable error) {
        FileCheck check = new FileCheck(file);
        check.check("parsed without an unexpected exception", false, error.toString());
        return check;
    }

    /** Compares decimals numerically ({@code 50.0} equals {@code 50.00}); a null actual value fails. */
    public void amount(String fact, String expected, BigDecimal actual) {
        boolean held = actual != null && new BigDecimal(expected).compareTo(actual) == 0;
        check(fact, held, "expected " + expected + ", got " + (actual == null ? "nothing" : actual.toPlainString()));
    }

    /** A remark for the table that is not a checked fact (such as an upstream value we cannot map). */
    public void note(String note) {
        notes.add(note);
    }

    public List<String> facts() {
        return List.copyOf(facts);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public List<String> disputed() {
        return List.copyOf(disputed);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public boolean hasFacts() {
        return !facts.isEmpty();
    }

    /** Every fact held, or failed only where the upstream value is disputed with evidence. */
    public boolean passed() {
        return hasFacts() && failures.isEmpty();
    }

    /** Every fact held as upstream states it. */
    public boolean passedStrictly() {
        return passed() && disputed.isEmpty();
    }
}
