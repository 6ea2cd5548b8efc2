package commonground.shell;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Features take the sidebar places they name, after Home; two in one place, or a gap, is a mistake. */
class SidebarTest {

    private static Feature at(String id, int position) {
        return new Feature() {
            @Override
            public SidebarEntry entry() {
                return new SidebarEntry(id, id, Feather.CIRCLE, position);
            }

            @Override
            public AppModule create(ModuleContext context) {
                throw new AssertionError("built only when first shown");
            }
        };
    }

    @Test
    void featuresAreOrderedByTheirPlace() {
        assertEquals(List.of("a", "b", "c"), Sidebar.inOrder(List.of(at("c", 4), at("a", 2), at("b", 3)))
                .stream().map(Feature::id).toList());
    }

    @Test
    void twoFeaturesInOnePlaceOrAGapAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sidebar.inOrder(List.of(at("a", 2), at("b", 2))));
        assertThrows(IllegalArgumentException.class, () -> Sidebar.inOrder(List.of(at("a", 2), at("b", 4))));
        assertThrows(IllegalArgumentException.class, () -> Sidebar.inOrder(List.of(at("a", 1))));
    }
}
