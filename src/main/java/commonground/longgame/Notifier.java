package commonground.longgame;

/** Shows a desktop notification, where the computer offers one. Given generic words only. */
@FunctionalInterface
public interface Notifier {

    /** Shows {@code text}; best effort, never fails. */
    void show(String text);

    Notifier NONE = text -> { };
}
