package commonground.reflection;

/** What can meet a need: a person from the People list, a place, or an activity. */
public enum SourceKind {
    PERSON("Person"), PLACE("Place"), ACTIVITY("Activity");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
