package org.myknees.adapter.rest.transaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/** The request and response records of the transaction resources. */
public final class TransactionJson {

    private TransactionJson() {
    }

    @Schema(name = "RecordTransactionRequest")
    public record RecordTransactionRequest(@Schema(required = true, format = "uuid") String accountId,
                                    @Schema(required = true, example = "2025-03-14") LocalDate bookingDate,
                                    @Schema(required = true) MoneyJson amount,
                                    @Schema(required = true, example = "GROCERY MART #42") String description,
                                    @Schema(enumeration = {"pending", "posted"}, defaultValue = "posted")
                                    String status,
                                    @Schema(description = "The bank's id of the transaction, if any")
                                    String externalId) {
    }

    @Schema(name = "TransactionPatchRequest", description = "Only the fields present change. 'category' pins a "
            + "category (a taxonomy code or custom:<uuid>); 'unpinCategory': true releases the pin.")
    public record TransactionPatchRequest(@Schema(maxLength = 10000) String notes,
                                   @Schema(nullable = true, description = "Replaces every tag; absent or null "
                                           + "keeps them, an empty list removes them") List<String> tags,
                                   @Schema(example = "FOOD_AND_DRINK_GROCERIES") String category,
                                   Boolean unpinCategory) {
    }

    @Schema(name = "SplitLine")
    public record SplitLineJson(@Schema(required = true) MoneyJson amount,
                         @Schema(required = true, example = "Groceries") String description,
                         @Schema(example = "FOOD_AND_DRINK_GROCERIES") String category) {

        static SplitLineJson of(SplitLine line) {
            return new SplitLineJson(MoneyJson.of(line.amount()), line.description(),
                    line.category().map(CategoryKey::value).orElse(null));
        }
    }

    @Schema(name = "SplitRequest", description = "At least two lines adding up to the amount; none removes the split")
    public record SplitRequest(@Schema(required = true) List<SplitLineJson> lines) {
    }

    @Schema(name = "TransferLinkRequest")
    public record TransferLinkRequest(@Schema(required = true, format = "uuid",
            description = "The other side of the transfer, in another account") String counterpartId) {
    }

    @Schema(name = "EventAssignmentRequest")
    public record EventAssignmentRequest(@Schema(format = "uuid", description = "The one-time event; null removes it")
                                  String eventId) {
    }

    @Schema(name = "CategoryAssignment")
    public record CategoryJson(@Schema(example = "FOOD_AND_DRINK_GROCERIES") String key,
                        @Schema(required = true, enumeration = {"manual", "rule", "learned", "merchant", "model",
                                "import", "none"}) String source,
                        @Schema(required = true, description = "0 to 1") double confidence,
                        @Schema(required = true, description = "Set by a person; automatic categorization "
                                + "never replaces it") boolean pinned) {

        static CategoryJson of(CategoryAssignment a) {
            return new CategoryJson(a.category().map(CategoryKey::value).orElse(null),
                    a.source().name().toLowerCase(Locale.ROOT), a.confidence(), a.isPinned());
        }
    }

    @Schema(name = "TransactionResponse")
    public record TransactionResponse(@Schema(required = true, format = "uuid") String id,
                               @Schema(required = true, format = "uuid") String accountId,
                               @Schema(required = true) LocalDate bookingDate,
                               LocalDate valueDate,
                               @Schema(required = true) MoneyJson amount,
                               @Schema(required = true) String description,
                               @Schema(required = true) String normalizedDescription,
                               String merchant,
                               @Schema(required = true, enumeration = {"pending", "posted"}) String status,
                               String externalId,
                               @Schema(required = true) String notes,
                               @Schema(required = true) List<String> tags,
                               @Schema(format = "uuid") String oneTimeEventId,
                               @Schema(format = "uuid") String transferCounterpartId,
                               @Schema(required = true) List<SplitLineJson> splits,
                               @Schema(required = true) CategoryJson category,
                               @Schema(required = true, description = "Send as If-Match to edit safely")
                               long version) {

        static TransactionResponse of(Transaction t) {
            return new TransactionResponse(t.id().toString(), t.accountId().toString(), t.bookingDate(),
                    t.valueDate().orElse(null), MoneyJson.of(t.amount()), t.rawDescriptor(),
                    t.normalizedDescriptor(), t.merchant().orElse(null), t.status().name().toLowerCase(Locale.ROOT),
                    t.externalId().orElse(null), t.notes(), t.tags().stream().sorted().toList(),
                    t.oneTimeEvent().map(OneTimeEventId::toString).orElse(null),
                    t.transferLink().map(TransactionId::toString).orElse(null),
                    t.splits().stream().map(SplitLineJson::of).toList(), CategoryJson.of(t.category()), t.version());
        }
    }

    @Schema(name = "TransactionPage", description = "A page, newest first; pass nextCursor as 'cursor' for the "
            + "next one (absent on the last page)")
    public record TransactionPage(@Schema(required = true) List<TransactionResponse> items, String nextCursor) {
    }
}
