package io.github.ontapkmsmock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layout is the architecture: thin resources, rules in services, dumb stores, a core that knows no family. */
class LayeringTest {

    /** The resource families; each stands alone, and a view over several (key-stores) reads them through the core. */
    private static final String[] FAMILIES = { "awskms", "azure", "keymanager", "keystore", "keymanagerconfig" };

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
                        "io.github.ontapkmsmock.keystore..", "io.github.ontapkmsmock.keymanagerconfig..",
                        "io.github.ontapkmsmock.control..")
                .check(classes);
    }

    @Test
    void familiesDoNotDependOnEachOther() {
        for (String family : FAMILIES) {
            noClasses().that().resideInAPackage("io.github.ontapkmsmock." + family + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            otherFamilies(family))
                    .allowEmptyShould(true).check(classes);
        }
    }

    private static String[] otherFamilies(String family) {
        return java.util.Arrays.stream(FAMILIES)
                .filter(f -> !f.equals(family)).map(f -> "io.github.ontapkmsmock." + f + "..").toArray(String[]::new);
    }
}
