package commonground.cues;

import commonground.storage.SealedColumn;

/** The four lists of a person's comfort map. */
public enum ComfortList {
    ENGAGES("Topics they engage with"),
    DECLINES("Topics they decline (boundaries to respect)"),
    ENJOYS("Activities they enjoy"),
    HELPS("What helps");

    public static final int MAX_ITEM = SealedColumn.COMFORT_ITEM.maxChars();
    public static final int MAX_ITEMS = 100;

    private final String label;

    ComfortList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
