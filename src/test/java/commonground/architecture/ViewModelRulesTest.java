package commonground.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps view models testable without JavaFX (decision 0006): no controls, windows or timers
 * of their own, and the time only from the clock they are given.
 */
class ViewModelRulesTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("commonground");
    }

    private static GivenClassesConjunction viewModels() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("EditorModel");
    }

    @Test
    void theRulesSeeEveryFeaturesViewModels() {
        long found = app.stream().filter(c -> c.getSimpleName().endsWith("ViewModel")).count();
        assertTrue(found >= 12, "the rules below would pass on nothing if no view model were found; found " + found);
    }

    @Test
    void viewModelsHoldNoControlsWindowsOrTimers() {
        viewModels().should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..")
                .check(app);
    }

    @Test
    void viewModelsTellTheTimeByTheirClock() {
        for (Class<?> type : new Class<?>[] {Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                ZonedDateTime.class}) {
            viewModels().should().callMethod(type, "now").check(app);
        }
    }
}
