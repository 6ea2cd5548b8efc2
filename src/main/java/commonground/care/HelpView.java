package commonground.care;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Help and support: what the app is and is not, where to turn in the chosen country (emergency
 * first), the user's own people to call, and the quick keys. Numbers can be selected and copied;
 * links are shown as text and open in the browser only when clicked.
 */
public final class HelpView extends VBox {

    private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final HelpViewModel model;
    private final Runnable showFrame;
    private final Consumer<String> openLink;
    private final ComboBox<String> country = new ComboBox<>();
    private final VBox services = new VBox(12);
    private final VBox people = new VBox(8);
    private final TextField name = new TextField();
    private final TextField number = new TextField();
    private final Label nameError = new Label();
    private final Label numberError = new Label();
    private final Label message = new Label();
    private final Button save = new Button();
    private final Button cancel = new Button("Cancel");
    private final Button aboutThisApp = new Button("What this app is, and is not");

    /**
     * @param showFrame shows the few sentences about what the app is (the first-start frame)
     * @param openLink  opens a web address in the browser, on the user's click
     */
    public HelpView(HelpViewModel model, Runnable showFrame, Consumer<String> openLink) {
        this.model = model;
        this.showFrame = showFrame;
        this.openLink = openLink;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("help-view");
        getStyleClass().add("page");
        setSpacing(14);
        country.setId("help-country");
        country.setAccessibleText("Country");
        country.setItems(model.countries());
        country.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : HelpViewModel.countryLabel(code);
            }

            @Override
            public String fromString(String label) {
                return null;
            }
        });
        services.setId("help-services");
        people.setId("help-people");
        name.setId("help-person-name");
        name.setPromptText("Name");
        name.setAccessibleText("Name of someone you can call");
        number.setId("help-person-number");
        number.setPromptText("Number");
        number.setAccessibleText("Their number");
        nameError.setId("help-person-name-error");
        numberError.setId("help-person-number-error");
        nameError.getStyleClass().addAll("form-message", "error");
        numberError.getStyleClass().addAll("form-message", "error");
        for (Label error : new Label[] {nameError, numberError}) { // the whole message under its field, at any size
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
        }
        message.setId("help-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        save.setId("help-person-save");
        save.setDefaultButton(false);
        cancel.setId("help-person-cancel");
        aboutThisApp.setId("help-about-app");
    }

    private void layoutParts() {
        Label title = new Label("Help and support");
        title.getStyleClass().add("page-title");
        Label frame = paragraph("Common Ground is a private practice space. It is not therapy, and it is not a way "
                + "to get help in an emergency. If you or someone else is in danger now, please call your local "
                + "emergency number.");
        Label countryLabel = new Label("Country");
        countryLabel.setLabelFor(country);
        HBox countryRow = new HBox(10, countryLabel, country);
        countryRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, frame, aboutThisApp, countryRow);
        if (!model.loadProblem().isEmpty()) {
            Label problem = paragraph("The list of services could not be read: " + model.loadProblem());
            problem.setId("help-load-problem");
            getChildren().add(problem);
        }
        getChildren().add(services);

        Label peopleTitle = section("People I can call");
        Label peopleText = muted("Friends, family or anyone you trust. Kept only on your own computer (and your "
                + "others, if you sync them), and sealed when the passphrase lock is on.");
        VBox nameBox = new VBox(4, name, nameError);
        VBox numberBox = new VBox(4, number, numberError);
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox.setHgrow(numberBox, Priority.ALWAYS);
        HBox fields = new HBox(10, nameBox, numberBox);
        HBox actions = new HBox(8, save, cancel);
        VBox form = new VBox(8, fields, actions, message);
        form.getStyleClass().add("form-card");
        getChildren().addAll(peopleTitle, peopleText, people, form);

        getChildren().addAll(section("Quick keys"), paragraph(AboutThisApp.KEYS));
    }

    private void setupBindings() {
        country.valueProperty().bindBidirectional(model.countryProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        number.textProperty().bindBidirectional(model.numberProperty());
        nameError.textProperty().bind(model.nameErrorProperty());
        numberError.textProperty().bind(model.numberErrorProperty());
        nameError.visibleProperty().bind(model.nameErrorProperty().isNotEmpty());
        nameError.managedProperty().bind(nameError.visibleProperty());
        numberError.visibleProperty().bind(model.numberErrorProperty().isNotEmpty());
        numberError.managedProperty().bind(numberError.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        save.textProperty().bind(model.editingProperty().lessThan(0).map(adding -> adding ? "Add" : "Save changes"));
        cancel.visibleProperty().bind(model.editingProperty().greaterThanOrEqualTo(0));
        cancel.managedProperty().bind(cancel.visibleProperty());
        model.shown().addListener((ListChangeListener<HelpResource>) c -> showServices());
        model.people().addListener((ListChangeListener<SupportContact>) c -> showPeople());
        showServices();
        showPeople();
    }

    private void setupEventHandlers() {
        save.setOnAction(e -> model.save());
        name.setOnAction(e -> model.save());
        number.setOnAction(e -> model.save());
        cancel.setOnAction(e -> model.clearForm());
        aboutThisApp.setOnAction(e -> showFrame.run());
    }

    private void showServices() {
        services.getChildren().clear();
        HelpKind current = null;
        boolean anyEmergency = model.shown().stream().anyMatch(r -> r.kind() == HelpKind.EMERGENCY);
        if (!anyEmergency) {
            services.getChildren().addAll(section(HelpKind.EMERGENCY.heading()),
                    paragraph(HelpResources.LOCAL_EMERGENCY));
        }
        for (HelpResource r : model.shown()) {
            if (r.kind() != current) {
                current = r.kind();
                services.getChildren().add(section(current.heading()));
            }
            services.getChildren().add(card(r));
        }
    }

    private Node card(HelpResource r) {
        Label name = new Label(r.name());
        name.getStyleClass().add("cell-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, name, paragraph(r.about()));
        card.getStyleClass().add("form-card");
        card.setId("help-card-" + r.id());
        if (r.hasPhone()) {
            card.getChildren().add(copyableRow("Call", r.phone(), "help-phone-" + r.id()));
        }
        if (r.hasText()) {
            card.getChildren().add(copyableRow("Text", r.text(), "help-text-" + r.id()));
        }
        if (!r.hours().isEmpty()) {
            card.getChildren().add(muted(r.hours()));
        }
        if (!r.website().isEmpty()) {
            Hyperlink link = new Hyperlink(r.website());
            link.setId("help-link-" + r.id());
            link.setOnAction(e -> openLink.accept(r.website()));
            card.getChildren().add(link);
        }
        Label checked = new Label("Checked on " + CHECKED.format(r.checked()) + " against " + r.source());
        checked.getStyleClass().add("cell-detail");
        checked.setWrapText(true);
        checked.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(checked);
        return card;
    }

    /** A number in a read-only field (select it, or copy it with the button). */
    private static HBox copyableRow(String label, String value, String id) {
        TextField field = new TextField(value);
        field.setEditable(false);
        field.setId(id);
        field.setAccessibleText(label + " " + value);
        field.setPrefColumnCount(Math.max(6, value.length() + 1));
        Button copy = new Button("Copy");
        copy.setAccessibleText("Copy " + value);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        HBox row = new HBox(8, new Label(label), field, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showPeople() {
        people.getChildren().clear();
        if (model.people().isEmpty()) {
            Label empty = muted("No one yet. You might add a friend, a neighbour or someone in your family.");
            empty.setId("help-people-empty");
            people.getChildren().add(empty);
            return;
        }
        for (SupportContact p : model.people()) {
            Label who = new Label(p.name());
            who.getStyleClass().add("cell-title");
            who.setMinWidth(160);
            TextField num = new TextField(p.number());
            num.setEditable(false);
            num.setAccessibleText(p.name() + ", " + p.number());
            Button edit = new Button("Change");
            edit.setAccessibleText("Change " + p.name());
            edit.setOnAction(e -> model.edit(p));
            Button remove = new Button("Remove");
            remove.setAccessibleText("Remove " + p.name());
            remove.setOnAction(e -> model.remove(p));
            HBox row = new HBox(10, who, num, edit, remove);
            row.getStyleClass().add("help-person");
            row.setAlignment(Pos.CENTER_LEFT);
            people.getChildren().add(row);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label paragraph(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("paragraph");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
