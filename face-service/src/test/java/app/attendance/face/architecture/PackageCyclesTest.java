package app.attendance.face.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of face-service depend on each other one way only: a dependency (import,
 * field, parameter, annotation, bean wiring) that closes a loop between two top-level packages, or
 * between two packages at any deeper level, fails the build. The production classes are checked, not
 * the tests.
 */
class PackageCyclesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attendance.face");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("app.attendance.face.(*)..")
                .should().beFreeOfCycles()
                .check(PRODUCTION);
    }

    @Test
    void packagesAtEveryLevelAreFreeOfCycles() {
        slices().matching("app.attendance.face.(**)")
                .should().beFreeOfCycles()
                .check(PRODUCTION);
    }
}
