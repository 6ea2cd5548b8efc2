package commonground.care;

/** The crisis line for a country, as a short sentence with its name and number. */
public interface CrisisLine {

    String forCountry(java.util.Locale locale);
}
