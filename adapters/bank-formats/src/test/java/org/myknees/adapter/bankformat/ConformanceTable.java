package org.myknees.adapter.bankformat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The results of checking a parser against the facts the corpus's upstream tests assert, one row per file,
 * written as a Markdown table to {@code target/conformance/<format>.md} for people to read.
 */
public final class ConformanceTable {

    private final String format;
    private final List<Row> rows = new ArrayList<>();

    public ConformanceTable(String format) {
        this.format = format;
    }

    /** How a file fared: every mapped fact held, one did not, or none of its facts fit our model. */
    public enum Status { PASS, FAIL, NOT_MAPPED }

    /** One file's line of the table. */
    public record Row(String file, List<String> checked, Status status, String reason) {
    }

    /** The facts checked for one file, and which of them failed. */
    public static final class Facts {
        private final List<String> checked = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        /** Records a fact; numbers compare by value, so {@code -20.00} equals {@code -20}. */
        public void expect(String fact, Object expected, Object actual) {
            checked.add(fact);
            if (!same(expected, actual)) {
                failures.add(fact + ": expected " + expected + ", got " + actual);
            }
        }

        /** Records a fact that is a condition rather than a value. */
        public void expectTrue(String fact, boolean holds, String otherwise) {
            checked.add(fact);
            if (!holds) {
                failures.add(fact + ": " + otherwise);
            }
        }

        /** Notes something the reader of the table should know (an asserted key our model has no place for). */
        public void note(String text) {
            notes.add(text);
        }

        public boolean passed() {
            return failures.isEmpty();
        }

        private static boolean same(Object expected, Object actual) {
            if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
                return e.compareTo(a) == 0;
            }
            return Objects.equals(expected, actual);
        }
    }

    public void add(String file, Facts facts) {
        Status status = facts.checked.isEmpty() ? Status.NOT_MAPPED : facts.passed() ? Status.PASS : Status.FAIL;
        List<String> reasons = new ArrayList<>(facts.failures);
        reasons.addAll(facts.notes);
        rows.add(new Row(file, List.copyOf(facts.checked), status, String.join("; ", reasons)));
    }

    public void addCrash(String file, Throwable error) {
        rows.add(new Row(file, List.of(), Status.FAIL, "unexpected " + error));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** Writes the table and returns its path. */
    public Path write(String preface) {
        StringBuilder md = new StringBuilder("# ").append(format).append(" corpus conformance\n\n").append(preface)
                .append("\n\n").append(summary()).append("\n\n| file | facts checked | result | reason |\n")
                .append("| --- | --- | --- | --- |\n");
        for (Row row : rows) {
            md.append("| ").append(cell(row.file())).append(" | ").append(cell(String.join(", ", row.checked())))
                    .append(" | ").append(row.status()).append(" | ").append(cell(row.reason())).append(" |\n");
        }
        Path path = Path.of("target", "conformance", format + ".md");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    public String summary() {
        long mapped = count(Status.PASS) + count(Status.FAIL);
        return format + ": " + count(Status.PASS) + " of " + mapped + " files with mappable asserted facts pass ("
                + (mapped == 0 ? 0 : count(Status.PASS) * 100 / mapped) + "%); " + count(Status.NOT_MAPPED)
                + " file(s) assert nothing our model holds";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
