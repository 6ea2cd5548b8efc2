package commonground.app;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a person sees in a window, as a checker would: the contrast of every piece of text
 * shown against what it is drawn on (WCAG 2.1, 4.5:1 for text), and text that does not fit
 * (cut with an ellipsis, a placeholder wider than its field, a page wider than the window).
 * Every method runs on the JavaFX thread and walks a window's whole scene graph.
 */
public final class ScreenAudit {

    /** WCAG AA for normal text. */
    public static final double AA = 4.5;

    private ScreenAudit() {
    }

    /** Every window that is showing: the main window, dialogs, open drop-downs and menus. */
    public static List<Window> showingWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null).toList();
    }

    /** Texts shown in {@code scene} with less than 4.5:1 against what they are drawn on, each described. */
    public static List<String> lowContrast(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        for (Text text : texts(scene.getRoot())) {
            if (!(text.getFill() instanceof Color fill) || isIcon(text) || text.isDisabled() || inDisabledItem(text)) {
                continue;
            }
            Color back = backgroundBehind(text, scene);
            Color front = over(withAlpha(fill, fill.getOpacity() * opacityOf(text)), back);
            double ratio = contrast(front, back);
            if (ratio < AA) {
                found.add(String.format("\"%s\" (%s in %s): %.2f:1, %s on %s", shorten(text.getText()),
                        text.getParent() == null ? "?" : text.getParent().getClass().getSimpleName(),
                        owner(text), ratio, front, back));
            }
        }
        return found;
    }

    /**
     * Text cut short: labels ending in an ellipsis that do not offer the whole text in a tooltip,
     * placeholders wider than their field, scroll panes whose content is wider than they show; and
     * cut in height: a label's text drawn in less height than it needs, a control cut off by an
     * edge that does not scroll (a tab's, a tab header's, the window's).
     */
    public static List<String> clipped(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        // Twice: a scroll pane that finds in one pass that it needs its bar narrows its page in the next.
        scene.getRoot().layout();
        scene.getRoot().layout();
        for (Node n : all(scene.getRoot())) {
            if (!shown(n)) {
                continue;
            }
            if (n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !t.getText().equals(full)
                            && (t.getText().endsWith("…") || t.getText().endsWith("...")) && !toldInFull(labeled, full)) {
                        found.add("\"" + shorten(full) + "\" is cut to \"" + t.getText() + "\" in " + owner(labeled));
                    }
                }
            }
            if (n instanceof Text t && t.getParent() instanceof Labeled labeled && cutInHeight(t)) {
                found.add("\"" + shorten(t.getText()) + "\" is cut at the top or bottom: it needs "
                        + Math.round(t.getLayoutBounds().getHeight()) + " px and has "
                        + Math.round(t.getClip().getLayoutBounds().getHeight()) + " in " + owner(labeled));
            }
            if (n instanceof javafx.scene.control.TabPane tabs && all(tabs).stream().anyMatch(b ->
                    b.getStyleClass().contains("tab-down-button") && shown(b) && b.getLayoutBounds().getWidth() > 0)) {
                found.add("some tabs of " + owner(tabs) + " are hidden behind the overflow arrow");
            }
            if (n instanceof Labeled || n instanceof TextInputControl || n instanceof javafx.scene.control.ComboBoxBase) {
                String cut = cutOff(n, scene);
                if (cut != null) {
                    found.add(describe(n) + " " + cut);
                }
            }
            if (n instanceof TextInputControl field && field.getPromptText() != null && !field.getPromptText().isBlank()) {
                Insets pad = field.getPadding() == null ? Insets.EMPTY : field.getPadding();
                double room = field.getWidth() - pad.getLeft() - pad.getRight();
                for (Node child : all(field)) {
                    if (child instanceof Text t && field.getPromptText().equals(t.getText()) && shown(t)
                            && !(field instanceof javafx.scene.control.TextArea area && area.isWrapText()) && t.getLayoutBounds().getWidth() > room + 1) {
                        found.add("the placeholder \"" + shorten(field.getPromptText()) + "\" needs "
                                + Math.round(t.getLayoutBounds().getWidth()) + " px of " + Math.round(room)
                                + " in " + owner(field));
                    }
                }
            }
            if (n instanceof ScrollPane scroll && scroll.getContent() != null
                    && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1
                    && scroll.getStyleClass().contains("page-scroll")) {
                found.add("the page " + owner(scroll) + " scrolls sideways: shows "
                        + Math.round(scroll.getViewportBounds().getWidth()) + " of "
                        + Math.round(scroll.getContent().getLayoutBounds().getWidth()) + " px");
            }
        }
        return found;
    }

    /**
     * Scroll panes inside another scroll pane under {@code root}, each described: a page with a
     * scroll of its own inside the page's scroll, where the wheel moves one or the other and a part
     * can hide below the inner edge. A text area's own scroll is part of the field and not counted.
     */
    public static List<String> nestedScrolls(Node root) {
        List<String> found = new ArrayList<>();
        for (Node n : all(root)) {
            if (!(n instanceof ScrollPane inner) || !shown(n)) {
                continue;
            }
            boolean inField = false;
            for (Parent p = inner.getParent(); p != null && !inField; p = p.getParent()) {
                inField = p instanceof TextInputControl;
            }
            for (Parent p = inner.getParent(); p != null && !inField; p = p.getParent()) {
                if (p instanceof ScrollPane outer) {
                    found.add("a scroll (" + owner(inner) + ") inside the page's scroll (" + owner(outer) + ")");
                    break;
                }
            }
        }
        return found;
    }

    /** A label's text drawn in less height than it needs (the label clips it). */
    private static boolean cutInHeight(Text text) {
        return text.getClip() != null && !text.getText().isBlank()
                && text.getClip().getLayoutBounds().getHeight() < text.getLayoutBounds().getHeight() - 1;
    }

    /**
     * Where a control is cut off by an edge a person cannot scroll past: the edge of a tab, of a
     * box that clips (a tab header behind the overflow arrow), or the window's. Inside a scroll
     * pane or a list, which scroll to what they hold, nothing is cut; null when all of it is in sight.
     */
    private static String cutOff(Node node, Scene scene) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return null;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            Parent above = p.getParent();
            if (p instanceof ScrollPane || above instanceof ScrollPane
                    || p instanceof javafx.scene.control.skin.VirtualFlow
                    || above instanceof javafx.scene.control.skin.VirtualFlow) {
                return null;
            }
            Node clip = p.getClip();
            if (clip != null) {
                Bounds c = p.localToScene(clip.getBoundsInParent());
                if (b.getMaxY() > c.getMaxY() + 1 || b.getMinY() < c.getMinY() - 1
                        || b.getMaxX() > c.getMaxX() + 1 || b.getMinX() < c.getMinX() - 1) {
                    return String.format("is cut off by the edge of %s (it reaches %.0f..%.0f, %.0f..%.0f; "
                            + "the edge is at %.0f..%.0f, %.0f..%.0f)", owner(p), b.getMinX(), b.getMaxX(),
                            b.getMinY(), b.getMaxY(), c.getMinX(), c.getMaxX(), c.getMinY(), c.getMaxY());
                }
            }
        }
        if (b.getMaxY() > scene.getHeight() + 1 || b.getMinY() < -1) {
            return String.format("is out of the window (%.0f..%.0f of %.0f px high)", b.getMinY(), b.getMaxY(),
                    scene.getHeight());
        }
        return null;
    }

    private static String describe(Node n) {
        String words = n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                ? "\"" + shorten(l.getText()) + "\"" : n.getClass().getSimpleName();
        return words + " (in " + owner(n) + ")";
    }

    private static boolean toldInFull(Labeled labeled, String full) {
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control c) {
                Tooltip tip = c.getTooltip();
                if (tip != null && tip.getText() != null && tip.getText().contains(full)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final javafx.css.PseudoClass DISABLED = javafx.css.PseudoClass.getPseudoClass("disabled");

    /**
     * Text of something that cannot be used now, drawn greyed on purpose: a menu's item that is off
     * ("Paste" with nothing copied) is not a disabled node but carries the disabled look. WCAG asks
     * no contrast of inactive controls, as for disabled nodes above.
     */
    private static boolean inDisabledItem(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getPseudoClassStates().contains(DISABLED)) {
                return true;
            }
        }
        return false;
    }

    /** The colour behind a node: the topmost painted fill of the nearest ancestors, blended down to an opaque one. */
    static Color backgroundBehind(Node node, Scene scene) {
        List<Color> layers = new ArrayList<>();
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region region && p.isVisible() && p.getOpacity() > 0) {
                Background background = region.getBackground();
                if (background != null) {
                    List<BackgroundFill> fills = background.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        Color c = firstColour(fills.get(i).getFill());
                        if (c != null && c.getOpacity() > 0.02 && covers(fills.get(i), region)) {
                            layers.add(c);
                            if (c.getOpacity() >= 0.99) {
                                return blend(layers);
                            }
                            break;
                        }
                    }
                }
            }
        }
        Color base = scene.getFill() instanceof Color c && c.getOpacity() > 0.99 ? c : Color.WHITE;
        layers.add(base);
        return blend(layers);
    }

    /** A fill drawn inside a thin border (a focus ring, an outline) is not what text sits on when it is tiny. */
    private static boolean covers(BackgroundFill fill, Region region) {
        Insets in = fill.getInsets();
        return region.getWidth() - in.getLeft() - in.getRight() > 2 && region.getHeight() - in.getTop() - in.getBottom() > 2;
    }

    private static Color blend(List<Color> topFirst) {
        Color result = topFirst.get(topFirst.size() - 1);
        for (int i = topFirst.size() - 2; i >= 0; i--) {
            result = over(topFirst.get(i), result);
        }
        return result;
    }

    private static Color firstColour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof javafx.scene.paint.LinearGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        return null;
    }

    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, alpha)));
    }

    private static double opacityOf(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }

    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Visible, non-empty texts that are on screen in the window (not scrolled out of a list). */
    private static List<Text> texts(Node root) {
        List<Text> texts = new ArrayList<>();
        Scene scene = root.getScene();
        for (Node n : all(root)) {
            if (n instanceof Text t && t.getText() != null && !t.getText().isBlank() && shown(t)) {
                Bounds b = t.localToScene(t.getLayoutBounds());
                if (b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth() && b.getWidth() > 0) {
                    texts.add(t);
                }
            }
        }
        return texts;
    }

    private static boolean isIcon(Text text) {
        return text.getClass().getName().startsWith("org.kordamp.ikonli");
    }

    static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static String owner(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return "#" + n.getId();
            }
        }
        return node.getClass().getSimpleName();
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 50 ? one.substring(0, 50) + "…" : one;
    }
}
