package org.myknees.adapter.bankformat.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.myknees.adapter.bankformat.Corpus;

/**
 * The per-format results table of a corpus conformance run, written as Markdown to
 * {@code target/conformance/<format>.md}: one row per file with the facts checked, pass or fail and why.
 */
public final class ConformanceReport {

    private final String format;
    private final List<FileCheck> checks = new ArrayList<>();
    private final List<String> smoke = new ArrayList<>();

    public ConformanceReport(String format) {
        this.format = format;
    }

    /** Checks one corpus file against the facts its EXPECTED.json entry asserts. */
    @FunctionalInterface
    public interface AssertedFacts {
        void check(Path file, JsonNode entry, JsonNode asserted, FileCheck check) throws IOException;
    }

    /**
     * Checks every file of the format's corpus folder whose EXPECTED.json entry carries facts asserted by its upstream
     * tests; a check that throws counts as a failed file.
     */
    public static ConformanceReport ofAssertedFacts(String format, AssertedFacts facts) {
        Path folder = Corpus.folder(format);
        ConformanceReport report = new ConformanceReport(format);
        for (Map.Entry<String, JsonNode> entry : Corpus.expected(format).properties()) {
            JsonNode asserted = entry.getValue().path("asserted_by_upstream_tests");
            if (asserted.isMissingNode() || !Files.exists(folder.resolve(entry.getKey()))) {
                continue;
            }
            try {
                FileCheck check = new FileCheck(entry.getKey());
                facts.check(folder.resolve(entry.getKey()), entry.getValue(), asserted, check);
                report.add(check);
            } catch (RuntimeException e) {
                report.add(FileCheck.crashed(entry.getKey(), e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }

    /**
     * Writes the table, prints the summary and the failed files, and asserts that no file raised anything but the
     * parse error ({@code unexpected}) and that at least 95% of the files with facts match them as upstream states.
     */
    public void writeAndAssertMostMatch(List<String> unexpected) {
        Path table = write();
        System.out.println(summary() + " -> " + table.toAbsolutePath());
        failedFiles().forEach(f -> System.out.println("  FAIL " + f.file() + ": " + f.failures()));

        assertThat(unexpected).as("files that raised something other than StatementParseException").isEmpty();
        assertThat(filesPassedStrictly()).as(summary())
                .isGreaterThanOrEqualTo((long) Math.ceil(0.95 * filesWithFacts()));
    }

    public void add(FileCheck check) {
        checks.add(check);
    }

    /** A file without upstream facts: only that it parsed or was rejected cleanly is recorded. */
    public void smoke(String file, String outcome) {
        smoke.add("| " + cell(file) + " | " + cell(outcome) + " |");
    }

    public long filesWithFacts() {
        return checks.stream().filter(FileCheck::hasFacts).count();
    }

    public long filesPassed() {
        return checks.stream().filter(FileCheck::passed).count();
    }

    public long filesPassedStrictly() {
        return checks.stream().filter(FileCheck::passedStrictly).count();
    }

    public long factsChecked() {
        return checks.stream().mapToLong(c -> c.facts().size()).sum();
    }

    public long factsFailed() {
        return checks.stream().mapToLong(c -> c.failures().size()).sum();
    }

    public List<FileCheck> failedFiles() {
        return checks.stream().filter(c -> c.hasFacts() && !c.passed()).toList();
    }

    public long factsDisputed() {
        return checks.stream().mapToLong(c -> c.disputed().size()).sum();
    }

    public String summary() {
        long files = Math.max(1, filesWithFacts());
        return String.format("%s: %d of %d files with upstream facts match (%.1f%%), %d of them as upstream states "
                        + "every fact (%.1f%%); %d of %d facts hold, %d disputed with evidence, %d fail", format,
                filesPassed(), filesWithFacts(), 100.0 * filesPassed() / files, filesPassedStrictly(),
                100.0 * filesPassedStrictly() / files, factsChecked() - factsFailed() - factsDisputed(),
                factsChecked(), factsDisputed(), factsFailed());
    }

    public Path write() {
        return write("");
    }

    /** Writes the table after {@code preface} (what was checked, and against which source of facts). */
    public Path write(String preface) {
        Path file = Path.of("target", "conformance", format + ".md");
        StringBuilder out = new StringBuilder();
        out.append("# ").append(format).append(" corpus conformance\n\n");
        if (!preface.isEmpty()) {
            out.append(preface).append("\n\n");
        }
        out.append(summary()).append(".\n\n");
        out.append("| file | facts checked | result | reason |\n| --- | --- | --- | --- |\n");
        for (FileCheck check : checks) {
            if (!check.hasFacts()) {
                continue;
            }
            List<String> reasons = new ArrayList<>(check.failures());
            reasons.addAll(check.disputed());
            reasons.addAll(check.notes());
            out.append("| ").append(cell(check.file())).append(" | ").append(cell(String.join(", ", check.facts())))
                    .append(" | ").append(check.passedStrictly() ? "pass" : check.passed() ? "pass (disputed)" : "FAIL")
                    .append(" | ")
                    .append(cell(String.join("; ", reasons))).append(" |\n");
        }
        List<FileCheck> unmapped = checks.stream().filter(c -> !c.hasFacts()).toList();
        if (!unmapped.isEmpty()) {
            out.append("\n## Files whose upstream facts our model has no place for\n\n| file | facts |\n| --- | --- |\n");
            unmapped.forEach(c -> out.append("| ").append(cell(c.file())).append(" | ")
                    .append(cell(String.join("; ", c.notes()))).append(" |\n"));
        }
        if (!smoke.isEmpty()) {
            out.append("\n## Files without upstream facts (parsed for robustness only)\n\n| file | outcome |\n")
                    .append("| --- | --- |\n");
            smoke.forEach(row -> out.append(row).append('\n'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
