package commonground.reflection;

/** A need from the vocabulary, such as closeness or rest. */
public record Need(String id, String name) {
}
