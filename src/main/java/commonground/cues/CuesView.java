package commonground.cues;

import commonground.people.Person;
import commonground.shell.FittingBorderPane;
import commonground.shell.Stylesheets;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Cues screen: a person to focus on, and three tabs (check in, over time, your cues). */
public final class CuesView extends FittingBorderPane {

    private final CuesViewModel model;
    private final ComboBox<Person> person = new ComboBox<>();
    private final Label problem = new Label();
    private final Label noPeople = new Label("Add someone under People first; check-ins belong to a person.");
    private final TabPane tabs = new commonground.shell.FittingTabPane();
    private CheckInView checkInView;
    private final Tab checkInTab = new Tab("Check in");
    private final Tab overTimeTab = new Tab("Over time");
    private final Tab yourCuesTab = new Tab("Your cues");

    private final CheckInComeBack comeBack;
    private final java.util.function.LongConsumer goodMoment;
    private final javafx.scene.control.Button goodMomentButton = new javafx.scene.control.Button("A good moment\u2026",
            new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.HEART));

    public CuesView(CuesViewModel model) {
        this(model, null, null);
    }

    /**
     * {@code comeBack} is the "Come back to this on" field under the form (null for none);
     * {@code goodMoment} opens "A good moment with …" for a person (null for no button).
     */
    public CuesView(CuesViewModel model, CheckInComeBack comeBack, java.util.function.LongConsumer goodMoment) {
        this.model = model;
        this.comeBack = comeBack;
        this.goodMoment = goodMoment;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStylesheets().add(Stylesheets.url("/commonground/cues/cues.css"));
        getStyleClass().addAll("page", "cues-view");
        setId("cues-view");
        person.setId("cues-person");
        person.setPromptText("Choose a person");
        person.setCellFactory(v -> new PersonCell());
        person.setButtonCell(new PersonCell());
        person.setAccessibleText("Person");
        problem.setId("cues-problem");
        problem.getStyleClass().addAll("form-message", "error");
        problem.setWrapText(true);
        noPeople.getStyleClass().add("muted");
        noPeople.setWrapText(true);
        tabs.setId("cues-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        checkInTab.setId("tab-check-in");
        overTimeTab.setId("tab-over-time");
        yourCuesTab.setId("tab-your-cues");
        checkInView = new CheckInView(model.checkIn(), model, comeBack == null ? null : comeBack.choice());
        checkInTab.setContent(checkInView);
        overTimeTab.setContent(new OverTimeView(model.overTime(), model));
        yourCuesTab.setContent(new UserCuesView(model.yourCues()));
        tabs.getTabs().setAll(checkInTab, overTimeTab, yourCuesTab);
    }

    private void layoutParts() {
        Label title = new Label("Cues");
        title.getStyleClass().add("page-title");
        Label intro = new Label("People who find feelings hard to put into words still show them. Note the small "
                + "signs you saw, find a gentle way to respond, and see over the weeks what helps them feel safe.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        Label with = new Label("_With");
        with.setMnemonicParsing(true);
        with.setLabelFor(person);
        with.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        person.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox who = new HBox(8, with, person, noPeople);
        if (goodMoment != null) {
            goodMomentButton.setId("cues-good-moment");
            goodMomentButton.setAccessibleText("A good moment with the person chosen");
            goodMomentButton.disableProperty().bind(model.personProperty().isNull());
            goodMomentButton.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.persons()));
            goodMomentButton.managedProperty().bind(goodMomentButton.visibleProperty());
            goodMomentButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            goodMomentButton.setOnAction(e -> goodMoment.accept(model.personProperty().get().id()));
            who.getChildren().add(goodMomentButton);
        }
        who.getStyleClass().add("toolbar-row");
        VBox header = new VBox(6, title, intro, who, problem);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);
        setCenter(tabs);
    }

    private void setupBindings() {
        person.setItems(model.persons());
        commonground.people.PersonPicker.retellOnChange(person, model.persons());
        person.valueProperty().bindBidirectional(model.personProperty());
        // When the person is put back while the choice is still being passed on (the user
        // cancelled a switch away from an unsaved check-in), the binding does not pass it back.
        model.personProperty().addListener(o -> {
            if (person.getValue() != model.personProperty().get()) {
                person.setValue(model.personProperty().get());
            }
        });
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        noPeople.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.persons()));
        noPeople.managedProperty().bind(noPeople.visibleProperty());
    }

    private void setupEventHandlers() {
        model.tabProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(tabFor(now)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.tabProperty().set(now == overTimeTab ? CuesTab.OVER_TIME
                        : now == yourCuesTab ? CuesTab.YOUR_CUES : CuesTab.CHECK_IN));
    }

    private Tab tabFor(CuesTab tab) {
        return switch (tab) {
            case CHECK_IN -> checkInTab;
            case OVER_TIME -> overTimeTab;
            case YOUR_CUES -> yourCuesTab;
        };
    }

    /** A person as the picker names them, told apart from anyone whose label reads the same. */
    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : commonground.people.Namesakes.pickerLabel(p, model.persons()));
            setTooltip(empty || p == null ? null : new javafx.scene.control.Tooltip(p.fullLabel()));
        }
    }

    /** Ctrl+N: the check-in form, with the focus on what you were doing together. */
    void focusNewCheckIn() {
        tabs.getSelectionModel().select(checkInTab);
        checkInView.focusContext();
    }

    /** Ctrl+F: the checklist's search field. */
    void focusCueSearch() {
        tabs.getSelectionModel().select(checkInTab);
        checkInView.focusSearch();
    }
}
