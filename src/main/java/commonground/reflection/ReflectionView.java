package commonground.reflection;

import commonground.shell.FittingBorderPane;
import commonground.shell.Stylesheets;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/** The Reflection page: a short welcome, then notes and the needs check-in in two tabs. */
final class ReflectionView extends FittingBorderPane {

    private final TabPane tabs = new commonground.shell.FittingTabPane();

    private final NotesView notesView;
    private final Tab notesTab;
    private final Tab needsTab;

    ReflectionView(NotesViewModel notes, PromptLibrary prompts, NeedsViewModel needs, NeedsVocabulary vocabulary) {
        getStyleClass().addAll("page", "reflection-view");
        setId("reflection-view");
        getStylesheets().add(Stylesheets.url("/commonground/reflection/reflection.css"));
        Label title = new Label("Reflection");
        title.getStyleClass().add("page-title");
        Label intro = new Label("A private space for your own needs, and for grieving what a relationship may not "
                + "give. We choose where, when and with whom our needs can be met. Everything here is kept "
                + "on this computer, and on your other computers only if you turn on Sync.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        VBox header = new VBox(6, title, intro);
        header.setPadding(new Insets(0, 0, 10, 0));
        setTop(header);

        notesView = new NotesView(notes, prompts);
        notesTab = new Tab("Notes", notesView);
        notesTab.setId("tab-notes");
        needsTab = new Tab("Needs", new NeedsView(needs, vocabulary));
        needsTab.setId("tab-needs");
        tabs.getTabs().setAll(notesTab, needsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("reflection-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == needsTab) {
                notes.flush();
            }
        });
        setCenter(tabs);
    }

    /** Ctrl+N: a new blank note, ready for typing. */
    void startNewNote() {
        tabs.getSelectionModel().select(notesTab);
        notesView.startBlankNote();
    }

    /** The Needs tab, with "Where can this need be met?" (as the long game's step-back reflection asks). */
    void showNeeds() {
        tabs.getSelectionModel().select(needsTab);
    }

    /** Ctrl+F: the notes search field. */
    void focusSearch() {
        tabs.getSelectionModel().select(notesTab);
        notesView.focusSearch();
    }
}
