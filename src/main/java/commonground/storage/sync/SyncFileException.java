package commonground.storage.sync;

/** A file of the sync folder that was refused: nothing in it was applied. The message names it. */
final class SyncFileException extends Exception {

    private static final long serialVersionUID = 1L;

    enum Reason { NOT_AUTHENTIC, NEWER_VERSION }

    private final Reason reason;
    private final String place;

    SyncFileException(Reason reason, String place, String message) {
        super(message);
        this.reason = reason;
        this.place = place;
    }

    Reason reason() {
        return reason;
    }

    String place() {
        return place;
    }
}
