package commonground.longgame;

import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * A desktop notification through the system tray (java.awt), where the computer supports one;
 * otherwise nothing. The tray icon is added on first use and stays until the app closes.
 */
public final class DesktopNotifier implements Notifier {

    private static final System.Logger LOG = System.getLogger(DesktopNotifier.class.getName());

    private TrayIcon icon;

    @Override
    public synchronized void show(String text) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return;
            }
            if (icon == null) {
                icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "Common Ground");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage("Common Ground", text, TrayIcon.MessageType.NONE);
        } catch (Exception | LinkageError e) {
            // Best effort: the in-app notice has already been shown.
            LOG.log(System.Logger.Level.INFO, "No desktop notification could be shown: " + e);
        }
    }

    /** Takes the tray icon away (the app is closing). */
    public synchronized void close() {
        if (icon != null) {
            try {
                SystemTray.getSystemTray().remove(icon);
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.INFO, "The tray icon could not be removed: " + e);
            }
            icon = null;
        }
    }
}
