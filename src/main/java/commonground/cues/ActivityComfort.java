package commonground.cues;

/** For one shared activity: how many check-ins named it, and how many of those held signs of comfort. */
public record ActivityComfort(String activity, int checkIns, int withComfort) {
}
