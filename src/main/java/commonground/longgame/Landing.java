package commonground.longgame;

/** How a step of going first landed with the other person. */
public enum Landing {
    WARMLY("Warmly"),
    NEUTRAL("Neutral, nothing much"),
    CLOSED_UP("They closed up");

    private final String label;

    Landing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
