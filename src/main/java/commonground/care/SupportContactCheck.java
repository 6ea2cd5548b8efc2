package commonground.care;

import java.util.regex.Pattern;

/** What a name and a number for "people I can call" must be, with a plain message when they are not. */
public final class SupportContactCheck {

    public static final int MAX_NAME = 100;
    public static final int MAX_NUMBER = 40;
    private static final Pattern NUMBER = Pattern.compile("[0-9 +()\\-.]*");

    private SupportContactCheck() {
    }

    /** The problem with the name, or null when it is fine. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Please give a name, so you know who this is.";
        }
        if (name.strip().length() > MAX_NAME) {
            return "A name can be up to " + MAX_NAME + " characters; this one has " + name.strip().length() + ".";
        }
        return null;
    }

    /** The problem with the number, or null when it is fine. */
    public static String numberProblem(String number) {
        if (number == null || number.isBlank()) {
            return "Please give a number to call.";
        }
        String n = number.strip();
        if (n.length() > MAX_NUMBER) {
            return "A number can be up to " + MAX_NUMBER + " characters.";
        }
        if (!NUMBER.matcher(n).matches() || n.chars().noneMatch(Character::isDigit)) {
            return "A number can hold digits, spaces and + ( ) - only.";
        }
        return null;
    }
}
