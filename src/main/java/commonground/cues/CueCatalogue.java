package commonground.cues;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import commonground.content.ContentException;
import commonground.content.ContentFiles;
import commonground.content.Practices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in cues, read from {@code cues.yaml} and checked on load. Every problem names the
 * file, the cue and the field.
 */
public final class CueCatalogue {

    public static final String RESOURCE = "/commonground/content/cues.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Cue> cues;

    private CueCatalogue(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** Loads the built-in catalogue; practice ids must be among {@code practices}. */
    public static CueCatalogue load(Practices practices) throws ContentException {
        return check(RESOURCE, ContentFiles.readResource(RESOURCE, File.class), practices);
    }

    /** Reads and checks catalogue text that came from {@code source}. */
    public static CueCatalogue parse(String source, String text, Practices practices) throws ContentException {
        return check(source, ContentFiles.parse(source, text, File.class), practices);
    }

    /** The built-in cues, in the file's order. */
    public List<Cue> all() {
        return cues;
    }

    private static CueCatalogue check(String source, File file, Practices practices) throws ContentException {
        if (file.cues().isEmpty()) {
            throw new ContentException(source, "field 'cues' lists no cues");
        }
        Set<String> seenIds = new HashSet<>();
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < file.cues().size(); i++) {
            Entry e = file.cues().get(i);
            String at = "cues[" + i + "]";
            if (e == null || e.id() == null || e.id().isBlank()) {
                throw new ContentException(source, at + ": missing required field 'id'");
            }
            String where = "cue '" + e.id() + "' (" + at + ")";
            if (!ID.matcher(e.id()).matches()) {
                throw new ContentException(source, where + ", field 'id': use lower-case letters, digits and "
                        + "hyphens, such as 'tearing-up'");
            }
            if (!seenIds.add(e.id())) {
                throw new ContentException(source, where + ", field 'id': the id is used twice");
            }
            CueCategory category = CueCategory.fromId(e.category()).orElseThrow(() -> new ContentException(source,
                    where + ", field 'category': '" + e.category() + "' is not one of " + CueCategory.ids()));
            CueText text = new CueText(category, e.seen(), e.mightMean(), e.acknowledgements(), e.nonverbal(),
                    e.notToSay());
            CueProblem problem = text.problem();
            if (problem != null) {
                throw new ContentException(source, where + ", field '" + problem.field() + "': "
                        + problem.message());
            }
            if (e.acknowledgements().stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new ContentException(source, where + ", field 'acknowledgements': an entry is empty");
            }
            for (String practice : e.practices()) {
                if (practices != null && !practices.contains(practice)) {
                    throw new ContentException(source, where + ", field 'practices': unknown practice '"
                            + practice + "'");
                }
            }
            cues.add(new Cue(e.id(), text, e.practices(), false, false));
        }
        return new CueCatalogue(cues);
    }

    record File(List<Entry> cues) {
        @JsonCreator
        File(@JsonProperty(value = "cues", required = true) List<Entry> cues) {
            this.cues = cues == null ? List.of() : new ArrayList<>(cues);
        }
    }

    record Entry(String id, String category, String seen, String mightMean, List<String> acknowledgements,
                 String nonverbal, String notToSay, List<String> practices) {
        @JsonCreator
        Entry(@JsonProperty(value = "id", required = true) String id,
              @JsonProperty(value = "category", required = true) String category,
              @JsonProperty(value = "seen", required = true) String seen,
              @JsonProperty(value = "mightMean", required = true) String mightMean,
              @JsonProperty(value = "acknowledgements", required = true) List<String> acknowledgements,
              @JsonProperty("nonverbal") String nonverbal,
              @JsonProperty(value = "notToSay", required = true) String notToSay,
              @JsonProperty("practices") List<String> practices) {
            this.id = id;
            this.category = category;
            this.seen = seen;
            this.mightMean = mightMean;
            this.acknowledgements = acknowledgements == null ? List.of() : new ArrayList<>(acknowledgements);
            this.nonverbal = nonverbal;
            this.notToSay = notToSay;
            this.practices = practices == null ? List.of() : List.copyOf(practices);
        }
    }
}
