package commonground.language;

/** What kind of problem a {@link Finding} points at. */
public enum FindingKind {
    /** A judgment or label about the other person ("You're selfish"). */
    JUDGMENT,
    /** An order that leaves no room for no ("You need to open up"). */
    DEMAND,
    /** An absolute about the other person ("You always...", "You never..."). */
    ABSOLUTE,
    /** Pressure to share ("Why won't you just tell me?"). */
    PRESSURE_TO_SHARE,
    /** A judgment dressed as a feeling or need ("I feel like you don't care"). */
    DISGUISED_JUDGMENT,
    /** A threat tied to a demand ("If you don't talk to me, I'm leaving"). */
    ULTIMATUM,
    /**
     * Violence or a threat of it in what the user describes ("If you ever hit me again..."): not
     * wording to soften; the user's safety comes first, and the finding points to help.
     */
    SAFETY
}
