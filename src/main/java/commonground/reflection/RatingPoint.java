package commonground.reflection;

import java.time.Instant;

/** How met one need felt at one check-in. */
public record RatingPoint(Instant at, int rating) {
}
