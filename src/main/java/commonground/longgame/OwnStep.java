package commonground.longgame;

/** A step of the user's own on a person's ladder, at a rung. */
public record OwnStep(long id, String uuid, long personId, int rung, String text) {
}
