package commonground.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Looks for a distinctive phrase, and each of its words in lower case, in every file of a folder. */
public final class Canary {

    private Canary() {
    }

    /** Each file that holds the phrase or one of its words (any case; UTF-8 or UTF-16), with what was found. */
    public static List<String> filesContaining(Path folder, String phrase) throws Exception {
        List<String> needles = new ArrayList<>(List.of(phrase.toLowerCase(Locale.ROOT)));
        for (String w : phrase.split(" ")) {
            needles.add(w.toLowerCase(Locale.ROOT));
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String latin = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                String utf16 = new String(bytes, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
                for (String n : needles) {
                    if (latin.contains(n) || utf16.contains(n)) {
                        found.add(folder.relativize(p) + " holds '" + n + "'");
                    }
                }
            }
        }
        return found;
    }
}
