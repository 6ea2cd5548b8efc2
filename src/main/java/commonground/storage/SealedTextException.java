package commonground.storage;

/**
 * A sealed value failed its integrity check: it was changed, or moved from another row or column.
 * The text is never shown in that case. Also thrown for readable text found in a sealed column
 * while the lock is on ({@link #notSealed}): the app never writes that, so it is not shown as genuine.
 */
public final class SealedTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SealedTextException(SealedColumn column, long rowId) {
        super("A piece of locked text (" + column.table() + " " + rowId + ", " + column.column()
                + ") failed its integrity check, so it is not shown. The file may have been changed "
                + "outside the app; a backup can bring it back.");
    }

    /** Readable text where the lock keeps only sealed values: not written by the app, so not shown. */
    static SealedTextException notSealed(SealedColumn column, long rowId) {
        return new SealedTextException("A piece of text (" + column.table() + " " + rowId + ", " + column.column()
                + ") is stored readable where the lock keeps only sealed text, so it was not written by the app "
                + "and is not shown. The file may have been changed outside the app; a backup can bring it back.");
    }

    private SealedTextException(String message) {
        super(message);
    }
}
