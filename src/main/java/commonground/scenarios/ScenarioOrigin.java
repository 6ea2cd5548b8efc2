package commonground.scenarios;

/** Where a scenario text came from. */
public enum ScenarioOrigin {
    BUILT_IN,
    IMPORTED
}
