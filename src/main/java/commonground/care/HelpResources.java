package commonground.care;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emergency numbers, crisis lines and other support by country, read from
 * {@code help-resources.yaml} and checked on load. Every problem names the file, the entry and
 * the field. A number is only listed once it was confirmed on the service's own page.
 */
public final class HelpResources {

    public static final String RESOURCE = "/commonground/content/help-resources.yaml";

    /** Said wherever a country's list has no emergency number of its own (and for "Another country"). */
    public static final String LOCAL_EMERGENCY = "Call your local emergency number. In most of Europe it is 112.";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<HelpResource> resources;

    private HelpResources(List<HelpResource> resources) {
        this.resources = List.copyOf(resources);
    }

    /** Loads the built-in resources. */
    public static HelpResources load() throws ContentException {
        return check(RESOURCE, ContentFiles.readResource(RESOURCE, File.class));
    }

    /** No resources at all: what the Help page works from when the file could not be read. */
    public static HelpResources none() {
        return new HelpResources(List.of());
    }

    /** Reads and checks resource text that came from {@code source}. */
    public static HelpResources parse(String source, String text) throws ContentException {
        return check(source, ContentFiles.parse(source, text, File.class));
    }

    /** Every resource, in the file's order. */
    public List<HelpResource> all() {
        return resources;
    }

    /** The countries with resources of their own, in the file's order (two-letter codes). */
    public List<String> countries() {
        Set<String> codes = new LinkedHashSet<>();
        resources.stream().map(HelpResource::country).filter(c -> !c.equals(HelpResource.INTERNATIONAL))
                .forEach(codes::add);
        return List.copyOf(codes);
    }

    /** The country's name in English, e.g. "United Kingdom" for GB. */
    public static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /**
     * What to show for a country: its own resources and the international ones, emergency first,
     * then crisis lines, grief, abuse support, counselling and directories (file order within each).
     */
    public List<HelpResource> forCountry(String code) {
        return resources.stream()
                .filter(r -> r.country().equals(code) || r.country().equals(HelpResource.INTERNATIONAL))
                .sorted(Comparator.comparing(HelpResource::kind))
                .toList();
    }

    private static HelpResources check(String source, File file) throws ContentException {
        if (file.resources().isEmpty()) {
            throw new ContentException(source, "field 'resources' lists nothing");
        }
        Set<String> seenIds = new HashSet<>();
        List<HelpResource> out = new ArrayList<>();
        for (int i = 0; i < file.resources().size(); i++) {
            Entry e = file.resources().get(i);
            String at = "resources[" + i + "]";
            if (e == null || blank(e.id())) {
                throw new ContentException(source, at + ": missing required field 'id'");
            }
            String where = "entry '" + e.id() + "' (" + at + ")";
            if (!ID.matcher(e.id()).matches()) {
                throw problem(source, where, "id",
                        "use lower-case letters, digits and hyphens, such as 'gb-samaritans'");
            }
            if (!seenIds.add(e.id())) {
                throw problem(source, where, "id", "the id '" + e.id() + "' is used twice");
            }
            if (blank(e.country())) {
                throw problem(source, where, "country", "missing; give a two-letter code such as GB, or INT");
            }
            if (!e.country().equals(HelpResource.INTERNATIONAL) && !COUNTRIES.contains(e.country())) {
                throw problem(source, where, "country", "'" + e.country() + "' is not a country code; use two "
                        + "capital letters such as GB or IE, or INT for every country");
            }
            HelpKind kind = HelpKind.fromId(e.kind()).orElseThrow(() -> problem(source, where, "kind",
                    "'" + e.kind() + "' is not one of " + HelpKind.ids()));
            if (blank(e.name())) {
                throw problem(source, where, "name", "missing");
            }
            if (blank(e.about())) {
                throw problem(source, where, "about", "missing; say in a few words what it is for");
            }
            if (blank(e.phone()) && blank(e.website())) {
                throw problem(source, where, "phone", "give a phone number or a website (neither is given)");
            }
            checkNumber(source, where, "phone", e.phone());
            checkNumber(source, where, "text", e.text());
            checkLink(source, where, "website", e.website(), false);
            checkLink(source, where, "source", e.source(), true);
            out.add(new HelpResource(e.id(), e.country(), kind, e.name().strip(), e.about().strip(),
                    strip(e.phone()), strip(e.text()), strip(e.website()), strip(e.hours()), e.source().strip(),
                    checkedDate(source, where, e.checked())));
        }
        return new HelpResources(out);
    }

    private static void checkNumber(String source, String where, String field, String value) throws ContentException {
        if (!blank(value) && !NUMBER.matcher(value.strip()).matches()) {
            throw problem(source, where, field, "'" + value + "' is not a number; use digits, spaces, +, ( ) "
                    + "and - only, and say any word to text in 'about'");
        }
    }

    private static void checkLink(String source, String where, String field, String value, boolean required)
            throws ContentException {
        if (blank(value)) {
            if (required) {
                throw problem(source, where, field, "missing; give the address of the service's own page "
                        + "the number was confirmed on");
            }
            return;
        }
        if (!value.strip().startsWith("https://") && !value.strip().startsWith("http://")) {
            throw problem(source, where, field, "'" + value + "' is not a web address starting with https://");
        }
    }

    private static LocalDate checkedDate(String source, String where, String value) throws ContentException {
        if (blank(value)) {
            throw problem(source, where, "checked", "missing; give the date the number was confirmed, "
                    + "such as 2026-12-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw problem(source, where, "checked", "'" + value + "' is not a date like 2026-12-01");
        }
    }

    private static ContentException problem(String source, String where, String field, String message) {
        return new ContentException(source, where + ", field '" + field + "': " + message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    record File(List<Entry> resources) {
        @JsonCreator
        File(@JsonProperty(value = "resources", required = true) List<Entry> resources) {
            this.resources = resources == null ? List.of() : new ArrayList<>(resources);
        }
    }

    record Entry(String id, String country, String kind, String name, String about, String phone, String text,
                 String website, String hours, String source, String checked) {
        @JsonCreator
        Entry(@JsonProperty(value = "id", required = true) String id,
              @JsonProperty(value = "country", required = true) String country,
              @JsonProperty(value = "kind", required = true) String kind,
              @JsonProperty(value = "name", required = true) String name,
              @JsonProperty(value = "about", required = true) String about,
              @JsonProperty("phone") String phone,
              @JsonProperty("text") String text,
              @JsonProperty("website") String website,
              @JsonProperty("hours") String hours,
              @JsonProperty(value = "source", required = true) String source,
              @JsonProperty(value = "checked", required = true) String checked) {
            this.id = id;
            this.country = country;
            this.kind = kind;
            this.name = name;
            this.about = about;
            this.phone = phone;
            this.text = text;
            this.website = website;
            this.hours = hours;
            this.source = source;
            this.checked = checked;
        }
    }
}
