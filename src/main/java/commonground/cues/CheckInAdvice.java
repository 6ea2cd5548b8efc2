package commonground.cues;

import commonground.care.SafetyNotice;
import commonground.content.Practice;
import commonground.content.Practices;
import commonground.people.Person;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the check-in form suggests for the cues ticked: the cues with their gentle words and the
 * practices that fit. For a person the user said they may be afraid of (or was not sure), advice
 * about waiting and staying close is left out, only looking after yourself stays, and a line
 * says why.
 */
final class CheckInAdvice {

    /** The practice that stays on offer when safety comes first: looking after yourself. */
    static final String SELF_CARE = "self-care";

    private final ObservableList<Cue> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Practice> practices = FXCollections.observableArrayList();
    /** Non-empty for a person the user said they sometimes feel afraid of (or was not sure). */
    private final ReadOnlyStringWrapper safetyNote = new ReadOnlyStringWrapper(this, "safetyNote", "");

    private static boolean safetyFirst(Person person) {
        return person != null && person.safetyFirst();
    }

    List<String> acknowledgementsFor(Person person, Cue cue) {
        return safetyFirst(person) ? List.of() : cue.text().acknowledgements();
    }

    String nonverbalFor(Person person, Cue cue) {
        return safetyFirst(person) ? "" : cue.text().nonverbal();
    }

    ReadOnlyStringProperty safetyNoteProperty() {
        return safetyNote.getReadOnlyProperty();
    }

    ObservableList<Cue> suggestions() {
        return suggestions;
    }

    ObservableList<Practice> practices() {
        return practices;
    }

    /** Works the suggestions out again for {@code person} and the cues ticked ({@code catalogue} may be null). */
    void update(Person person, Collection<String> tickedKeys, Function<String, Optional<Cue>> cues, Practices catalogue) {
        boolean safety = safetyFirst(person);
        safetyNote.set(safety ? SafetyNotice.instead(person.name(), person.safety()) : "");
        List<Cue> chosen = new ArrayList<>();
        Set<String> practiceIds = new LinkedHashSet<>();
        for (String key : tickedKeys) {
            cues.apply(key).ifPresent(cue -> {
                chosen.add(cue);
                practiceIds.addAll(cue.practices());
            });
        }
        suggestions.setAll(chosen);
        if (safety && !chosen.isEmpty()) {
            practiceIds.add(SELF_CARE);
        }
        List<Practice> fitting = new ArrayList<>();
        if (catalogue != null) {
            for (String id : practiceIds) {
                if (safety && !SELF_CARE.equals(id)) {
                    continue;
                }
                catalogue.find(id).ifPresent(fitting::add);
            }
        }
        practices.setAll(fitting);
    }
}
