package commonground.scenarios;

/** Which past runs to list: all, those of the selected scenario, or those about one person. */
public record RunFilter(String label, boolean selectedScenarioOnly, Long personId) {

    public static final RunFilter ALL = new RunFilter("All walk-throughs", false, null);
    public static final RunFilter THIS_SCENARIO = new RunFilter("This scenario", true, null);

    public static RunFilter about(long personId, String name) {
        return new RunFilter("About " + name, false, personId);
    }

    boolean matches(ScenarioRun run, String selectedScenarioId) {
        if (selectedScenarioOnly && !run.scenarioId().equals(selectedScenarioId)) {
            return false;
        }
        return personId == null || personId.equals(run.personId());
    }

    @Override
    public String toString() {
        return label;
    }
}
