package commonground.content;

/** One of the practices the app teaches; scenarios and cues refer to practices by id. */
public record Practice(String id, String name, String summary) {
}
