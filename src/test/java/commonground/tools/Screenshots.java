package commonground.tools;

import javafx.scene.image.Image;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Saves the main window's content as a PNG, for the screenshot tours in this package. */
final class Screenshots {

    private Screenshots() {
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
