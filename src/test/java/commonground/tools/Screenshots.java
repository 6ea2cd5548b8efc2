package commonground.tools;

import commonground.app.AppDriver;
import javafx.scene.image.Image;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The screenshot tours in this package: a fresh app to drive, and saving its window as a PNG. */
final class Screenshots {

    private Screenshots() {
    }

    /** One tour: drives the app and saves screenshots into {@code out}. */
    interface Tour {
        void run(FxRobot robot, AppDriver driver, Path out) throws Exception;
    }

    /**
     * Runs a tour over a new app with an empty data folder, saving into the folder named by the
     * first argument (default {@code assets/screenshots}), then exits.
     */
    static void run(String[] args, Tour tour) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        AppDriver driver = new AppDriver(Files.createTempDirectory("screenshot-tour")).start();
        try {
            tour.run(new FxRobot(), driver, out);
        } finally {
            driver.stop();
        }
        System.exit(0);
    }

    /** Saves the window as {@code first}, switches the theme, and saves it again as {@code second}. */
    static void saveInBothThemes(FxRobot robot, AppDriver driver, Path first, Path second) throws Exception {
        save(robot, first);
        robot.clickOn("#theme-toggle");
        driver.settle();
        save(robot, second);
    }

    static void save(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var root = Window.getWindows().get(0).getScene().getRoot();
        Image image = robot.capture(root).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
        System.out.println("saved " + file);
    }
}
