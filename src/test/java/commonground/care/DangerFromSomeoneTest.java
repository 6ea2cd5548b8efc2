package commonground.care;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Danger from another person gets the country's domestic-abuse line beside the crisis line. */
class DangerFromSomeoneTest {

    private static final String TRIAL_NOTE = "Sam shouted at me again last night and threw my phone. "
            + "I am scared to go home. Sometimes I feel like I do not want to be here anymore.";

    private final DistressSignals signals = new DistressSignals();

    @Test
    void beingHurtThreatenedOrAfraidOfSomeoneIsTold() {
        assertTrue(signals.dangerFromSomeone(TRIAL_NOTE));
        assertTrue(signals.dangerFromSomeone("He hit me again last night."));
        assertTrue(signals.dangerFromSomeone("She said she'd hurt me if I tell anyone."));
        assertTrue(signals.dangerFromSomeone("I'm terrified of my husband."));
        assertTrue(signals.dangerFromSomeone("He won't let me leave the house."));
        assertTrue(signals.dangerFromSomeone("He hit me. And I want to die."), "both at once");
    }

    @Test
    void ownDistressAndOrdinaryWordsAreNotDangerFromSomeone() {
        assertTrue(signals.concerning("Some days I think everyone would be better off without me."));
        assertFalse(signals.dangerFromSomeone("Some days I think everyone would be better off without me."));
        assertFalse(signals.dangerFromSomeone("He has never hit me."));
        assertFalse(signals.dangerFromSomeone("We watched the cricket and he laughed."));
        assertFalse(signals.dangerFromSomeone(""));
        assertFalse(signals.dangerFromSomeone(null));
    }

    @Test
    void theLineIsTheCountrysAbuseLineElseItsEmergencyNumberElseGeneralWords() throws Exception {
        DataCrisisLine lines = new DataCrisisLine(HelpResources.load());
        String uk = lines.abuseLineFor(Locale.UK);
        assertTrue(uk.contains("National Domestic Abuse Helpline") && uk.contains("0808\u00a02000\u00a0247"), uk);
        String other = lines.abuseLineFor(new Locale("", "ZZ"));
        assertEquals(CrisisLine.ABUSE_NEUTRAL, other);
        for (String country : HelpResources.load().countries()) {
            String line = lines.abuseLineFor(new Locale("", country));
            assertFalse(line.contains("!"), line);
        }
    }

    @Test
    void theNoticeSaysWhenTheDangerIsFromSomeone() {
        StringProperty text = new SimpleStringProperty("");
        CrisisLine line = new CrisisLine() {
            @Override
            public String forCountry(Locale locale) {
                return "crisis";
            }

            @Override
            public String abuseLineFor(Locale locale) {
                return "abuse";
            }
        };
        CareNotices care = new CareNotices(null, null, line);
        DistressNotice notice = new DistressNotice(care, "note", text);
        text.set("Some days I think everyone would be better off without me.");
        assertTrue(notice.showingProperty().get());
        assertFalse(notice.fromSomeoneProperty().get());
        text.set(TRIAL_NOTE);
        assertTrue(notice.showingProperty().get());
        assertTrue(notice.fromSomeoneProperty().get());
        assertEquals("abuse", notice.abuseLineText());
        notice.dismiss();
        assertFalse(notice.fromSomeoneProperty().get(), "a dismissed notice shows neither line");
    }
}
