package medsim.geo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import sim.field.grid.IntGrid2D;

/**
 * Land/sea raster over a {@link Projection}: square cells of {@code cellNm}, row 0 at the north.
 * A cell is land if its centre is inside a land polygon (or, for an island smaller than a cell,
 * if it holds the island's centroid). For every cell it holds the distance to
 * the nearest land of each coastal state and the legal zone, so the per-step queries of the
 * model are array look-ups.
 *
 * <p>Land cells, not polygon edges, are the coast: edges on the box edge and land borders
 * between states are not coastline, and measuring from cells ignores them without special
 * cases. Distances are Euclidean in projected nm (see {@link Projection} for the ±3% east–west
 * scale error at the box edges), minus half a cell, to approximate the distance to the coastline
 * rather than to the centre of the nearest land cell.
 *
 * <p>Immutable after {@link #build}; one instance is shared read-only by all runs and threads.
 */
public final class SeaRaster {
    private static final byte SEA = -1;

    // Layout of the zones list: 0 is the high seas, then three zones per state in this order.
    private static final byte HIGH_SEAS_ZONE = 0;
    private static final int TERRITORIAL_ZONE = 1;
    private static final int CONTIGUOUS_ZONE = 2;
    private static final int LAND_ZONE = 3;

    private final Projection projection;
    private final double cellNm;
    private final double territorialSeaNm;
    private final double contiguousZoneNm;
    private final int width;
    private final int height;
    private final List<String> states;
    // Per cell, index y * width + x.
    private final byte[] landOwner;           // SEA or index into states
    private final float[][] coastDistanceNm;  // [state][cell]
    private final byte[] nearestState;        // index into states, -1 if there is no land at all
    private final byte[] zoneId;              // index into zones
    private final boolean[] openSea;          // in the largest connected body of sea
    private final float[] landClearanceNm;    // the nearest state's coastDistanceNm: how far the nearest land is
    // Every zone a cell can have, built once so zoneAt() allocates nothing; see zoneId().
    private final List<SeaZone> zones;

    private SeaRaster(Projection projection, double cellNm, double territorialSeaNm, double contiguousZoneNm,
            int width, int height, List<String> states, byte[] landOwner, float[][] coastDistanceNm,
            byte[] nearestState, byte[] zoneId, boolean[] openSea, List<SeaZone> zones) {
        this.projection = projection;
        this.cellNm = cellNm;
        this.territorialSeaNm = territorialSeaNm;
        this.contiguousZoneNm = contiguousZoneNm;
        this.width = width;
        this.height = height;
        this.states = states;
        this.landOwner = landOwner;
        this.coastDistanceNm = coastDistanceNm;
        this.nearestState = nearestState;
        this.zoneId = zoneId;
        this.openSea = openSea;
        this.zones = zones;
        this.landClearanceNm = new float[width * height];
        Arrays.fill(landClearanceNm, Float.POSITIVE_INFINITY);
        for (float[] toState : coastDistanceNm) {
            for (int i = 0; i < landClearanceNm.length; i++) landClearanceNm[i] = Math.min(landClearanceNm[i], toState[i]);
        }
    }

    /**
     * Rasterises {@code land} and computes coast distances and zones. Polygons must not overlap
     * (if they do, the first in the list owns the cell); a polygon too small to hold any cell
     * centre gets the cell under its centroid, so no island vanishes. Zone rule: land; else the
     * territorial sea of the nearest state if within {@code territorialSeaNm}; else its contiguous
     * zone if within {@code contiguousZoneNm}; else the high seas. Equidistant states: the lowest
     * code wins.
     */
    public static SeaRaster build(Projection projection, List<LandPolygon> land, double cellNm,
            double territorialSeaNm, double contiguousZoneNm) {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(land, "land");
        if (!(cellNm > 0.0) || !Double.isFinite(cellNm)) {
            throw new IllegalArgumentException("cellNm must be positive and finite, got " + cellNm);
        }
        if (!(territorialSeaNm >= 0.0 && contiguousZoneNm >= territorialSeaNm) || !Double.isFinite(contiguousZoneNm)) {
            throw new IllegalArgumentException("need 0 <= territorialSeaNm <= contiguousZoneNm, finite; got "
                    + territorialSeaNm + " and " + contiguousZoneNm);
        }
        int[] size = gridSize(projection, cellNm);
        int width = size[0];
        int height = size[1];

        TreeSet<String> stateSet = new TreeSet<>();
        for (LandPolygon p : land) {
            stateSet.add(p.stateCode());
        }
        List<String> states = List.copyOf(stateSet);
        if (states.size() > 42) {
            throw new IllegalArgumentException("at most 42 coastal states (zone ids are bytes), got " + states.size());
        }

        byte[] landOwner = rasterise(projection, land, states, cellNm, width, height);
        float[][] coastDistanceNm = coastDistancesNm(landOwner, states.size(), cellNm, width, height);
        int cells = width * height;
        byte[] nearestState = new byte[cells];
        byte[] zoneId = new byte[cells];
        for (int i = 0; i < cells; i++) {
            if (landOwner[i] != SEA) {
                nearestState[i] = landOwner[i];
                zoneId[i] = zoneId(LAND_ZONE, landOwner[i]);
                continue;
            }
            int nearest = -1;
            double nearestNm = Double.POSITIVE_INFINITY;
            for (int s = 0; s < states.size(); s++) {
                // Strictly less: on a tie the earlier, i.e. alphabetically lowest, state keeps it.
                if (coastDistanceNm[s][i] < nearestNm) {
                    nearestNm = coastDistanceNm[s][i];
                    nearest = s;
                }
            }
            nearestState[i] = (byte) nearest;
            zoneId[i] = nearest < 0 || nearestNm > contiguousZoneNm ? HIGH_SEAS_ZONE
                    : zoneId(nearestNm <= territorialSeaNm ? TERRITORIAL_ZONE : CONTIGUOUS_ZONE, nearest);
        }

        return new SeaRaster(projection, cellNm, territorialSeaNm, contiguousZoneNm, width, height, states,
                landOwner, coastDistanceNm, nearestState, zoneId, largestSeaBody(landOwner, width, height),
                zones(states));
    }

    /** Every zone a cell can have, in the order of {@link #zoneId}: the high seas, then territorial, contiguous and land per state. */
    private static List<SeaZone> zones(List<String> states) {
        List<SeaZone> zones = new ArrayList<>();
        zones.add(SeaZone.HIGH_SEAS);
        for (String state : states) {
            zones.add(new SeaZone(ZoneKind.TERRITORIAL_SEA, state));
            zones.add(new SeaZone(ZoneKind.CONTIGUOUS_ZONE, state));
            zones.add(new SeaZone(ZoneKind.LAND, state));
        }
        return List.copyOf(zones);
    }

    /** How many cells the raster of the projection's box has at this cell size (see {@link #build}). */
    public static long cellCount(Projection projection, double cellNm) {
        int[] size = gridSize(projection, cellNm);
        return (long) size[0] * size[1];
    }

    /** The grid's {width, height} in cells for the projection's box and the cell size. */
    private static int[] gridSize(Projection projection, double cellNm) {
        // The 1e-9 keeps an exact multiple (570 nm / 1 nm) from gaining a spurious extra cell.
        long widthL = (long) Math.ceil(projection.widthNm() / cellNm - 1e-9);
        long heightL = (long) Math.ceil(projection.heightNm() / cellNm - 1e-9);
        if (widthL * heightL > 100_000_000L) {
            throw new IllegalArgumentException("raster of " + widthL + " x " + heightL + " cells is too large; use larger cells");
        }
        return new int[] {(int) widthL, (int) heightL};
    }

    /** How many bytes {@link #writeCells} writes. */
    public int cellBytes() {
        int cells = width * height;
        int bytes = 4 + 4 + 4;
        for (String state : states) bytes += 4 + state.getBytes(StandardCharsets.UTF_8).length;
        return bytes + cells * (3 + 1 + 4 * states.size());
    }

    /**
     * Writes everything {@link #build} computed (width, height, the states, then per cell the land
     * owner, nearest state, zone, open sea, and each state's coast distance as a float), so that
     * {@link #readCells} gives back an equal raster without the distance transforms. Not the
     * projection, cell size or zone widths: the reader is given them. {@link #cellBytes} bytes,
     * in the buffer's byte order.
     */
    public void writeCells(ByteBuffer out) {
        out.putInt(width).putInt(height).putInt(states.size());
        for (String state : states) {
            byte[] code = state.getBytes(StandardCharsets.UTF_8);
            out.putInt(code.length).put(code);
        }
        out.put(landOwner).put(nearestState).put(zoneId);
        for (boolean open : openSea) out.put(open ? (byte) 1 : (byte) 0);
        for (float[] distances : coastDistanceNm) {
            out.asFloatBuffer().put(distances);
            out.position(out.position() + 4 * distances.length);
        }
    }

    /**
     * The raster {@link #writeCells} wrote for the same projection, cell size and zone widths.
     *
     * @throws IllegalArgumentException if the bytes do not describe a raster of this shape
     *         (another grid size, a cell value out of range); {@link java.nio.BufferUnderflowException}
     *         if they end early
     */
    public static SeaRaster readCells(ByteBuffer in, Projection projection, double cellNm,
            double territorialSeaNm, double contiguousZoneNm) {
        int[] size = gridSize(projection, cellNm);
        int width = in.getInt();
        int height = in.getInt();
        if (width != size[0] || height != size[1]) {
            throw new IllegalArgumentException("a raster of " + width + " x " + height + " cells, not the " + size[0] + " x " + size[1] + " of this grid");
        }
        int stateCount = in.getInt();
        if (stateCount < 0 || stateCount > 42) throw new IllegalArgumentException(stateCount + " states");
        List<String> states = new ArrayList<>(stateCount);
        for (int s = 0; s < stateCount; s++) {
            int length = in.getInt();
            if (length != 3) throw new IllegalArgumentException("a state code of " + length + " bytes");
            byte[] code = new byte[length];
            in.get(code);
            String state = new String(code, StandardCharsets.UTF_8);
            if (!SeaZone.isStateCode(state) || (s > 0 && states.get(s - 1).compareTo(state) >= 0)) {
                throw new IllegalArgumentException("states not sorted alpha-3 codes");
            }
            states.add(state);
        }
        int cells = width * height;
        byte[] landOwner = new byte[cells];
        byte[] nearestState = new byte[cells];
        byte[] zoneId = new byte[cells];
        byte[] open = new byte[cells];
        in.get(landOwner).get(nearestState).get(zoneId).get(open);
        boolean[] openSea = new boolean[cells];
        int zoneCount = 1 + 3 * stateCount;
        for (int i = 0; i < cells; i++) {
            if (landOwner[i] < SEA || landOwner[i] >= stateCount || nearestState[i] < -1 || nearestState[i] >= stateCount
                    || zoneId[i] < 0 || zoneId[i] >= zoneCount || (open[i] & ~1) != 0) {
                throw new IllegalArgumentException("cell " + i + " holds a value out of range");
            }
            openSea[i] = open[i] == 1;
        }
        float[][] coastDistanceNm = new float[stateCount][cells];
        for (float[] distances : coastDistanceNm) {
            in.asFloatBuffer().get(distances);
            in.position(in.position() + 4 * cells);
        }
        return new SeaRaster(projection, cellNm, territorialSeaNm, contiguousZoneNm, width, height, List.copyOf(states),
                landOwner, coastDistanceNm, nearestState, zoneId, openSea, zones(states));
    }

    private static byte zoneId(int kindOffset, int state) {
        return (byte) (kindOffset + 3 * state);
    }

    /**
     * Per state, each cell's distance to that state's land in nm: the exact Euclidean distance
     * between cell centres, less half a cell, so that it approximates the distance to the
     * coastline rather than to the centre of the nearest land cell (and is 0 on the land itself).
     */
    private static float[][] coastDistancesNm(byte[] landOwner, int stateCount, double cellNm, int width, int height) {
        int cells = width * height;
        float[][] distanceNm = new float[stateCount][cells];
        boolean[] site = new boolean[cells];
        for (int s = 0; s < stateCount; s++) {
            for (int i = 0; i < cells; i++) {
                site[i] = landOwner[i] == s;
            }
            double[] cellsAway = DistanceTransform.euclidean(site, width, height);
            for (int i = 0; i < cells; i++) {
                distanceNm[s][i] = (float) Math.max(0.0, cellsAway[i] * cellNm - cellNm / 2.0);
            }
        }
        return distanceNm;
    }

    /**
     * Scanline fill: per row, where each polygon's edges cross the row's centre latitude, sorted,
     * land between pairs. Exact for "centre inside" and O(rows x vertices), where testing every
     * cell against every polygon would be O(cells x vertices).
     */
    private static byte[] rasterise(Projection projection, List<LandPolygon> land, List<String> states,
            double cellNm, int width, int height) {
        byte[] owner = new byte[width * height];
        Arrays.fill(owner, SEA);
        int maxVertices = 0;
        for (LandPolygon p : land) {
            maxVertices = Math.max(maxVertices, p.polygon().vertexCount());
        }
        double[] crossings = new double[maxVertices];
        for (LandPolygon p : land) {
            GeoPolygon polygon = p.polygon();
            byte state = (byte) Collections.binarySearch(states, p.stateCode());
            boolean claimedAny = false;
            for (int y = 0; y < height; y++) {
                double latDeg = projection.latDeg((y + 0.5) * cellNm);
                if (latDeg < polygon.minLatDeg() || latDeg > polygon.maxLatDeg()) {
                    continue;
                }
                int count = polygon.crossingLons(latDeg, crossings);
                Arrays.sort(crossings, 0, count);
                for (int k = 0; k + 1 < count; k += 2) {
                    int from = firstCellCentreAtOrEastOf(crossings[k], projection, cellNm, width);
                    int to = firstCellCentreAtOrEastOf(crossings[k + 1], projection, cellNm, width);
                    for (int x = from; x < to; x++) {
                        if (owner[y * width + x] == SEA) {
                            owner[y * width + x] = state;
                        }
                        claimedAny = true;
                    }
                }
            }
            if (!claimedAny) {
                // An island smaller than a cell holds no cell centre, but its territorial sea
                // still counts: give it the cell under its centroid rather than lose it.
                double[] centroid = centroidLonLat(polygon);
                int x = clampedCell(projection.xNm(centroid[0]), cellNm, width);
                int y = clampedCell(projection.yNm(centroid[1]), cellNm, height);
                if (owner[y * width + x] == SEA) {
                    owner[y * width + x] = state;
                }
            }
        }
        return owner;
    }

    /** Area centroid {lon, lat} of the ring (vertex mean if it has no area); fine for small islands. */
    private static double[] centroidLonLat(GeoPolygon polygon) {
        List<GeoPoint> ring = polygon.ring();
        double twiceArea = 0.0;
        double lonSum = 0.0;
        double latSum = 0.0;
        GeoPoint origin = ring.get(0); // relative coordinates keep the cross products precise
        for (int i = 0, n = ring.size(); i < n; i++) {
            GeoPoint a = ring.get(i);
            GeoPoint b = ring.get((i + 1) % n);
            double ax = a.lonDeg() - origin.lonDeg();
            double ay = a.latDeg() - origin.latDeg();
            double bx = b.lonDeg() - origin.lonDeg();
            double by = b.latDeg() - origin.latDeg();
            double cross = ax * by - bx * ay;
            twiceArea += cross;
            lonSum += (ax + bx) * cross;
            latSum += (ay + by) * cross;
        }
        if (Math.abs(twiceArea) < 1e-15) {
            double lon = 0.0;
            double lat = 0.0;
            for (GeoPoint p : ring) {
                lon += p.lonDeg();
                lat += p.latDeg();
            }
            return new double[] {lon / ring.size(), lat / ring.size()};
        }
        return new double[] {origin.lonDeg() + lonSum / (3.0 * twiceArea), origin.latDeg() + latSum / (3.0 * twiceArea)};
    }

    /**
     * Smallest column whose centre longitude is >= lonDeg (width if none). Compared in longitude,
     * as GeoPolygon.contains() compares, so the raster agrees with contains() at every centre.
     */
    private static int firstCellCentreAtOrEastOf(double lonDeg, Projection projection, double cellNm, int width) {
        int x = (int) Math.max(0, Math.min(width, Math.ceil(projection.xNm(lonDeg) / cellNm - 0.5)));
        while (x > 0 && projection.lonDeg((x - 0.5) * cellNm) >= lonDeg) {
            x--;
        }
        while (x < width && projection.lonDeg((x + 0.5) * cellNm) < lonDeg) {
            x++;
        }
        return x;
    }

    /**
     * Marks the largest 4-connected body of sea cells. Lagoons and harbours that the raster cuts
     * off from the open sea are left out, so ports are not snapped into water no ship can leave.
     * 4-connected because routing moves diagonally only where both side cells are sea.
     */
    private static boolean[] largestSeaBody(byte[] landOwner, int width, int height) {
        int cells = width * height;
        int[] label = new int[cells];
        Arrays.fill(label, -1);
        int[] queue = new int[cells];
        int bestLabel = -1;
        int bestSize = 0;
        int labels = 0;
        for (int start = 0; start < cells; start++) {
            if (landOwner[start] != SEA || label[start] >= 0) {
                continue;
            }
            int current = labels++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = current;
            while (head < tail) {
                int i = queue[head++];
                int x = i % width;
                int y = i / width;
                if (x > 0) {
                    tail = enqueueSea(i - 1, current, landOwner, label, queue, tail);
                }
                if (x < width - 1) {
                    tail = enqueueSea(i + 1, current, landOwner, label, queue, tail);
                }
                if (y > 0) {
                    tail = enqueueSea(i - width, current, landOwner, label, queue, tail);
                }
                if (y < height - 1) {
                    tail = enqueueSea(i + width, current, landOwner, label, queue, tail);
                }
            }
            // Strictly greater: of equal bodies the first in scan order wins.
            if (tail > bestSize) {
                bestSize = tail;
                bestLabel = current;
            }
        }
        boolean[] open = new boolean[cells];
        for (int i = 0; i < cells; i++) {
            open[i] = label[i] == bestLabel && bestLabel >= 0;
        }
        return open;
    }

    private static int enqueueSea(int i, int current, byte[] landOwner, int[] label, int[] queue, int tail) {
        if (landOwner[i] == SEA && label[i] < 0) {
            label[i] = current;
            queue[tail++] = i;
        }
        return tail;
    }

    public Projection projection() {
        return projection;
    }

    public double cellNm() {
        return cellNm;
    }

    public double territorialSeaNm() {
        return territorialSeaNm;
    }

    public double contiguousZoneNm() {
        return contiguousZoneNm;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The coastal states with land in the raster's input, sorted alpha-3 codes. */
    public List<String> states() {
        return states;
    }

    /** Column of xNm, clamped to the grid. */
    public int cellX(double xNm) {
        return clampedCell(xNm, cellNm, width);
    }

    /** Row of yNm (row 0 is the north), clamped to the grid. */
    public int cellY(double yNm) {
        return clampedCell(yNm, cellNm, height);
    }

    private static int clampedCell(double nm, double cellNm, int cells) {
        if (!Double.isFinite(nm)) {
            // A NaN position is a bug upstream; clamping it to cell 0 would hide it.
            throw new IllegalArgumentException("position must be finite, got " + nm);
        }
        return Math.max(0, Math.min(cells - 1, floorToInt(nm / cellNm)));
    }

    /** x (or y) of the centre of column (or row) {@code cell}. */
    public double cellCentreNm(int cell) {
        return (cell + 0.5) * cellNm;
    }

    private int index(double xNm, double yNm) {
        return cellY(yNm) * width + cellX(xNm);
    }

    public boolean isLand(double xNm, double yNm) {
        return landOwner[index(xNm, yNm)] != SEA;
    }

    /** The state owning the land at the point, or null at sea. */
    public String landStateAt(double xNm, double yNm) {
        byte owner = landOwner[index(xNm, yNm)];
        return owner == SEA ? null : states.get(owner);
    }

    /**
     * True if the point is in the open sea: a sea cell connected to the main body of sea, not a
     * lagoon or harbour basin that the raster cuts off.
     */
    public boolean isOpenSea(double xNm, double yNm) {
        return openSea[index(xNm, yNm)];
    }

    /**
     * Distance from the point's cell to the nearest land of the state, in nm: 0 on that state's
     * land, infinite if the state has no land cell at this resolution.
     *
     * @throws IllegalArgumentException if the state is not one of {@link #states()}
     */
    public double distanceToCoastNm(String stateCode, double xNm, double yNm) {
        return coastDistanceNm[stateIndex(stateCode)][index(xNm, yNm)];
    }

    private int stateIndex(String stateCode) {
        int s = Collections.binarySearch(states, stateCode);
        if (s < 0) {
            throw new IllegalArgumentException("no land of state '" + stateCode + "' in this raster; states are " + states);
        }
        return s;
    }

    /** The state whose land is nearest (the owner, on land), ties to the lowest code; null if there is no land at all. */
    public String nearestCoastalState(double xNm, double yNm) {
        int s = nearestState[index(xNm, yNm)];
        return s < 0 ? null : states.get(s);
    }

    public SeaZone zoneAt(double xNm, double yNm) {
        return zones.get(zoneId[index(xNm, yNm)]);
    }

    /** A new grid, [x][y] with y = 0 at the north: -1 for sea, else the index of the owner in {@link #states()}. */
    public IntGrid2D landOwnerGrid() {
        IntGrid2D grid = new IntGrid2D(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grid.field[x][y] = landOwner[y * width + x];
            }
        }
        return grid;
    }

    /**
     * The nearest point of the open sea ({@link #isOpenSea}): the point itself if it is in the
     * grid and in the open sea, otherwise the centre of the nearest open-sea cell (ports lie on
     * land cells at these resolutions). Ties go to the northernmost, then westernmost cell.
     * Returns a new {x, y} array.
     */
    public double[] nearestSeaPoint(double xNm, double yNm) {
        boolean inGrid = xNm >= 0.0 && xNm < width * cellNm && yNm >= 0.0 && yNm < height * cellNm;
        int cx = cellX(xNm);
        int cy = cellY(yNm);
        if (inGrid && openSea[cy * width + cx]) {
            return new double[] {xNm, yNm};
        }
        // From outside the grid, search from the nearest point on its edge.
        double px = Math.max(0.0, Math.min(width * cellNm, xNm));
        double py = Math.max(0.0, Math.min(height * cellNm, yNm));
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        int maxRing = Math.max(width, height);
        for (int r = 0; r <= maxRing; r++) {
            // Any centre on ring r lies at least (r - 1/2) cells from a point in the start cell.
            double bound = (r - 0.5) * cellNm;
            if (best >= 0 && bound > 0 && bound * bound > bestD2) {
                break;
            }
            for (int y = cy - r; y <= cy + r; y++) {
                if (y < 0 || y >= height) {
                    continue;
                }
                boolean edgeRow = y == cy - r || y == cy + r;
                int step = edgeRow ? 1 : 2 * r;
                for (int x = cx - r; x <= cx + r; x += step) {
                    if (x < 0 || x >= width || !openSea[y * width + x]) {
                        continue;
                    }
                    double dx = cellCentreNm(x) - px;
                    double dy = cellCentreNm(y) - py;
                    double d2 = dx * dx + dy * dy;
                    int i = y * width + x;
                    if (d2 < bestD2 || (d2 == bestD2 && i < best)) {
                        bestD2 = d2;
                        best = i;
                    }
                }
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the raster has no open sea");
        }
        return new double[] {cellCentreNm(best % width), cellCentreNm(best / width)};
    }

    /**
     * True if the straight segment crosses no land cell. Walks every cell the segment touches
     * (Amanatides and Woo); where it passes exactly through a cell corner, both cells beside the
     * corner must be sea, so a line cannot slip between two land cells that meet diagonally.
     * Cells outside the grid count as sea (there is no land data there).
     */
    public boolean lineOfSightAtSea(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        if (!Double.isFinite(x0Nm) || !Double.isFinite(y0Nm) || !Double.isFinite(x1Nm) || !Double.isFinite(y1Nm)) {
            throw new IllegalArgumentException("segment ends must be finite");
        }
        if (clearOfLand(x0Nm, y0Nm, x1Nm, y1Nm, CLEARANCE_HALVINGS)) return true;
        return walk(x0Nm, y0Nm, x1Nm, y1Nm, true);
    }

    /**
     * Whether no land cell lies within a cell's half-diagonal of the segment (so the walk of
     * {@link #lineOfSightByWalk}, whose every cell does, would find none): at sea far from land
     * (most legs), the middle's cell is farther from the nearest land than half the segment's
     * length plus {@link #CLEARANCE_MARGIN_CELLS}; failing that, up to {@code halvings} times
     * over, each half is. A segment that passes near land is not cleared (false), and walked.
     */
    private boolean clearOfLand(double x0Nm, double y0Nm, double x1Nm, double y1Nm, int halvings) {
        double mx = 0.5 * (x0Nm + x1Nm), my = 0.5 * (y0Nm + y1Nm);
        if (!(mx >= 0.0 && mx < width * cellNm && my >= 0.0 && my < height * cellNm)) return false;
        double sx = x1Nm - x0Nm, sy = y1Nm - y0Nm;
        double halfNm = 0.5 * Math.sqrt(sx * sx + sy * sy);
        // cellY(my) and cellX(mx), inline (this is the line of sight's hottest line: the calls
        // and their finiteness check cost a ten-times year about 3%): the middle is in the grid,
        // so the quotients are >= 0 and truncating them is flooring; the clamp stays for a
        // quotient that rounds up to the grid's size.
        double clearance = landClearanceNm[Math.min(height - 1, (int) (my / cellNm)) * width + Math.min(width - 1, (int) (mx / cellNm))];
        if (clearance > halfNm + CLEARANCE_MARGIN_CELLS * cellNm) return true;
        // Halving helps only while the halves are long beside the margin, and while land is not
        // at the middle itself.
        if (halvings == 0 || halfNm < 2 * CLEARANCE_MARGIN_CELLS * cellNm || clearance <= CLEARANCE_MARGIN_CELLS * cellNm) return false;
        return clearOfLand(x0Nm, y0Nm, mx, my, halvings - 1) && clearOfLand(mx, my, x1Nm, y1Nm, halvings - 1);
    }

    /** How many times {@link #clearOfLand} may halve a segment before it walks it. */
    private static final int CLEARANCE_HALVINGS = 3;

    /**
     * Beyond half a segment's length, how far (in cells) the land must be from the middle's cell
     * for the segment to be at sea without walking it ({@link #clearOfLand}): the middle lies up to half a diagonal
     * (0.71 cell) from its cell's centre, a visited cell's centre up to 0.71 cell from the
     * segment, and coastDistanceNm is half a cell short of the distance to the land cell's
     * centre: 0.71 + 0.71 - 0.5 = 0.92 cell at most; 2 leaves room for float rounding.
     */
    private static final double CLEARANCE_MARGIN_CELLS = 2.0;

    /**
     * {@link #lineOfSightAtSea} by walking every cell the segment crosses: {@link #walk} without
     * its shortcuts, the reference the tests compare the shortcuts with.
     */
    boolean lineOfSightByWalk(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        return walk(x0Nm, y0Nm, x1Nm, y1Nm, false);
    }

    /**
     * Whether every cell the segment crosses is sea, walked cell by cell (a corner the segment
     * passes through counts the cells on both sides). With {@code shortcuts} it gives the same
     * answer walking fewer cells one by one: it takes the same steps from the same doubles, so
     * the cells it visits are the plain walk's, and it leaves out only cells it has shown to be
     * sea without looking at them:
     * <ul>
     * <li>Cells near the current one. Every cell the walk visits meets the segment (a corner
     * that the segment passes through counts for both cells beside it). From the point where the
     * walk entered its current cell (at most half a diagonal, 0.71 cell, from the cell's centre),
     * the next {@code aheadNm} of the segment lie within {@code aheadNm} + 0.71 cell of that
     * centre, so the cells the walk enters there have their centres within {@code aheadNm} + 1.42
     * cells of it; the nearest land cell's centre is {@code landClearanceNm} + 0.5 cell away. So
     * with {@code aheadNm} = clearance less {@link #CLEARANCE_MARGIN_CELLS} (more than the 0.92
     * cell needed) none of those cells is land. If that reaches the segment's end, the answer is
     * true; otherwise the walk passes the crossings in that stretch in bulk ({@link #skipsCleanly}).</li>
     * <li>The rest of the segment: at the {@link #FIRST_REST_CHECK_STEP}th step and at each
     * doubling of the steps after it, the rest, from where the walk entered its current cell, is
     * offered to {@link #clearOfLand}; if it is clear, so is every cell the walk would still
     * visit, and the answer is true. So a segment from a port to the open sea walks only the
     * cells near the port.</li>
     * </ul>
     * A test compares the walks with and without shortcuts on many segments along, from and to
     * the coasts.
     */
    private boolean walk(double x0Nm, double y0Nm, double x1Nm, double y1Nm, boolean shortcuts) {
        double gx0 = x0Nm / cellNm;
        double gy0 = y0Nm / cellNm;
        double dx = x1Nm / cellNm - gx0;
        double dy = y1Nm / cellNm - gy0;
        int cx = floorToInt(gx0);
        int cy = floorToInt(gy0);
        int endX = floorToInt(x1Nm / cellNm);
        int endY = floorToInt(y1Nm / cellNm);
        int stepX = Integer.signum(endX - cx);
        int stepY = Integer.signum(endY - cy);
        double tDeltaX = stepX == 0 ? Double.POSITIVE_INFINITY : 1.0 / Math.abs(dx);
        double tDeltaY = stepY == 0 ? Double.POSITIVE_INFINITY : 1.0 / Math.abs(dy);
        double tMaxX = stepX > 0 ? (cx + 1 - gx0) / dx : stepX < 0 ? (gx0 - cx) / -dx : Double.POSITIVE_INFINITY;
        double tMaxY = stepY > 0 ? (cy + 1 - gy0) / dy : stepY < 0 ? (gy0 - cy) / -dy : Double.POSITIVE_INFINITY;
        if (isLandCell(cx, cy)) {
            return false;
        }
        double sx = x1Nm - x0Nm, sy = y1Nm - y0Nm;
        double lengthNm = Math.sqrt(sx * sx + sy * sy);
        double enteredAt = 0.0; // the segment's parameter where the walk entered the current cell
        int steps = 0;
        int nextRestCheck = FIRST_REST_CHECK_STEP;
        while (cx != endX || cy != endY) {
            double aheadNm = shortcuts ? clearanceNm(cx, cy) - CLEARANCE_MARGIN_CELLS * cellNm : -1.0;
            if (aheadNm >= 0.0 && aheadNm >= (1.0 - enteredAt) * lengthNm) {
                return true; // the rest of the segment is within the land-free disc
            }
            if (aheadNm >= SKIP_MIN_CELLS * cellNm && cx != endX && cy != endY) {
                // Pass the crossings before t in bulk (see skipsCleanly), in local copies kept
                // only if the walk passes through the state they reach.
                double t = enteredAt + aheadNm / lengthNm;
                int toX = cx, toY = cy;
                double nextX = tMaxX, nextY = tMaxY;
                double lastX = Double.NaN, lastY = Double.NaN;
                while (nextX < t) {
                    lastX = nextX;
                    toX += stepX;
                    nextX += tDeltaX;
                }
                while (nextY < t) {
                    lastY = nextY;
                    toY += stepY;
                    nextY += tDeltaY;
                }
                if (skipsCleanly(lastX, lastY, nextX, nextY) && (endX - toX) * stepX > 0 && (endY - toY) * stepY > 0) {
                    cx = toX;
                    cy = toY;
                    tMaxX = nextX;
                    tMaxY = nextY;
                    enteredAt = Double.isNaN(lastX) ? lastY : Double.isNaN(lastY) ? lastX : Math.max(lastX, lastY);
                    if (isLandCell(cx, cy)) {
                        return false;
                    }
                    continue;
                }
            }
            boolean moveX;
            boolean moveY;
            if (cx == endX) {
                moveX = false;
                moveY = true;
            } else if (cy == endY) {
                moveX = true;
                moveY = false;
            } else if (Math.abs(tMaxX - tMaxY) <= 1e-12) {
                moveX = true;
                moveY = true;
                if (isLandCell(cx + stepX, cy) || isLandCell(cx, cy + stepY)) {
                    return false;
                }
            } else {
                moveX = tMaxX < tMaxY;
                moveY = !moveX;
            }
            enteredAt = moveX && moveY ? Math.min(tMaxX, tMaxY) : moveX ? tMaxX : tMaxY;
            if (moveX) {
                cx += stepX;
                tMaxX += tDeltaX;
            }
            if (moveY) {
                cy += stepY;
                tMaxY += tDeltaY;
            }
            if (isLandCell(cx, cy)) {
                return false;
            }
            if (shortcuts && ++steps == nextRestCheck) {
                nextRestCheck = 2 * steps;
                double t = Math.max(0.0, Math.min(1.0, enteredAt));
                if (clearOfLand(x0Nm + t * sx, y0Nm + t * sy, x1Nm, y1Nm, CLEARANCE_HALVINGS)) {
                    return true;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@link #walk}'s walk passes through the state reached by passing, on each
     * axis separately, every crossing of a column or row line before a parameter t and none after
     * it ({@code lastX}, {@code lastY}: the last crossings passed, NaN if none; {@code nextX},
     * {@code nextY}: the first ones at or after t). The crossings are added up one by one as
     * the walk adds them, so the doubles are the walk's, and the walk takes crossings in order
     * of their values, so it reaches that state unless it takes one before t together with one
     * after it as a corner (closer than its 1e-12): each crossing passed on one axis is compared
     * with the other's next one, and the closest such pair is the last crossing passed. Not if
     * no crossing was passed (there is nothing to skip).
     */
    private static boolean skipsCleanly(double lastX, double lastY, double nextX, double nextY) {
        if (Double.isNaN(lastX) && Double.isNaN(lastY)) return false;
        return (Double.isNaN(lastX) || nextY - lastX > 1e-12) && (Double.isNaN(lastY) || nextX - lastY > 1e-12);
    }

    /**
     * {@code (int) Math.floor(x)} without calling Math.floor (not an intrinsic in C1, which runs
     * medsim): truncation, one less for a negative non-integer; the same int for every double,
     * saturating alike beyond the int range (NaN gives 0 as well).
     */
    public static int floorToInt(double x) {
        int i = (int) x;
        return x < i && i != Integer.MIN_VALUE ? i - 1 : i;
    }

    /** The cell's {@code landClearanceNm}; 0 outside the grid, where there is no data. */
    private double clearanceNm(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height ? landClearanceNm[y * width + x] : 0.0;
    }

    /** The least stretch, in cells, that {@link #walk} passes in bulk rather than step by step. */
    private static final double SKIP_MIN_CELLS = 3.0;

    /**
     * After how many steps {@link #walk} first asks whether the rest of the segment is clear
     * of land (then after twice as many, and so on): a few cells, so that a segment from a port
     * has left the coast, and few enough tries (a logarithm of the length) that a segment walked
     * to its end costs little more than the plain walk.
     */
    private static final int FIRST_REST_CHECK_STEP = 4;

    boolean isLandCell(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && landOwner[y * width + x] != SEA;
    }

    boolean isOpenSeaCell(int i) {
        return openSea[i];
    }

    @Override
    public String toString() {
        return "SeaRaster[" + width + " x " + height + " cells of " + cellNm + " nm, states " + states + "]";
    }
}
