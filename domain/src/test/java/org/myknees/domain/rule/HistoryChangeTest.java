package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.rule.HistoryChange.FieldChange;

class HistoryChangeTest {

    private static final CategoryKey TRAVEL = CategoryKey.taxonomy("TRAVEL");
    private static final CategoryKey SHOPPING = CategoryKey.taxonomy("GENERAL_MERCHANDISE");
    private static final OneTimeEventId TRIP = OneTimeEventId.newId();
    private static final OneTimeEventId WEDDING = OneTimeEventId.newId();

    private final Rule hotel = Rule.builder(RuleId.newId(), "hotel")
            .when(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "HILTON"))
            .then(new RuleAction.SetCategory(TRAVEL), new RuleAction.SetMerchant("Hilton"),
                    new RuleAction.AddTag(" Trip "), new RuleAction.AddTag("work"),
                    new RuleAction.SetOneTimeEvent(TRIP), new RuleAction.SetNotes("expense it"),
                    new RuleAction.MarkAsTransfer())
            .build();
    private final RuleSet rules = RuleSet.of(List.of(hotel));

    private static CategorizedSubject<Integer> entry(boolean pinned, String notes, Set<String> tags,
                                                     Optional<OneTimeEventId> event) {
        return new CategorizedSubject<>(1, Subjects.described("HILTON PARIS"), Optional.of(SHOPPING), pinned, notes,
                tags, event);
    }

    @Test
    void an_untouched_transaction_gets_every_field_the_rule_sets_each_listed_with_before_and_after() {
        HistoryChange<Integer> change = Recategorization.changes(rules, entry(false, "", Set.of(), Optional.empty()))
                .orElseThrow();

        assertThat(change.fields()).containsExactly(
                new FieldChange(HistoryField.CATEGORY, Optional.of("GENERAL_MERCHANDISE"), "TRAVEL", hotel),
                new FieldChange(HistoryField.MERCHANT, Optional.empty(), "Hilton", hotel),
                new FieldChange(HistoryField.TAG, Optional.empty(), "trip", hotel),
                new FieldChange(HistoryField.TAG, Optional.empty(), "work", hotel),
                new FieldChange(HistoryField.ONE_TIME_EVENT, Optional.empty(), TRIP.toString(), hotel),
                new FieldChange(HistoryField.NOTES, Optional.empty(), "expense it", hotel));
        assertThat(change.category()).contains(new Decision<>(TRAVEL, hotel));
        assertThat(change.oneTimeEvent()).contains(new Decision<>(TRIP, hotel));
    }

    @Test
    void what_a_person_set_is_spared_pin_notes_event_and_tags_already_there() {
        HistoryChange<Integer> change = Recategorization.changes(rules,
                entry(true, "my own note", Set.of("trip", "family"), Optional.of(WEDDING))).orElseThrow();

        assertThat(change.fields()).containsExactly(
                new FieldChange(HistoryField.MERCHANT, Optional.empty(), "Hilton", hotel),
                new FieldChange(HistoryField.TAG, Optional.empty(), "work", hotel));
    }

    @Test
    void a_transaction_that_already_has_everything_the_rule_sets_has_no_change() {
        CategorizedSubject<Integer> done = new CategorizedSubject<>(1,
                new RuleSubject("HILTON PARIS", "HILTON PARIS", Optional.of("Hilton"), Subjects.described("x").amount(),
                        Subjects.CHECKING, Subjects.DAY),
                Optional.of(TRAVEL), false, "expense it", Set.of("trip", "work"), Optional.of(TRIP));

        assertThat(Recategorization.changes(rules, done)).isEmpty();
        assertThat(Recategorization.changes(rules, new CategorizedSubject<>(2, Subjects.described("MARRIOTT"),
                Optional.empty(), false))).isEmpty();
    }

    @Test
    void rules_never_clear_notes_even_when_a_rule_sets_empty_notes() {
        Rule clear = Rule.builder(RuleId.newId(), "clear")
                .when(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "HILTON"))
                .then(new RuleAction.SetNotes("")).build();

        assertThat(Recategorization.changes(RuleSet.of(List.of(clear)), entry(false, "keep", Set.of(),
                Optional.empty()))).isEmpty();
    }
}
