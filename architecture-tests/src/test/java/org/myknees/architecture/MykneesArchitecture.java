package org.myknees.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture rules of MyKnees as named ArchUnit rules (see {@code docs/adr/0002-architecture-rules.md}).
 *
 * <p>The static fields check the real code under {@value #ROOT}. Every rule is also available for another
 * root package through {@link #MykneesArchitecture(String)}, so that tests can prove on small fixture trees
 * that each rule fires on a seeded violation and stays quiet on compliant code. Below a root {@code R} the
 * layers are {@code R.domain}, {@code R.application}, {@code R.adapter} and {@code R.bootstrap}.
 */
public final class MykneesArchitecture {

    /** The root package of the production code. */
    public static final String ROOT = "org.myknees";

    /**
     * Adapter packages that group adapters of one kind; an adapter module below them sits one level deeper
     * ({@code adapter.persistence.memory}), every other adapter module directly below {@code adapter}
     * ({@code adapter.bankformat}). A new family of adapters is added here.
     */
    public static final Set<String> ADAPTER_FAMILIES = Set.of("persistence", "inference", "messaging");

    /** Libraries and frameworks that must not reach the core; the dependency rules allow only java.* anyway. */
    public static final List<String> FRAMEWORK_PACKAGES = List.of("jakarta..", "javax..", "org.hibernate..",
            "com.fasterxml..", "org.springframework..", "io..", "org.eclipse..", "lombok..", "org.jboss..",
            "com.google..", "org.apache..", "org.slf4j..", "org.postgresql..", "com.mongodb..", "org.bson..",
            "ai.djl..", "org.jmolecules..");

    /** Annotations of field and setter injection, matched by name so that this module needs no CDI API. */
    public static final List<String> INJECTION_ANNOTATIONS = List.of("jakarta.inject.Inject", "javax.inject.Inject",
            "org.eclipse.microprofile.config.inject.ConfigProperty");

    /** Package names that say what a class is rather than what it is about. */
    public static final List<String> BUILDING_BLOCK_PACKAGE_NAMES = List.of("util", "utils", "model", "dto", "helper",
            "helpers", "common");

    private static final Pattern PORT_IN_PARTS = Pattern.compile(".*(Command|UseCase|Query|Report|Result)");

    private static final MykneesArchitecture MAIN = new MykneesArchitecture(ROOT);

    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_JDK = MAIN.domainDependsOnlyOnItselfAndJdk();
    @ArchTest
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK =
            MAIN.applicationDependsOnlyOnDomainAndJdk();
    @ArchTest
    public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = MAIN.nothingDependsOnBootstrap();
    @ArchTest
    public static final ArchRule ADAPTERS_ARE_INDEPENDENT = MAIN.adaptersAreIndependent();
    @ArchTest
    public static final ArchRule NO_FRAMEWORK_IN_CORE = MAIN.noFrameworkInCore();
    @ArchTest
    public static final ArchRule NO_SYSTEM_TIME_IN_CORE = MAIN.noSystemTimeInCore();
    @ArchTest
    public static final ArchRule INCOMING_PORTS_ARE_USE_CASES_OR_QUERIES = MAIN.incomingPortsAreUseCasesOrQueries();
    @ArchTest
    public static final ArchRule COMMANDS_ARE_NAMED_COMMAND = MAIN.commandsAreNamedCommand();
    @ArchTest
    public static final ArchRule OUTGOING_PORTS_ARE_NOT_SERVICES = MAIN.outgoingPortsAreNotServices();
    @ArchTest
    public static final ArchRule USE_CASES_ARE_IMPLEMENTED_BY_FEATURE_SERVICES =
            MAIN.useCasesAreImplementedByFeatureServices();
    @ArchTest
    public static final ArchRule NO_BUILDING_BLOCK_PACKAGES = MAIN.noBuildingBlockPackages();
    @ArchTest
    public static final ArchRule PERSISTENCE_SHAPES_ARE_NOT_PUBLIC = MAIN.persistenceShapesAreNotPublic();
    @ArchTest
    public static final ArchRule REST_RECORDS_ARE_REQUESTS_OR_RESPONSES = MAIN.restRecordsAreRequestsOrResponses();
    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = MAIN.noFieldInjection();
    @ArchTest
    public static final ArchRule CORE_EXCEPTIONS_ARE_UNCHECKED = MAIN.coreExceptionsAreUnchecked();

    private final String root;
    private final String domain;
    private final String application;
    private final String adapter;
    private final String bootstrap;

    /** The rules for the layers below {@code rootPackage}. */
    public MykneesArchitecture(String rootPackage) {
        this.root = rootPackage;
        this.domain = rootPackage + ".domain..";
        this.application = rootPackage + ".application..";
        this.adapter = rootPackage + ".adapter..";
        this.bootstrap = rootPackage + ".bootstrap..";
    }

    /** Every rule of this root, in the order of the ADR. */
    public List<ArchRule> all() {
        return List.of(domainDependsOnlyOnItselfAndJdk(), applicationDependsOnlyOnDomainAndJdk(),
                nothingDependsOnBootstrap(), adaptersAreIndependent(), noFrameworkInCore(), noSystemTimeInCore(),
                incomingPortsAreUseCasesOrQueries(), commandsAreNamedCommand(), outgoingPortsAreNotServices(),
                useCasesAreImplementedByFeatureServices(), noBuildingBlockPackages(),
                persistenceShapesAreNotPublic(), restRecordsAreRequestsOrResponses(), noFieldInjection(),
                coreExceptionsAreUnchecked());
    }

    /** Domain classes depend on the domain and java.* only. */
    public ArchRule domainDependsOnlyOnItselfAndJdk() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .because("the domain is pure Java and knows no other layer");
    }

    /** Application classes depend on the application, the domain and java.* only. */
    public ArchRule applicationDependsOnlyOnDomainAndJdk() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .because("use cases see the outside world only through their ports");
    }

    /** No class outside bootstrap (adapters included) depends on bootstrap; bootstrap may depend on anything. */
    public ArchRule nothingDependsOnBootstrap() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap is the outermost ring that wires everything; nothing may point back at it")
                .allowEmptyShould(true);
    }

    /** No adapter module depends on another (see {@link #ADAPTER_FAMILIES} for what one module is). */
    public ArchRule adaptersAreIndependent() {
        return SlicesRuleDefinition.slices().assignedFrom(new AdapterModules(root + ".adapter"))
                .should().notDependOnEachOther()
                .because("adapters are plugged together in bootstrap only")
                .allowEmptyShould(true);
    }

    /** Domain and application use none of {@link #FRAMEWORK_PACKAGES}. */
    public ArchRule noFrameworkInCore() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
                .because("frameworks belong to adapters and bootstrap, never to the core");
    }

    /** Domain and application never read the system clock; {@code now(Clock)} is fine. */
    public ArchRule noSystemTimeInCore() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().accessTargetWhere(readSystemTime())
                .because("time comes from an injected java.time.Clock, so that it can be fixed in tests");
    }

    /** Top-level interfaces in {@code port.in} end with UseCase or Query. */
    public ArchRule incomingPortsAreUseCasesOrQueries() {
        // the compiler may emit package-info as a synthetic interface
        return classes().that().resideInAPackage(root + "..port.in..").and().areInterfaces()
                .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("Query")
                .because("an incoming port is named after the use case it offers")
                .allowEmptyShould(true);
    }

    /**
     * Records in {@code port.in} end with Command, top-level or nested in a *Commands holder; records nested in a
     * command, use case or query are free.
     */
    public ArchRule commandsAreNamedCommand() {
        return classes().that().resideInAPackage(root + "..port.in..").and().areRecords()
                .should(beNamedCommand())
                .because("the input of a use case is its command")
                .allowEmptyShould(true);
    }

    /** Public interfaces in {@code port.out} are not named *Service, *Impl, *Manager or *Dao. */
    public ArchRule outgoingPortsAreNotServices() {
        return noClasses().that().resideInAPackage(root + "..port.out..").and().areInterfaces().and().arePublic()
                .should().haveSimpleNameEndingWith("Service").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Dao")
                .because("an outgoing port is an <Aggregate>Repository or named after a capability")
                .allowEmptyShould(true);
    }

    /**
     * A class implementing an incoming port is named *Service and lives in the feature package that owns the port (the
     * port's package without {@code .port.in}).
     */
    public ArchRule useCasesAreImplementedByFeatureServices() {
        return classes().that().resideInAPackage(root + "..").and().areNotInterfaces()
                .and(implementAnIncomingPort())
                .should(beTheServiceOfTheirFeature())
                .because("ImportStatementUseCase is implemented by ImportStatementService in the feature package")
                .allowEmptyShould(true);
    }

    /** No package is named after a building block ({@link #BUILDING_BLOCK_PACKAGE_NAMES}). */
    public ArchRule noBuildingBlockPackages() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().resideInAnyPackage(BUILDING_BLOCK_PACKAGE_NAMES.stream()
                        .map(name -> root + ".." + name + "..").toArray(String[]::new))
                .because("packages are named by feature, never by building block");
    }

    /** Persistence adapter classes named *Entity, *Document or *Mapper are not public. */
    public ArchRule persistenceShapesAreNotPublic() {
        return noClasses().that().resideInAPackage(root + ".adapter.persistence..")
                .and(simpleNameEndingWith("Entity").or(simpleNameEndingWith("Document"))
                        .or(simpleNameEndingWith("Mapper")))
                .should().bePublic()
                .because("persistence shapes and their mappers stay inside their adapter")
                .allowEmptyShould(true);
    }

    /** Public top-level records of the REST adapter end with Request or Response (or Json for shared value shapes). */
    public ArchRule restRecordsAreRequestsOrResponses() {
        return classes().that().resideInAPackage(root + ".adapter.rest..").and().areRecords().and().arePublic()
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Request").orShould().haveSimpleNameEndingWith("Response")
                .orShould().haveSimpleNameEndingWith("Json")
                .because("the REST API speaks in <Thing>Request and <Thing>Response records, sharing <Value>Json shapes")
                .allowEmptyShould(true);
    }

    /** No field or method carries an injection annotation ({@link #INJECTION_ANNOTATIONS}); constructors may. */
    public ArchRule noFieldInjection() {
        return noMembers().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and(DescribedPredicate.describe("are fields or methods",
                        member -> member instanceof JavaField || member instanceof JavaMethod))
                .should().beAnnotatedWith(DescribedPredicate.describe("any of " + INJECTION_ANNOTATIONS,
                        annotation -> INJECTION_ANNOTATIONS.contains(annotation.getRawType().getName())))
                .because("dependencies and configuration arrive through the constructor only")
                .allowEmptyShould(true);
    }

    /** Classes named *Exception in domain and application are unchecked. */
    public ArchRule coreExceptionsAreUnchecked() {
        return classes().that().resideInAnyPackage(domain, application).and().haveSimpleNameEndingWith("Exception")
                .should().beAssignableTo(RuntimeException.class)
                .because("rule violations are unchecked exceptions named after the rule broken")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaAccess<?>> readSystemTime() {
        return DescribedPredicate.describe("the system clock (now() without a Clock, Clock.system*(), "
                + "System.currentTimeMillis() or System.nanoTime())", access -> readsSystemTime(access.getTarget()));
    }

    private static boolean readsSystemTime(AccessTarget target) {
        if (!(target instanceof CodeUnitAccessTarget codeUnit)) {
            return false;
        }
        JavaClass owner = codeUnit.getOwner();
        String name = codeUnit.getName();
        if (owner.getPackageName().equals("java.time") && name.equals("now")) {
            // now(ZoneId) reads the system clock just as now() does; only now(Clock) is under control
            List<JavaClass> parameters = codeUnit.getRawParameterTypes();
            return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
        }
        if (owner.isEquivalentTo(Clock.class)) {
            return name.startsWith("system");
        }
        return owner.isEquivalentTo(System.class) && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
    }

    private static ArchCondition<JavaClass> beNamedCommand() {
        return new ArchCondition<>("be named *Command (or *Report/*Result), top-level or in a *Commands holder "
                + "(records nested in a command, use case, query or result are its parts)") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                Optional<String> enclosing = record.getEnclosingClass().map(JavaClass::getSimpleName);
                if (enclosing.isPresent() && !enclosing.get().endsWith("Commands")) {
                    if (!PORT_IN_PARTS.matcher(enclosing.get()).matches()) {
                        events.add(SimpleConditionEvent.violated(record, "Record " + record.getName()
                                + " is nested in neither a *Commands holder nor a command, use case or query"));
                    }
                    return;
                }
                String name = record.getSimpleName();
                boolean named = name.endsWith("Command") || name.endsWith("Report") || name.endsWith("Result");
                events.add(new SimpleConditionEvent(record, named, "Record " + record.getName()
                        + (named ? " is" : " is not") + " named *Command (or *Report/*Result for what a use case returns)"));
            }
        };
    }

    private static DescribedPredicate<JavaClass> implementAnIncomingPort() {
        return DescribedPredicate.describe("implement an incoming port",
                type -> !incomingPortsOf(type).isEmpty());
    }

    private static List<JavaClass> incomingPortsOf(JavaClass type) {
        return type.getAllRawInterfaces().stream()
                .filter(port -> port.getPackageName().endsWith(".port.in"))
                .toList();
    }

    private static ArchCondition<JavaClass> beTheServiceOfTheirFeature() {
        return new ArchCondition<>("be named *Service and reside in the feature package of the ports they "
                + "implement") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (!service.getSimpleName().endsWith("Service")) {
                    events.add(SimpleConditionEvent.violated(service, "Class " + service.getName()
                            + " implements an incoming port but is not named *Service"));
                }
                for (JavaClass port : incomingPortsOf(service)) {
                    String feature = port.getPackageName().substring(0,
                            port.getPackageName().length() - ".port.in".length());
                    boolean inFeature = service.getPackageName().equals(feature);
                    events.add(new SimpleConditionEvent(service, inFeature, "Class " + service.getName()
                            + " implements " + port.getName() + (inFeature ? " from" : " outside")
                            + " its feature package " + feature));
                }
            }
        };
    }

    /**
     * Assigns each class below the adapter package to its adapter module: {@code adapter.<name>} or, for an
     * {@link #ADAPTER_FAMILIES adapter family}, {@code adapter.<family>.<name>}. Classes directly in the adapter
     * or a family package form slices of their own, so sharing code through them is reported too.
     */
    private record AdapterModules(String adapterPackage) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String packageName = type.getPackageName();
            if (packageName.equals(adapterPackage)) {
                return SliceIdentifier.of("(adapter root)");
            }
            if (!packageName.startsWith(adapterPackage + ".")) {
                return SliceIdentifier.ignore();
            }
            List<String> parts = Arrays.asList(packageName.substring(adapterPackage.length() + 1).split("\\."));
            int depth = ADAPTER_FAMILIES.contains(parts.get(0)) && parts.size() > 1 ? 2 : 1;
            return SliceIdentifier.of(String.join(".", parts.subList(0, depth)));
        }

        @Override
        public String getDescription() {
            return "adapter modules below " + adapterPackage;
        }
    }
}
