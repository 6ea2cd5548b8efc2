package commonground.practice;

/** How a practice conversation ends: what the other person says and does, and a few words to take away. */
public record Ending(String id, EndingKind kind, String title, String says, String does, String text) {
}
