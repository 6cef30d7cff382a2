package org.myknees.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.money.Money;

/** Builds rule subjects for tests: a descriptor and sensible defaults for everything else. */
final class Subjects {

    static final AccountId CHECKING = AccountId.of("00000000-0000-0000-0000-00000000000c");
    static final AccountId VISA = AccountId.of("00000000-0000-0000-0000-00000000000f");
    /** A Wednesday. */
    static final LocalDate DAY = LocalDate.of(2024, 3, 6);

    private Subjects() {
    }

    static RuleSubject described(String descriptor) {
        return new RuleSubject(descriptor, descriptor, Optional.empty(), Money.parse("-12.50", "USD"), CHECKING, DAY);
    }

    static RuleSubject withAmount(String descriptor, String amount, String currency) {
        return new RuleSubject(descriptor, descriptor, Optional.empty(), Money.parse(amount, currency), CHECKING, DAY);
    }
}
