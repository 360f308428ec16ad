package no.vidsynt.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the core ({@code no.vidsynt.core.<feature>}) depend on each other one way only: a newcomer
 * reads a feature and the few below it, never a knot. A shared helper belongs to the feature that owns the fact, or to
 * the platform; a lower feature that must tell a higher one something declares a CDI event ({@code Audited},
 * {@code LearnerStarted}, {@code UnitCompleted}, {@code SessionAttended}).
 *
 * <p>One knot is left, and named here so that it cannot grow: organisation's units refer to people (their leaders, as
 * JPA associations of {@code OrgUnit}, and the pages that place people) while a person's units are an association of
 * {@code Person}. Untying it means making one side hold the other by id; until then only organisation's dependencies
 * on people are exempt, and every other cycle fails this test.
 */
class FeatureCyclesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.vidsynt.core");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("no.vidsynt.core.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        resideInAPackage("no.vidsynt.core.organisation.."),
                        resideInAPackage("no.vidsynt.core.people.."))
                .check(CORE);
    }
}
