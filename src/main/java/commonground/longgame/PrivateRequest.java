package commonground.longgame;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the person at the centre asked to keep private, read for a name: when someone added to "still
 * needs to hear it" is named in the request ("Not to tell Auntie Pat until he knows more"), the
 * sentence that names them, to quote back calmly. It only reminds; the user decides.
 */
final class PrivateRequest {

    /** Words of a name that say how someone is related, not who they are: "Auntie" alone names nobody. */
    private static final Set<String> NOT_A_NAME = Set.of("aunt", "auntie", "aunty", "uncle", "cousin", "nan",
            "nana", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "grandmother", "grandfather",
            "mr", "mrs", "ms", "miss", "dr", "my", "his", "her", "their", "our", "the", "and", "of", "from",
            "sister", "brother", "friend", "neighbour", "neighbor");
    /** The longest quote; a longer sentence is cut at a word with an ellipsis. */
    private static final int LONGEST = 240;

    private PrivateRequest() {
    }

    /**
     * The sentence of {@code request} that names {@code name} (the whole name, or a word of it that is a
     * name rather than a relation), stripped; null when the request does not name them.
     */
    static String sentenceNaming(String request, String name) {
        if (request == null || request.isBlank() || name == null || name.isBlank()) {
            return null;
        }
        for (String sentence : request.strip().split("(?<=[.!?])\\s+|\\R+")) {
            if (names(sentence, name)) {
                String s = sentence.strip().replaceAll("\\s+", " ");
                return s.length() <= LONGEST ? s : s.substring(0, s.lastIndexOf(' ', LONGEST - 1)).strip() + "\u2026";
            }
        }
        return null;
    }

    private static boolean names(String sentence, String name) {
        if (contains(sentence, name.strip().replaceAll("\\s+", " "))) {
            return true;
        }
        for (String word : name.split("[^\\p{L}\\p{N}'\u2019-]+")) {
            if (word.length() >= 2 && !NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT)) && contains(sentence, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String sentence, String words) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(sentence).find();
    }
}
