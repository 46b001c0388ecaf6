package medsim.model;

import java.util.Arrays;

import medsim.actor.MigrantBoat;
import medsim.geo.SeaRaster;
import sim.util.Bag;

/**
 * A grid index of the boats at sea, so that a search looks only at boats within its reach
 * instead of every boat at sea. Built from the bag of boats when first asked after the boats
 * moved or the bag changed ({@link #invalidate}); a query gives the bag positions of every boat
 * within a radius of a point (with few boats at sea, exactly those; with many, also any whose
 * grid cell lies in the square around that circle), in bag order, so that a loop over them
 * visits the boats in the same order as a loop over the whole bag (and, if it skips only boats
 * beyond the radius, does exactly what that loop does). Reuses its arrays: no allocation once
 * they are large enough. One per run; not thread-safe.
 */
final class NearbyBoats {
    /** Up to this many boats at sea, a query tests each one's distance (see {@link #near}); beyond, it visits the grid's cells. */
    private static final int LINEAR_SCAN_MAX_BOATS = 48;
    private final Bag boats;
    private final double cellNm;
    private final int columns;
    private final int rows;
    /** The first entry of each cell in {@link #entries}, and one past the last cell's: cell c holds entries [start[c], start[c + 1]). */
    private final int[] start;
    /** Bag positions grouped by cell, ascending within each cell. */
    private int[] entries = new int[64];
    private int[] cellOf = new int[64];
    private int[] found = new int[64];
    /** Per cell, where its next entry goes while building. */
    private final int[] cursor;
    /** The farthest any boat moved this tick (from where it started the tick), nm. */
    private double farthestMoveNm;
    private boolean valid;
    /** How many boats the index was built from. */
    private int boatCount;

    /**
     * @param boats the bag of boats at sea (read, never changed)
     * @param widthNm the width of the theatre, nm
     * @param heightNm its height, nm
     * @param cellNm the grid's cell side, nm
     */
    NearbyBoats(Bag boats, double widthNm, double heightNm, double cellNm) {
        this.boats = boats;
        this.cellNm = cellNm;
        this.columns = Math.max(1, (int) Math.ceil(widthNm / cellNm));
        this.rows = Math.max(1, (int) Math.ceil(heightNm / cellNm));
        this.start = new int[columns * rows + 1];
        this.cursor = new int[columns * rows];
    }

    /** The boats moved, or one was added to or removed from the bag: the next query rebuilds the index. */
    void invalidate() {
        valid = false;
    }

    /**
     * The bag positions of the boats that were within {@code radiusNm} of (x, y) nm at some point
     * of this tick's move (every boat whose position now is within the radius plus the farthest
     * any boat moved this tick), ascending, in {@code found()[0 .. count-1]}; returns the count.
     * With many boats at sea, possibly some farther too (those in the grid cells the square around
     * that circle touches). The array is reused by the next query.
     */
    int near(double xNm, double yNm, double radiusNm) {
        if (!valid) build();
        if (boatCount == 0) return 0;
        radiusNm += farthestMoveNm;
        int n = 0;
        if (boatCount <= LINEAR_SCAN_MAX_BOATS) {
            // Few boats at sea (most ticks): testing each boat's distance is cheaper than visiting the cells.
            double r2 = radiusNm * radiusNm;
            for (int i = 0; i < boatCount; i++) {
                MigrantBoat b = (MigrantBoat) boats.objs[i];
                double dx = b.xNm() - xNm, dy = b.yNm() - yNm;
                if (dx * dx + dy * dy > r2) continue;
                if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                found[n++] = i;
            }
            return n;
        }
        int c0 = column(xNm - radiusNm), c1 = column(xNm + radiusNm);
        int r0 = row(yNm - radiusNm), r1 = row(yNm + radiusNm);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int e = start[cell]; e < start[cell + 1]; e++) {
                    if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = entries[e];
                }
            }
        }
        Arrays.sort(found, 0, n);
        return n;
    }

    /** The result of the last {@link #near} query. */
    int[] found() {
        return found;
    }

    private void build() {
        int n = boats.numObjs;
        boatCount = n;
        farthestMoveNm = 0;
        for (int i = 0; i < n; i++) {
            MigrantBoat b = (MigrantBoat) boats.objs[i];
            farthestMoveNm = Math.max(farthestMoveNm, Math.hypot(b.xNm() - b.startXNm(), b.yNm() - b.startYNm()));
        }
        valid = true;
        if (n <= LINEAR_SCAN_MAX_BOATS) return; // the grid is used only with more boats at sea
        if (entries.length < n) {
            entries = new int[2 * n];
            cellOf = new int[2 * n];
        }
        Arrays.fill(start, 0);
        for (int i = 0; i < n; i++) {
            MigrantBoat b = (MigrantBoat) boats.objs[i];
            int cell = row(b.yNm()) * columns + column(b.xNm());
            cellOf[i] = cell;
            start[cell + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) start[c + 1] += start[c];
        // Counting sort into cells; positions go in ascending order within each cell.
        System.arraycopy(start, 0, cursor, 0, columns * rows);
        for (int i = 0; i < n; i++) entries[cursor[cellOf[i]]++] = i;
    }

    // SeaRaster.floorToInt is (int) Math.floor for every double, without C1's call to StrictMath.
    private int column(double xNm) {
        return Math.max(0, Math.min(columns - 1, SeaRaster.floorToInt(xNm / cellNm)));
    }

    private int row(double yNm) {
        return Math.max(0, Math.min(rows - 1, SeaRaster.floorToInt(yNm / cellNm)));
    }
}
