package commonground.reflection;

import commonground.care.CareNotices;
import commonground.content.ContentException;
import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
import commonground.people.PeopleRepository;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;

import java.time.Clock;

/** The Reflection module: private notes, and a space for one's own needs. */
public final class ReflectionModule implements AppModule {

    private final NotesViewModel notes;
    private final NeedsViewModel needs;
    private ReflectionView view;
    private boolean ready;

    public ReflectionModule(NotesViewModel notes, NeedsViewModel needs) {
        this.notes = notes;
        this.needs = needs;
    }

    /** Builds the module and its view models over the app's repositories. */
    public static ReflectionModule create(NoteRepository notes, NoteSearch search, NeedsRepository needs,
                                          PeopleRepository people, DatabaseThread dbThread, Dialogs dialogs,
                                          Clock clock) {
        return create(notes, search, needs, people, dbThread, dialogs, clock, CareNotices.inMemory());
    }

    /** Builds the module, with the gentle notices shared across the app. */
    public static ReflectionModule create(NoteRepository notes, NoteSearch search, NeedsRepository needs,
                                          PeopleRepository people, DatabaseThread dbThread, Dialogs dialogs,
                                          Clock clock, CareNotices care) {
        return new ReflectionModule(new NotesViewModel(notes, search, dbThread, dialogs, clock, Pauses.fx(), care),
                new NeedsViewModel(needs, people, dbThread));
    }

    @Override
    public String id() {
        return ReflectionFeature.ID;
    }

    @Override
    public String title() {
        return ReflectionFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return ReflectionFeature.ICON;
    }

    @Override
    public Node createView() {
        try {
            PromptLibrary prompts = PromptLibrary.load();
            NeedsVocabulary vocabulary = NeedsVocabulary.load();
            needs.setVocabulary(vocabulary);
            ready = true;
            view = new ReflectionView(notes, prompts, needs, vocabulary);
            return view;
        } catch (ContentException e) {
            Label problem = new Label("The reflection space could not open, because a content file has a problem. "
                    + e.getMessage());
            problem.setWrapText(true);
            problem.getStyleClass().addAll("page", "form-message", "error");
            problem.setId("reflection-problem");
            return problem;
        }
    }

    @Override
    public void onShow() {
        if (ready) {
            notes.onShow();
            needs.onShow();
        }
    }

    /**
     * Another computer's changes came in: the list is read again (keeping the open note and the
     * place in the list), and so is the open note, which keeps what the user is typing.
     */
    @Override
    public void afterSync() {
        if (ready) {
            notes.reload();
            notes.editor().refreshAfterSync();
        }
    }

    /** The target that shows the Needs tab (where a need can be met). */
    public static final String NEEDS_TARGET = "needs";

    /** Opens a note named "note:&lt;id&gt;", as Home's "Recently" asks, or the Needs tab ("needs"). */
    @Override
    public void open(String target) {
        if (ready && NEEDS_TARGET.equals(target)) {
            view.showNeeds();
        } else if (ready && target != null && target.startsWith("note:")) {
            try {
                notes.openNote(Long.parseLong(target.substring("note:".length())));
            } catch (NumberFormatException e) {
                // not a note this version names: the module is shown as it is
            }
        }
    }

    @Override
    public void startNew() {
        if (view != null) {
            view.startNewNote();
        }
    }

    @Override
    public void focusSearch() {
        if (view != null) {
            view.focusSearch();
        }
    }

    @Override
    public boolean canLeave() {
        notes.flush();
        return true;
    }

    @Override
    public void onClose() {
        notes.flush();
    }

    @Override
    public void onLock() {
        if (ready) {
            notes.onLock();
            needs.onLock();
        }
    }
}
