package commonground.app;

import commonground.content.ContentException;
import commonground.practice.PracticeFeature;
import commonground.practice.PracticeLibrary;
import commonground.practice.PracticeModule;
import commonground.scenarios.PracticeLink;
import commonground.shell.Navigator;

/**
 * Joins a finished walk-through to the practice conversation of the same situation: Scenarios asks
 * whether there is one and opens it through the navigator, knowing nothing of Practise.
 */
final class WalkThroughPractice implements PracticeLink {

    private static final System.Logger LOG = System.getLogger(WalkThroughPractice.class.getName());

    private final PracticeLibrary library;
    private final Navigator navigator;

    WalkThroughPractice(PracticeLibrary library, Navigator navigator) {
        this.library = library;
        this.navigator = navigator;
    }

    @Override
    public boolean offers(String scenarioId) {
        try {
            return library.forWalkThrough(scenarioId).isPresent();
        } catch (ContentException e) {
            LOG.log(System.Logger.Level.WARNING, "The practice conversations could not be read", e);
            return false;
        }
    }

    @Override
    public void open(String scenarioId) {
        open(scenarioId, null);
    }

    @Override
    public void open(String scenarioId, Long personId) {
        navigator.show(PracticeFeature.ID, PracticeModule.walkThroughTarget(scenarioId, personId));
    }
}
