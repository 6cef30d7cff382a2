package org.myknees.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.importing.port.in.ImportRejectedException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.application.importing.port.in.ManageImportsUseCase;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.bootstrap.Backend;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE...}, {@code import list}, {@code import show BATCH} and {@code import revert BATCH}. */
@Command(name = "import", description = "Import bank files: parse, validate, deduplicate, categorize and store each as one batch.",
        subcommands = {ImportCommand.ListImports.class, ImportCommand.Show.class, ImportCommand.Revert.class})
final class ImportCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Bank files (OFX/QFX, QIF, CSV, MT940/942, CAMT, "
            + "Plaid/GoCardless/SimpleFIN JSON) and ScrapedKnees order files (stored as purchases).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--account", paramLabel = "CODE", description = "Put every row into this account.")
    String account;

    @Option(names = "--create-accounts", description = "Open accounts the files name that the household does not have.")
    boolean createAccounts;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format (ofx, qif, csv, csv:ally-bank, mt940, camt.053, plaid, …).")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "CSV column mapping as key=value lines (date=Posted Date, amount=Amount, …).")
    Path mapping;

    @Option(names = "--dry-run", description = "Report exactly what would happen and write nothing.")
    boolean dryRun;

    @Option(names = "--strict", description = "Reject a file whole if any row cannot be read.")
    boolean strict;

    @Option(names = "--explain", description = "Show why each duplicate was judged one and what became of each "
            + "correction from the bank (a row replacing one sent before, a withdrawal).")
    boolean explain;

    @Option(names = "--categorize", defaultValue = "full", paramLabel = "rules|full",
            description = "Categorize new rows with the household's rules and corrections only (rules), or also with "
                    + "the merchant knowledge and the local model (full, the default: ${DEFAULT-VALUE}).")
    String categorize;

    /** One file's outcome as the JSON output shows it. */
    record FileJson(String file, String format, String batch, List<StatementJson> statements, int added,
                    int replacedPending, int duplicates, int replaced, int withdrawn, List<QuarantineJson> quarantined,
                    List<String> warnings, List<DuplicateJson> explanations, List<CorrectionJson> corrections,
                    String alreadyImportedAs, boolean dryRun) {
    }

    record CorrectionJson(int line, String outcome, String reason) {
    }

    record StatementJson(String account, String currency, String openingBalance, String closingBalance, int transactions) {
    }

    record QuarantineJson(int line, String field, String reason) {
    }

    record DuplicateJson(int line, String reason) {
    }

    record ErrorJson(String file, String error) {
    }

    @Override
    void execute(MykneesCli cli) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Name at least one file to import (or use 'import list' / 'import show' / 'import revert')");
        }
        Map<String, String> options = mappingOptions();
        Categorizer.Depth depth = switch (categorize.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "rules" -> Categorizer.Depth.RULES;
            case "full" -> Categorizer.Depth.FULL;
            default -> throw new IllegalArgumentException("--categorize " + categorize + ": use rules or full");
        };
        // Rules alone need no merchant knowledge: the directory is then read only if something asks for it.
        var service = cli.backend(depth == Categorizer.Depth.RULES ? Backend.MerchantKnowledge.WHEN_NEEDED
                : Backend.MerchantKnowledge.READ_AHEAD).imports(depth);
        List<Object> results = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                ImportStatementCommand command = new ImportStatementCommand(cli.actor(), cli.household().id(),
                        file.getFileName().toString(), Files.readAllBytes(file),
                        Optional.ofNullable(format).map(ImportFormat::new),
                        Optional.ofNullable(account).map(AccountCode::new), createAccounts, dryRun, strict, options);
                long started = System.nanoTime();
                Progress progress = Progress.start(cli, command.fileName());
                ImportReport report;
                try {
                    report = service.importStatement(command, new ImportMeter(progress, System::nanoTime));
                } finally {
                    progress.done();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (cli.json()) {
                    results.add(json(report));
                } else {
                    print(cli, report, seconds);
                }
            } catch (StatementParseException | ImportRejectedException | IOException | UncheckedIOException
                     | IllegalArgumentException e) {
                failed = true;
                if (cli.json()) {
                    results.add(new ErrorJson(file.toString(), e.getMessage()));
                } else {
                    cli.err().println("myknees: " + file + ": " + e.getMessage());
                }
            }
        }
        if (cli.json()) {
            Output.json(cli.out(), results);
        }
        if (failed) {
            throw new IllegalStateException("not every file could be imported (see above)");
        }
    }

    private Map<String, String> mappingOptions() {
        if (mapping == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(mapping)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("--mapping " + mapping + " cannot be read: " + e.getMessage());
        }
        Map<String, String> options = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> options.put(key, properties.getProperty(key)));
        return options;
    }

    private FileJson json(ImportReport r) {
        return new FileJson(r.file(), r.format(), r.batch().map(ImportBatchId::toString).orElse(null),
                r.statements().stream().map(s -> new StatementJson(s.account(), s.currency(),
                        s.openingBalance().map(m -> m.toDecimalString()).orElse(null),
                        s.closingBalance().map(m -> m.toDecimalString()).orElse(null), s.transactions())).toList(),
                r.added(), r.replacedPending(), r.duplicates().size(), r.replaced(), r.withdrawn(),
                r.quarantined().stream().map(q -> new QuarantineJson(q.line(), q.field(), q.reason())).toList(),
                r.warnings(), explain ? r.duplicates().stream().map(d -> new DuplicateJson(d.line(), d.reason())).toList()
                        : null,
                explain ? r.corrections().stream().map(c -> new CorrectionJson(c.line(), c.outcome().name(), c.reason()))
                        .toList() : null,
                r.alreadyImported().map(ImportBatchId::toString).orElse(null), r.dryRun());
    }

    private void print(MykneesCli cli, ImportReport r, double seconds) {
        String verb = r.dryRun() ? "would add" : "added";
        cli.out().printf("%s (%s): %s %d, %d duplicates, %d quarantined%s%s in %.2f s%s%n", r.file(), r.format(), verb,
                r.added(), r.duplicates().size(), r.quarantined().size(),
                r.replacedPending() > 0 ? ", " + r.replacedPending() + " pending rows posted" : "",
                r.replaced() + r.withdrawn() > 0 ? ", " + r.replaced() + " corrected, " + r.withdrawn() + " withdrawn"
                        : "", seconds,
                r.batch().map(b -> " (batch " + b + ")").orElse(r.alreadyImported().map(b -> " (already imported as batch "
                        + b + ")").orElse("")));
        r.quarantined().forEach(q -> cli.out().printf("  quarantined line %d (%s): %s%n", q.line(), q.field(), q.reason()));
        r.warnings().forEach(w -> cli.out().println("  warning: " + w));
        if (explain) {
            r.duplicates().forEach(d -> cli.out().printf("  duplicate line %d: %s%n", d.line(), d.reason()));
            r.corrections().forEach(c -> cli.out().printf("  correction line %d (%s): %s%n", c.line(),
                    c.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), c.reason()));
        }
    }

    @Command(name = "list", description = "List import batches, newest first.")
    static final class ListImports extends CliCommand {
        @Override
        void execute(MykneesCli cli) {
            List<ImportBatch> batches = cli.backend().imports(Categorizer.Depth.RULES).listImports(cli.actor(), cli.household().id());
            if (cli.json()) {
                Output.json(cli.out(), batches.stream().map(b -> new BatchJson(b.id().toString(), b.fileName(),
                        b.format(), b.importedAt().toString(), b.rows(), b.added(), b.duplicates(), b.quarantined(),
                        b.replaced(), b.withdrawn(), b.reverted())).toList());
                return;
            }
            Output.table(cli.out(), List.of("BATCH", "FILE", "FORMAT", "IMPORTED", "ADDED", "DUPLICATES", "QUARANTINED", "REVERTED"),
                    batches.stream().map(b -> List.of(b.id().toString(), b.fileName(), b.format(), b.importedAt().toString(),
                            String.valueOf(b.added()), String.valueOf(b.duplicates()), String.valueOf(b.quarantined()),
                            b.reverted() ? "yes" : "")).toList(),
                    List.of(false, false, false, false, true, true, true, false));
        }
    }

    record BatchJson(String batch, String file, String format, String importedAt, int rows, int added, int duplicates,
                     int quarantined, int replaced, int withdrawn, boolean reverted) {
    }

    @Command(name = "show", description = "Show one batch: its counts, dates, warnings and the rows it quarantined.")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "BATCH")
        String batch;

        @Override
        void execute(MykneesCli cli) {
            ManageImportsUseCase imports = cli.backend().imports(Categorizer.Depth.RULES);
            ImportBatchId id = ImportBatchId.of(batch);
            ImportBatch b = imports.getImport(cli.actor(), cli.household().id(), id);
            List<QuarantinedRow> quarantined = imports.quarantinedRows(cli.actor(), cli.household().id(), id);
            if (cli.json()) {
                Output.json(cli.out(), new BatchDetailJson(b.id().toString(), b.fileName(), b.format(), b.checksum(),
                        b.importedAt().toString(), b.rows(), b.added(), b.duplicates(), b.quarantined(),
                        b.replaced(), b.withdrawn(), b.period().map(p -> p.from().toString()).orElse(null),
                        b.period().map(p -> p.to().toString()).orElse(null), b.warnings(), b.reverted(),
                        quarantined.stream().map(q -> new QuarantinedRowJson(q.line(), q.field(), q.reason(), q.text()))
                                .toList()));
                return;
            }
            cli.out().printf("Batch %s: %s (%s), imported %s%s%n", b.id(), b.fileName(), b.format(), b.importedAt(),
                    b.reverted() ? ", reverted" : "");
            cli.out().printf("  %d rows: %d added, %d duplicates, %d quarantined%s%s%n", b.rows(), b.added(),
                    b.duplicates(), b.quarantined(), b.replaced() + b.withdrawn() > 0 ? "; " + b.replaced()
                            + " corrected the rows they replaced, " + b.withdrawn() + " withdrawn" : "",
                    b.period().map(p -> "; dated " + p.from() + " to " + p.to()).orElse(""));
            cli.out().println("  checksum " + b.checksum());
            b.warnings().forEach(w -> cli.out().println("  warning: " + w));
            for (QuarantinedRow q : quarantined) {
                cli.out().printf("  quarantined line %d (%s): %s%n    %s%n", q.line(), q.field(), q.reason(), q.text());
            }
        }
    }

    /** One batch as {@code import show --json} prints it, with the rows it quarantined. */
    record BatchDetailJson(String batch, String file, String format, String checksum, String importedAt, int rows,
                           int added, int duplicates, int quarantined, int replaced, int withdrawn, String from,
                           String to, List<String> warnings,
                           boolean reverted, List<QuarantinedRowJson> quarantinedRows) {
    }

    record QuarantinedRowJson(int line, String field, String reason, String raw) {
    }

    @Command(name = "revert", description = "Remove what a batch added and undo the bank's corrections it applied "
            + "(refused where a person has edited a row since, unless --force).")
    static final class Revert extends CliCommand {
        @Parameters(index = "0", paramLabel = "BATCH")
        String batch;

        @Option(names = "--force", description = "Remove edited rows too.")
        boolean force;

        @Override
        void execute(MykneesCli cli) {
            ImportBatch reverted = cli.backend().imports(Categorizer.Depth.RULES).revertImport(cli.actor(), cli.household().id(),
                    ImportBatchId.of(batch), force);
            if (cli.json()) {
                Output.json(cli.out(), Map.of("batch", reverted.id().toString(), "reverted", true));
            } else {
                cli.out().println("Reverted batch " + reverted.id() + " (" + reverted.fileName() + ").");
            }
        }
    }
}
