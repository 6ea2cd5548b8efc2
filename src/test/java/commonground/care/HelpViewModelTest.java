package commonground.care;

import commonground.shell.DatabaseThread;
import commonground.shell.Preferences;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Help page's state without a window: the country, and the form for people to call. */
class HelpViewModelTest {

    @TempDir
    Path dir;
    Database db;
    Preferences prefs;
    final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        prefs = Preferences.load(dir.resolve("preferences.properties"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private HelpViewModel model(String osCountry) throws Exception {
        return new HelpViewModel(HelpResources.load(), "", new SupportContactRepository(db),
                DatabaseThread.sameThread(), new YesDialogs(), prefs, saves::incrementAndGet, osCountry);
    }

    /** Answers every question with yes, and counts them. */
    final class YesDialogs implements commonground.shell.Dialogs {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            asked.incrementAndGet();
            return true;
        }

        @Override
        public java.util.Optional<Integer> choose(String title, String message, List<String> choices) {
            return java.util.Optional.of(0);
        }

        @Override
        public void inform(String title, String message) {
        }
    }

    final AtomicInteger asked = new AtomicInteger();

    @Test
    void theComputersCountryIsTheStartUnlessAnotherWasChosenAndAnUnlistedOneShowsTheDirectory() throws Exception {
        assertEquals("IE", model("IE").countryProperty().get());
        assertEquals(HelpResource.INTERNATIONAL, model("BR").countryProperty().get());
        assertEquals(List.of(HelpKind.DIRECTORY), model("BR").shown().stream().map(HelpResource::kind).toList());
        HelpViewModel m = model("IE");
        m.countryProperty().set("NZ");
        assertEquals("nz-emergency", m.shown().get(0).id());
        assertEquals("NZ", prefs.get(HelpViewModel.COUNTRY_KEY, ""));
        assertEquals(1, saves.get());
        assertEquals("NZ", model("IE").countryProperty().get(), "the choice is remembered");
        assertEquals("Another country", HelpViewModel.countryLabel(HelpResource.INTERNATIONAL));
    }

    @Test
    void problemsShowByTheFieldAndNothingTypedIsLostAndAGoodEntryIsSavedAndListed() throws Exception {
        HelpViewModel m = model("GB");
        m.nameProperty().set("");
        m.numberProperty().set("call me");
        m.save();
        assertEquals("Please give a name, so you know who this is.", m.nameErrorProperty().get());
        assertEquals("A number can hold digits, spaces and + ( ) - only.", m.numberErrorProperty().get());
        assertEquals("call me", m.numberProperty().get());
        m.nameProperty().set("Sam");
        m.numberProperty().set("07700 900123");
        m.save();
        assertEquals("", m.nameErrorProperty().get());
        assertEquals(List.of(new SupportContact(m.people().get(0).id(), "Sam", "07700 900123")), List.copyOf(m.people()));
        assertEquals("", m.nameProperty().get(), "the form is ready for the next person");

        m.edit(m.people().get(0));
        m.numberProperty().set("07700 900124");
        m.save();
        assertEquals("07700 900124", new SupportContactRepository(db).all().get(0).number());
        m.remove(m.people().get(0));
        assertTrue(m.people().isEmpty());
        assertEquals(1, asked.get(), "removing asks first");
        assertTrue(m.messageProperty().get().contains("Sam is no longer in your list"));
    }
}
