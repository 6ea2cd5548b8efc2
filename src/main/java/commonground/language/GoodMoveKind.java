package commonground.language;

/** What kind of helpful move a {@link GoodMove} recognises. */
public enum GoodMoveKind {
    /** Describing what was seen or heard, without a verdict. */
    OBSERVATION,
    /** Asking before going further, or leaving them free to say no. */
    CONSENT,
    /** Speaking from one's own side: a feeling or a need. */
    I_STATEMENT,
    /** A request or invitation they can turn down. */
    REQUEST_WITH_ROOM,
    /** Naming something one values about them. */
    APPRECIATION
}
