package commonground.storage;

/**
 * The columns that hold free text the user writes. With the passphrase lock on, each value is
 * stored sealed ({@link FieldCipher}) instead of as readable text. {@code maxChars} is the limit
 * on the readable text, checked before sealing (the schema can only check readable text).
 */
public enum SealedColumn {
    NOTE_TITLE("note", "title", 200),
    NOTE_BODY("note", "body", 2_000_000),
    SCENARIO_ANSWER("scenario_answer", "answer", 20_000),
    CHECK_IN_CONTEXT("check_in", "context", 1_000),
    CHECK_IN_NOTE("check_in", "note", 20_000),
    CHECK_IN_RESPONSE("check_in", "response", 20_000),
    COMFORT_ITEM("comfort_item", "text", 200),
    NEEDS_CHECKIN_NOTE("needs_checkin", "note", 5_000),
    NEED_SOURCE_LABEL("need_source", "label", 200),
    MESSAGE_DRAFT("message_draft", "body", 100_000),
    PERSON_NOTE("person", "note", 20_000),
    SUPPORT_CONTACT_NAME("support_contact", "name", 100),
    SUPPORT_CONTACT_NUMBER("support_contact", "number", 40),
    /** The answer to the safety question ("do you ever feel afraid of them"), a short code or empty. */
    PERSON_SAFETY("person", "safety", 20),
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
