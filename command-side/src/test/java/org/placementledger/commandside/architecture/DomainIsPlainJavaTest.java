package org.placementledger.commandside.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the record and the events stay free of frameworks, so they can be tested and moved on their
 * own (Axon 5 would be an adapter change); and the aggregate adapts the rules without knowing who calls it.
 */
class DomainIsPlainJavaTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.placementledger.commandside", "org.placementledger.events");

    @Test
    void theDomainAndTheEventsUseNoFramework() {
        noClasses().that().resideInAnyPackage("org.placementledger.commandside.domain..", "org.placementledger.events..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework..", "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfItsAdapters() {
        noClasses().that().resideInAPackage("org.placementledger.commandside.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.placementledger.commandside.aggregate..", "org.placementledger.commandside.http..",
                        "org.placementledger.commandside.eventstore..")
                .check(classes);
    }

    @Test
    void theAggregateKnowsNothingOfHttpOrStorage() {
        noClasses().that().resideInAPackage("org.placementledger.commandside.aggregate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.placementledger.commandside.http..", "org.placementledger.commandside.eventstore..",
                        "org.springframework..", "com.mongodb..", "org.bson..")
                .check(classes);
    }
}
