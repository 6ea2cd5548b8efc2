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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of DEVELOPERS.md, checked on the compiled app: each {@code check} asserts one rule. */
class LayeringTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("commonground");
    }

    @Test
    void storageAndLanguageKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("commonground.storage..", "commonground.language..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(app);
    }

    @Test
    void onlyStorageUsesSql() {
        noClasses().that().resideOutsideOfPackage("commonground.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
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
