package commonground.care;

import java.util.Locale;
import java.util.Optional;

/**
 * The crisis line for a country from {@code help-resources.yaml}: its first crisis line, or else
 * the international directory, as one short sentence with the name and the number.
 */
public final class DataCrisisLine implements CrisisLine {

    private final HelpResources resources;

    public DataCrisisLine(HelpResources resources) {
        this.resources = resources;
    }

    @Override
    public String forCountry(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        Optional<HelpResource> line = resources.all().stream()
                .filter(r -> r.kind() == HelpKind.CRISIS && r.country().equals(country) && r.hasPhone())
                .findFirst();
        if (line.isPresent()) {
            HelpResource r = line.get();
            String hours = r.hours().isEmpty() ? "" : " (" + r.hours() + ")";
            // A number never breaks across lines in a narrow card.
            return "You can call " + r.name() + " on " + r.phone().replace(' ', '\u00a0') + hours + ".";
        }
        return resources.all().stream().filter(r -> r.kind() == HelpKind.DIRECTORY).findFirst()
                .map(r -> r.name() + " lists free helplines in many countries: " + r.website() + ".")
                .orElse("Your local emergency number is there if someone is in danger now.");
    }

    /**
     * The country's first domestic-abuse line with a number; else its emergency number; else
     * the general words of {@link CrisisLine#ABUSE_NEUTRAL}.
     */
    @Override
    public String abuseLineFor(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        Optional<HelpResource> abuse = first(HelpKind.ABUSE, country);
        if (abuse.isPresent()) {
            HelpResource r = abuse.get();
            String hours = r.hours().isEmpty() ? "" : " (" + r.hours() + ")";
            return "If someone is hurting you or you are afraid of them: " + r.name() + ", "
                    + r.phone().replace(' ', '\u00a0') + hours + ".";
        }
        return first(HelpKind.EMERGENCY, country)
                .map(r -> "If someone is hurting you or you are afraid of them and you are in danger now, call "
                        + r.phone().replace(' ', '\u00a0') + " (" + r.name() + ").")
                .orElse(ABUSE_NEUTRAL);
    }

    private Optional<HelpResource> first(HelpKind kind, String country) {
        return resources.all().stream()
                .filter(r -> r.kind() == kind && r.country().equals(country) && r.hasPhone()).findFirst();
    }
}
