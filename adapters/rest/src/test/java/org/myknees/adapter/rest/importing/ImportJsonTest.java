package org.myknees.adapter.rest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.adapter.rest.importing.ImportJson.CorrectionJson;
import org.myknees.adapter.rest.importing.ImportJson.ImportBatchResponse;
import org.myknees.adapter.rest.importing.ImportJson.ImportFileResponse;
import org.myknees.adapter.rest.importing.ImportJson.ImportPage;
import org.myknees.adapter.rest.importing.ImportJson.ImportProblemResponse;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportReport.CorrectionOutcome;
import org.myknees.application.importing.port.in.ImportReport.CorrectionRow;
import org.myknees.application.importing.port.in.ImportReport.DuplicateRow;
import org.myknees.application.importing.port.in.ImportReport.StatementSummary;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.paging.PageRequest;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.TransactionId;

class ImportJsonTest {

    private final ImportBatchId batch = ImportBatchId.newId();
    private final ImportReport report = new ImportReport("march.ofx", "ofx", Optional.of(batch),
            List.of(new StatementSummary("CHK", "USD", Optional.of(Money.parse("100.00", "USD")), Optional.empty(), 4)),
            2, 0, List.of(new DuplicateRow(12, "same FITID 7 in CHK")), List.of(),
            List.of(new QuarantinedRow(20, "amount", "'1,2.3' is not an amount", "<TRNAMT>1,2.3")),
            List.of("1 rows are dated more than 7 days in the future"), false, Optional.empty());

    @Test
    void a_files_report_counts_every_row_once_and_keeps_line_and_reason_of_quarantined_rows() {
        ImportFileResponse json = ImportFileResponse.of(report, false);

        assertThat(json.file()).isEqualTo("march.ofx");
        assertThat(json.format()).isEqualTo("ofx");
        assertThat(json.batch()).isEqualTo(batch.toString());
        assertThat(json.added() + json.replacedPending() + json.duplicates() + json.quarantined().size())
                .isEqualTo(json.statements().get(0).transactions());
        assertThat(json.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(20);
            assertThat(q.field()).isEqualTo("amount");
            assertThat(q.reason()).contains("1,2.3");
        });
        assertThat(json.statements().get(0).openingBalance()).isEqualTo(new MoneyJson("100.00", "USD"));
        assertThat(json.statements().get(0).closingBalance()).isNull();
        assertThat(json.warnings()).containsExactlyElementsOf(report.warnings());
        assertThat(json.explanations()).as("only when asked for").isNull();
        assertThat(json.alreadyImportedAs()).isNull();
    }

    @Test
    void explanations_say_why_each_duplicate_is_one_when_asked_for() {
        assertThat(ImportFileResponse.of(report, true).explanations()).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(12))
                .satisfies(d -> assertThat(d.reason()).contains("FITID"));
    }

    @Test
    void corrections_from_the_bank_are_counted_always_and_explained_when_asked_for() {
        ImportReport corrected = new ImportReport("fix.ofx", "ofx", Optional.of(batch),
                List.of(new StatementSummary("CHK", "USD", Optional.empty(), Optional.empty(), 2)), 0, 0,
                List.of(new DuplicateRow(4, "bank id A0: the bank replaced it at line 5, which stands instead")),
                List.of(new CorrectionRow(5, CorrectionOutcome.REPLACED, "the bank corrected bank id A0"),
                        new CorrectionRow(9, CorrectionOutcome.WITHDRAWN, "the bank withdrew bank id P1"),
                        new CorrectionRow(11, CorrectionOutcome.KEPT, "a person edited it")),
                List.of(), List.of("Line 11: kept"), false, Optional.empty());

        ImportFileResponse plain = ImportFileResponse.of(corrected, false);
        ImportFileResponse explained = ImportFileResponse.of(corrected, true);

        assertThat(plain.replaced()).isEqualTo(1);
        assertThat(plain.withdrawn()).isEqualTo(1);
        assertThat(plain.added() + plain.replacedPending() + plain.duplicates() + plain.replaced()
                + plain.quarantined().size()).isEqualTo(plain.statements().get(0).transactions());
        assertThat(plain.corrections()).as("only when asked for").isNull();
        assertThat(explained.corrections()).extracting(CorrectionJson::line, CorrectionJson::outcome)
                .containsExactly(tuple(5, "REPLACED"), tuple(9, "WITHDRAWN"), tuple(11, "KEPT"));
    }

    @Test
    void a_batch_shows_its_counts_date_range_and_state() {
        ImportBatch stored = batch(Instant.parse("2025-04-01T10:00:00Z"), Optional.of(new Period(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));

        ImportBatchResponse json = ImportBatchResponse.of(stored.revert());

        assertThat(json.id()).isEqualTo(stored.id().toString());
        assertThat(json.file()).isEqualTo("march.ofx");
        assertThat(json.checksum()).isEqualTo("ab12");
        assertThat(List.of(json.rows(), json.added(), json.duplicates(), json.quarantined(), json.replaced(),
                json.withdrawn())).containsExactly(7, 4, 2, 1, 0, 0);
        assertThat(json.from()).isEqualTo("2025-03-01");
        assertThat(json.to()).isEqualTo("2025-03-31");
        assertThat(json.reverted()).isTrue();
        assertThat(ImportBatchResponse.of(batch(Instant.EPOCH, Optional.empty())).from()).isNull();
    }

    @Test
    void one_batch_read_on_its_own_gives_its_quarantined_rows_with_their_text_and_a_listed_one_their_count() {
        ImportBatch stored = batch(Instant.EPOCH, Optional.empty());
        QuarantinedRow row = report.quarantined().get(0);

        ImportBatchResponse one = ImportBatchResponse.of(stored, List.of(row));

        assertThat(one.quarantinedRows()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(row.line());
            assertThat(q.field()).isEqualTo(row.field());
            assertThat(q.reason()).isEqualTo(row.reason());
            assertThat(q.raw()).isEqualTo(row.text());
        });
        assertThat(ImportBatchResponse.of(stored).quarantinedRows()).isNull();
        assertThat(ImportFileResponse.of(report, false).quarantined().get(0).raw())
                .as("the upload's answer keeps its shape").isNull();
    }

    @Test
    void pages_follow_the_cursor_to_the_end_without_gaps_or_repeats() {
        List<ImportBatch> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(batch(Instant.EPOCH.plusSeconds(i), Optional.empty()));
        }
        List<String> seen = new ArrayList<>();
        ImportPage page = ImportResource.page(all, PageRequest.first(2));
        int pages = 1;
        page.items().forEach(b -> seen.add(b.id()));
        while (page.nextCursor() != null) {
            page = ImportResource.page(all, PageRequest.after(page.nextCursor(), 2));
            page.items().forEach(b -> seen.add(b.id()));
            pages++;
        }

        assertThat(seen).containsExactlyElementsOf(all.stream().map(b -> b.id().toString()).toList());
        assertThat(pages).isEqualTo(3);
        assertThat(ImportResource.page(all, PageRequest.first(5)).nextCursor()).isNull();
    }

    @Test
    void a_cursor_that_names_no_batch_is_a_validation_problem() {
        List<ImportBatch> all = List.of(batch(Instant.EPOCH, Optional.empty()));

        assertThatThrownBy(() -> ImportResource.page(all, PageRequest.after("nonsense", 10)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void a_refused_revert_names_every_edited_transaction() {
        List<TransactionId> edited = List.of(TransactionId.newId(), TransactionId.newId());

        ImportProblemResponse problem = ImportProblemResponse.edited("edited since", "/x", edited);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("https://myknees.org/problems/import-edited-since");
        assertThat(problem.editedTransactions()).containsExactly(edited.get(0).toString(), edited.get(1).toString());
        assertThat(problem.rejected()).isNull();
    }

    private static ImportBatch batch(Instant at, Optional<Period> period) {
        return new ImportBatch(ImportBatchId.newId(), HouseholdId.newId(), "march.ofx", "ofx", "ab12", at, 7, 4, 2, 1, 0, 0,
                period, List.of(), false, 0);
    }
}
