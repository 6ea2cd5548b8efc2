package commonground.draft;

import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * "Draft a message": write what you might say and let the coach point out judgments and demands.
 * The draft is kept (saved as you type), so it is there next time.
 */
public final class DraftModule implements AppModule {

    private final DraftViewModel model;
    private final CoachService coach;
    private DraftEditor editor;
    private final Label saved = new Label();

    private commonground.shell.Dialogs dialogs;

    /** Asks before "Start again" clears words already written (without, it clears at once). */
    public DraftModule askingWith(commonground.shell.Dialogs dialogs) {
        this.dialogs = dialogs;
        return this;
    }

    public DraftModule(DraftRepository drafts, DatabaseThread dbThread, CoachService coach) {
        this.model = new DraftViewModel(drafts, dbThread, Pauses.fx());
        this.coach = coach;
    }

    @Override
    public String id() {
        return DraftFeature.ID;
    }

    @Override
    public String title() {
        return DraftFeature.TITLE;
    }

    @Override
    public Ikon icon() {
        return DraftFeature.ICON;
    }

    @Override
    public Node createView() {
        Label title = new Label("Draft a message");
        title.getStyleClass().add("page-title");
        Label intro = new Label("Write what you would like to say. The coach points out words that tend to put "
                + "people on the defensive (judgments, demands, \"always\" and \"never\", pressure to share) and "
                + "suggests needs-based words instead. It runs on this computer; nothing is sent anywhere.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        editor = new DraftEditor(coach);
        editor.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button("_Start again");
        clear.setId("draft-clear");
        clear.setOnAction(e -> {
            String text = editor.textArea().getText();
            if (text == null || text.isBlank() || dialogs == null || dialogs.confirm("Start again?",
                    "What you wrote here will be cleared, and it cannot be brought back.", "Clear it")) {
                editor.textArea().clear();
            }
        });
        saved.setId("draft-saved");
        saved.textProperty().bind(model.savedProperty());
        saved.getStyleClass().add("muted");
        HBox actions = new HBox(12, clear, saved);
        VBox page = new VBox(14, title, intro, editor, actions);
        page.getStyleClass().add("page");
        page.setId("draft-view");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        // The scroll bar's room is taken from the start: coming when the coach's notes grew the page, it
        // narrowed the text box while the person typed, and the words under the caret wrapped anew.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        model.load();
        return scroll;
    }

    @Override
    public void startNew() {
        if (editor != null) {
            editor.textArea().requestFocus();
        }
    }

    @Override
    public boolean canLeave() {
        model.flush();
        return true;
    }

    @Override
    public void onClose() {
        model.flush();
    }
}
