package commonground.scenarios;

import java.util.List;

/**
 * A scenario file exactly as written, before it is checked. Every field may be missing here;
 * {@link ScenarioValidator} names what is missing or wrong.
 */
record ScenarioFile(String id, Integer version, String title, String summary, Integer minutes,
                    Boolean safetyQuestion, List<StepEntry> steps) {

    /** One step as written. */
    record StepEntry(String id, String kind, String title, String text, List<String> practices,
                     List<OptionEntry> options, List<String> items, String example, String next) {
    }

    /** One option of a choice step as written. */
    record OptionEntry(String label, String next) {
    }
}
