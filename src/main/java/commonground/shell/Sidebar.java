package commonground.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The modules in sidebar order: Home first, then each feature at the place it names. Features are
 * built when first opened, so the first frame does not wait for them.
 */
public final class Sidebar {

    private Sidebar() {
    }

    /** Home, then the features by position; fails if two features claim one place or one is left empty. */
    public static List<AppModule> modules(List<Feature> features, ModuleContext context) {
        List<Feature> ordered = inOrder(features);
        List<AppModule> modules = new ArrayList<>();
        HomeModule home = new HomeModule(context.navigator(), context.practices(),
                ordered.stream().map(Feature::entryPoint).flatMap(Optional::stream).toList(),
                new RecentActivityView(ordered.stream().map(f -> f.recentActivity(context))
                        .flatMap(Optional::stream).toList(), context.dbThread(), context.navigator(),
                        context.clock()),
                new DueItemsView(ordered.stream().map(f -> f.dueItems(context)).flatMap(Optional::stream).toList(),
                        context.dbThread(), context.navigator(), context.clock()));
        if (context.navigator() instanceof ShellModel shell) {
            home.showingSync(shell.syncOnProperty());
        }
        modules.add(home);
        for (Feature feature : ordered) {
            modules.add(new LazyModule(feature, context));
        }
        return List.copyOf(modules);
    }

    static List<Feature> inOrder(List<Feature> features) {
        List<Feature> ordered = features.stream().sorted(Comparator.comparingInt(Feature::position)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() != i + 2) {
                throw new IllegalArgumentException("Sidebar place " + (i + 2) + " is not held by exactly one "
                        + "feature (found " + ordered.get(i).id() + " at " + ordered.get(i).position() + ")");
            }
        }
        return ordered;
    }
}
