package org.myknees.bootstrap.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * The Liberty server prepared by the build (liberty-maven-plugin: create, install-feature, deploy), started with
 * {@code wlp/bin/server start} on a free port and a fresh data directory, and stopped again.
 */
final class LibertyServer implements AutoCloseable {

    private final Path wlp;
    private final String name;
    private final int port;
    private final Path dataDir;

    private LibertyServer(Path wlp, String name, int port, Path dataDir) {
        this.wlp = wlp;
        this.name = name;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server on a fresh data directory (so on a fresh embedded PostgreSQL) with these extra environment
     * variables, and waits until /health/ready says UP.
     */
    static LibertyServer start(Map<String, String> environment) throws Exception {
        return start(temporaryDataDir("myknees-it-data"), environment);
    }

    /**
     * A fresh data directory, removed when the test JVM exits (after every server on it was stopped): each holds an
     * embedded PostgreSQL of 0.3–0.6 GB, which would otherwise pile up in the temporary folder run after run.
     */
    static Path temporaryDataDir(String prefix) throws IOException {
        Path data = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(data), "remove-" + data.getFileName()));
        return data;
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not remove the test data directory " + root + ": " + e);
        }
    }

    /** Starts the server on the given data directory, and waits until /health/ready says UP. */
    static LibertyServer start(Path data, Map<String, String> environment) throws Exception {
        String wlpDir = System.getProperty("myknees.it.wlp");
        assumeTrue(wlpDir != null && Files.isDirectory(Path.of(wlpDir)),
                "No Liberty runtime prepared by the build (run 'mvn verify' on bootstrap/server)");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LibertyServer server = new LibertyServer(Path.of(wlpDir), System.getProperty("myknees.it.server", "myknees"),
                port, data);
        ProcessBuilder start = server.command("start", "--clean");
        start.environment().put("MYKNEES_HTTP_PORT", Integer.toString(port));
        start.environment().put("MYKNEES_DATA_DIR", data.toString());
        start.environment().putAll(environment);
        server.run(start);
        server.awaitReady(Duration.ofSeconds(120));
        return server;
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws Exception {
        run(command("stop"));
    }

    private ProcessBuilder command(String action, String... more) {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(wlp.resolve("bin/server").toString());
        pb.command().add(action);
        pb.command().add(name);
        pb.command().addAll(java.util.List.of(more));
        return pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private void run(ProcessBuilder pb) throws IOException, InterruptedException {
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("'" + String.join(" ", pb.command()) + "' exited with " + exit);
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base().resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is still starting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not become ready within " + timeout
                + "; see " + wlp.resolve("usr/servers/" + name + "/logs/messages.log"));
    }
}
