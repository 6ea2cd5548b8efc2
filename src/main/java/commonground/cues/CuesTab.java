package commonground.cues;

/** The three tabs of the Cues screen. */
public enum CuesTab {
    CHECK_IN, OVER_TIME, YOUR_CUES
}
