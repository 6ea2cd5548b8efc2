package commonground.shell;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The app's stylesheets. Each is written as CSS under {@code src/main/resources} and compiled to
 * JavaFX's binary form ({@code .bss}) beside it when the project is built (see {@link #main}),
 * the way the themes ship theirs: a binary stylesheet loads without running the CSS parser, which
 * shortens start-up. Where no binary form exists (a class path without the build step, such as
 * some IDE runs), the CSS itself is used.
 */
public final class Stylesheets {

    private Stylesheets() {
    }

    /**
     * The URL to add to a scene or a parent for the stylesheet at {@code cssPath}, an absolute
     * resource path ending in {@code .css}.
     *
     * @throws IllegalArgumentException if there is no such stylesheet
     */
    public static String url(String cssPath) {
        if (!cssPath.endsWith(".css")) {
            throw new IllegalArgumentException("Not a .css path: " + cssPath);
        }
        URL binary = Stylesheets.class.getResource(cssPath.substring(0, cssPath.length() - 4) + ".bss");
        URL found = binary != null ? binary : Stylesheets.class.getResource(cssPath);
        if (found == null) {
            throw new IllegalArgumentException("No stylesheet at " + cssPath);
        }
        return found.toExternalForm();
    }

    /**
     * Build step: compiles every {@code .css} file under the given folder (the build's classes
     * folder) to a {@code .bss} beside it. Run by Maven in the {@code process-classes} phase.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Stylesheets CLASSES_FOLDER");
            System.exit(2);
        }
        for (Path css : compileAll(Path.of(args[0]))) {
            System.out.println("Compiled stylesheet " + css);
        }
    }

    /** Compiles each {@code .css} under {@code folder} that is newer than its {@code .bss}; returns those compiled. */
    static List<Path> compileAll(Path folder) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Files.walk(folder)) {
            stale = files.filter(p -> p.getFileName().toString().endsWith(".css"))
                    .filter(Stylesheets::isStale)
                    .toList();
        }
        stale.forEach(Stylesheets::compile);
        return stale;
    }

    private static Path binaryFor(Path css) {
        String name = css.getFileName().toString();
        return css.resolveSibling(name.substring(0, name.length() - 4) + ".bss");
    }

    private static boolean isStale(Path css) {
        Path bss = binaryFor(css);
        try {
            return !Files.exists(bss) || Files.getLastModifiedTime(bss).compareTo(Files.getLastModifiedTime(css)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Compiles one stylesheet; a syntax error stops the build, naming the file and the place. */
    private static void compile(Path css) {
        CssParser.errorsProperty().clear();
        try {
            Stylesheet.convertToBinary(css.toFile(), binaryFor(css).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compile the stylesheet " + css + ": " + e.getMessage(), e);
        }
        if (!CssParser.errorsProperty().isEmpty()) {
            List<String> errors = CssParser.errorsProperty().stream().map(CssParser.ParseError::getMessage).toList();
            CssParser.errorsProperty().clear();
            try {
                Files.deleteIfExists(binaryFor(css));
            } catch (IOException e) {
                // The build fails below either way.
            }
            throw new IllegalStateException("The stylesheet " + css + " has errors: " + String.join("; ", errors));
        }
    }
}
