package medsim.gui.map;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where the theatre lies on a drawing surface: the pixel position of its north-west corner
 * and pixels per nautical mile along x and y (MASON may stretch a field to a display of
 * another aspect ratio, so the two can differ). Model positions are in nm, y growing south,
 * like screen pixels, so the mapping is a plain scale and shift.
 */
public record MapView(double originXPx, double originYPx, double pxPerNmX, double pxPerNmY) {

    /** The view MASON gives a field portrayal: its draw rectangle spans the whole field. */
    public static MapView of(Rectangle2D fieldOnScreen, double widthNm, double heightNm) {
        return new MapView(fieldOnScreen.getX(), fieldOnScreen.getY(),
                fieldOnScreen.getWidth() / widthNm, fieldOnScreen.getHeight() / heightNm);
    }

    /** A view with square pixels, the corner at a given place (for pictures drawn outside MASON). */
    public static MapView square(double originXPx, double originYPx, double pxPerNm) {
        return new MapView(originXPx, originYPx, pxPerNm, pxPerNm);
    }

    public double xPx(double xNm) { return originXPx + xNm * pxPerNmX; }

    public double yPx(double yNm) { return originYPx + yNm * pxPerNmY; }

    public Point2D.Double px(double xNm, double yNm) { return new Point2D.Double(xPx(xNm), yPx(yNm)); }

    /** Nautical miles to pixels along x, the direction of the scale bar. */
    public double lengthPx(double nm) { return nm * pxPerNmX; }

    /** The transform from nm to pixels, for shapes built in nm. */
    public AffineTransform transform() {
        return new AffineTransform(pxPerNmX, 0, 0, pxPerNmY, originXPx, originYPx);
    }
}
