package commonground.reflection;

import java.util.ArrayList;
import java.util.List;

/** The search and filters of the notes list in plain words, for the line above the list and an empty list. */
final class NoteFilterWords {

    private NoteFilterWords() {
    }

    /**
     * "the search \u201cwalk\u201d, the tag \u201cdad\u201d and the prompts \u201cGratitude\u201d", or
     * empty when nothing narrows the list.
     */
    static String describe(String typed, String tag, PromptGroup group) {
        List<String> parts = new ArrayList<>();
        String search = typed == null ? "" : typed.strip();
        if (!search.isEmpty()) {
            parts.add("the search \u201c" + search + "\u201d");
        }
        if (tag != null) {
            parts.add("the tag \u201c" + tag + "\u201d");
        }
        if (group != null) {
            parts.add("the prompts \u201c" + group.name() + "\u201d");
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * The line under the list: how many notes there are ("12 notes", "3 notes in the trash (kept
     * for 30 days)"), or while a search or filter narrows the list how many of them match ("1 note
     * matches", "No note in the trash matches"), so the figure never reads as all there is.
     */
    static String count(int n, boolean trash, boolean filtered) {
        String notes = n == 1 ? "1 note" : String.format("%,d notes", n);
        if (!filtered) {
            return notes + (trash ? " in the trash (kept for 30 days)" : "");
        }
        String where = trash ? " in the trash" : "";
        return n == 0 ? "No note" + where + " matches" : notes + where + (n == 1 ? " matches" : " match");
    }

    /** What an empty list says: never "no notes here yet" while a search or filter hides notes. */
    static String whenEmpty(String described, boolean trash) {
        if (!described.isEmpty()) {
            return (trash ? "No notes in the trash match " : "No notes match ") + described + ".";
        }
        return trash ? "The trash is empty." : "No notes here yet.";
    }

    /**
     * What is said over the open note when the search or filters {@code described} hide it from
     * the list, so it never looks lost; empty when it is listed, or when nothing is open or filtered.
     */
    static String whenOpenNoteHidden(String described, NoteListItem open, List<NoteListItem> listed) {
        if (open == null || described.isEmpty() || listed.stream().anyMatch(i -> i.id() == open.id())) {
            return "";
        }
        return "This note is kept, as you left it. It is not in the list because it does not match "
                + described + ".";
    }
}
