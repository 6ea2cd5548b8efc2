package commonground.people;

/** How the user is related to a person they are working on connecting with. */
public enum Relationship {
    PARTNER("Partner"),
    PARENT("Parent"),
    CHILD("Child"),
    FRIEND("Friend"),
    COLLEAGUE("Colleague"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
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
