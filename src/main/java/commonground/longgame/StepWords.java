package commonground.longgame;

/** What Going first says when a step is kept or about to be deleted. */
final class StepWords {

    private StepWords() {
    }

    /** The answer to "Keep this step": {@code landed} may be null (it can wait); {@code changed}: an edit. */
    static String kept(Landing landed, boolean changed, boolean keptOther) {
        return keptOther ? "Your changes to the step are kept. " + WhoKnowsViewModel.ALSO_CHANGED
                : changed ? "Your changes to the step are kept."
                : landed == null ? "Kept. How it landed can wait: from the next day, \u201cHow did it go?\u201d "
                + "asks at the top of this page (or choose the step and press Edit)."
                : landed == Landing.WARMLY ? "Kept. It landed warmly; take your time before the next one."
                : "Kept. Going first counts, however it landed.";
    }

    /** The question before a step is deleted. */
    static String deleting(TakenStep step) {
        return "The step of " + TakenStep.DAY.format(step.takenOn()) + " (\u201c" + TakenStep.shortened(step.what())
                + "\u201d) will be deleted, with how it landed.";
    }
}
