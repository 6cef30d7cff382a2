package org.myknees.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Checks every rule of {@link MykneesArchitecture} against the main classes of all modules on the classpath. */
@AnalyzeClasses(packages = MykneesArchitecture.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class MykneesArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(MykneesArchitecture.class);
}
