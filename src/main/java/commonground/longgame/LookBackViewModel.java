package commonground.longgame;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Navigator;
import commonground.storage.PrivateFiles;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Looking back" for one person: month by month, their check-ins and signs of comfort, good
 * moments, the further series (such as disclosure steps) and the user's own needs; a few plain
 * sentences; Markdown to save; and, once, the reflection on stepping back.
 */
public final class LookBackViewModel {

    /** What was read and worked out for a person, handed back to the JavaFX thread at once. */
    record Loaded(Person person, List<MonthFigures> months, List<String> sentences, String markdown, boolean stepBack) {
    }

    private final PeopleRepository people;
    private final LookBackRepository repository;
    private final OfferRepository offers;
    private final List<LookBackSeries> more;
    private final DatabaseThread dbThread;
    private final Navigator navigator;
    private final Clock clock;
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObservableList<MonthFigures> months = FXCollections.observableArrayList();
    private final ObservableList<String> sentences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyBooleanWrapper stepBack = new ReadOnlyBooleanWrapper(this, "stepBack", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long wanted;

    public LookBackViewModel(PeopleRepository people, LookBackRepository repository, OfferRepository offers,
                             List<LookBackSeries> more, DatabaseThread dbThread, Navigator navigator, Clock clock) {
        this.people = people;
        this.repository = repository;
        this.offers = offers;
        this.more = List.copyOf(more);
        this.dbThread = dbThread;
        this.navigator = navigator;
        this.clock = clock;
        person.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                load(now);
            }
        });
    }

    public void reload() {
        dbThread.run(people::active, loaded -> {
            long keep = wanted != 0 ? wanted : person.get() == null ? 0 : person.get().id();
            wanted = 0;
            persons.setAll(loaded);
            Person chosen = loaded.stream().filter(p -> p.id() == keep).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0));
            if (chosen != null && person.get() != null && chosen.id() == person.get().id()) {
                load(chosen);
            }
            person.set(chosen);
            if (chosen == null) {
                clearFigures();
            }
        }, error -> message.set("The people could not be read just now. " + error.getMessage()));
    }

    /**
     * The app is locking: the figures, sentences and Markdown (which name activities the user wrote)
     * and the people read are dropped, to be read again when shown after unlocking, for the same person.
     */
    public void onLock() {
        if (person.get() != null && wanted == 0) {
            wanted = person.get().id();
        }
        person.set(null);
        persons.clear();
        months.clear();
        sentences.clear();
        markdown.set("");
        stepBack.set(false);
        message.set("");
    }

    /** Shows this person's look-back (as a link from elsewhere asks). */
    public void showPerson(long personId) {
        wanted = personId;
        reload();
    }

    private void clearFigures() {
        months.clear();
        sentences.setAll("When you add someone under People, their months will show here.");
        markdown.set("");
        stepBack.set(false);
    }

    private void load(Person p) {
        LocalDate today = LocalDate.now(clock);
        dbThread.run(() -> compute(p, today), this::show,
                error -> message.set("The look-back for " + commonground.people.Namesakes.tellApart(p, persons) + " could not be read just now. " + error.getMessage()));
    }

    /** Reads and works out everything for a person; runs on the database thread. */
    Loaded compute(Person p, LocalDate today) {
        LookBackData data = repository.read(p.id(), p.name());
        Map<String, List<LocalDate>> extra = new LinkedHashMap<>();
        for (LookBackSeries s : more) {
            extra.put(s.name(), s.days(p.id()));
        }
        List<MonthFigures> figures = LookBack.months(data, extra, clock.getZone(), today);
        List<String> words = new java.util.ArrayList<>(LookBackSentences.of(figures, p.name(), YearMonth.from(today)));
        // Markdown is made to be saved and shared: the safety answer never goes into it.
        String md = LookBackMarkdown.render(p.name(), words, figures, List.copyOf(extra.keySet()));
        List<ComeBack> answers = repository.answers(p.id());
        if (!answers.isEmpty()) {
            if (figures.isEmpty()) {
                words.clear(); // "Nothing kept yet" would not be true
            }
            answers.stream().limit(ANSWERS_SHOWN).map(a -> answerSentence(a, clock.getZone())).forEach(words::add);
        }
        if (p.safetyFirst()) {
            // Safety first: the line the app says everywhere, and no reflection framed around patience.
            words.add(0, commonground.care.SafetyNotice.instead(p.name(), p.safety()) + " "
                    + commonground.care.SafetyNotice.HELP_POINTER);
        }
        boolean offer = !p.safetyFirst() && StepBack.isTime(data, clock.getZone(), today)
                && !offers.made(p.id(), OfferRepository.STEP_BACK);
        return new Loaded(p, figures, words, md, offer);
    }

    /** How many of the latest "How did it go?" answers the look-back shows. */
    static final int ANSWERS_SHOWN = 3;

    /** "You came back to a check-in with Sam on 1 Dec 2026: “Kept. Thank you”". */
    static String answerSentence(ComeBack a, java.time.ZoneId zone) {
        String on = commonground.shell.Dates.day(a.revisitedAt(), zone);
        String what = a.about().isEmpty() ? a.about()
                : Character.toLowerCase(a.about().charAt(0)) + a.about().substring(1);
        String head = "You came back to " + what + " on " + on;
        return a.answer().isBlank() ? head + "." : head + ": \u201c" + a.answer() + "\u201d";
    }

    private void show(Loaded loaded) {
        if (person.get() == null || person.get().id() != loaded.person().id()) {
            return;
        }
        months.setAll(loaded.months());
        sentences.setAll(loaded.sentences());
        markdown.set(loaded.markdown());
        stepBack.set(loaded.stepBack());
        message.set("");
    }

    /** Closes the reflection on stepping back; it is not offered again for this person. */
    public void closeStepBack() {
        Person p = person.get();
        stepBack.set(false);
        if (p != null) {
            dbThread.run(() -> {
                offers.markMade(p.id(), OfferRepository.STEP_BACK);
                return null;
            }, ok -> { }, error -> message.set("This could not be noted; it may be offered again. " + error.getMessage()));
        }
    }

    /** Follows the link to "Where this need can be met" in Reflection; the offer is then not made again. */
    public void openWhereNeedsAreMet() {
        closeStepBack();
        navigator.show("reflection", "needs");
    }

    /** Writes the Markdown to {@code file}, away from the JavaFX thread. */
    public void saveMarkdown(Path file) {
        String text = markdown.get();
        dbThread.run(() -> {
            PrivateFiles.writeString(file, text);
            return null;
        }, ok -> message.set("Saved to " + file + "."),
                error -> message.set("The look-back could not be saved there: " + error.getMessage()));
    }

    /** Says how printing went (the view prints; there may be no printer at all). */
    public void printed(boolean done, boolean printerFound) {
        message.set(!printerFound ? "No printer was found. You can save the look-back as a text file instead."
                : done ? "Sent to the printer." : "Printing was stopped; nothing was printed.");
    }

    public String suggestedFileName() {
        Person p = person.get();
        return "looking-back" + (p == null ? "" : "-" + p.name().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(java.util.Locale.ROOT))
                + ".md";
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public ObservableList<MonthFigures> months() {
        return months;
    }

    public ObservableList<String> sentences() {
        return sentences;
    }

    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stepBackProperty() {
        return stepBack.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
