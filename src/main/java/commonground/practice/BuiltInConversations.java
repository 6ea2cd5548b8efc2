package commonground.practice;

import commonground.content.ContentException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The practice conversations that come with the app: every {@code .yaml} file in
 * {@code content/practice/}, each checked on load (no index to keep in step, so a new file is
 * all it takes). A broken file stops loading with a message naming the file, the line and the field.
 * Conversations come before drills, then by {@code order}, then by title.
 */
public final class BuiltInConversations {

    static final String FOLDER = "/commonground/content/practice/";

    static final Comparator<Conversation> ORDER = Comparator.comparing(Conversation::kind)
            .thenComparingInt(Conversation::order).thenComparing(Conversation::title);

    private BuiltInConversations() {
    }

    public static List<Conversation> load(ConversationValidator validator) throws ContentException {
        Map<String, String> files = read();
        List<Conversation> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String resource = FOLDER + file.getKey();
            ConversationCheck check = validator.checkText(resource, file.getValue());
            if (!check.valid()) {
                throw new ContentException(resource, String.join("; ", check.problems()));
            }
            Conversation c = check.conversation().orElseThrow();
            String other = ids.putIfAbsent(c.id(), resource);
            if (other != null) {
                throw new ContentException(resource, "field 'id': duplicate id '" + c.id() + "': " + other
                        + " already has it");
            }
            out.add(c);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** File name to text, sorted by name, from the folder on disk or inside the app's jar. */
    static Map<String, String> read() throws ContentException {
        URL url = BuiltInConversations.class.getResource(FOLDER);
        if (url == null) {
            throw new ContentException(FOLDER, "the folder is missing from the app");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    return readFolder(FileSystems.newFileSystem(uri, Map.of()), true);
                } catch (FileSystemAlreadyExistsException e) {
                    return readFolder(FileSystems.getFileSystem(uri), false);
                }
            }
            return readFolder(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new ContentException(FOLDER, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, String> readFolder(FileSystem jar, boolean ours) throws IOException {
        try {
            return readFolder(jar.getPath(FOLDER));
        } finally {
            if (ours) {
                jar.close();
            }
        }
    }

    private static Map<String, String> readFolder(Path folder) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
