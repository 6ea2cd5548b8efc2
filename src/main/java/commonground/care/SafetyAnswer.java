package commonground.care;

import java.util.Optional;

/**
 * The answer to the optional question "Do you ever feel afraid of them, or are you hurt,
 * threatened or controlled?". Not answering (skipping) is no answer at all: an empty
 * {@link Optional}, stored as an empty text.
 */
public enum SafetyAnswer {
    YES("yes", "Yes"),
    NO("no", "No"),
    NOT_SURE("not-sure", "I'm not sure");

    private final String code;
    private final String label;

    SafetyAnswer(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** How the answer is stored: a short code, sealed with the rest when the lock is on. */
    public String code() {
        return code;
    }

    /** The answer as the person chooses it. */
    public String label() {
        return label;
    }

    /**
     * True for Yes and "I'm not sure": the app then takes a separate, calm path and stops offering
     * advice about waiting, patience and staying close for that person.
     */
    public boolean safetyFirst() {
        return this != NO;
    }

    /** The stored code back as an answer; empty for no answer (or a value this version does not know). */
    public static Optional<SafetyAnswer> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (SafetyAnswer a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The stored code of an answer, or an empty text for none. */
    public static String codeOf(Optional<SafetyAnswer> answer) {
        return answer.map(SafetyAnswer::code).orElse("");
    }

    /** True when there is an answer and it puts safety first. */
    public static boolean safetyFirst(Optional<SafetyAnswer> answer) {
        return answer.isPresent() && answer.get().safetyFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
