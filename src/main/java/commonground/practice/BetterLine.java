package commonground.practice;

import java.util.List;

/** A line worth trying at a turn, and the practices it shows; the debrief offers it. */
public record BetterLine(String line, List<String> practices) {

    public BetterLine {
        practices = List.copyOf(practices);
    }
}
