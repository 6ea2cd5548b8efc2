package commonground.reflection;

/** A writing prompt a note can start from. */
public record Prompt(String id, String text) {
}
