package commonground.longgame;

import java.util.List;
import java.util.stream.Stream;

/** What Who knows what says about the people on a situation's lists, and how it finds a name already there. */
final class ToldWords {

    private ToldWords() {
    }

    /** Someone else on the lists with the same name as {@code typed} (any case, any spacing), or null. */
    static ToldEntry sameName(String typed, ToldEntry changing, List<ToldEntry> told, List<ToldEntry> toTell) {
        String wanted = typed.strip().replaceAll("\\s+", " ");
        return Stream.concat(told.stream(), toTell.stream())
                .filter(e -> changing == null || e.id() != changing.id())
                .filter(e -> e.name().strip().replaceAll("\\s+", " ").equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }

    static String alreadyThere(ToldEntry e) {
        return e.name() + (e.toTell() ? " is already on the list of people still to tell. When they have "
                + "heard it, choose them there and press \u201cThey have been told today\u201d."
                : " is already on the list, told " + commonground.shell.Dates.day(e.toldOn())
                + ". To change it, choose them there and press Edit.")
                + " Someone else of that name? Add a word to tell them apart.";
    }

    /** The answer to Add or to keeping a change. */
    static String kept(ToldEntry added, boolean changed, boolean keptOther) {
        return keptOther ? "Your changes about " + added.name() + " are kept. " + WhoKnowsViewModel.ALSO_CHANGED
                : changed ? "Your changes about " + added.name() + " are kept."
                : added.toTell() ? added.name() + " is on the list of people still to tell."
                : "Kept. " + added.name() + " knows.";
    }

    /**
     * After someone is added to "still needs to hear it" whom the request to keep private names: that
     * request, quoted calmly. A reminder only; the entry is kept. Empty otherwise.
     */
    static String reminder(String request, ToldEntry added) {
        String asked = added.toTell() ? PrivateRequest.sentenceNaming(request, added.name()) : null;
        return asked == null ? "" : "A reminder of what they asked to keep private: \u201c" + asked + "\u201d "
                + added.name() + " is on the list; when, or whether, to tell is yours to decide.";
    }
}
