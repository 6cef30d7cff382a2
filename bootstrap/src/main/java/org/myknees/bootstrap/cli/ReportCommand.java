package org.myknees.bootstrap.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.TrendPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report month-buckets}, {@code report trend} and {@code report cash-flow}. */
@Command(name = "report", description = "The household's reports.",
        subcommands = {ReportCommand.MonthBuckets.class, ReportCommand.Trend.class, ReportCommand.CashFlow.class})
final class ReportCommand {

    /**
     * One month bucket in JSON: {@code category} is the taxonomy code or the household category's name, null for
     * the uncategorized bucket.
     */
    record MonthBucketJson(String month, String category, String total, String currency, long count) {
    }

    /** One month of a trend in JSON. */
    record TrendJson(String month, String total, String currency, long count, boolean partial) {
    }

    /** One month and currency of cash flow in JSON. */
    record CashFlowJson(String month, String currency, String income, String spending, String net) {
    }

    /** The period of {@code --from} and {@code --to}: by default the twelve months up to the current one. */
    abstract static class PeriodCommand extends CliCommand {

        @Option(names = "--from", paramLabel = "MONTH", description = "First month or day (YYYY-MM or YYYY-MM-DD; "
                + "default: eleven months before --to).")
        String from;

        @Option(names = "--to", paramLabel = "MONTH", description = "Last month or day (default: this month).")
        String to;

        Period period(MykneesCli cli) {
            LocalDate end = to == null ? YearMonth.now(cli.clock()).atEndOfMonth() : Arguments.endOf("--to", to);
            LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1)
                    : Arguments.startOf("--from", from);
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("--from " + start + " is after --to " + end);
            }
            return new Period(start, end);
        }
    }

    @Command(name = "month-buckets", description = "Spending and income per category and month; one-time events apart.")
    static final class MonthBuckets extends PeriodCommand {

        @Override
        void execute(MykneesCli cli) {
            UserId actor = cli.actor();
            HouseholdId household = cli.household().id();
            MonthBucketReport report = cli.backend().reports().monthBuckets(actor, household, period(cli));
            Function<Optional<CategoryKey>, String> names = categoryNames(cli, actor, household);
            if (cli.json()) {
                Output.json(cli.out(), report.buckets().stream().map(b -> new MonthBucketJson(b.month().toString(),
                        b.category().map(k -> names.apply(Optional.of(k))).orElse(null), b.total().toDecimalString(),
                        b.total().currency().getCurrencyCode(), b.count())).toList());
                return;
            }
            Output.table(cli.out(), List.of("MONTH", "CATEGORY", "TOTAL", "CURRENCY", "COUNT"),
                    report.buckets().stream().map(b -> List.of(b.month().toString(), names.apply(b.category()),
                            b.total().toDecimalString(), b.total().currency().getCurrencyCode(),
                            Long.toString(b.count()))).toList(),
                    List.of(false, false, true, false, true));
            if (!report.oneTimeEvents().isEmpty()) {
                Map<OneTimeEventId, String> events = cli.backend().oneTimeEvents().listEvents(actor, household)
                        .stream().collect(Collectors.toMap(OneTimeEvent::id, OneTimeEvent::name));
                cli.out().println();
                cli.out().println("One-time events, kept out of the months above:");
                Output.table(cli.out(), List.of("EVENT", "CATEGORY", "TOTAL", "CURRENCY", "COUNT"),
                        report.oneTimeEvents().stream().map(e -> List.of(
                                events.getOrDefault(e.event(), e.event().toString()), names.apply(e.category()),
                                e.total().toDecimalString(), e.total().currency().getCurrencyCode(),
                                Long.toString(e.count()))).toList(),
                        List.of(false, false, true, false, true));
            }
        }
    }

    @Command(name = "trend", description = "Twelve months of one category (a primary code takes in its detailed ones).")
    static final class Trend extends CliCommand {

        @Option(names = "--category", required = true, description = "A taxonomy code or a household category.")
        String category;

        @Option(names = "--currency", description = "Which currency (default: the accounts' one currency).")
        String currency;

        @Option(names = "--to", paramLabel = "MONTH", description = "The last month (YYYY-MM; default: this month).")
        String to;

        @Override
        void execute(MykneesCli cli) {
            UserId actor = cli.actor();
            HouseholdId household = cli.household().id();
            CategoryKey key = Arguments.category(category, cli.backend().categories(), actor, household);
            Currency of = currency != null ? Money.currency(currency) : onlyCurrency(cli, actor, household);
            List<TrendPoint> points = cli.backend().reports().categoryTrend(actor, household, key, of,
                    Optional.ofNullable(to).map(t -> Arguments.month("--to", t)));
            if (cli.json()) {
                Output.json(cli.out(), points.stream().map(p -> new TrendJson(p.month().toString(),
                        p.total().toDecimalString(), of.getCurrencyCode(), p.count(), p.partial())).toList());
                return;
            }
            Output.table(cli.out(), List.of("MONTH", "TOTAL", "CURRENCY", "COUNT", ""),
                    points.stream().map(p -> List.of(p.month().toString(), p.total().toDecimalString(),
                            of.getCurrencyCode(), Long.toString(p.count()), p.partial() ? "partial" : "")).toList(),
                    List.of(false, true, false, true, false));
        }

        private static Currency onlyCurrency(MykneesCli cli, UserId actor, HouseholdId household) {
            Set<Currency> currencies = cli.backend().accounts().listAccounts(actor, household, true).stream()
                    .map(Account::currency).collect(Collectors.toSet());
            if (currencies.size() != 1) {
                throw new IllegalArgumentException("Say which currency with --currency: the household's accounts hold "
                        + (currencies.isEmpty() ? "none yet" : currencies.size() + " currencies"));
            }
            return currencies.iterator().next();
        }
    }

    @Command(name = "cash-flow", description = "Money in and out per month and currency, transfers left out.")
    static final class CashFlow extends PeriodCommand {

        @Override
        void execute(MykneesCli cli) {
            List<CashFlowMonth> months = cli.backend().reports().cashFlow(cli.actor(), cli.household().id(),
                    period(cli));
            if (cli.json()) {
                Output.json(cli.out(), months.stream().map(m -> new CashFlowJson(m.month().toString(),
                        m.net().currency().getCurrencyCode(), m.income().toDecimalString(),
                        m.spending().toDecimalString(), m.net().toDecimalString())).toList());
                return;
            }
            Output.table(cli.out(), List.of("MONTH", "CURRENCY", "INCOME", "SPENDING", "NET"),
                    months.stream().map(m -> List.of(m.month().toString(), m.net().currency().getCurrencyCode(),
                            m.income().toDecimalString(), m.spending().toDecimalString(),
                            m.net().toDecimalString())).toList(),
                    List.of(false, false, true, true, true));
        }
    }

    /** Category keys as people read them: the household's names for its own categories, codes otherwise. */
    private static Function<Optional<CategoryKey>, String> categoryNames(MykneesCli cli, UserId actor,
                                                                         HouseholdId household) {
        Map<CategoryKey, String> own = cli.backend().categories().listCategories(actor, household).stream()
                .collect(Collectors.toMap(HouseholdCategory::key, HouseholdCategory::name));
        return key -> key.map(k -> own.getOrDefault(k, k.value())).orElse("(uncategorized)");
    }
}
