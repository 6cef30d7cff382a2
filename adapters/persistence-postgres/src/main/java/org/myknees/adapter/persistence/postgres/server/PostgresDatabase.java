package org.myknees.adapter.persistence.postgres.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A PostgreSQL database to store in, with a pool of connections to it: either an embedded server this process
 * starts and stops, or an external server it only connects to. Close it to release the pool and, when embedded,
 * to stop the server cleanly.
 *
 * <p>The embedded server runs from the PostgreSQL binaries shipped in a Maven artifact, keeps its data in a
 * directory given by the caller (so data survives restarts) and is configured with {@code wal_level=logical} for
 * change data capture and with {@code fsync=on} and {@code synchronous_commit=on} for durability. One process at a
 * time may use a directory; a server left running by a process that was killed is stopped and started again, and
 * PostgreSQL's own crash recovery replays its write-ahead log, so every committed unit of work is there and no half
 * of one.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** Names the MyKnees data directory when no option does; else it is {@code ~/.myknees}. */
    public static final String DATA_DIR = "MYKNEES_DATA_DIR";
    /** The JDBC URL of an external server; when set, no embedded server is started. */
    public static final String DB_URL = "MYKNEES_DB_URL";
    public static final String DB_USER = "MYKNEES_DB_USER";
    public static final String DB_PASSWORD = "MYKNEES_DB_PASSWORD";
    /** The embedded server's directory inside the MyKnees data directory. */
    public static final String EMBEDDED_DIRECTORY = "postgres";
    /** The database the embedded server keeps MyKnees data in. */
    public static final String EMBEDDED_DATABASE = "myknees";
    private static final String SUPERUSER = "postgres";
    private static final int POOL_SIZE = 8;
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

    private final HikariDataSource pool;
    private final String jdbcUrl;
    private final String description;
    private final EmbeddedPostgres server;
    private final FileLock lock;

    private PostgresDatabase(HikariDataSource pool, String description, EmbeddedPostgres server, FileLock lock) {
        this.pool = pool;
        this.jdbcUrl = pool.getJdbcUrl();
        this.description = description;
        this.server = server;
        this.lock = lock;
    }

    /**
     * The MyKnees data directory: the given option, else {@value #DATA_DIR} from the environment, else
     * {@code ~/.myknees}. The command line and the server choose it by these same rules.
     */
    public static Path dataDirectory(Optional<Path> option, Map<String, String> environment) {
        return option.or(() -> Optional.ofNullable(environment.get(DATA_DIR)).filter(value -> !value.isBlank())
                        .map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".myknees"))
                .toAbsolutePath().normalize();
    }

    /**
     * The database MyKnees uses: the external server named by {@value #DB_URL} (with {@value #DB_USER} and
     * {@value #DB_PASSWORD}) when the environment sets it, else the embedded server in
     * {@code <dataDirectory>/postgres}.
     */
    public static PostgresDatabase forMyKnees(Path dataDirectory, Map<String, String> environment) {
        Optional<String> url = Optional.ofNullable(environment.get(DB_URL)).filter(u -> !u.isBlank());
        if (url.isPresent()) {
            return external(url.get(), Optional.ofNullable(environment.get(DB_USER)),
                    Optional.ofNullable(environment.get(DB_PASSWORD)));
        }
        return embedded(dataDirectory.resolve(EMBEDDED_DIRECTORY));
    }

    /**
     * Connects to an external server.
     *
     * @param jdbcUrl such as {@code jdbc:postgresql://db.example:5432/myknees}
     */
    public static PostgresDatabase external(String jdbcUrl, Optional<String> user, Optional<String> password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("'" + jdbcUrl + "' is not a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:port/database)");
        }
        HikariConfig config = poolConfig(jdbcUrl);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        return new PostgresDatabase(new HikariDataSource(config), "PostgreSQL at " + jdbcUrl, null, null);
    }

    /**
     * Starts the embedded server on the data in {@code directory}, creating the database cluster on first use.
     *
     * @throws IllegalStateException when another process uses the directory
     */
    public static PostgresDatabase embedded(Path directory) {
        Path dataDirectory = directory.toAbsolutePath().normalize();
        FileLock lock = lockDirectory(dataDirectory);
        EmbeddedPostgres server = null;
        try {
            stopOrphanedServer(dataDirectory);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Lower and upper case follow Unicode and text sorts by code point, whatever the machine's locale.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    // The launcher is made for throwaway test databases: it passes -F (no fsync) and sets
                    // synchronous_commit=off. This is the user's data: a commit is on disk before it returns.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_wal_senders", "4")
                    .setServerConfig("max_replication_slots", "4")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .start();
            createDatabaseIfMissing(server.getPostgresDatabase());
            HikariConfig config = poolConfig(server.getJdbcUrl(SUPERUSER, EMBEDDED_DATABASE));
            return new PostgresDatabase(new HikariDataSource(config),
                    "embedded PostgreSQL in " + dataDirectory, server, lock);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(server, e);
            releaseQuietly(lock, e);
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " did not start: "
                    + e.getMessage() + " (its log is in " + dataDirectory.resolve("log") + ")", e);
        }
    }

    /** The pooled data source; valid until {@link #close()}. */
    public DataSource dataSource() {
        return pool;
    }

    /** The JDBC URL the pool connects to (for an embedded server it names its user; there is no password). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Where the data is, for people: the embedded directory or the external URL. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return server != null;
    }

    /** Closes the pool, then stops the embedded server (PostgreSQL's fast shutdown, a checkpoint included). */
    @Override
    public void close() {
        pool.close();
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Stopping the embedded PostgreSQL failed", e);
            } finally {
                releaseQuietly(lock, null);
            }
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("myknees");
        return config;
    }

    private static FileLock lockDirectory(Path dataDirectory) {
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        try {
            Files.createDirectories(dataDirectory.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                        + " is in use by another MyKnees process; stop that one or choose another data directory");
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        }
    }

    /**
     * The live process the server directory's {@code postmaster.pid} names: the server's postmaster, possibly left
     * running by a process that was killed (or, after a reboot, an unrelated program that got its pid). Empty
     * when there is no pid file or that process has ended.
     */
    public static Optional<ProcessHandle> runningServer(Path serverDirectory) throws IOException {
        Path pidFile = serverDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }

    /**
     * A server whose owner was killed keeps running and holds the data directory. Since this process holds the
     * directory's lock, no live MyKnees process owns that server: it is asked to shut down (SIGTERM, a smart
     * shutdown that lets it write a checkpoint), and killed only when it does not within a minute. A pid file
     * naming some other program (the pid was reused after a reboot) is stale and removed.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> process = runningServer(dataDirectory);
        if (process.isEmpty()) {
            return;
        }
        long pid = process.get().pid();
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            // Not ours to judge: PostgreSQL itself refuses to start if that process really holds the directory.
            return;
        }
        if (!command.get().endsWith("/postgres")) {
            Files.deleteIfExists(pidFile);
            return;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the old PostgreSQL process " + pid, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not wait for the old PostgreSQL process " + pid, e);
        }
    }

    private static void createDatabaseIfMissing(DataSource postgres) throws SQLException {
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + EMBEDDED_DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + EMBEDDED_DATABASE);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server, Exception cause) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void releaseQuietly(FileLock lock, Exception cause) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
