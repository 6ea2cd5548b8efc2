package commonground.storage;

/**
 * The columns that hold what the user writes or chooses. With the passphrase lock on, each value
 * is stored sealed ({@link FieldCipher}) instead of as readable text, bound to its row's
 * {@link RowStamp}. Each table with a sealed column has the columns {@code uid} and {@code wc}. {@code maxChars} is the limit
 * on the readable text, checked before sealing (the schema can only check readable text).
 */
public enum SealedColumn {
    NOTE_TITLE("note", "title", 200),
    NOTE_BODY("note", "body", 2_000_000),
    SCENARIO_ANSWER("scenario_answer", "answer", 20_000),
    CHECK_IN_CONTEXT("check_in", "context", 1_000),
    CHECK_IN_NOTE("check_in", "note", 20_000),
    CHECK_IN_RESPONSE("check_in", "response", 20_000),
    /** A check-in being filled in, as JSON: context, note and response (each within their limits) and more. */
    CHECK_IN_DRAFT("check_in_draft", "body", 120_000),
    COMFORT_ITEM("comfort_item", "text", 200),
    NEEDS_CHECKIN_NOTE("needs_checkin", "note", 5_000),
    NEED_SOURCE_LABEL("need_source", "label", 200),
    MESSAGE_DRAFT("message_draft", "body", 100_000),
    PERSON_NOTE("person", "note", 20_000),
    SUPPORT_CONTACT_NAME("support_contact", "name", 100),
    SUPPORT_CONTACT_NUMBER("support_contact", "number", 40),
    /** The name the user gave the other person in a practice conversation. */
    PRACTICE_CHARACTER_NAME("practice_session", "character_name", 60),
    /** A reply the user typed in a practice conversation. */
    PRACTICE_TYPED_REPLY("practice_move", "typed", 2_000),
    // Tables made after the lock's 0010 (sync's migration), sealed from the start: listed before
    // the columns 0010 began to seal, which MigrationToRowStampsTest finds after PERSON_SAFETY.
    /** The other version of a text changed on two computers (sync); as long as the longest text. */
    CONFLICT_COPY_TEXT("conflict_copy", "text", 2_000_000),
    /** This computer's copy of the sync key, as Base64 (so the lock keeps it sealed like the rest). */
    SYNC_KEY("sync_setting", "sync_key", 100),
    /** The answer to the safety question ("do you ever feel afraid of them"), a short code or empty. */
    PERSON_SAFETY("person", "safety", 20),
    // Sealed since 0010 (issue 22): what else the user writes or chooses that tells of their life.
    USER_CUE_SEEN("user_cue", "seen", 120),
    USER_CUE_MIGHT_MEAN("user_cue", "might_mean", 400),
    USER_CUE_NONVERBAL("user_cue", "nonverbal", 200),
    USER_CUE_NOT_TO_SAY("user_cue", "not_to_say", 200),
    CUE_ACKNOWLEDGEMENT("user_cue_acknowledgement", "text", 200),
    /** The words of a ticked cue, kept with the check-in (a custom cue's words are the user's own). */
    CHECK_IN_CUE_SEEN("check_in_cue", "seen", 120),
    CHECK_IN_ACTIVITY("check_in", "activity", 60),
    NOTE_TAG("note_tag", "tag", 50),
    /** Which prompt a note was written from (the prompt's group stays readable, for the filter). */
    NOTE_PROMPT("note", "prompt_id", 100),
    /** Where a walk-through stands, and the steps taken to get there: they tell which choices were made. */
    SCENARIO_RUN_STEP("scenario_run", "current_step", 60),
    SCENARIO_RUN_PATH("scenario_run", "path", 4000),
    /** Which step an answer belongs to: with the lock on, which steps were answered tells the path too. */
    SCENARIO_ANSWER_STEP("scenario_answer", "step_id", 60),
    /** A need's rating, 0 to 4, stored as a number while the lock is off. */
    NEED_RATING("needs_checkin_rating", "rating", 1),
    // The long game (sealed since the long game's migration, after 0010).
    /** The answer to "How did it go?" when coming back to a plan, a check-in or a practice. */
    COME_BACK_ANSWER("come_back", "answer", 5_000),
    GOOD_MOMENT_WHAT("good_moment", "what", 5_000),
    GOOD_MOMENT_ACTIVITY("good_moment", "activity", 60),
    GOOD_MOMENT_MADE_EASY("good_moment", "made_easy", 2_000),
    /** A self-disclosure step of the user's own, on a person's ladder. */
    DISCLOSURE_OWN_TEXT("disclosure_own_step", "text", 300),
    /** What the user shared when they took a step, and a note on how it went. */
    DISCLOSURE_TAKEN_WHAT("disclosure_step_taken", "what", 500),
    DISCLOSURE_TAKEN_NOTE("disclosure_step_taken", "note", 2_000),
    /** Who knows what: the situation's name, what the person at the centre asked to keep private. */
    NEWS_TITLE("news_situation", "title", 200),
    NEWS_KEEP_PRIVATE("news_situation", "keep_private", 5_000),
    /** Who knows what: a person told (or still to tell), what they know, who told them. */
    NEWS_TOLD_NAME("news_told", "name", 100),
    NEWS_TOLD_KNOWS("news_told", "knows", 2_000),
    NEWS_TOLD_BY("news_told", "told_by", 100);

    private final String table;
    private final String column;
    private final int maxChars;

    SealedColumn(String table, String column, int maxChars) {
        this.table = table;
        this.column = column;
        this.maxChars = maxChars;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public int maxChars() {
        return maxChars;
    }

    /** Whether the readable value is a whole number (stored as one while the lock is off, exported as one). */
    public boolean numeric() {
        return this == NEED_RATING;
    }

    /**
     * Whether this column, with the row's references, says which row it is (the step of an answer,
     * a note's tag): an import then takes a row as already there when these match, as a UNIQUE key
     * over them would, which sealed values cannot have.
     */
    public boolean identifiesRow() {
        return this == SCENARIO_ANSWER_STEP || this == NOTE_TAG;
    }

    /** The sealed columns of {@code table}, in declaration order. */
    static java.util.List<SealedColumn> inTable(String table) {
        java.util.List<SealedColumn> out = new java.util.ArrayList<>();
        for (SealedColumn c : values()) {
            if (c.table.equals(table)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The sealed column of {@code table}.{@code column}, or null when that column is stored readable. */
    public static SealedColumn of(String table, String column) {
        for (SealedColumn c : values()) {
            if (c.table.equals(table) && c.column.equals(column)) {
                return c;
            }
        }
        return null;
    }
}
