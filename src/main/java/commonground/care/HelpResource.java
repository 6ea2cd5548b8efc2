package commonground.care;

import java.time.LocalDate;

/**
 * One place to turn to: an emergency number, a crisis line, grief or abuse support, a way to find
 * a counsellor, or a directory. {@code phone}, {@code text}, {@code hours} and {@code website} may
 * be empty, but never both the phone and the website. {@code source} is the service's own page
 * the number was confirmed on, on {@code checked}.
 */
public record HelpResource(String id, String country, HelpKind kind, String name, String about, String phone,
                           String text, String website, String hours, String source, LocalDate checked) {

    /** The country code of resources for everyone, wherever they are. */
    public static final String INTERNATIONAL = "INT";

    public boolean hasPhone() {
        return !phone.isEmpty();
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
