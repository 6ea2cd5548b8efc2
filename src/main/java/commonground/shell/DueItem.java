package commonground.shell;

import java.time.LocalDate;

/**
 * Something to come back to, shown on Home: the day, a few words that never quote what the user
 * wrote, and what it opens ({@code moduleId} and {@code target}).
 */
public record DueItem(LocalDate on, String text, String moduleId, String target) {
}
