package commonground.reflection;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;

/** A note in the list: its title, when it changed, its length, and for search results a snippet. */
final class NoteCell extends commonground.shell.WrappingListCell<NoteListItem> {

    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Function<NoteListItem, String> titleOf;
    private final Function<NoteListItem, String> groupName;
    private final Runnable nearEnd;

    NoteCell(Function<NoteListItem, String> titleOf, Function<NoteListItem, String> groupName, Runnable nearEnd) {
        this.titleOf = titleOf;
        this.groupName = groupName;
        this.nearEnd = nearEnd;
        setPrefWidth(0); // follow the list's width; long titles end in an ellipsis
    }

    @Override
    protected void updateItem(NoteListItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (getListView() != null && getIndex() >= getListView().getItems().size() - 20) {
            nearEnd.run();
        }
        Label title = new Label(titleOf.apply(item));
        title.getStyleClass().add("cell-title");
        String group = groupName.apply(item);
        String detail = DATE.format(item.updatedAt()) + " · " + words(item.wordCount())
                + (group == null ? "" : " · " + group);
        Label info = new Label(detail);
        info.getStyleClass().add("cell-detail");
        // Wrapped rather than cut: the list is narrow, more so at a larger text size.
        title.setWrapText(true);
        info.setWrapText(true);
        VBox box = new VBox(2, title, info);
        if (item.snippet() != null && !item.snippet().isBlank()) {
            box.getChildren().add(snippet(item.snippet()));
        }
        box.getStyleClass().add("note-cell");
        setGraphic(box);
        tip.setText(title.getText()); // a long title is shown on three lines at the most: whole here
        setTooltip(tip);
        setAccessibleText(title.getText() + ", " + detail);
    }

    static String words(int n) {
        return n == 1 ? "1 word" : String.format("%,d words", n);
    }

    /** The snippet with matched words highlighted, on one or two lines. */
    static TextFlow snippet(String marked) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("note-snippet");
        String text = marked.replaceAll("\\s+", " ");
        boolean hit = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : NoteText.HIT_START;
            if (ch == NoteText.HIT_START || ch == NoteText.HIT_END || i == text.length()) {
                if (i > start) {
                    Text part = new Text(text.substring(start, i));
                    part.getStyleClass().add(hit ? "snippet-hit" : "snippet-text");
                    flow.getChildren().add(part);
                }
                hit = ch == NoteText.HIT_START && i < text.length();
                start = i + 1;
            }
        }
        flow.setMaxHeight(40);
        flow.setPrefWidth(1);
        return flow;
    }
}
