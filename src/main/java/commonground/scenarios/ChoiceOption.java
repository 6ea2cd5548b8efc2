package commonground.scenarios;

/** One answer of a choice step; {@code next} is the step it leads to, or null for the following one. */
public record ChoiceOption(String label, String next) {
}
