package commonground.sync;

/** One conflict copy as the Sync page lists it: where it belongs, when it was written, and its text. */
public record ConflictItem(String id, String where, String when, String text) {
}
