package commonground.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Home's cards use a wide window at large text: two to a row when they fit, not one beside empty space. */
class HomeCardWidthTest {

    @Test
    void atOneAndAHalfTimesTheTextTwoCardsShareAWindowThatOnceHeldOne() {
        double em = 21; // 14 px at 150 %
        double width = 713; // the row in the trial's 1440-wide window
        double card = HomeModule.cardWidth(width, em, 12);
        assertEquals(2, (int) Math.floor((width + 12) / (card + 12)), "two cards to a row, card " + card);
    }

    @Test
    void atTheNormalSizeTheCardsKeepTheirWidthAndANarrowRowKeepsOne() {
        assertEquals(HomeModule.CARD_EM * 14, HomeModule.cardWidth(900, 14, 12), 0.001);
        assertEquals(300, HomeModule.cardWidth(300, 21, 12), 0.001, "one card, no wider than the row");
    }
}
