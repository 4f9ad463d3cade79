package app.attendance.web.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the web app depend one way only: a new loop between two features (or between
 * subpackages of one) fails the build. Reads the compiled production classes.
 */
class PackageDependenciesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attendance.web");

    @Test
    void featuresDependOneWay() {
        slices().matching("app.attendance.web.(*)..").as("features").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void packagesAtEveryLevelDependOneWay() {
        slices().matching("app.attendance.web.(**)").as("packages").should().beFreeOfCycles().check(CLASSES);
    }
}
