package commonground.shell;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The main window's content: a sidebar with one entry per module, the selected module's view
 * beside it, and a status line. Ctrl+1 … Ctrl+9 select modules; F1 opens Help, listed in the footer.
 */
public final class ShellView extends BorderPane {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    /** The module F1 opens from anywhere. */
    static final String HELP_MODULE_ID = "help";

    private final ShellModel model;
    private final String dataLocation;
    private final Runnable showAbout;
    private final Map<AppModule, Node> views = new HashMap<>();
    private final Map<AppModule, ToggleButton> navButtons = new HashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Label brand = new Label("Common Ground");
    private final Label tagline = new Label("Connection, at their pace");
    private final Label where = new Label();
    /** When the window is too low, the sidebar sets aside the tagline, the name and then the data line. */
    private final VBox sidebar = new SidebarColumn(java.util.List.of(tagline, brand, where));
    private final Button themeButton = new Button();
    private final Button aboutButton = new Button("About", new FontIcon(Feather.INFO));
    private final Button lockButton = new Button("_Lock now", new FontIcon(Feather.LOCK));
    private final Label status = new Label();
    private final HBox statusBar = new HBox(12);
    private final MenuButton textSize = new MenuButton("Text size", new FontIcon(Feather.TYPE));
    /** Tooltips wait for the first frame (each is a small window of its own, slow to create). */
    private final Map<Control, String> pendingTooltips = new LinkedHashMap<>();

    public ShellView(ShellModel model, String dataLocation, Runnable showAbout) {
        this.model = model;
        this.dataLocation = dataLocation;
        this.showAbout = showAbout;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
        showModule(model.getSelected());
    }

    private void initializeParts() {
        getStyleClass().add("shell");
        content.getStyleClass().add("module-content");
        status.getStyleClass().add("status-text");
        status.setId("status-line");
        themeButton.setId("theme-toggle");
        themeButton.getStyleClass().add("sidebar-action");
        aboutButton.setId("about-button");
        aboutButton.getStyleClass().add("sidebar-action");
        aboutButton.setMnemonicParsing(true);
        aboutButton.setText("_About");
        lockButton.setId("lock-now");
        lockButton.getStyleClass().add("sidebar-action");
        lockButton.setAccessibleText("Lock now (Ctrl+L)");
        tooltipLater(lockButton, "Lock now (Ctrl+L)");
        textSize.setId("text-size");
        textSize.setPopupSide(javafx.geometry.Side.TOP); // low in the sidebar: a menu below it ran past the window
        textSize.getStyleClass().add("sidebar-action");
        textSize.setAccessibleText("Text size");
        ToggleGroup sizes = new ToggleGroup();
        for (double scale : ShellModel.TEXT_SCALES) {
            RadioMenuItem item = new RadioMenuItem(Math.round(scale * 100) + "%");
            item.setId("text-size-" + Math.round(scale * 100));
            item.setToggleGroup(sizes);
            item.setUserData(scale);
            item.setOnAction(e -> model.textScaleProperty().set(scale));
            textSize.getItems().add(item);
        }
        for (int i = 0; i < model.modules().size(); i++) {
            AppModule module = model.modules().get(i);
            ToggleButton button = new ToggleButton(module.title(), new FontIcon(module.icon()));
            button.setId("nav-" + module.id());
            button.getStyleClass().add(module.inSidebarFooter() ? "sidebar-action" : "nav-button");
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setContentDisplay(ContentDisplay.LEFT);
            if (module.id().equals(HELP_MODULE_ID)) {
                tooltipLater(button, module.title() + " (F1)");
            } else if (i < DIGITS.length && !module.inSidebarFooter()) {
                tooltipLater(button, module.title() + " (Ctrl+" + (i + 1) + ")");
            }
            button.setAccessibleText(module.title());
            navButtons.put(module, button);
        }
    }

    private void layoutParts() {
        brand.getStyleClass().add("brand");
        tagline.getStyleClass().add("brand-tagline");
        sidebar.getChildren().addAll(brand, tagline);
        model.modules().stream().filter(m -> !m.inSidebarFooter())
                .forEach(m -> sidebar.getChildren().add(navButtons.get(m)));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> KeptWhere.sidebar(model.syncOnProperty().get()), model.syncOnProperty()));
        where.getStyleClass().add("data-location");
        where.setWrapText(true);
        tooltipLater(where, dataLocation);
        where.setId("data-location");
        themeButton.setMaxWidth(Double.MAX_VALUE);
        aboutButton.setMaxWidth(Double.MAX_VALUE);
        themeButton.setAlignment(Pos.CENTER_LEFT);
        aboutButton.setAlignment(Pos.CENTER_LEFT);
        lockButton.setMaxWidth(Double.MAX_VALUE);
        lockButton.setAlignment(Pos.CENTER_LEFT);
        lockButton.visibleProperty().bind(model.lockAvailableProperty());
        lockButton.managedProperty().bind(lockButton.visibleProperty());
        textSize.setMaxWidth(Double.MAX_VALUE);
        textSize.setAlignment(Pos.CENTER_LEFT);
        sidebar.getChildren().addAll(spacer, lockButton, themeButton, textSize);
        model.modules().stream().filter(AppModule::inSidebarFooter)
                .forEach(m -> sidebar.getChildren().add(navButtons.get(m)));
        sidebar.getChildren().addAll(aboutButton, where);
        sidebar.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled entry) {
                SidebarIcons.scaleWithText(entry);
            }
        });
        setLeft(sidebar);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("status-dismiss");
        dismiss.getStyleClass().add("status-dismiss");
        dismiss.setOnAction(e -> model.statusProperty().set(""));
        statusBar.getChildren().setAll(status, dismiss);
        statusBar.getStyleClass().add("status-line");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        // The status line sits under the module, not under the sidebar, so it never takes the
        // sidebar's room (at large text in a low window an entry could be pushed out of reach).
        BorderPane main = new BorderPane(content);
        main.setBottom(statusBar);
        setCenter(main);
    }

    private void setupBindings() {
        model.selectedProperty().addListener((obs, old, now) -> showModule(now));
        model.themeProperty().addListener((obs, old, now) -> updateThemeButton());
        updateThemeButton();
        status.textProperty().bind(model.statusProperty());
        model.textScaleProperty().addListener((obs, old, now) -> applyTextScale());
        applyTextScale();
        statusBar.visibleProperty().bind(model.statusProperty().isNotEmpty());
        statusBar.managedProperty().bind(statusBar.visibleProperty());
    }

    private void setupEventHandlers() {
        navButtons.forEach((module, button) -> button.setOnAction(e -> {
            model.show(module.id());
            // A toggle button un-selects itself when clicked again; keep the selection true to the model.
            navButtons.get(model.getSelected()).setSelected(true);
        }));
        themeButton.setOnAction(e -> model.toggleTheme());
        aboutButton.setOnAction(e -> showAbout.run());
        lockButton.setOnAction(e -> model.lockNow());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            installTooltipsAfterNextFrame(scene);
            applyTextScale();
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                    () -> model.stepTextScale(1));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                    whenShown(model::lockNow));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                    () -> model.stepTextScale(1));
            // "+" is Shift+= on most keyboards, and has its own key on the number pad.
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), () -> model.stepTextScale(1));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                    () -> model.stepTextScale(1));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                    () -> model.stepTextScale(-1));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                    () -> model.stepTextScale(-1));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                    () -> model.textScaleProperty().set(1.0));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                    whenShown(() -> model.getSelected().startNew()));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                    whenShown(() -> model.getSelected().focusSearch()));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), whenShown(() -> model.show(HELP_MODULE_ID)));
            long numbered = model.modules().stream().filter(m -> !m.inSidebarFooter()).count();
            for (int i = 0; i < Math.min(DIGITS.length, numbered); i++) {
                int index = i;
                scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                        whenShown(() -> model.selectIndex(index)));
            }
        });
    }

    private void tooltipLater(Control control, String text) {
        pendingTooltips.put(control, text);
    }

    private void installTooltipsAfterNextFrame(Scene scene) {
        if (!pendingTooltips.isEmpty()) {
            NextFrame.then(scene, () -> {
                pendingTooltips.forEach((control, text) -> control.setTooltip(new Tooltip(text)));
                pendingTooltips.clear();
            });
        }
    }

    /** Shortcuts that act on modules do nothing while the shell is hidden (the app is locked). */
    private Runnable whenShown(Runnable action) {
        return () -> {
            if (getScene() != null) {
                action.run();
            }
        };
    }

    /**
     * Scales all text: the themes size everything in em, so one font size on the root scales the
     * whole window (a size, not a colour, so it is set here rather than in the stylesheet). At the
     * normal size the root has no style of its own, which spares the CSS parser at start-up.
     */
    private void applyTextScale() {
        double scale = model.textScaleProperty().get();
        int index = ShellModel.nearestScale(scale);
        ((RadioMenuItem) textSize.getItems().get(index)).setSelected(true);
        if (getScene() == null) {
            return; // Applied to the scene's root once the shell is in a scene.
        }
        TextSize.apply(getScene().getRoot(), scale);
    }

    private void updateThemeButton() {
        boolean dark = model.themeProperty().get() == Theme.DARK;
        themeButton.setText(dark ? "Light theme" : "Dark theme");
        themeButton.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        themeButton.setAccessibleText(dark ? "Switch to the light theme" : "Switch to the dark theme");
    }

    /**
     * A module view fills the window; where it cannot fit (large text in a small window) it keeps
     * its minimum size and scrolls, instead of squeezing its text into ellipses or cutting off
     * controls at the edge.
     */
    private static ScrollPane scrollWhenTooTall(Node view) {
        ScrollPane scroll = new ScrollPane(new WidthFirst(view));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /**
     * Holds a module view so its minimum height is asked for at the width it will be given:
     * wrapped text needs more lines when narrow, and the scroll pane must know that.
     */
    private static final class WidthFirst extends StackPane {
        WidthFirst(Node view) {
            super(view);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        /** Asked without a width, it answers for the width it has (the page's), where its text wraps. */
        @Override
        protected double computeMinHeight(double width) {
            return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
        }
    }

    private void showModule(AppModule module) {
        if (module == null) {
            return;
        }
        Node view = views.computeIfAbsent(module, m -> {
            Node created = m.createView();
            created.getStyleClass().add("module-view");
            return created instanceof ScrollPane ? created : scrollWhenTooTall(created);
        });
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        content.getChildren().setAll(view);
        // Styled now, not with the next frame: a scroll pane puts its page in the scene only once it
        // has its skin, and until then the page's controls cannot be found, focused or read aloud.
        view.applyCss();
        navButtons.get(module).setSelected(true);
        module.onShow();
        followFocus(module, view, focused);
    }

    /**
     * The focus goes into the module shown, unless it is already there or on the module's own
     * sidebar entry (clicked, or chosen with the keyboard). Switching by a shortcut or a link left
     * it on the entry of the module before, so two entries looked chosen, or in a view no longer
     * shown, from where it fell back to the sidebar.
     */
    private void followFocus(AppModule module, Node view, Node focused) {
        Scene scene = getScene();
        if (scene == null || focused == navButtons.get(module) || isInside(focused, view)
                || isInside(scene.getFocusOwner(), view)) {
            return;
        }
        // A view shown for the first time gets its controls when its style is applied.
        view.applyCss();
        Node first = firstFocusable(view);
        if (first != null) {
            first.requestFocus();
            return;
        }
        // Still none (the module fills its view later): after the next layout, unless the focus
        // has been moved on purpose since (a shortcut, a click), which is then left where it is.
        Node afterSwitch = scene.getFocusOwner();
        NextFrame.then(scene, () -> {
            Node now = scene.getFocusOwner();
            boolean movedOnPurpose = now != afterSwitch && afterSwitch != null && afterSwitch.getScene() == scene;
            if (getScene() != scene || model.getSelected() != module || isInside(now, view) || movedOnPurpose) {
                return;
            }
            Node later = firstFocusable(view);
            if (later != null) {
                later.requestFocus();
            }
        });
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static Node firstFocusable(Node node) {
        // Not asking whether it is managed: a scroll pane's viewport is not, and the view is inside it.
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
