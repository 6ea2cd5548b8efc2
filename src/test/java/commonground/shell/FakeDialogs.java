package commonground.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link Dialogs} for view-model tests: answers with what the test queued (Cancel when nothing
 * is queued) and remembers what was asked, so a test can check the words a person would read.
 */
public final class FakeDialogs implements Dialogs {

    /** One question as the person would see it. */
    public record Asked(String title, String message, List<String> choices) {
    }

    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<Integer>> chooseAnswers = new ArrayDeque<>();
    private final List<Asked> asked = new ArrayList<>();
    private final List<Asked> told = new ArrayList<>();

    /** The next {@code confirm} is answered with {@code yes}. */
    public FakeDialogs confirmNext(boolean yes) {
        confirmAnswers.add(yes);
        return this;
    }

    /** The next {@code choose} picks the choice at {@code index}. */
    public FakeDialogs chooseNext(int index) {
        chooseAnswers.add(Optional.of(index));
        return this;
    }

    /** The next {@code choose} is cancelled. */
    public FakeDialogs cancelNext() {
        chooseAnswers.add(Optional.empty());
        return this;
    }

    /** Every question asked so far (confirm and choose), oldest first. */
    public List<Asked> asked() {
        return asked;
    }

    /** The last question asked; fails when none was. */
    public Asked lastAsked() {
        if (asked.isEmpty()) {
            throw new AssertionError("no question was asked");
        }
        return asked.get(asked.size() - 1);
    }

    /** Everything the user was told through {@code inform}. */
    public List<Asked> told() {
        return told;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(new Asked(title, message, List.of(confirmLabel)));
        Boolean answer = confirmAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> choices) {
        asked.add(new Asked(title, message, List.copyOf(choices)));
        Optional<Integer> answer = chooseAnswers.poll();
        return answer == null ? Optional.empty() : answer;
    }

    @Override
    public void inform(String title, String message) {
        told.add(new Asked(title, message, List.of()));
    }
}
