package commonground.reflection;

/**
 * Which notes the list shows: optionally only those with a tag, only those from one prompt group,
 * and either the notes in use or those in the trash.
 */
public record NoteFilter(String tag, String promptGroup, boolean trash) {

    public static final NoteFilter ALL = new NoteFilter(null, null, false);

    public NoteFilter {
        tag = tag == null || tag.isBlank() ? null : tag;
        promptGroup = promptGroup == null || promptGroup.isBlank() ? null : promptGroup;
    }
}
