package commonground.storage.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A sync tool between the folders of several computers, as unkind as real ones: it carries one file
 * at a time in random order, sometimes late, sometimes cut short (finished at a later step), sometimes
 * leaving a "conflicted copy" or its own temporary file beside it, and carries deletions late too.
 * Each computer's own files are the truth; the tool never writes into the folder of their owner.
 */
final class SimulatedSyncTool {

    private final List<Path> folders;
    private final Map<String, Integer> owners;
    private final Random random;

    /** {@code owners}: device id (or "" for the key file) to the index of the folder that owns it. */
    SimulatedSyncTool(List<Path> folders, Map<String, Integer> owners, Random random) {
        this.folders = folders;
        this.owners = owners;
        this.random = random;
    }

    /** One random thing a sync tool does; returns a short description for failure messages. */
    String step() throws IOException {
        List<String[]> work = pending();
        if (work.isEmpty()) {
            return "nothing to carry";
        }
        String[] w = work.get(random.nextInt(work.size()));
        int from = Integer.parseInt(w[0]);
        int to = Integer.parseInt(w[1]);
        Path source = folders.get(from).resolve(w[2]);
        Path target = folders.get(to).resolve(w[2]);
        if (!Files.exists(source)) {
            Files.deleteIfExists(target);
            return "deleted " + w[2] + " in " + to;
        }
        byte[] bytes = Files.readAllBytes(source);
        Files.createDirectories(target.getParent());
        int roll = random.nextInt(100);
        if (roll < 15 && bytes.length > 1) {
            Files.write(target, Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
            return "cut short " + w[2] + " in " + to;
        }
        Files.write(target, bytes);
        if (roll < 25) {
            String name = target.getFileName().toString();
            Files.write(target.resolveSibling(name.replace(".cgsync", " (conflicted copy " + roll + ").cgsync")), bytes);
        } else if (roll < 30) {
            Files.write(target.resolveSibling(".syncthing." + target.getFileName() + ".tmp"),
                    Arrays.copyOf(bytes, bytes.length / 2));
        }
        return "carried " + w[2] + " to " + to;
    }

    /** Carries everything whole, and every deletion, so all folders hold what their owners hold. */
    void settle() throws IOException {
        for (String[] w : pending()) {
            Path source = folders.get(Integer.parseInt(w[0])).resolve(w[2]);
            Path target = folders.get(Integer.parseInt(w[1])).resolve(w[2]);
            if (Files.exists(source)) {
                Files.createDirectories(target.getParent());
                Files.write(target, Files.readAllBytes(source));
            } else {
                Files.deleteIfExists(target);
            }
        }
    }

    /** Each file some folder lacks or holds differently from its owner: [owner index, target index, path]. */
    private List<String[]> pending() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (int owner = 0; owner < folders.size(); owner++) {
            for (String rel : owned(owner)) {
                byte[] truth = Files.readAllBytes(folders.get(owner).resolve(rel));
                for (int to = 0; to < folders.size(); to++) {
                    Path target = folders.get(to).resolve(rel);
                    if (to != owner && (!Files.exists(target) || !Arrays.equals(truth, Files.readAllBytes(target)))) {
                        out.add(new String[] {String.valueOf(owner), String.valueOf(to), rel});
                    }
                }
            }
        }
        for (int to = 0; to < folders.size(); to++) {
            for (String rel : files(folders.get(to))) {
                Integer owner = ownerOf(rel);
                if (owner != null && owner != to && !Files.exists(folders.get(owner).resolve(rel))) {
                    out.add(new String[] {String.valueOf(owner), String.valueOf(to), rel});
                }
            }
        }
        return out;
    }

    private List<String> owned(int owner) throws IOException {
        List<String> out = new ArrayList<>();
        for (String rel : files(folders.get(owner))) {
            Integer o = ownerOf(rel);
            if (o != null && o == owner) {
                out.add(rel);
            }
        }
        return out;
    }

    /** The owner of a file the app wrote (the key file, or a file in a device's folder); null for anything else. */
    private Integer ownerOf(String rel) {
        String[] parts = rel.replace('\\', '/').split("/");
        if (parts.length == 2 && parts[1].equals(SyncFolder.KEY_FILE)) {
            return owners.get("");
        }
        if (parts.length == 3 && parts[2].matches("(seg|snap)-\\d{12}\\.cgsync|device\\.cgsync")) {
            return owners.get(parts[1]);
        }
        return null;
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
