package commonground.storage;

/**
 * A sealed value failed its integrity check: it was changed, or moved from another row or column.
 * The text is never shown in that case.
 */
public final class SealedTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SealedTextException(SealedColumn column, long rowId) {
        super("A piece of locked text (" + column.table() + " " + rowId + ", " + column.column()
                + ") failed its integrity check, so it is not shown. The file may have been changed "
                + "outside the app; a backup can bring it back.");
    }
}
