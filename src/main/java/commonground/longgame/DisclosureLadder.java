package commonground.longgame;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import commonground.content.ContentException;
import commonground.content.ContentFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The suggested ladder of self-disclosures, from very small ("something I enjoyed today") to larger
 * ("something I've been worried about"), read from content and checked on load: every problem names
 * the file and the field.
 */
public final class DisclosureLadder {

    static final String RESOURCE = "/commonground/content/disclosure-ladder.yaml";
    static final int MAX_STEP = 300;

    /** A rung: its number from 1, a short name, a line on what it is, and suggested steps. */
    public record Rung(int rung, String name, String about, List<String> steps) {
        public Rung {
            steps = List.copyOf(steps);
        }
    }

    private final String reminder;
    private final List<Rung> rungs;

    private DisclosureLadder(String reminder, List<Rung> rungs) {
        this.reminder = reminder;
        this.rungs = List.copyOf(rungs);
    }

    /** Loads the built-in ladder. */
    public static DisclosureLadder load() throws ContentException {
        return check(RESOURCE, ContentFiles.readResource(RESOURCE, File.class));
    }

    /** Reads and checks ladder text that came from {@code source}. */
    public static DisclosureLadder parse(String source, String text) throws ContentException {
        return check(source, ContentFiles.parse(source, text, File.class));
    }

    /** "Asking nothing back is the point", in the file's words. */
    public String reminder() {
        return reminder;
    }

    public List<Rung> rungs() {
        return rungs;
    }

    /** The rung with this number, clamped to the ladder (1 is the first). */
    public Rung rung(int number) {
        return rungs.get(Math.max(1, Math.min(number, rungs.size())) - 1);
    }

    public int top() {
        return rungs.size();
    }

    private static DisclosureLadder check(String source, File file) throws ContentException {
        if (file.reminder() == null || file.reminder().isBlank()) {
            throw new ContentException(source, "missing required field 'reminder'");
        }
        if (file.rungs() == null || file.rungs().isEmpty()) {
            throw new ContentException(source, "field 'rungs' lists nothing");
        }
        if (file.rungs().size() > 9) {
            throw new ContentException(source, "field 'rungs' lists " + file.rungs().size() + " rungs; at most 9");
        }
        List<Rung> out = new ArrayList<>();
        for (int i = 0; i < file.rungs().size(); i++) {
            Entry e = file.rungs().get(i);
            String at = "rungs[" + i + "]";
            if (e == null) {
                throw new ContentException(source, at + ": the entry is empty");
            }
            if (e.rung() != i + 1) {
                throw new ContentException(source, at + ", field 'rung': expected " + (i + 1)
                        + " (rungs are numbered 1, 2, 3 ... in order), found " + e.rung());
            }
            if (e.name() == null || e.name().isBlank()) {
                throw new ContentException(source, at + ", field 'name': missing");
            }
            if (e.about() == null || e.about().isBlank()) {
                throw new ContentException(source, at + ", field 'about': missing; say in a line what this rung is");
            }
            if (e.steps() == null || e.steps().isEmpty()) {
                throw new ContentException(source, at + ", field 'steps': lists no steps");
            }
            for (int j = 0; j < e.steps().size(); j++) {
                String s = e.steps().get(j);
                if (s == null || s.isBlank()) {
                    throw new ContentException(source, at + ", field 'steps[" + j + "]': the step is empty");
                }
                if (s.strip().length() > MAX_STEP) {
                    throw new ContentException(source, at + ", field 'steps[" + j + "]': longer than " + MAX_STEP
                            + " characters");
                }
            }
            out.add(new Rung(e.rung(), e.name().strip(), e.about().strip(),
                    e.steps().stream().map(String::strip).toList()));
        }
        return new DisclosureLadder(file.reminder().strip(), out);
    }

    record File(String reminder, List<Entry> rungs) {
        @JsonCreator
        File(@JsonProperty("reminder") String reminder, @JsonProperty("rungs") List<Entry> rungs) {
            this.reminder = reminder;
            this.rungs = rungs;
        }
    }

    record Entry(int rung, String name, String about, List<String> steps) {
        @JsonCreator
        Entry(@JsonProperty(value = "rung", required = true) int rung, @JsonProperty("name") String name,
              @JsonProperty("about") String about, @JsonProperty("steps") List<String> steps) {
            this.rung = rung;
            this.name = name;
            this.about = about;
            this.steps = steps;
        }
    }
}
