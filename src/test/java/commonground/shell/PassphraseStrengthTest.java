package commonground.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hint shown under the passphrase while it is typed. */
class PassphraseStrengthTest {

    @Test
    void shortKnownOrRepetitivePassphrasesAreCalledWhatTheyAre() {
        assertEquals(PassphraseStrength.EMPTY, PassphraseStrength.of(""));
        assertEquals(PassphraseStrength.TOO_SHORT, PassphraseStrength.of("river"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("password123"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("aaaaaaaaaaaa"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("riverbed"));
    }

    @Test
    void moreUnrelatedWordsMakeAStrongerPassphrase() {
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("river cedar lantern"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("slow river at dusk again"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("slow river at dusk"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("river cedar"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("q8#Vn2!kLw9z"), "a long random string");
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("k3v9q2m8"));
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("k3v9q2m8Xp"));
    }
}
