package id.go.kemensos.replika;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import id.go.kemensos.replika.document.DocumentService;
import org.junit.jupiter.api.Test;

/** Keeps the house plan: each floor imports only what stands below it, and features meet only through services. */
class ArchitectureTest {

    private static final String ROOT = "id.go.kemensos.replika";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void baseKnowsNoFeatureAndNoShell() {
        check(noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".shell.."));
    }

    @Test
    void baseDoesNotDependOnSecurity() {
        check(noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".security.."));
    }

    /** The export engine and its links serve every grid, so base (its UI pieces included) knows no feature. */
    @Test
    void baseKnowsNoFeatureAtAll() {
        check(noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".document..", ROOT + ".notification..",
                        ROOT + ".audit..", ROOT + ".unit..", ROOT + ".innovation..", ROOT + ".workshop..",
                        ROOT + ".partner..", ROOT + ".user..", ROOT + ".replication..", ROOT + ".dashboard..",
                        ROOT + ".report.."));
    }

    @Test
    void securityKnowsNoFeatureAndNoShell() {
        check(noClasses().that().resideInAPackage(ROOT + ".security..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".shell.."));
    }

    @Test
    void documentsKnowNoFeatureAndNoShell() {
        check(noClasses().that().resideInAPackage(ROOT + ".document..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".shell..", ROOT + ".innovation..", ROOT + ".replication..", ROOT + ".workshop..",
                        ROOT + ".partner.."));
    }

    @Test
    void notificationsKnowNoFeatureAndNoShell() {
        check(noClasses().that().resideInAPackage(ROOT + ".notification..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".innovation..", ROOT + ".replication..", ROOT + ".workshop..", ROOT + ".partner..",
                        ROOT + ".document..", ROOT + ".shell.."));
    }

    /** The audit trail is a shared floor: every feature may record and show its history; it knows none of them. */
    @Test
    void auditKnowsNoFeatureAndNoShell() {
        check(noClasses().that().resideInAPackage(ROOT + ".audit..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".innovation..", ROOT + ".replication..", ROOT + ".workshop..", ROOT + ".partner..",
                        ROOT + ".document..", ROOT + ".notification..", ROOT + ".dashboard..", ROOT + ".report..",
                        ROOT + ".shell.."));
    }

    /** Shared floors stay apart: documents and notifications do not call the audit trail (they publish events). */
    @Test
    void sharedFloorsDoNotCallTheAuditTrail() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".security..", ROOT + ".document..",
                        ROOT + ".notification..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".audit.."));
    }

    /** Nothing writes the trail but its writer: the entity is a read-only mapping behind a read-only repository. */
    @Test
    void theAuditTrailIsWrittenOnlyByItsWriter() {
        check(classes().that().resideInAPackage(ROOT + ".audit..").and().haveSimpleNameEndingWith("Repository")
                .should().beAssignableTo(org.springframework.data.repository.Repository.class)
                .andShould().notBeAssignableTo(org.springframework.data.repository.CrudRepository.class)
                .andShould().notBeAssignableTo(org.springframework.data.repository.ListCrudRepository.class));
    }

    @Test
    void viewsReachDocumentsOnlyThroughTheirFeatureServiceWhichChecksPermission() {
        check(noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(DocumentService.class));
    }

    @Test
    void featuresDoNotImportTheShell() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".unit..", ROOT + ".user..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".shell.."));
    }

    @Test
    void partnersKnowNoShellAndNoReplication() {
        check(noClasses().that().resideInAPackage(ROOT + ".partner..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".shell..", ROOT + ".replication.."));
    }

    @Test
    void nothingBelowTheReportsKnowsThem() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".base..", ROOT + ".security..", ROOT + ".document..",
                        ROOT + ".notification..", ROOT + ".audit..", ROOT + ".unit..", ROOT + ".user..",
                        ROOT + ".innovation..", ROOT + ".workshop..", ROOT + ".partner..", ROOT + ".replication..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".dashboard..", ROOT + ".report.."));
    }

    /** Reports read the dashboard's figures; the dashboard offers their download through a hook, never an import. */
    @Test
    void theDashboardDoesNotKnowTheReports() {
        check(noClasses().that().resideInAPackage(ROOT + ".dashboard..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".report.."));
    }

    @Test
    void reportsDoNotImportTheShell() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".dashboard..", ROOT + ".report..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".shell.."));
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        check(SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void viewsAreReachedOnlyThroughRoutesNeverImported() {
        check(classes().that().resideInAPackage("..ui..").and().resideOutsideOfPackage(ROOT + ".base.ui..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("..ui.."));
    }

    @Test
    void repositoriesAndEntitiesStayInsideTheirFeature() {
        check(classes().that().haveSimpleNameEndingWith("Repository")
                .should().notBePublic());
        check(classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notBePublic());
    }

    @Test
    void viewsDoNotTouchRepositories() {
        check(noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository"));
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
