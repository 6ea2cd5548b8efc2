package commonground.shell;

/** Lets a module send the user to another module, e.g. Home's entry points. */
@FunctionalInterface
public interface Navigator {

    /** Shows the module with this id, if it exists and the current one allows leaving. */
    void show(String moduleId);

    /**
     * Shows the module and, inside it, what {@code target} names (such as "note:42"); a module that
     * does not know the target just shows itself.
     */
    default void show(String moduleId, String target) {
        show(moduleId);
    }
}
