package commonground.care;

import commonground.content.ContentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in help resources load and are complete; each broken file is refused with a message naming the entry and field. */
class HelpResourcesTest {

    @Test
    void theBuiltInResourcesLoadAndEveryOneHasASourceAndADate() throws ContentException {
        HelpResources resources = HelpResources.load();
        assertFalse(resources.all().isEmpty());
        for (HelpResource r : resources.all()) {
            assertTrue(r.source().startsWith("https://"), r.id());
            assertEquals(LocalDate.of(2026, 12, 1), r.checked(), r.id());
            assertTrue(r.hasPhone() || !r.website().isEmpty(), r.id());
        }
        assertTrue(resources.countries().contains("GB"));
        assertTrue(resources.all().stream().anyMatch(r -> r.kind() == HelpKind.DIRECTORY));
    }

    /**
     * A line for women only says so in its name, where the list shows it: a man looking for help
     * with abuse in the UK was shown Refuge's line with nothing telling him it is not for him.
     */
    @Test
    void anAbuseLineForWomenSaysSoInItsName() throws ContentException {
        for (HelpResource r : HelpResources.load().all()) {
            if (r.kind() == HelpKind.ABUSE && r.about().toLowerCase(Locale.ROOT).contains("for women")) {
                assertTrue(r.name().toLowerCase(Locale.ROOT).contains("women")
                        || r.name().toLowerCase(Locale.ROOT).contains("frauen")
                        || r.name().toLowerCase(Locale.ROOT).contains("femmes"), r.id() + " is named " + r.name());
            }
        }
    }

    @Test
    void aCountryShowsEmergencyFirstThenCrisisThenTheRestAndTheDirectoryLast() throws ContentException {
        List<HelpResource> gb = HelpResources.load().forCountry("GB");
        assertEquals(HelpKind.EMERGENCY, gb.get(0).kind());
        assertEquals(HelpKind.CRISIS, gb.get(1).kind());
        assertEquals(HelpKind.DIRECTORY, gb.get(gb.size() - 1).kind());
        for (int i = 1; i < gb.size(); i++) {
            assertTrue(gb.get(i - 1).kind().compareTo(gb.get(i).kind()) <= 0);
        }
        assertEquals("United Kingdom", HelpResources.countryName("GB"));
    }

    @Test
    void theCrisisLineIsASentenceWithTheNameAndTheNumber() throws ContentException {
        CrisisLine line = new DataCrisisLine(HelpResources.load());
        assertEquals("You can call Samaritans on 116\u00a0123.", line.forCountry(Locale.UK));
        String elsewhere = line.forCountry(new Locale("", "BR"));
        assertTrue(elsewhere.contains("Find A Helpline") && elsewhere.contains("findahelpline.com"), elsewhere);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing-number-and-website.yaml | entry 'no-way-to-reach' (resources[1]), field 'phone': give a phone number or a website",
        "bad-checked-date.yaml | entry 'late-date' (resources[0]), field 'checked': '2026-13-01' is not a date",
        "unknown-kind.yaml | entry 'odd-kind' (resources[0]), field 'kind': 'therapy' is not one of emergency, crisis",
        "duplicate-id.yaml | entry 'twice' (resources[1]), field 'id': the id 'twice' is used twice",
        "unknown-country.yaml | entry 'nowhere' (resources[0]), field 'country': 'XX' is not a country code",
        "number-with-letters.yaml | entry 'lettered' (resources[0]), field 'phone': '0800 HELP' is not a number",
    })
    void aBrokenFileIsRefusedWithTheFileTheEntryAndTheField(String file, String expected) throws IOException {
        String name = "/commonground/care/" + file;
        String text;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ContentException e = assertThrows(ContentException.class, () -> HelpResources.parse(name, text));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
