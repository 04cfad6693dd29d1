package org.placementledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The measures are one definition shared by the stream and the point-in-time queries: no framework in them. */
class MeasuresArePlainJavaTest {

    @Test
    void theMeasuresUseNoFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.placementledger.measures");
        noClasses().that().resideInAPackage("org.placementledger.measures..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework..", "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }
}
