package commonground.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * How the packages may use each other (README, "How the code is laid out"), checked on the
 * compiled app: each test asserts one rule.
 */
class LayeringTest {

    /** The features: each owns its views, view models, records and repositories. */
    private static final List<String> FEATURES =
            List.of("care", "cues", "draft", "people", "practice", "privacy", "reflection", "scenarios", "longgame", "sync");

    /**
     * What any feature may use besides itself and storage: the people, the content files, the
     * language checks, the shell, and care (help, the safety answer and the distress check, which
     * every module offers).
     */
    private static final List<String> SHARED = List.of("people", "content", "language", "shell", "care");

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("commonground");
    }

    @Test
    void noPackageCycles() {
        slices().matching("commonground.(*)..").should().beFreeOfCycles().check(app);
    }

    @Test
    void storageKnowsNoFeatureShellOrApp() {
        List<String> forbidden = new java.util.ArrayList<>(FEATURES.stream().map(f -> "commonground." + f + "..").toList());
        forbidden.addAll(List.of("commonground.shell..", "commonground.app..", "commonground.content..",
                "commonground.language.."));
        noClasses().that().resideInAPackage("commonground.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .check(app);
    }

    @Test
    void featuresUseNoOtherFeatureExceptTheSharedOnes() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream()
                    .filter(f -> !f.equals(feature) && !SHARED.contains(f))
                    .map(f -> "commonground." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("commonground." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(app);
        }
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("commonground.app..")
                .should().dependOnClassesThat().resideInAPackage("commonground.app..")
                .check(app);
    }

    @Test
    void viewsUseNeitherStorageNorSql() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("commonground.storage..", "java.sql..")
                .check(app);
    }

    @Test
    void sqlOnlyInStorageRepositoriesAndSearches() {
        noClasses().that().resideOutsideOfPackage("commonground.storage..")
                .and().haveNameNotMatching(".*(Repository|Search)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(app);
    }

    @Test
    void storageAndLanguageKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("commonground.storage..", "commonground.language..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(app);
    }

    @Test
    void modelRecordsKnowNothingOfJavaFx() {
        classes().that().areRecords().should(notDependOnJavaFx()).check(app);
    }

    private static ArchCondition<JavaClass> notDependOnJavaFx() {
        return new ArchCondition<>("not depend on javafx") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                record.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith("javafx"))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(record, d.getDescription())));
            }
        };
    }
}
