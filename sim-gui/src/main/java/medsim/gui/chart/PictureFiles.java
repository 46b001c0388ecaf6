package medsim.gui.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

import medsim.record.AtomicFiles;

/**
 * Writes a picture as {@code STEM.png} and {@code STEM.svg}, each through a partial file
 * renamed when complete, like every medsim output.
 */
public final class PictureFiles {
    private PictureFiles() {}

    public static List<Path> writePngAndSvg(Picture picture, Path dir, String stem) {
        Path png = dir.resolve(stem + ".png");
        Path svg = dir.resolve(stem + ".svg");
        writePng(picture, png);
        SVGGraphics2D g = new SVGGraphics2D(picture.widthPx(), picture.heightPx());
        picture.paint(g);
        AtomicFiles.write(svg, w -> w.write(g.getSVGDocument()));
        return List.of(png, svg);
    }

    public static BufferedImage render(Picture picture) {
        BufferedImage img = new BufferedImage(picture.widthPx(), picture.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        picture.paint(g);
        g.dispose();
        return img;
    }

    private static void writePng(Picture picture, Path target) {
        Path partial = AtomicFiles.partialFor(target);
        try {
            if (!ImageIO.write(render(picture), "png", partial.toFile())) throw new IOException("no PNG writer");
            AtomicFiles.publish(partial, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed; report that
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
