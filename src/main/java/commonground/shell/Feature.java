package commonground.shell;

import org.kordamp.ikonli.Ikon;

import java.util.Optional;

/**
 * How a feature joins the app: its sidebar entry (id, title, icon and place), how its module is
 * built from the app's shared services, and what it offers Home. Each feature has one, in its own
 * package, so the composition root names no module ids.
 */
public interface Feature {

    /** Its entry in the sidebar: id, title, icon and place. */
    SidebarEntry entry();

    /** The module's stable id, used for navigation. */
    default String id() {
        return entry().id();
    }

    /** The name shown in the sidebar. */
    default String title() {
        return entry().title();
    }

    /** The sidebar icon. */
    default Ikon icon() {
        return entry().icon();
    }

    /** Its place in the sidebar, which is also its shortcut: 2 is Ctrl+2 (Home is 1). */
    default int position() {
        return entry().position();
    }

    /** Builds the module, when it is first shown. Called on the JavaFX Application Thread. */
    AppModule create(ModuleContext context);

    /** A way in from Home's entry points, if the feature has one. */
    default Optional<HomeModule.EntryPoint> entryPoint() {
        return Optional.empty();
    }

    /** What the feature lists under Home's "Recently", if anything. */
    default Optional<ActivitySource> recentActivity(ModuleContext context) {
        return Optional.empty();
    }

    /** What the feature lists under Home's "Coming up" and "Worth a look", if anything. */
    default Optional<DueSource> dueItems(ModuleContext context) {
        return Optional.empty();
    }
}
