package commonground.draft;

import commonground.people.Namesakes;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.PersonPicker;
import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.Pauses;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * "Draft a message": write what you might say and let the coach point out judgments and demands.
 * Drafts are kept (saved as you type), several of them, each optionally to someone from People,
 * so they are there next time.
 */
public final class DraftModule implements AppModule {

    static final String NO_ONE = "No one in particular";

    private final DraftViewModel model;
    private final CoachService coach;
    private DraftEditor editor;
    private final Label saved = new Label();
    private final ListView<MessageDraft> list = new ListView<>();
    private final ComboBox<Person> person = new ComboBox<>();
    /** True while the list's items are being replaced: its selection moving then is not the user's. */
    private boolean replacing;

    /** Asks before a draft is deleted (without, Delete does nothing). */
    public DraftModule askingWith(commonground.shell.Dialogs dialogs) {
        model.askingWith(dialogs);
        return this;
    }

    public DraftModule(DraftRepository drafts, PeopleRepository people, DatabaseThread dbThread, CoachService coach,
                       Clock clock) {
        this.model = new DraftViewModel(drafts, people, dbThread, Pauses.fx(), clock);
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

        Label yours = new Label("Your drafts");
        yours.getStyleClass().add("section-title");
        // Always there, empty or not, so the words below never move when the first draft is kept.
        VBox kept = new VBox(6, yours, draftList());

        Label to = new Label("_To");
        to.setMnemonicParsing(true);
        to.setLabelFor(person);
        to.setMinWidth(Label.USE_PREF_SIZE);
        personPicker();
        Button newDraft = new Button("_New draft");
        newDraft.setId("draft-new");
        newDraft.setMinWidth(Button.USE_PREF_SIZE);
        newDraft.setOnAction(e -> {
            model.newDraft();
            editor.textArea().requestFocus();
        });
        editor = new DraftEditor(coach);
        editor.textProperty().bindBidirectional(model.textProperty());
        Button delete = new Button("_Delete this draft\u2026");
        delete.setId("draft-delete");
        delete.setMinWidth(Button.USE_PREF_SIZE);
        delete.disableProperty().bind(model.canDeleteBinding().not());
        delete.setOnAction(e -> model.delete());
        saved.setId("draft-saved");
        saved.textProperty().bind(model.savedProperty());
        saved.getStyleClass().add("muted");
        saved.setWrapText(true);
        // Who, new and delete together above the words (wrapping onto a second line when narrow or
        // at 150%), and what just happened on a line of its own that is always there, so nothing
        // below moves when it speaks.
        HBox who = new HBox(10, to, person);
        who.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane toRow = new javafx.scene.layout.FlowPane(10, 8, who, newDraft, delete);
        toRow.setAlignment(Pos.CENTER_LEFT);
        saved.setMaxWidth(Double.MAX_VALUE);
        saved.setMinHeight(Label.USE_PREF_SIZE);
        VBox controls = new VBox(6, toRow, saved);
        VBox page = new VBox(14, title, intro, kept, controls, editor);
        page.getStyleClass().add("page");
        page.getStylesheets().add(commonground.shell.Stylesheets.url("/commonground/draft/draft.css"));
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

    private ListView<MessageDraft> draftList() {
        list.setId("draft-list");
        list.getStyleClass().add("draft-list");
        list.setAccessibleText("Your drafts");
        Label none = new Label("The drafts you write are kept here, the newest first. New draft starts another "
                + "and keeps this one.");
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        list.setPlaceholder(none);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MessageDraft d, boolean empty) {
                super.updateItem(d, empty);
                setMnemonicParsing(false);
                setText(empty || d == null ? null : model.rowText(d));
            }
        });
        // Registered before the list's own listeners, and after them: a save replaces the open
        // draft's row, and the selection moving meanwhile must not open another draft.
        model.drafts().addListener((ListChangeListener<MessageDraft>) c -> replacing = true);
        list.setItems(model.drafts());
        model.drafts().addListener((ListChangeListener<MessageDraft>) c -> {
            selectOpen();
            replacing = false;
        });
        model.openUuidProperty().addListener((obs, old, now) -> selectOpen());
        model.everyone().addListener((ListChangeListener<Person>) c -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!replacing && now != null) {
                model.open(now);
                if (!now.uuid().equals(model.openUuidProperty().get())) {
                    javafx.application.Platform.runLater(this::selectOpen); // it stayed open (too long to keep)
                }
            }
        });
        return list;
    }

    private void selectOpen() {
        boolean was = replacing;
        replacing = true;
        try {
            String open = model.openUuidProperty().get();
            MessageDraft found = model.drafts().stream().filter(d -> d.uuid().equals(open)).findFirst().orElse(null);
            if (found == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(found);
            }
        } finally {
            replacing = was;
        }
    }

    private void personPicker() {
        person.setId("draft-person");
        person.setAccessibleText("Who the draft is to");
        person.setPromptText(NO_ONE);
        person.setMaxWidth(Double.MAX_VALUE);
        person.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a choice is never cut, even at 150%
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? NO_ONE : Namesakes.pickerLabel(p, model.choices());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        person.setCellFactory(l -> new PersonCell());
        person.setButtonCell(new PersonCell());
        PersonPicker.retellOnChange(person, model.choices());
        showChoices();
        model.choices().addListener((ListChangeListener<Person>) c -> showChoices());
    }

    /**
     * Puts the people in the box with "No one in particular" first. The box is let go of the view
     * model meanwhile: replacing a ComboBox's items moves its selection by index.
     */
    private void showChoices() {
        person.valueProperty().unbindBidirectional(model.personProperty());
        List<Person> items = new ArrayList<>();
        items.add(null);
        items.addAll(model.choices());
        person.getItems().setAll(items);
        person.setValue(model.personProperty().get());
        person.valueProperty().bindBidirectional(model.personProperty());
    }

    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            setMnemonicParsing(false);
            setText(empty ? null : p == null ? NO_ONE : Namesakes.pickerLabel(p, model.choices()));
        }
    }

    @Override
    public void onShow() {
        if (editor != null) {
            model.shownAgain();
            model.refresh();
        }
    }

    @Override
    public void afterSync() {
        if (editor != null) {
            model.refresh();
        }
    }

    @Override
    public void startNew() {
        if (editor != null) {
            model.newDraft();
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

    @Override
    public void onLock() {
        model.forget();
    }
}
