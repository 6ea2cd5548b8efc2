package commonground.care;

import java.util.Locale;

/**
 * Where to find someone to talk to now, for the user's country: one line of text shown on the
 * gentle notice. The Help and support page provides the real numbers; until it is wired in,
 * {@link #NEUTRAL} points there.
 */
@FunctionalInterface
public interface CrisisLine {

    /** Points to Help and support, which lists crisis lines by country. */
    CrisisLine NEUTRAL = locale -> "Open Help and support (F1) for crisis lines in your country";

    /** One line saying whom to call or write to in {@code locale}'s country. */
    String forCountry(Locale locale);

    /**
     * One line for someone in danger from another person (abuse, violence, fear of someone) in
     * {@code locale}'s country: its domestic-abuse line, shown beside the crisis line.
     */
    default String abuseLineFor(Locale locale) {
        return ABUSE_NEUTRAL;
    }

    /** When no abuse line or emergency number is known for the country. */
    String ABUSE_NEUTRAL = "If someone is hurting you or you are afraid of them, call your local emergency number "
            + "if you are in danger now. Help and support (F1) lists where to turn.";
}
