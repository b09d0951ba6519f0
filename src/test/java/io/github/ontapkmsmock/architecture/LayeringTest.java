package io.github.ontapkmsmock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layout is the architecture: thin resources, rules in services, dumb stores, a core that knows no family. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ontapkmsmock");
    }

    @Test
    void resourcesNeverTouchStores() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theOntapCoreKnowsNoFamily() {
        noClasses().that().resideInAPackage("io.github.ontapkmsmock.ontap..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ontapkmsmock.awskms..",
                        "io.github.ontapkmsmock.azure..", "io.github.ontapkmsmock.keymanager..",
                        "io.github.ontapkmsmock.control..")
                .check(classes);
    }

    @Test
    void familiesDoNotDependOnEachOther() {
        for (String family : new String[] { "awskms", "azure", "keymanager" }) {
            noClasses().that().resideInAPackage("io.github.ontapkmsmock." + family + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            otherFamilies(family))
                    .allowEmptyShould(true).check(classes);
        }
    }

    private static String[] otherFamilies(String family) {
        return java.util.Arrays.stream(new String[] { "awskms", "azure", "keymanager" })
                .filter(f -> !f.equals(family)).map(f -> "io.github.ontapkmsmock." + f + "..").toArray(String[]::new);
    }
}
