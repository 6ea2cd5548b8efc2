package commonground.practice;

import commonground.shell.Stylesheets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

import java.io.File;

/** The Practise screen: the list, a practice in progress, or a debrief. */
final class PracticeView extends StackPane {

    enum Page { LIST, PLAY, DEBRIEF }

    private final PracticeListViewModel listModel;
    private final PracticeListView list;
    private final PlayView play;
    private final DebriefView debrief;
    private final DebriefViewModel debriefModel;
    private Page page = Page.LIST;

    PracticeView(PracticeListViewModel listModel, PlayViewModel playModel, DebriefViewModel debriefModel) {
        this.listModel = listModel;
        this.list = new PracticeListView(listModel, this::chooseImport);
        this.play = new PlayView(playModel, this::showList);
        this.debrief = new DebriefView(debriefModel, this::showList);
        setId("practice-view");
        getStyleClass().add("practice-view");
        getStylesheets().add(Stylesheets.url("/commonground/practice/practice.css"));
        listModel.setOnPlay((p, id) -> {
            playModel.begin(p, id);
            show(Page.PLAY);
            javafx.application.Platform.runLater(play::focusFirstReply);
        });
        debriefModel.setOnPlay((p, id) -> {
            playModel.begin(p, id);
            show(Page.PLAY);
            javafx.application.Platform.runLater(play::focusFirstReply);
        });
        this.debriefModel = debriefModel;
        playModel.setOnDebrief(this::showDebrief);
        listModel.setOnDebrief(this::showDebrief);
        show(Page.LIST);
    }

    Page page() {
        return page;
    }

    /** The debrief of session {@code id}: after a practice, from the list, or opened from Home to come back to it. */
    void showDebrief(long id) {
        debriefModel.load(id);
        show(Page.DEBRIEF);
        javafx.application.Platform.runLater(debrief::focusFirst);
    }

    void showList() {
        listModel.load();
        show(Page.LIST);
        javafx.application.Platform.runLater(list::focusList);
    }

    private void show(Page p) {
        page = p;
        Node node = switch (p) {
            case LIST -> list;
            case PLAY -> play;
            case DEBRIEF -> debrief;
        };
        getChildren().setAll(node);
    }

    void focusList() {
        if (page == Page.LIST) {
            list.focusList();
        }
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a practice conversation");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Practice files (YAML)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            listModel.importFile(file.toPath());
        }
    }
}
