package commonground.cues;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A person's comfort map: four lists of short entries, in the order the user gave them. */
public record ComfortMap(Map<ComfortList, List<String>> lists) {

    public ComfortMap {
        EnumMap<ComfortList, List<String>> copy = new EnumMap<>(ComfortList.class);
        for (ComfortList list : ComfortList.values()) {
            List<String> items = lists == null ? null : lists.get(list);
            copy.put(list, items == null ? List.of() : List.copyOf(items));
        }
        lists = Collections.unmodifiableMap(copy);
    }

    public static ComfortMap empty() {
        return new ComfortMap(Map.of());
    }

    public List<String> get(ComfortList list) {
        return lists.get(list);
    }

    /** A message when an entry cannot be added to {@code list}, or null when it can. */
    public String problemAdding(ComfortList list, String item) {
        if (item == null || item.isBlank()) {
            return "Please write a few words first.";
        }
        if (item.strip().length() > ComfortList.MAX_ITEM) {
            return "Please keep each entry to " + ComfortList.MAX_ITEM + " characters.";
        }
        if (get(list).size() >= ComfortList.MAX_ITEMS) {
            return "This list holds up to " + ComfortList.MAX_ITEMS + " entries.";
        }
        String same = get(list).stream().filter(s -> s.equalsIgnoreCase(item.strip())).findFirst().orElse(null);
        if (same != null) {
            return "\u201c" + same + "\u201d is already on this list.";
        }
        return null;
    }
}
