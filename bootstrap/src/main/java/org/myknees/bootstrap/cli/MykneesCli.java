package org.myknees.bootstrap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.UserId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code myknees} command. Global options work before or after the command name. Each run opens the store
 * once (starting the embedded database when no external one is configured) and closes it at the end. Errors go to
 * standard error with a message that names the problem, and a non-zero exit code: 1 for a failed command, 2 for
 * a command line that cannot be understood.
 */
@Command(name = "myknees", mixinStandardHelpOptions = true, versionProvider = MykneesCli.Version.class,
        description = "MyKnees: a household's money, from the command line.",
        subcommands = {AccountsCommand.class, TransactionsCommand.class, ImportCommand.class, RulesCommand.class,
                CategorizeCommand.class, ReportCommand.class, BenchCommand.class, PurchasesCommand.class,
                MembersCommand.class})
public final class MykneesCli {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where data lives (default: $MYKNEES_DATA_DIR, else ~/.myknees).")
    Path dataDir;

    @Option(names = "--household", scope = ScopeType.INHERIT, paramLabel = "NAME", defaultValue = "default",
            description = "The household to work in; created on first use (default: ${DEFAULT-VALUE}).")
    String household;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print machine-readable JSON.")
    boolean json;

    private final Map<String, String> environment;
    private final BiFunction<DataDirectory, Backend.MerchantKnowledge, Backend> opener;
    private final boolean ownsBackend;
    private final Clock clock;
    private Backend backend;
    private Household current;
    private PrintWriter out;
    private PrintWriter err;

    /**
     * @param opener      opens the store for a data directory, reading the merchant directory as it is told
     * @param ownsBackend whether the command line closes what {@code opener} gave it at the end of a run
     */
    private MykneesCli(Map<String, String> environment,
                       BiFunction<DataDirectory, Backend.MerchantKnowledge, Backend> opener, boolean ownsBackend,
                       Clock clock) {
        this.environment = Map.copyOf(environment);
        this.opener = Objects.requireNonNull(opener, "opener");
        this.ownsBackend = ownsBackend;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The command line as users run it: every run opens the configured store and closes it again. */
    static MykneesCli standard(Map<String, String> environment, Clock clock) {
        return new MykneesCli(environment, (dir, knowledge) -> Backend.open(dir, environment, clock, knowledge), true,
                clock);
    }

    /** A command line for tests: it works on the given, already open backend and leaves it open. */
    static MykneesCli on(Backend backend, Map<String, String> environment, Clock clock) {
        return new MykneesCli(environment, (dir, knowledge) -> backend, false, clock);
    }

    public static void main(String[] args) {
        quietLibraries();
        MykneesCli cli = standard(System.getenv(), Clock.systemDefaultZone());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(cli.run(args, out, err));
    }

    /** Runs one command line and returns its exit code. */
    int run(String[] args, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        CommandLine commandLine = new CommandLine(this);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("myknees: " + Errors.describe(e));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } finally {
            closeBackend();
            out.flush();
            err.flush();
        }
    }

    /** The store, opened on first use. */
    Backend backend() {
        return backend(Backend.MerchantKnowledge.READ_AHEAD);
    }

    /**
     * The store, opened on first use; if this call opens it, the opening reads the merchant directory as
     * {@code knowledge} says.
     */
    Backend backend(Backend.MerchantKnowledge knowledge) {
        if (backend == null) {
            DataDirectory directory = dataDirectory();
            Progress progress = Progress.start(this, "Opening the database");
            try {
                backend = opener.apply(directory, knowledge);
            } finally {
                progress.done();
            }
        }
        return backend;
    }

    /** The user this machine acts as. */
    UserId actor() {
        return dataDirectory().localUser();
    }

    /** The household of {@code --household}, created for the local user when it does not exist yet. */
    Household household() {
        if (current == null) {
            UserId actor = actor();
            Optional<Household> found = backend().households().listHouseholds(actor).stream()
                    .filter(h -> h.name().equalsIgnoreCase(household.strip()))
                    .findFirst();
            current = found.orElseGet(() -> {
                Household created = backend().households().createHousehold(new CreateHouseholdCommand(actor,
                        household));
                if (!json) {
                    err.println("Created household '" + created.name() + "'.");
                }
                return created;
            });
        }
        return current;
    }

    DataDirectory dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir), environment);
    }

    boolean json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    private void closeBackend() {
        if (backend != null && ownsBackend) {
            backend.close();
        }
        backend = null;
        current = null;
    }

    /**
     * DJL's loggers for its look for a GPU. The model always runs on the CPU, so on a machine with a CUDA runtime
     * but no usable GPU their warnings say nothing to act on. Held here: java.util.logging keeps loggers weakly.
     */
    private static final List<Logger> GPU_PROBES = List.of(Logger.getLogger("ai.djl.util.cuda"),
            Logger.getLogger("ai.djl.onnxruntime.engine"));

    /** The libraries report at INFO what a person at a terminal does not need; warnings still show. */
    private static void quietLibraries() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
        GPU_PROBES.forEach(probe -> probe.setLevel(Level.SEVERE));
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MykneesCli.class.getPackage().getImplementationVersion();
            return new String[] {"myknees " + (version == null ? "development" : version)};
        }
    }
}
