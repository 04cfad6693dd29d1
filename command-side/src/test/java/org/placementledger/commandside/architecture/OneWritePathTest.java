package org.placementledger.commandside.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.imports.ChildStreams;
import org.placementledger.events.ChildEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every event a child's record gets is decided by the rules of the record ({@code commandside.domain}, whose
 * {@code ChildDecisions} both the commands and the 903 import call), and written by one of two writers that take
 * them from there: the aggregate for a command, the import for a return's batch of children. A third way of making
 * or writing an event, one that would pass by the rules, fails here.
 */
class OneWritePathTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.placementledger.commandside");

    private static final DescribedPredicate<JavaAccess<?>> MAKES_A_CHILD_EVENT = DescribedPredicate.describe("makes a child's event",
            access -> access.getName().equals("<init>") && access.getTargetOwner().isAssignableTo(ChildEvent.class));

    /**
     * The 903 reader makes the facts a return implies, to compare with the record; what it appends is decided again
     * from commands by the rules ({@code ImportDecidesAsCommandsDoTest} shows the events are the command's own).
     */
    @Test
    void onlyTheRulesOfTheRecordMakeAChildsEvents_andThe903ReaderTheFactsItCompares() {
        noClasses().that().resideOutsideOfPackages("org.placementledger.commandside.domain..", "org.placementledger.commandside.ssda903..")
                .should().accessTargetWhere(MAKES_A_CHILD_EVENT)
                .because("an event made anywhere else would reach the record without the rules' checks")
                .check(classes);
    }

    @Test
    void onlyTheAggregateAppliesEvents_andOnlyTheImportAppendsChildrenInBatches() {
        noClasses().that().resideOutsideOfPackage("org.placementledger.commandside.aggregate..")
                .should().callMethodWhere(DescribedPredicate.describe("AggregateLifecycle.apply",
                        call -> call.getTargetOwner().isEquivalentTo(AggregateLifecycle.class) && call.getName().equals("apply")))
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.placementledger.commandside.imports..")
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(ChildStreams.class)))
                .should().callMethodWhere(DescribedPredicate.describe("ChildStreams.append",
                        call -> call.getTargetOwner().isAssignableTo(ChildStreams.class) && call.getName().equals("append")))
                .check(classes);
    }

    @Test
    void theImportTakesItsEventsFromTheSameDecisionsAsTheCommands() {
        // The planner is the import's only maker of events to append: it asks the rules, as the aggregate does.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().haveFullyQualifiedName("org.placementledger.commandside.ssda903.ImportPlanner")
                .should().callMethod("org.placementledger.commandside.domain.ChildDecisions", "decideAll",
                        "org.placementledger.commandside.domain.RecordHistory",
                        "org.placementledger.events.history.EffectiveHistory", "java.time.LocalDate",
                        "org.placementledger.commandside.domain.RecordLimits")
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().haveFullyQualifiedName("org.placementledger.commandside.aggregate.ChildAggregate")
                .should().callMethod("org.placementledger.commandside.domain.ChildDecisions", "decideAll",
                        "org.placementledger.commandside.domain.RecordHistory",
                        "org.placementledger.events.history.EffectiveHistory", "java.time.LocalDate",
                        "org.placementledger.commandside.domain.RecordLimits")
                .check(classes);
    }
}
