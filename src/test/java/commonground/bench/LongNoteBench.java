package commonground.bench;

import commonground.care.CareNotices;
import commonground.care.DistressNotice;
import commonground.reflection.NoteText;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How long the JavaFX thread is held by a long note (a pasted letter), headless (Monocle, software
 * rendering, as the tests run): pasting it into an empty note's text area, typing one character at
 * its end, and what the note's view model does on each change (word count, the gentle notice's
 * check). Each figure is the median of several runs, in milliseconds, with the layout and one frame.
 *
 * <p>Run by {@code bench/long-note.sh [CHARS]} (default 1,048,576).
 */
public final class LongNoteBench {

    private LongNoteBench() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 1_048_576;
        int paragraph = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        Platform.setImplicitExit(false);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        String text = letter(chars, paragraph);
        System.out.printf("a note of %,d characters (%,d words) in %,d paragraphs%n", text.length(),
                NoteText.wordCount(text), text.split("\n", -1).length);

        StringProperty body = new SimpleStringProperty("");
        DistressNotice notice = new DistressNotice(CareNotices.inMemory(), "note", body);
        List<Double> wordCount = new ArrayList<>();
        List<Double> distress = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String now = text + i;
            wordCount.add(ms(() -> NoteText.wordCount(now)));
            distress.add(ms(() -> {
                body.set(now);
                return notice.showingProperty().get();
            }));
        }
        System.out.printf("per change, the view model: word count %.1f ms, gentle-notice check %.1f ms%n",
                median(wordCount), median(distress));

        List<Double> empty = new ArrayList<>();
        List<Double> paste = new ArrayList<>();
        List<Double> type = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TextArea area = onFx(() -> {
                TextArea a = new TextArea();
                a.setWrapText(true);
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(a), 900, 640));
                stage.show();
                return a;
            });
            for (int k = 0; k < 3; k++) {
                empty.add(onFxMs(() -> {
                    area.replaceSelection("a");
                    frame(area);
                }));
            }
            onFx(() -> {
                area.clear();
                return null;
            });
            paste.add(onFxMs(() -> {
                area.replaceSelection(text);
                frame(area);
            }));
            for (int k = 0; k < 3; k++) {
                type.add(onFxMs(() -> {
                    area.positionCaret(area.getLength());
                    area.replaceSelection("a");
                    frame(area);
                }));
            }
            onFx(() -> {
                ((Stage) area.getScene().getWindow()).close();
                return null;
            });
        }
        System.out.printf("the text area: paste %.0f ms, one typed character at the end %.0f ms"
                + " (in an almost empty area %.0f ms)%n", median(paste), median(type), median(empty));
        Platform.exit();
    }

    /** Lays out and draws the area's window once, as the next pulse would. */
    private static void frame(TextArea area) {
        area.getScene().getRoot().applyCss();
        area.getScene().getRoot().layout();
        area.getScene().snapshot(null);
    }

    /** The test's long letter; with {@code paragraph} > 0, a new line about every that many characters. */
    static String letter(int chars, int paragraph) {
        StringBuilder sb = new StringBuilder("A long letter\n");
        int since = 0;
        while (sb.length() < chars) {
            sb.append("Some days I wish we could simply talk, and some days I am content to sit together. ");
            since += 84;
            if (paragraph > 0 && since >= paragraph) {
                sb.append('\n');
                since = 0;
            }
        }
        return sb.substring(0, chars);
    }

    private static double ms(Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double onFxMs(Runnable work) throws Exception {
        return onFx(() -> ms(() -> {
            work.run();
            return null;
        }));
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
