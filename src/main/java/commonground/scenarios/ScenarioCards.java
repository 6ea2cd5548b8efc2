package commonground.scenarios;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The scenarios on offer as cards that size to their text: title, one line, minutes and
 * practices. Click, or Space/Enter on a focused card, selects it.
 */
final class ScenarioCards extends ScrollPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ScenariosViewModel model;
    private final VBox cards = new VBox(8);
    /** The widest a tag may be: the visible width less the column's and the card's padding. */
    private final DoubleBinding tagWidth = Bindings.createDoubleBinding(
            () -> Math.max(60, getViewportBounds().getWidth() - 44), viewportBoundsProperty());

    ScenarioCards(ScenariosViewModel model) {
        this.model = model;
        setId("scenario-list");
        getStyleClass().addAll("page-scroll", "scenario-cards");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        cards.getStyleClass().add("scenario-card-column");
        setContent(cards);
        model.offers().addListener((ListChangeListener<ScenarioLibrary.Offer>) c -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> markSelected());
        rebuild();
    }

    private void rebuild() {
        cards.getChildren().clear();
        for (ScenarioLibrary.Offer offer : model.offers()) {
            cards.getChildren().add(card(offer));
        }
        markSelected();
    }

    private VBox card(ScenarioLibrary.Offer offer) {
        Scenario s = offer.scenario();
        Label title = wrapping(s.title(), "card-title");
        Label line = wrapping(s.summary(), "card-detail");
        Label minutes = wrapping("About " + s.minutes() + " minutes" + (offer.origin() == ScenarioOrigin.IMPORTED
                ? "  ·  imported, version " + s.version() : ""), "card-detail");
        List<String> practices = s.practices();
        var tags = Tags.fitting(Tags.of(practices.subList(0, Math.min(3, practices.size())), model::practiceName),
                tagWidth);
        if (practices.size() > 3) {
            Label more = new Label("and " + (practices.size() - 3) + " more");
            more.getStyleClass().add("card-detail");
            tags.getChildren().add(more);
        }
        VBox card = new VBox(4, title, line, minutes, tags);
        card.getStyleClass().add("scenario-card");
        card.setId("scenario-" + s.id());
        card.setUserData(offer);
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(s.title() + ". " + s.summary() + ". About " + s.minutes() + " minutes.");
        card.setOnMouseClicked(e -> {
            card.requestFocus();
            model.selectedProperty().set(offer);
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                model.selectedProperty().set(offer);
                e.consume();
            }
        });
        return card;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void markSelected() {
        ScenarioLibrary.Offer selected = model.selectedProperty().get();
        cards.getChildren().forEach(n -> n.pseudoClassStateChanged(SELECTED, n.getUserData() == selected));
    }

    /** Moves the keyboard focus to the selected card. */
    void focusSelected() {
        cards.getChildren().stream().filter(n -> n.getUserData() == model.selectedProperty().get()).findFirst()
                .or(() -> cards.getChildren().stream().findFirst()).ifPresent(n -> n.requestFocus());
    }
}
