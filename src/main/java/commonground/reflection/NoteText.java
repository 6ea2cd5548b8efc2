package commonground.reflection;

import commonground.storage.SealedColumn;

import java.util.Locale;

/** Rules about a note's text: its title, its word count, its size, and what a tag may be. */
public final class NoteText {

    /** The longest note the app keeps (a little under 2 million characters, about a thick book). */
    public static final int MAX_BODY = SealedColumn.NOTE_BODY.maxChars();
    public static final int MAX_TITLE = 120;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 20;
    /** Marks where a search match starts and ends in a snippet. */
    public static final char HIT_START = '\u0002';
    public static final char HIT_END = '\u0003';

    private NoteText() {
    }

    /** The first line with words in it, shortened; empty when the note has no words yet. */
    public static String title(String body) {
        if (body == null) {
            return "";
        }
        int start = 0;
        int length = body.length();
        while (start < length) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = body.substring(start, Math.min(end, start + 4 * MAX_TITLE)).strip();
            if (!line.isEmpty()) {
                return shorten(line);
            }
            start = end + 1;
        }
        return "";
    }

    private static String shorten(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_TITLE) {
            return line;
        }
        int cut = line.offsetByCodePoints(0, MAX_TITLE - 1);
        String kept = line.substring(0, cut).stripTrailing();
        // A cut right after a full stop ("I didn't.") reads as whole: no "….", which looks like a slip.
        return kept.matches("(?s).*[.!?\u2026]$") ? kept : kept + "…";
    }

    /** Words are runs of letters, digits and apostrophes, in any script. */
    public static int wordCount(String body) {
        if (body == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            boolean part = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || (inWord && (cp == '\'' || cp == '’'));
            if (part && !inWord) {
                words++;
            }
            inWord = part;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** A message to show when the text is too long to keep, or null when it is fine. */
    public static String problemWith(String body) {
        if (body != null && body.length() > MAX_BODY) {
            return "This note is longer than the app can keep (about " + (MAX_BODY / 1_000_000)
                    + " million characters). Your text is still here; moving part of it into a new note will let it save.";
        }
        return null;
    }

    /** A tag as stored: trimmed, without a leading '#', inner spaces kept single. Null when unusable. */
    public static String normalizeTag(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        t = t.replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > MAX_TAG) {
            return null;
        }
        return t.toLowerCase(Locale.ROOT);
    }
}
