package commonground.cues;

/** Why a cue cannot be used: the field (as named in content files) and a message for people. */
public record CueProblem(String field, String message) {
}
