package org.myknees.adapter.rest.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.adapter.rest.problem.ProblemType;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.TransactionId;

/** The request and response records of the import resources; the per-file record mirrors the CLI's JSON. */
public final class ImportJson {

    private ImportJson() {
    }

    /** The upload form, for the API description only: the resource reads the parts itself ({@link UploadForm}). */
    @Schema(name = "ImportForm", description = "multipart/form-data: one or more 'file' parts and optional fields")
    public record ImportForm(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = BinaryFile.class,
                    description = "A bank file (OFX/QFX, QIF, CSV, MT940/942, CAMT, Plaid/GoCardless/SimpleFIN JSON); "
                            + "repeat the part for several files. The part's filename is the batch's file name.")
            List<String> file,
            @Schema(description = "Put every row into the account with this code", example = "CHK")
            String account,
            @Schema(description = "Force a format instead of detecting it from the content",
                    example = "csv:ally-bank") String format,
            @Schema(description = "Report exactly what would happen and write nothing", defaultValue = "false")
            Boolean dryRun,
            @Schema(description = "Reject a file whole if any row cannot be read, instead of quarantining the row",
                    defaultValue = "false") Boolean strict,
            @Schema(description = "Open the accounts a file names that the household does not have yet",
                    defaultValue = "false") Boolean createAccounts,
            @Schema(description = "Also say why each duplicate was judged one ('explanations') and what became of "
                    + "each correction from the bank ('corrections')", defaultValue = "false") Boolean explain) {
    }

    /** One uploaded file's bytes. */
    @Schema(type = SchemaType.STRING, format = "binary")
    public interface BinaryFile {
    }

    @Schema(name = "ImportUploadResponse", description = "One entry per uploaded file, in upload order")
    public record ImportUploadResponse(@Schema(required = true) List<ImportFileResponse> files) {
    }

    @Schema(name = "ImportFileResponse", description = "What importing one file did (or, on a dry run, would do). "
            + "Every row is counted once: added + replacedPending + duplicates + replaced + quarantined rows = the "
            + "file's rows; withdrawals are not rows.")
    public record ImportFileResponse(
            @Schema(required = true, example = "checking-2025-03.ofx") String file,
            @Schema(required = true, example = "ofx") String format,
            @Schema(format = "uuid", description = "The batch written; absent on a dry run and when the file was "
                    + "imported before") String batch,
            @Schema(required = true) List<StatementJson> statements,
            @Schema(required = true) int added,
            @Schema(required = true, description = "Pending rows that a posted row of this file replaced")
            int replacedPending,
            @Schema(required = true, description = "Rows already stored (not added again)") int duplicates,
            @Schema(required = true, description = "Rows the bank sent as corrections of rows it sent before, which "
                    + "replaced the stored rows (keeping every person's edit)") int replaced,
            @Schema(required = true, description = "Stored rows removed because the bank withdrew them") int withdrawn,
            @Schema(required = true) List<QuarantineJson> quarantined,
            @Schema(required = true) List<String> warnings,
            @Schema(description = "Why each duplicate was judged one; only when asked for with 'explain'")
            List<DuplicateJson> explanations,
            @Schema(description = "What became of each correction from the bank; only when asked for with 'explain'")
            List<CorrectionJson> corrections,
            @Schema(format = "uuid", description = "The earlier batch of the same file, when this one added nothing "
                    + "because of it") String alreadyImportedAs,
            @Schema(required = true) boolean dryRun) {

        static ImportFileResponse of(ImportReport r, boolean explain) {
            return new ImportFileResponse(r.file(), r.format(), r.batch().map(ImportBatchId::toString).orElse(null),
                    r.statements().stream().map(StatementJson::of).toList(), r.added(), r.replacedPending(),
                    r.duplicates().size(), r.replaced(), r.withdrawn(),
                    r.quarantined().stream().map(q -> new QuarantineJson(q.line(), q.field(), q.reason(), null))
                            .toList(),
                    r.warnings(),
                    explain ? r.duplicates().stream().map(d -> new DuplicateJson(d.line(), d.reason())).toList() : null,
                    explain ? r.corrections().stream().map(CorrectionJson::of).toList() : null,
                    r.alreadyImported().map(ImportBatchId::toString).orElse(null), r.dryRun());
        }
    }

    @Schema(name = "ImportedStatement", description = "One statement of the file, as imported into an account")
    public record StatementJson(@Schema(required = true, example = "CHK",
                                        description = "The account's code; '(per row)' when rows name their accounts")
                                String account,
                                @Schema(required = true, example = "USD") String currency,
                                MoneyJson openingBalance,
                                MoneyJson closingBalance,
                                @Schema(required = true, description = "Rows of the statement") int transactions) {

        static StatementJson of(ImportReport.StatementSummary s) {
            return new StatementJson(s.account(), s.currency(), s.openingBalance().map(MoneyJson::of).orElse(null),
                    s.closingBalance().map(MoneyJson::of).orElse(null), s.transactions());
        }
    }

    @Schema(name = "QuarantinedRow", description = "A row that could not be read; the rest of the file imported")
    public record QuarantineJson(@Schema(required = true, example = "14") int line,
                                 @Schema(required = true, example = "amount") String field,
                                 @Schema(required = true, example = "'12,3.4' is not an amount") String reason,
                                 @Schema(description = "The row's raw text; given when one batch is read",
                                         example = "2025-03-14;12,3.4;USD;CORNER COFFEE") String raw) {

        static QuarantineJson of(QuarantinedRow row) {
            return new QuarantineJson(row.line(), row.field(), row.reason(), row.text());
        }
    }

    @Schema(name = "DuplicateExplanation")
    public record DuplicateJson(@Schema(required = true, example = "7") int line,
                                @Schema(required = true, example = "same bank id FITID 20250301-1 in account CHK")
                                String reason) {
    }

    @Schema(name = "CorrectionExplanation", description = "A correction from the bank and what became of it")
    public record CorrectionJson(@Schema(required = true, example = "9") int line,
                                 @Schema(required = true, enumeration = {"REPLACED", "WITHDRAWN", "KEPT", "IN_FILE",
                                         "NOT_STORED"}, example = "REPLACED") String outcome,
                                 @Schema(required = true, example = "the bank corrected bank id 3202406501: the "
                                         + "transaction of 2024-03-05 (-15.99 USD, 'NETFLIX.COM') now reads 2024-03-06 "
                                         + "(-17.99 USD, 'NETFLIX.COM')") String reason) {

        static CorrectionJson of(ImportReport.CorrectionRow c) {
            return new CorrectionJson(c.line(), c.outcome().name(), c.reason());
        }
    }

    @Schema(name = "ImportBatchResponse", description = "One import of one file. rows = added + duplicates + "
            + "replaced + quarantined; withdrawn stored rows are no rows of the file. Reading one batch also gives the quarantined rows themselves (quarantinedRows); a list "
            + "gives their count only.")
    public record ImportBatchResponse(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "checking-2025-03.ofx") String file,
            @Schema(required = true, example = "ofx") String format,
            @Schema(required = true, description = "SHA-256 of the file's bytes, hex") String checksum,
            @Schema(required = true) Instant importedAt,
            @Schema(required = true) int rows,
            @Schema(required = true) int added,
            @Schema(required = true) int duplicates,
            @Schema(required = true) int quarantined,
            @Schema(required = true, description = "Stored rows the bank's corrections in the file replaced")
            int replaced,
            @Schema(required = true, description = "Stored rows removed because the bank withdrew them") int withdrawn,
            @Schema(description = "First booking date the batch added or matched") LocalDate from,
            @Schema(description = "Last booking date the batch added or matched") LocalDate to,
            @Schema(required = true) List<String> warnings,
            @Schema(required = true) boolean reverted,
            @Schema(description = "The rows the batch could not read, in the order the import reported them; only "
                    + "when one batch is read") List<QuarantineJson> quarantinedRows) {

        /** A batch as listed: the quarantined rows counted, not given. */
        static ImportBatchResponse of(ImportBatch b) {
            return of(b, null);
        }

        /** One batch read on its own, with its quarantined rows. */
        static ImportBatchResponse of(ImportBatch b, List<QuarantinedRow> quarantined) {
            return new ImportBatchResponse(b.id().toString(), b.fileName(), b.format(), b.checksum(), b.importedAt(),
                    b.rows(), b.added(), b.duplicates(), b.quarantined(), b.replaced(), b.withdrawn(),
                    b.period().map(Period::from).orElse(null),
                    b.period().map(Period::to).orElse(null), b.warnings(), b.reverted(),
                    quarantined == null ? null : quarantined.stream().map(QuarantineJson::of).toList());
        }
    }

    @Schema(name = "ImportPage", description = "A page of batches, newest first; pass nextCursor as 'cursor' for the "
            + "next one (absent on the last page)")
    public record ImportPage(@Schema(required = true) List<ImportBatchResponse> items, String nextCursor) {
    }

    /**
     * An RFC 9457 problem of the import resources, with extension members: the files refused (422
     * {@code import-rejected}) or the edited transactions that stop a revert (409 {@code import-edited-since}).
     */
    @Schema(name = "ImportProblemResponse", description = "RFC 9457 problem details with the import's extension members")
    public record ImportProblemResponse(
            @Schema(required = true, example = "https://myknees.org/problems/import-rejected") String type,
            @Schema(required = true, example = "The file cannot be imported") String title,
            @Schema(required = true, example = "422") int status,
            @Schema(example = "bad.ofx:3: <STMTTRN> has no <TRNAMT>") String detail,
            @Schema(example = "/api/v1/households/6f1c.../imports") String instance,
            @Schema(description = "The files that cannot be imported, each with the reason (import-rejected)")
            List<RejectedFile> rejected,
            @Schema(description = "The transactions people edited since the import (import-edited-since)")
            List<String> editedTransactions) {

        static ImportProblemResponse rejected(String detail, String instance, List<RejectedFile> files) {
            return of(ProblemType.IMPORT_REJECTED, detail, instance, files, null);
        }

        static ImportProblemResponse edited(String detail, String instance, List<TransactionId> edited) {
            return of(ProblemType.IMPORT_EDITED_SINCE, detail, instance, null,
                    edited.stream().map(TransactionId::toString).toList());
        }

        private static ImportProblemResponse of(ProblemType type, String detail, String instance,
                                                List<RejectedFile> rejected, List<String> edited) {
            return new ImportProblemResponse(type.uri().toString(), type.title(), type.status(), detail, instance,
                    rejected, edited);
        }
    }

    @Schema(name = "RejectedFile")
    public record RejectedFile(@Schema(required = true, example = "bad.ofx") String file,
                               @Schema(description = "1-based line of the problem, when it concerns one line",
                                       example = "3") Integer line,
                               @Schema(required = true, example = "bad.ofx:3: <STMTTRN> has no <TRNAMT>")
                               String error) {
    }
}
