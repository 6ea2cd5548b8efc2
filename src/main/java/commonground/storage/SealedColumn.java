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
    /** The other version of a text changed on two computers (sync); as long as the longest text. */
    CONFLICT_COPY_TEXT("conflict_copy", "text", 2_000_000),
    /** This computer's copy of the sync key, as Base64 (so the lock keeps it sealed like the rest). */
    SYNC_KEY("sync_setting", "sync_key", 100);

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
