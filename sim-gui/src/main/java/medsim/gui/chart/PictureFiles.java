package medsim.gui.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import medsim.record.AtomicFiles;

/**
 * Writes a picture as {@code STEM.png} and {@code STEM.svg}, each through a partial file
 * renamed when complete, like every medsim output. Both are byte-identical for the same
 * picture: the SVG's element ids are prefixed with the stem, not with JFreeSVG's default
 * (the clock's nanoseconds).
 */
public final class PictureFiles {
    private PictureFiles() {}

    public static List<Path> writePngAndSvg(Picture picture, Path dir, String stem) {
        Path png = dir.resolve(stem + ".png");
        Path svg = dir.resolve(stem + ".svg");
        BufferedImage image = render(picture);
        AtomicFiles.writeBytes(png, out -> {
            // In memory, not in a temporary file of ImageIO's: a full /tmp must not fail the chart.
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(image, "png", ios)) throw new IOException("no PNG writer");
            }
        });
        AtomicFiles.write(svg, w -> w.write(svgDocument(picture, stem)));
        return List.of(png, svg);
    }

    /** The picture as an SVG document whose ids (clip paths, gradients) start with {@code idPrefix}. */
    private static String svgDocument(Picture picture, String idPrefix) {
        return drawSvg(picture, idPrefix).getSVGDocument();
    }

    /**
     * The picture as one {@code <svg>} element to put inside an HTML page: its own id and the ids
     * it defines (clip paths, gradients) start with {@code id}, so several pictures with different
     * ids can share a page; a view box of the picture's size lets the page scale it. Byte-identical
     * for the same picture and id. Images in it (the event map's sea) are inline data, not files.
     */
    public static String svgElement(Picture picture, String id) {
        return drawSvg(picture, id).getSVGElement(id, true, new ViewBox(0, 0, picture.widthPx(), picture.heightPx()), null, null);
    }

    private static SVGGraphics2D drawSvg(Picture picture, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(picture.widthPx(), picture.heightPx());
        g.setDefsKeyPrefix(idPrefix + "-");
        picture.paint(g);
        return g;
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
}
