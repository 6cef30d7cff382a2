package org.myknees.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link MykneesArchitecture} fires on a seeded violation and stays quiet on code that
 * obeys it, using the fixture trees below {@code org.myknees.archfixture}.
 */
class SeededViolationsTest {

    private static final String COMPLIANT_ROOT = "org.myknees.archfixture.compliant";
    private static final String VIOLATING_ROOT = "org.myknees.archfixture.violating";

    private static final JavaClasses COMPLIANT = new ClassFileImporter().importPackages(COMPLIANT_ROOT);
    private static final JavaClasses VIOLATING = new ClassFileImporter().importPackages(VIOLATING_ROOT);

    private static final MykneesArchitecture RULES_FOR_VIOLATING = new MykneesArchitecture(VIOLATING_ROOT);

    static Stream<ArchRule> everyRuleOfTheCompliantTree() {
        return new MykneesArchitecture(COMPLIANT_ROOT).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleOfTheCompliantTree")
    void compliantFixtureObeysTheRuleAndIsCheckedByIt(ArchRule rule) {
        // no empty should here: a rule that selects nothing in the compliant tree would pass without proof
        EvaluationResult result = rule.allowEmptyShould(false).evaluate(COMPLIANT);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void domainReachingIntoTheApplicationIsReported() {
        assertFires(RULES_FOR_VIOLATING.domainDependsOnlyOnItselfAndJdk(),
                List.of("SelfStoringLedger", "application.ledger.port.out.LedgerRepository"));
    }

    @Test
    void applicationReachingIntoAnAdapterIsReported() {
        assertFires(RULES_FOR_VIOLATING.applicationDependsOnlyOnDomainAndJdk(),
                List.of("ResourceCallingService", "adapter.rest.FieldInjectedResource"));
    }

    @Test
    void adapterReachingIntoBootstrapIsReported() {
        assertFires(RULES_FOR_VIOLATING.nothingDependsOnBootstrap(),
                List.of("WiringAwareRepository", "bootstrap.Wiring"));
    }

    @Test
    void persistenceAdapterUsingAnotherPersistenceAdapterIsReported() {
        assertFires(RULES_FOR_VIOLATING.adaptersAreIndependent(),
                List.of("Slice persistence.memory depends on Slice persistence.postgres", "PostgresBackedRepository"));
    }

    @Test
    void injectionAnnotationInTheDomainIsReportedAsAFramework() {
        assertFires(RULES_FOR_VIOLATING.noFrameworkInCore(), List.of("InjectedLedger", "jakarta.inject.Inject"));
    }

    @Test
    void everyWayOfReadingTheSystemClockIsReported() {
        assertFires(RULES_FOR_VIOLATING.noSystemTimeInCore(),
                List.of("instantNow()", "Instant.now()"),
                List.of("todayInZone()", "LocalDate.now(java.time.ZoneId)"),
                List.of("currentMonth()", "YearMonth.now()"),
                List.of("millis()", "System.currentTimeMillis()"),
                List.of("nanos()", "System.nanoTime()"),
                List.of("utc()", "Clock.systemUTC()"),
                List.of("local()", "Clock.systemDefaultZone()"));
    }

    @Test
    void incomingPortNamedLikeAFacadeIsReported() {
        assertFires(RULES_FOR_VIOLATING.incomingPortsAreUseCasesOrQueries(), List.of("LedgerFacade"));
    }

    @Test
    void recordsInIncomingPortsThatAreNoCommandsAreReported() {
        assertFires(RULES_FOR_VIOLATING.commandsAreNamedCommand(),
                List.of("port.in.LedgerData", "not named *Command"),
                List.of("LedgerCommands$CloseLedger", "not named *Command"),
                List.of("LedgerForms$RenameLedgerCommand", "neither a *Commands holder"));
    }

    @Test
    void outgoingPortsNamedDaoOrManagerAreReportedButRepositoriesAreNot() {
        EvaluationResult result = assertFires(RULES_FOR_VIOLATING.outgoingPortsAreNotServices(),
                List.of("LedgerDao"), List.of("LedgerManager"));

        assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("LedgerRepository"));
    }

    @Test
    void useCaseImplementationsOutsideTheirFeatureOrNotNamedServiceAreReported() {
        assertFires(RULES_FOR_VIOLATING.useCasesAreImplementedByFeatureServices(),
                List.of("LedgerHandler", "not named *Service"),
                List.of("port.in.OpenLedgerService", "outside its feature package"),
                List.of("reporting.LedgerOpeningService", "outside its feature package"));
    }

    @Test
    void utilPackageIsReported() {
        assertFires(RULES_FOR_VIOLATING.noBuildingBlockPackages(), List.of("domain.util.LedgerText"));
    }

    @Test
    void publicEntityAndMapperAreReported() {
        assertFires(RULES_FOR_VIOLATING.persistenceShapesAreNotPublic(),
                List.of("postgres.LedgerEntity"), List.of("postgres.LedgerMapper"));
    }

    @Test
    void publicRestRecordNamedViewIsReported() {
        assertFires(RULES_FOR_VIOLATING.restRecordsAreRequestsOrResponses(), List.of("rest.LedgerView"));
    }

    @Test
    void fieldAndSetterInjectionAreReportedForEveryInjectionAnnotation() {
        assertFires(RULES_FOR_VIOLATING.noFieldInjection(),
                List.of("Field", "jakartaInjected"),
                List.of("Field", "javaxInjected"),
                List.of("Field", "pageSize"),
                List.of("Method", "setSetterInjected"));
    }

    @Test
    void checkedExceptionInTheDomainIsReported() {
        assertFires(RULES_FOR_VIOLATING.coreExceptionsAreUnchecked(), List.of("OverdrawnException"));
    }

    /** Each list of fragments must appear together in one line of the failure report. */
    @SafeVarargs
    private static EvaluationResult assertFires(ArchRule rule, List<String>... expectedViolations) {
        EvaluationResult result = rule.evaluate(VIOLATING);
        List<String> details = result.getFailureReport().getDetails();

        assertThat(result.hasViolation()).as("rule fires: " + rule.getDescription()).isTrue();
        for (List<String> fragments : expectedViolations) {
            assertThat(details).as("a violation naming all of %s", fragments)
                    .anyMatch(line -> fragments.stream().allMatch(line::contains));
        }
        return result;
    }
}
