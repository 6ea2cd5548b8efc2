package commonground.shell;

import org.kordamp.ikonli.Ikon;

/**
 * A feature's entry in the sidebar: its stable id (used for navigation), the name shown, its
 * icon, and its place, which is also its shortcut (2 is Ctrl+2; Home is 1).
 */
public record SidebarEntry(String id, String title, Ikon icon, int position) {
}
