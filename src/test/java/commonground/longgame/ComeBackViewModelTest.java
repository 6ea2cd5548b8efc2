package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coming back: "How did it go?" keeps the answer and clears the item; the item itself opens in its module. */
class ComeBackViewModelTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private ComeBackViewModel model;
    private final List<String> shown = new ArrayList<>();
    private CheckIn first;
    private CheckIn second;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        Person dad = f.person("Dad");
        first = f.checkIn(dad, "2026-11-20T17:00:00Z", null, 0);
        second = f.checkIn(dad, "2026-11-21T17:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, first.uuid(), dad.id(), LocalDate.of(2026, 11, 28));
        f.comeBack.set(ComeBackDates.CHECK_IN, second.uuid(), dad.id(), LocalDate.of(2026, 12, 4));
        model = new ComeBackViewModel(f.comeBack, DatabaseThread.sameThread(), new Navigator() {
            @Override
            public void show(String moduleId) {
                shown.add(moduleId);
            }

            @Override
            public void show(String moduleId, String target) {
                shown.add(moduleId + " " + target);
            }
        }, f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long idOf(CheckIn c) {
        return f.comeBack.openUntil(LocalDate.of(2027, 1, 1)).stream().filter(i -> i.itemUuid().equals(c.uuid()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void openingFromHomeChoosesThatItemAndAnsweringKeepsTheAnswerAndClearsIt() {
        long secondId = idOf(second);
        model.open(secondId);
        assertEquals(secondId, model.selectedProperty().get().id());
        assertTrue(!model.isDue(model.selectedProperty().get()), "4 December is still ahead");
        model.answerProperty().set("She smiled when I brought tea.");
        model.revisit();
        assertEquals("Kept. Thank you for coming back to it.", model.messageProperty().get());
        assertEquals(1, model.items().size());
        assertEquals(first.uuid(), model.selectedProperty().get().itemUuid());
        assertEquals("", model.answerProperty().get(), "the next item starts with an empty answer");
        assertEquals("She smiled when I brought tea.", f.comeBack.find(secondId).orElseThrow().answer());
    }

    @Test
    void tooLongAnAnswerIsSaidAndKeptInTheFieldAndTheItemStays() {
        model.open(idOf(first));
        String tooLong = "a".repeat(ComeBack.MAX_ANSWER + 1);
        model.answerProperty().set(tooLong);
        model.revisit();
        assertTrue(model.messageProperty().get().contains("longer than"), model.messageProperty().get());
        assertEquals(tooLong, model.answerProperty().get());
        assertEquals(2, model.items().size());
    }

    @Test
    void openItOpensTheCheckInInCues() {
        model.open(idOf(first));
        model.openItem();
        assertEquals(List.of("cues check-in:" + first.id()), shown);
    }

    @Test
    void anAnswerGivenAfterAnotherComputerAnsweredIsKeptAndSaidSo() {
        long secondId = idOf(second);
        model.open(secondId);
        model.answerProperty().set("We had tea and he talked about the garden.");
        f.comeBack.revisit(secondId, "He talked for a while"); // as a sync brings the other computer's answer in
        model.revisit();
        assertEquals(ComeBackViewModel.ANSWERED_ELSEWHERE, model.messageProperty().get());
        assertTrue(model.items().stream().noneMatch(i -> i.id() == secondId), "answered: it leaves the list");
        assertEquals("He talked for a while", f.comeBack.find(secondId).orElseThrow().answer(),
                "the first answer stays the item's answer");
        assertEquals(1L, (long) f.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM conflict_copy WHERE row_table = 'come_back' "
                    + "AND text = 'We had tea and he talked about the garden.'"); var rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        }), "the answer typed here is kept, listed on the Sync page");
    }
}
