package org.placementledger.infra.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The directions the modules under {@code infra/} may depend in (each module's README says the same): the parts
 * (embedded servers, web layer, security, privacy) use only what they name, and none of them the application that
 * wires them. Maven would refuse a missing module dependency; this also refuses one added to a part's pom.
 */
class InfraModulesTest {

    private static final String PLACEMENT_LEDGER = "org.placementledger..";
    private static final String EMBEDDED = "org.placementledger.infra.embedded..";
    private static final String WEB = "org.placementledger.infra.web..";
    private static final String SECURITY = "org.placementledger.infra.security..";
    private static final String PRIVACY = "org.placementledger.infra.privacy..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.placementledger.infra");

    /** Anything of Placement Ledger outside the packages a module may use. */
    private static DescribedPredicate<JavaClass> placementLedgerOutside(String... allowed) {
        return resideInAPackage(PLACEMENT_LEDGER).and(DescribedPredicate.not(resideInAnyPackage(allowed)))
                .as("Placement Ledger classes outside " + String.join(", ", allowed));
    }

    @Test
    void theEmbeddedServersUseNothingElseOfTheLedger() {
        noClasses().that().resideInAPackage(EMBEDDED).should().dependOnClassesThat(placementLedgerOutside(EMBEDDED)).check(classes);
    }

    @Test
    void theWebLayerUsesNothingElseOfTheLedger() {
        noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat(placementLedgerOutside(WEB)).check(classes);
    }

    @Test
    void securityUsesOnlyTheWebLayerAndTheQuerySide() {
        noClasses().that().resideInAPackage(SECURITY)
                .should().dependOnClassesThat(placementLedgerOutside(SECURITY, WEB, "org.placementledger.queryside.."))
                .check(classes);
    }

    @Test
    void privacyUsesOnlyTheWebLayerTheCommandSideTheProjectionsAndTheEvents() {
        noClasses().that().resideInAPackage(PRIVACY)
                .should().dependOnClassesThat(placementLedgerOutside(PRIVACY, WEB, "org.placementledger.commandside..",
                        "org.placementledger.projections..", "org.placementledger.measures..", "org.placementledger.events.."))
                .check(classes);
    }
}
