package commonground.storage.sync;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which changes a version of a record includes: for each computer, the stamp of its latest change
 * that went into it. Two versions neither of which includes the other were made on two computers
 * before they saw each other's change: they are concurrent, and free text in them may conflict.
 */
record VersionVector(Map<String, String> stamps) {

    VersionVector {
        stamps = new TreeMap<>(stamps);
    }

    static VersionVector empty() {
        return new VersionVector(Map.of());
    }

    /** This version with one more change, made on {@code device} with {@code stamp}. */
    VersionVector with(String device, String stamp) {
        TreeMap<String, String> m = new TreeMap<>(stamps);
        m.put(device, stamp);
        return new VersionVector(m);
    }

    /** Everything either version includes. */
    VersionVector merge(VersionVector other) {
        TreeMap<String, String> m = new TreeMap<>(stamps);
        other.stamps.forEach((d, s) -> m.merge(d, s, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return new VersionVector(m);
    }

    /** Whether this version includes every change {@code other} includes. */
    boolean includes(VersionVector other) {
        for (Map.Entry<String, String> e : other.stamps.entrySet()) {
            String mine = stamps.get(e.getKey());
            if (mine == null || mine.compareTo(e.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether neither version includes the other. */
    boolean concurrentWith(VersionVector other) {
        return !includes(other) && !other.includes(this);
    }
}
