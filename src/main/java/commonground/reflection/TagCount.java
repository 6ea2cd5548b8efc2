package commonground.reflection;

/** A tag in use, and on how many notes (not counting the trash). */
public record TagCount(String tag, int notes) {
}
