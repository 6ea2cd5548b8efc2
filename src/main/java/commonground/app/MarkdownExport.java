package commonground.app;

import commonground.storage.PrivateFiles;
import commonground.content.ContentException;
import commonground.content.Practices;
import commonground.reflection.Note;
import commonground.reflection.NoteFilter;
import commonground.reflection.NoteListItem;
import commonground.scenarios.PlanMarkdown;
import commonground.scenarios.Scenario;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRun;
import commonground.scenarios.Step;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A folder of Markdown files for reading: one per note (trash left out) in {@code notes/}, and
 * one per finished walkthrough in {@code walkthroughs/}. Run off the JavaFX thread.
 */
final class MarkdownExport {

    /** How many files of each kind were written. */
    record Written(int notes, int walkthroughs) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    private final NoteRepository notes;
    private final ScenarioRepository scenarios;
    private final ScenarioLibrary library;
    private final Practices practices;
    /** With the lock on, file names say only the date and the kind, never a title. */
    private boolean neutralNames;

    MarkdownExport(NoteRepository notes, ScenarioRepository scenarios, ScenarioLibrary library, Practices practices) {
        this.notes = notes;
        this.scenarios = scenarios;
        this.library = library;
        this.practices = practices;
    }

    /**
     * Names files by date and kind only ("2026-11-20-note.md"), as when the lock is on: a folder
     * listing then tells nothing of what was written, even where the files themselves are kept.
     */
    MarkdownExport withNeutralNames(boolean neutral) {
        this.neutralNames = neutral;
        return this;
    }

    Written writeTo(Path folder) throws IOException, ContentException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("That is a file, not a folder: " + folder + ". Please name a folder for the export.");
        }
        Path noteDir = PrivateFiles.folder(folder.resolve("notes"));
        Path runDir = PrivateFiles.folder(folder.resolve("walkthroughs"));
        int noteCount = 0;
        Set<String> used = new HashSet<>();
        NoteListItem after = null;
        while (true) {
            List<NoteListItem> page = notes.page(NoteFilter.ALL, after, 200);
            if (page.isEmpty()) {
                break;
            }
            for (NoteListItem item : page) {
                Optional<Note> note = notes.find(item.id());
                if (note.isPresent()) {
                    write(noteDir, name(DAY.format(item.createdAt()), neutralNames ? null : item.title(), "note", used), render(note.get()));
                    noteCount++;
                }
            }
            after = page.get(page.size() - 1);
        }
        int runCount = 0;
        for (ScenarioRun run : scenarios.runs()) {
            if (!run.finished()) {
                continue;
            }
            Scenario scenario = library.scenarioOf(run);
            List<Step> steps = run.path().stream().map(scenario::step).flatMap(Optional::stream).toList();
            String md = PlanMarkdown.render(run, steps, scenarios.answers(run.id()), practices);
            write(runDir, name(DAY.format(run.startedAt()), neutralNames ? null : run.scenarioTitle(), "walkthrough",
                    used), md);
            runCount++;
        }
        return new Written(noteCount, runCount);
    }

    private static String render(Note note) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(note.title().isBlank() ? "A note" : note.title()).append("\n\n");
        md.append("*Written ").append(WHEN.format(note.createdAt()));
        if (!note.updatedAt().equals(note.createdAt())) {
            md.append(", last changed ").append(WHEN.format(note.updatedAt()));
        }
        md.append("*");
        if (!note.tags().isEmpty()) {
            md.append(" · ").append(String.join(", ", note.tags().stream().map(t -> "#" + t).toList()));
        }
        md.append("\n\n").append(note.body().strip()).append("\n");
        return md.toString();
    }

    /** A readable, unique, portable file name: date, then the title made safe for any file system. */
    static String name(String day, String title, String fallback, Set<String> used) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-$", "");
        }
        String base = day + "-" + (plain.isEmpty() ? fallback : plain);
        String candidate = base + ".md";
        for (int i = 2; !used.add(candidate); i++) {
            candidate = base + "-" + i + ".md";
        }
        return candidate;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        PrivateFiles.writeString(dir.resolve(name), text);
    }
}
