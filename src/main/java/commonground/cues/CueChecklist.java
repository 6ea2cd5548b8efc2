package commonground.cues;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grouped, searchable cue checklist: a heading per category, a check box per cue, and once
 * ticked a small choice of how strongly it showed. Retired cues are left out.
 */
final class CueChecklist extends ScrollPane {

    private final CheckInViewModel model;
    private final ObservableList<Cue> cues;
    private final VBox content = new VBox(2);
    private final Label nothingFound = new Label("No cue matches that search. You can add your own under Your cues.");
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<CueCategory, Label> headings = new LinkedHashMap<>();

    CueChecklist(CheckInViewModel model, ObservableList<Cue> cues) {
        this.model = model;
        this.cues = cues;
        setId("cue-checklist");
        getStyleClass().add("cue-checklist");
        setFitToWidth(true);
        setPrefViewportHeight(340);
        content.getStyleClass().add("cue-checklist-content");
        nothingFound.getStyleClass().add("muted");
        nothingFound.setWrapText(true);
        setContent(content);
        cues.addListener((ListChangeListener<Cue>) c -> rebuild());
        model.ticked().addListener((MapChangeListener<String, Integer>) c -> syncTicks());
        model.searchProperty().addListener((obs, old, now) -> filter());
        rebuild();
    }

    /** A node id for a cue key ("user:…" keys hold a colon, which ids cannot). */
    static String idFor(String key) {
        return "cue-" + key.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private void rebuild() {
        rows.clear();
        headings.clear();
        Map<CueCategory, List<Cue>> grouped = new LinkedHashMap<>();
        for (CueCategory category : CueCategory.values()) {
            grouped.put(category, new ArrayList<>());
        }
        cues.stream().filter(c -> !c.retired()).forEach(c -> grouped.get(c.category()).add(c));
        List<javafx.scene.Node> children = new ArrayList<>();
        grouped.forEach((category, list) -> {
            if (list.isEmpty()) {
                return;
            }
            Label heading = new Label(category.label());
            heading.getStyleClass().add("cue-group-title");
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            headings.put(category, heading);
            children.add(heading);
            for (Cue cue : list) {
                Row row = new Row(cue);
                rows.put(cue.key(), row);
                children.add(row);
            }
        });
        children.add(nothingFound);
        content.getChildren().setAll(children);
        syncTicks();
        filter();
    }

    private void syncTicks() {
        rows.forEach((key, row) -> {
            Integer level = model.ticked().get(key);
            row.box.setSelected(level != null);
            row.intensity.setValue(level == null ? 0 : level);
        });
    }

    private void filter() {
        String query = model.searchProperty().get() == null ? "" : model.searchProperty().get().strip()
                .toLowerCase(Locale.ROOT);
        Map<CueCategory, Boolean> anyShown = new LinkedHashMap<>();
        rows.values().forEach(row -> {
            CueText t = row.cue.text();
            boolean show = query.isEmpty() || (t.seen() + " " + t.mightMean() + " " + t.category().label())
                    .toLowerCase(Locale.ROOT).contains(query);
            row.setVisible(show);
            row.setManaged(show);
            anyShown.merge(t.category(), show, Boolean::logicalOr);
        });
        headings.forEach((category, heading) -> {
            boolean show = anyShown.getOrDefault(category, false);
            heading.setVisible(show);
            heading.setManaged(show);
        });
        boolean none = anyShown.values().stream().noneMatch(Boolean::booleanValue);
        nothingFound.setVisible(none);
        nothingFound.setManaged(none);
    }

    private final class Row extends HBox {
        final Cue cue;
        final CheckBox box;
        final ChoiceBox<Integer> intensity = new ChoiceBox<>();

        Row(Cue cue) {
            this.cue = cue;
            this.box = new CheckBox(cue.seen());
            getStyleClass().add("cue-row");
            box.setId(idFor(cue.key()));
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(110);
            intensity.getStyleClass().add("cue-intensity"); // its width in em (cues.css): "Strength" whole at every size
            intensity.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setTooltip(new Tooltip(cue.text().mightMean()));
            intensity.setId("intensity-" + idFor(cue.key()).substring(4));
            intensity.getItems().setAll(0, 1, 2, 3);
            intensity.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer level) {
                    return level == null || level == 0 ? "Strength" : CheckInFormat.intensity(level);
                }

                @Override
                public Integer fromString(String s) {
                    return 0;
                }
            });
            intensity.setAccessibleText("How strongly: " + cue.seen());
            // Its room is kept while hidden: appearing, it would narrow the cue's words onto another
            // line and push the rest of the list down under the pointer.
            intensity.visibleProperty().bind(box.selectedProperty());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            getChildren().addAll(box, gap, intensity);
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now != model.ticked().containsKey(cue.key())) {
                    model.tick(cue.key(), now);
                }
            });
            intensity.valueProperty().addListener((obs, old, now) -> {
                if (now != null && model.ticked().containsKey(cue.key())
                        && !now.equals(model.ticked().get(cue.key()))) {
                    model.setIntensity(cue.key(), now);
                }
            });
        }
    }
}
