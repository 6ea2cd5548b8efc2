package commonground.people;

import java.util.List;
import java.util.Map;

/** What People asks before removing someone: archive them (everything kept) or delete them. */
record RemoveQuestion(String title, String text, List<String> choices) {

    /**
     * The question about {@code person}, named as {@code told} (which tells namesakes apart), with
     * how many things are recorded about them, by kind.
     */
    static RemoveQuestion about(Person person, String told, Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String records = total == 0 ? "Nothing has been recorded about them yet."
                : "There " + (total == 1 ? "is 1 thing" : "are " + total + " things")
                + " recorded about them (walkthroughs, check-ins, notes).";
        String text = records + "\n\nArchiving hides " + person.shownName() + " from lists and keeps everything, "
                + "so you can bring them back later. Deleting removes them"
                + (total == 0 ? "." : " and everything recorded about them, for good.");
        return new RemoveQuestion("Remove " + told + "?", text,
                List.of("Archive", total == 0 ? "Delete" : "Delete with their records"));
    }
}
