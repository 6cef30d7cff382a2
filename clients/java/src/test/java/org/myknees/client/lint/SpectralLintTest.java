package org.myknees.client.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lints docs/api/openapi.yaml with Spectral against the committed {@code .spectral.yaml}. Spectral comes from the
 * npm registry at the version pinned, with its whole dependency tree, by {@code src/test/spectral/package-lock.json}
 * ({@code npm ci --ignore-scripts}: nothing but the registry is contacted). Errors fail the test; warnings are
 * printed. Skips, saying so, where Node.js or npm is not installed or the registry cannot be reached.
 */
class SpectralLintTest {

    private static final int ERROR = 0;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path spectral;
    /** Why Spectral cannot run here, or null when it can. */
    private static String missing;

    @BeforeAll
    static void installSpectral() throws Exception {
        if (!onPath("node") || !onPath("npm")) {
            missing = "Spectral lint skipped: Node.js and npm are not both on the PATH (install Node.js 18 or newer)";
            return;
        }
        Path work = Path.of(System.getProperty("myknees.spectral.work", "target/spectral"));
        Path pinned = Path.of(System.getProperty("myknees.spectral.package", "src/test/spectral"));
        Files.createDirectories(work);
        spectral = work.resolve("node_modules/.bin/spectral");
        boolean upToDate = Files.isExecutable(spectral) && Files.exists(work.resolve("package-lock.json"))
                && Files.mismatch(work.resolve("package-lock.json"), pinned.resolve("package-lock.json")) == -1;
        if (!upToDate) {
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(pinned.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Result install = run(work, List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
            if (install.exit() != 0 || !Files.isExecutable(spectral)) {
                missing = "Spectral lint skipped: 'npm ci' could not install @stoplight/spectral-cli from the npm "
                        + "registry (offline?):\n" + install.output();
            }
        }
    }

    @BeforeEach
    void requireSpectral() {
        assumeTrue(missing == null, missing);
    }

    @Test
    void theCommittedDocumentHasNoSpectralErrors() throws Exception {
        List<JsonNode> results = lint(Path.of(System.getProperty("myknees.openapi.document",
                "../../docs/api/openapi.yaml")));

        List<String> errors = new ArrayList<>();
        for (JsonNode r : results) {
            String line = describe(r);
            if (r.get("severity").asInt() == ERROR) {
                errors.add(line);
            } else {
                System.out.println("Spectral: " + line);
            }
        }
        assertThat(errors).as("Spectral errors in docs/api/openapi.yaml").isEmpty();
    }

    @Test
    void aDocumentThatBreaksTheRulesetIsReportedAsAnError() throws Exception {
        Path broken = Files.createTempFile("broken-openapi", ".yaml");
        // A path template whose parameter is never declared: a client could not fill it in.
        Files.writeString(broken, """
                openapi: 3.1.0
                info:
                  title: Broken
                  version: 1.0.0
                paths:
                  /things/{thingId}:
                    get:
                      summary: An undeclared path parameter
                      responses:
                        "200":
                          description: The thing
                """, StandardCharsets.UTF_8);

        assertThat(lint(broken)).anySatisfy(r -> assertThat(r.get("severity").asInt()).isEqualTo(ERROR));
    }

    private static List<JsonNode> lint(Path document) throws Exception {
        Path ruleset = Path.of(System.getProperty("myknees.spectral.ruleset", "../../.spectral.yaml"));
        Path report = Files.createTempFile("spectral", ".json");
        Result lint = run(spectral.getParent(), List.of(spectral.toString(), "lint", document.toString(),
                "--ruleset", ruleset.toString(), "--format", "json", "--output", report.toString(),
                "--fail-severity", "error"));
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(json).as("Spectral wrote no report (exit %d):%n%s", lint.exit(), lint.output()).isNotBlank();
        List<JsonNode> results = new ArrayList<>();
        JSON.readTree(json).forEach(results::add);
        return results;
    }

    private static String describe(JsonNode result) {
        return result.get("code").asText() + " at " + result.get("path") + " (line "
                + (result.get("range").get("start").get("line").asInt() + 1) + "): " + result.get("message").asText();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("spectral-run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("'" + String.join(" ", command) + "' did not finish within 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, executable)));
    }
}
