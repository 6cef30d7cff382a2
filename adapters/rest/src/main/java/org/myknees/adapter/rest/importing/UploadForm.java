package org.myknees.adapter.rest.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/**
 * The files and fields of an upload, read from its multipart/form-data parts and checked: at least one
 * {@code file} part; each other field at most once; no part the form does not define (a typo is reported, not
 * ignored). A malformed field is a validation problem naming it.
 *
 * @param files in upload order
 */
record UploadForm(List<StatementFile> files, Optional<AccountCode> account, Optional<ImportFormat> format,
                  boolean dryRun, boolean strict, boolean createAccounts, boolean explain) {

    static final String FILE = "file";
    private static final String ACCOUNT = "account";
    private static final String FORMAT = "format";
    private static final String DRY_RUN = "dryRun";
    private static final String STRICT = "strict";
    private static final String CREATE_ACCOUNTS = "createAccounts";
    private static final String EXPLAIN = "explain";
    private static final Set<String> FIELDS = Set.of(ACCOUNT, FORMAT, DRY_RUN, STRICT, CREATE_ACCOUNTS, EXPLAIN);

    UploadForm {
        files = List.copyOf(files);
    }

    /** One part of the request as received. */
    record Part(String name, Optional<String> fileName, byte[] content) {
        Part {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }

    /** An uploaded file: the name its batch records (without any client directory) and its bytes. */
    record StatementFile(String name, byte[] content) {
    }

    static UploadForm read(List<Part> parts) {
        List<StatementFile> files = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (Part part : parts == null ? List.<Part>of() : parts) {
            String name = part.name() == null ? "" : part.name();
            if (name.equals(FILE)) {
                files.add(new StatementFile(fileName(part.fileName(), files.size() + 1), part.content()));
            } else if (!FIELDS.contains(name)) {
                throw new InvalidRequestException(name.isEmpty() ? "(unnamed part)" : name,
                        "is not a field of the upload form (expected file, " + String.join(", ", FIELDS.stream()
                                .sorted().toList()) + ")");
            } else if (fields.putIfAbsent(name, new String(part.content(), StandardCharsets.UTF_8).strip()) != null) {
                throw new InvalidRequestException(name, "is given more than once");
            }
        }
        if (files.isEmpty()) {
            throw InvalidRequestException.missing(FILE);
        }
        return new UploadForm(files,
                optional(fields, ACCOUNT).map(v -> InvalidRequestException.parse(v, ACCOUNT, AccountCode::new)),
                optional(fields, FORMAT).map(v -> InvalidRequestException.parse(v, FORMAT, ImportFormat::new)),
                flag(fields, DRY_RUN), flag(fields, STRICT), flag(fields, CREATE_ACCOUNTS), flag(fields, EXPLAIN));
    }

    /** The import of each file, in upload order. */
    List<ImportStatementCommand> commands(UserId actor, HouseholdId household) {
        return files.stream().map(f -> new ImportStatementCommand(actor, household, f.name(), f.content(), format,
                account, createAccounts, dryRun, strict, Map.of())).toList();
    }

    /** The same upload as a dry run. */
    UploadForm asDryRun() {
        return new UploadForm(files, account, format, true, strict, createAccounts, explain);
    }

    /** The last segment of the client's file name (browsers may send a whole path); a made-up one without it. */
    static String fileName(Optional<String> sent, int position) {
        String name = sent.orElse("").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload-" + position : name;
    }

    private static Optional<String> optional(Map<String, String> fields, String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isEmpty());
    }

    private static boolean flag(Map<String, String> fields, String name) {
        return optional(fields, name).map(v -> InvalidRequestException.parse(v, name, UploadForm::bool)).orElse(false);
    }

    static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
