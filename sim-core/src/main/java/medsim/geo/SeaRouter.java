package medsim.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortest sea route between two points on a {@link SeaRaster}: the straight segment if it
 * crosses no land, otherwise the descent of the destination's distance field (Dijkstra over
 * the open-sea cells, 8-connected, no cutting of land corners) followed by string pulling,
 * so the route bends only where land forces it to.
 *
 * <p>Destinations are mostly ports, so each destination's field is computed once and kept
 * (up to a limit; and in a {@link FieldStore}, if given one, for later processes); a run then
 * routes any number of ships to a port for the cost of walking down the field. Thread-safe: the raster is read-only and a field's content does not depend
 * on which thread or run computed it, so routes are the same with or without the cache.
 */
public final class SeaRouter {
    /** Beyond this many destinations, new fields are computed but not kept, to bound memory (~2 MB each at 1 nm). */
    private static final int FIELD_LIMIT = 64;
    private static final double SQRT2 = Math.sqrt(2.0);

    private final SeaRaster raster;
    private final int width;
    private final int height;
    private final ConcurrentHashMap<Integer, KeptField> fields = new ConcurrentHashMap<>();
    /** Beyond this many distinct goals, requests are no longer counted (every goal then counts as asked again). */
    private static final int REQUEST_LIMIT = 1 << 16;
    /** How often each goal cell was asked for, to keep whole fields only for goals that recur. */
    private final ConcurrentHashMap<Integer, Integer> requests = new ConcurrentHashMap<>();

    private final FieldStore store;

    /**
     * Keeps a goal's whole distance field beyond this router (on disk, between processes), so
     * that a field computed once need not be computed again. {@link #find} must give back
     * exactly what {@link #keep} was given for the same raster and goal, or null.
     */
    public interface FieldStore {
        /**
         * A goal's field as kept: {@code distances} to the goal (in cells, one per cell of the
         * raster) and each cell's {@code nextSteps} down them, coded as a kept field codes them
         * (0 for a cell not worked out). Both arrays have one entry per cell.
         */
        record Kept(double[] distances, byte[] nextSteps) { }

        /** The field kept for {@code goalCell} ({@code cells} values), or null if there is none. */
        Kept find(int goalCell, int cells);

        /** Keeps the field of {@code goalCell}; a failure to keep it is silent. */
        void keep(int goalCell, Kept field);

        /** Keeps nothing. */
        FieldStore NONE = new FieldStore() {
            @Override
            public Kept find(int goalCell, int cells) {
                return null;
            }

            @Override
            public void keep(int goalCell, Kept field) {
            }
        };
    }

    /** See {@link #legalMoves(SeaRaster)}. */
    private final short[] legalMoves;

    public SeaRouter(SeaRaster raster) {
        this(raster, FieldStore.NONE);
    }

    /** A router whose kept fields are also kept in {@code store} and looked for there first. */
    public SeaRouter(SeaRaster raster, FieldStore store) {
        this.raster = Objects.requireNonNull(raster, "raster");
        this.store = Objects.requireNonNull(store, "store");
        this.width = raster.width();
        this.height = raster.height();
        this.legalMoves = legalMoves(raster);
        this.neighbourOffset = new int[9];
        for (int k = 0; k < 9; k++) neighbourOffset[k] = NEIGHBOUR_DY[k] * width + NEIGHBOUR_DX[k];
    }

    /**
     * Waypoints {x, y} in nm from the start to the destination, both snapped to the open sea by
     * {@link SeaRaster#nearestSeaPoint} (a port on a land cell starts from the sea off it). The
     * first element is the snapped start and the last the snapped destination, so a straight
     * route has two points; every leg between consecutive points is
     * {@link SeaRaster#lineOfSightAtSea at sea}. The arrays are new on every call.
     */
    public List<double[]> route(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        return snappedRoute(x0Nm, y0Nm, x1Nm, y1Nm, this::routeByField);
    }

    /** How a route is found between snapped ends that are out of sight of each other. */
    private interface OutOfSight {
        List<double[]> route(double[] start, int startCell, double[] goal, int goalCell);
    }

    /** Both ends snapped to the open sea; a straight leg if they are in sight, else {@code outOfSight}'s route. */
    private List<double[]> snappedRoute(double x0Nm, double y0Nm, double x1Nm, double y1Nm, OutOfSight outOfSight) {
        double[] start = raster.nearestSeaPoint(x0Nm, y0Nm);
        double[] goal = raster.nearestSeaPoint(x1Nm, y1Nm);
        if (raster.lineOfSightAtSea(start[0], start[1], goal[0], goal[1])) {
            return List.of(start, goal);
        }
        return outOfSight.route(start, cellOf(start), goal, cellOf(goal));
    }

    private int cellOf(double[] point) {
        return raster.cellY(point[1]) * width + raster.cellX(point[0]);
    }

    /** The centre of a cell, in nm. */
    private double[] centreOf(int cell) {
        return new double[] {raster.cellCentreNm(cell % width), raster.cellCentreNm(cell / width)};
    }

    /** {@link #route} out of sight: down the goal's kept field, or a search cut at the start. */
    private List<double[]> routeByField(double[] start, int startCell, double[] goal, int goalCell) {
        KeptField kept = fields.get(goalCell);
        if (kept == null) {
            // A goal asked for a second time (a port) gets its whole field, kept; a one-off goal
            // (a patrol point) only the part of it that the descent from this start can read.
            // A field kept by an earlier process (the store) is used from the first request: the
            // route is the same as the cut search's, and reading it is cheaper.
            boolean again = requests.size() < REQUEST_LIMIT ? requests.merge(goalCell, 1, Integer::sum) > 1 : true;
            FieldStore.Kept stored = fields.size() < FIELD_LIMIT ? store.find(goalCell, width * height) : null;
            if (stored == null && (!again || fields.size() >= FIELD_LIMIT)) {
                return pullString(start, descend(startCell, goalCell, distanceField(goalCell, startCell)), goal);
            }
            kept = fields.computeIfAbsent(goalCell, g -> keptField(g, stored));
        }
        return kept.route(start, startCell, goal);
    }

    /**
     * A sea route for a one-off journey to a point that will have moved by the next one (a ship
     * sailing around land toward a boat): the same form as {@link #route} (ends snapped to the
     * open sea, legs at sea, string pulled), but found by A* from the goal with the octile
     * distance to the start, weighted, as its estimate, so that it visits the cells along the
     * way instead of every cell nearer the goal than the start, and keeps nothing. The path may
     * be a little longer than {@link #route}'s shortest one (weighted A* settles cells before
     * their shortest way is known; see {@link #A_STAR_WEIGHT}).
     */
    public List<double[]> routeOnce(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        return snappedRoute(x0Nm, y0Nm, x1Nm, y1Nm, this::routeByAStar);
    }

    /** {@link #routeOnce} out of sight: A* from the goal to the start, on this thread's scratch arrays. */
    private List<double[]> routeByAStar(double[] start, int startCell, double[] goal, int goalCell) {
        int[] path;
        try {
            path = descend(startCell, goalCell, aStarField(goalCell, startCell));
        } finally {
            aStarScratch.get().clear();
        }
        return pullString(start, path, goal);
    }

    /**
     * Sea distances to the goal of the cells A* settles on its way to {@code startCell} (others
     * infinite or an upper bound): every finite cell but the goal has a neighbour with a smaller
     * distance (the one it was reached from), so {@link #descend} from the start reaches the goal.
     */
    private double[] aStarField(int goalCell, int startCell) {
        AStarScratch scratch = aStarScratch.get();
        double[] dist = scratch.distances(width * height);
        int sx = startCell % width, sy = startCell / width;
        // Bucketed by estimate, last in first out within a bucket: on the ties of open sea (every
        // cell between two points has the same estimate) the search runs ahead, depth first.
        BucketQueue open = scratch.queue();
        scratch.set(goalCell, 0.0);
        open.push(A_STAR_WEIGHT * octileCells(goalCell, sx, sy), goalCell);
        while (!open.isEmpty()) {
            int c = open.pop();
            if (scratch.done(c)) continue;
            scratch.settle(c);
            if (c == startCell) break;
            int cx = c % width, cy = c / width;
            int moves = legalMoves[c];
            double here = dist[c]; // no move is to the cell itself, so this stays dist[c]
            for (int k = 0; k < 9; k++) {
                if ((moves & (1 << k)) == 0) continue;
                int next = c + neighbourOffset[k];
                double cost = here + STEP_COST[k];
                if (cost < dist[next]) {
                    scratch.set(next, cost);
                    open.push(cost + A_STAR_WEIGHT * octile(cx + NEIGHBOUR_DX[k] - sx, cy + NEIGHBOUR_DY[k] - sy), next);
                }
            }
        }
        return dist;
    }

    /**
     * The weight on A*'s estimate (weighted A*): above 1 the search heads for the start instead
     * of widening around every obstacle, and the path it finds is at most this many times the
     * shortest (in practice a few percent longer, and string pulling straightens it).
     */
    private static final double A_STAR_WEIGHT = 2.0;

    /**
     * Per thread (runs of a sweep share a router), the arrays of {@link #aStarField}, reset cell
     * by cell after each search ({@link AStarScratch#clear}): nothing of one search reaches the next.
     */
    private final ThreadLocal<AStarScratch> aStarScratch = ThreadLocal.withInitial(AStarScratch::new);

    /** A search's distances and settled cells, the list of cells it touched, to reset only those, and its queue. */
    private static final class AStarScratch {
        private final BucketQueue queue = new BucketQueue();
        private double[] dist = new double[0];
        private boolean[] settled = new boolean[0];
        private int[] touched = new int[1024];
        private int touchedCount;

        double[] distances(int cells) {
            if (dist.length != cells) {
                dist = new double[cells];
                Arrays.fill(dist, Double.POSITIVE_INFINITY);
                settled = new boolean[cells];
                touchedCount = 0;
            }
            return dist;
        }

        void set(int cell, double d) {
            if (dist[cell] == Double.POSITIVE_INFINITY) {
                if (touchedCount == touched.length) touched = Arrays.copyOf(touched, 2 * touchedCount);
                touched[touchedCount++] = cell;
            }
            dist[cell] = d;
        }

        /** The queue, emptied: it takes cells as a new one would (its buckets start at the first cell pushed). */
        BucketQueue queue() {
            queue.clear();
            return queue;
        }

        boolean done(int cell) { return settled[cell]; }

        void settle(int cell) { settled[cell] = true; }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                dist[touched[i]] = Double.POSITIVE_INFINITY;
                settled[touched[i]] = false;
            }
            touchedCount = 0;
        }
    }

    /** The octile distance in cells from a cell to (x, y): the sea distance were there no land. */
    private double octileCells(int cell, int x, int y) {
        return octile(cell % width - x, cell / width - y);
    }

    /** The octile distance in cells across dx columns and dy rows. */
    private static double octile(int dx, int dy) {
        int ax = Math.abs(dx), ay = Math.abs(dy);
        return Math.max(ax, ay) + (SQRT2 - 1) * Math.min(ax, ay);
    }

    /**
     * The same as {@link #route} for a route that starts at a fixed place (a port) and ends
     * anywhere: it walks the start's distance field, which is computed once, instead of one for
     * each new destination. Callers choose it by what the endpoints are, never by cache state,
     * so routes stay the same whatever ran before.
     */
    public List<double[]> routeFromFixedPlace(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        List<double[]> back = new ArrayList<>(route(x1Nm, y1Nm, x0Nm, y0Nm));
        java.util.Collections.reverse(back);
        return List.copyOf(back);
    }

    /**
     * Greedy string pulling: from each waypoint, go to the furthest point along the cell path that
     * is still in line of sight. The next point is always in sight (neighbouring cells, with both
     * side cells of a diagonal at sea), so this always advances. The exact start and goal stand
     * in for the centres of their cells.
     */
    private List<double[]> pullString(double[] start, int[] path, double[] goal) {
        List<double[]> waypoints = new ArrayList<>();
        waypoints.add(start);
        waypoints.addAll(pulledFrom(points(start, path, goal), 0));
        return List.copyOf(waypoints);
    }

    /**
     * A goal's kept field: {@code stored} if the store had it (null if not yet asked), else the
     * store's, else computed, with every reachable cell's next step, and stored: a later process
     * then reads the steps instead of working them out cell by cell (each reads the distances of
     * nine cells, scattered over the field; they were the largest part of following a kept field).
     */
    private KeptField keptField(int goalCell, FieldStore.Kept stored) {
        FieldStore.Kept kept = stored != null ? stored : store.find(goalCell, width * height);
        if (kept == null || kept.distances().length != width * height || kept.nextSteps().length != width * height) {
            double[] field = distanceField(goalCell, -1);
            byte[] steps = new byte[field.length];
            for (int c = 0; c < field.length; c++) {
                if (!Double.isInfinite(field[c])) steps[c] = stepCode(c, nextDown(c, field));
            }
            kept = new FieldStore.Kept(field, steps);
            store.keep(goalCell, kept);
        }
        return new KeptField(goalCell, kept.distances(), kept.nextSteps());
    }

    /** How a kept field codes cell {@code c}'s next step {@code n} ({@link #nextDown}; -1 for none). */
    private byte stepCode(int c, int n) {
        return n < 0 ? NO_STEP : (byte) (1 + (n / width - c / width + 1) * 3 + n % width - c % width + 1);
    }

    /** Beyond this many cells' tails, a kept field computes new tails without keeping them (~100 bytes a waypoint). */
    private static final int TAIL_LIMIT = 1 << 11;

    /** A cell of a kept field whose next step has not been asked for yet (a new array's value). */
    private static final byte UNKNOWN = 0;
    /** A cell of a kept field with no next step ({@link #nextDown} gave -1). */
    private static final byte NO_STEP = 10;

    /**
     * A goal's whole distance field, with each cell's next step down it ({@link #descend}'s
     * choice, made once when first needed) and the string-pulled tails of routes already made:
     * the waypoints after the first one past the start depend only on the cell path from there
     * and the exact goal, so routes to the goal from anywhere that reach the same anchor cell
     * share them.
     */
    private final class KeptField {
        private final int goalCell;
        private final double[] field;
        /**
         * Per cell, its next step as 1 + k for the k-th neighbour (see {@link #neighbourOffset}),
         * {@link #NO_STEP} or {@link #UNKNOWN}: a byte rather than the cell's index, so that the
         * steps of a field take a quarter of the memory and the cache.
         */
        private final byte[] next;
        private final ConcurrentHashMap<Tail, List<double[]>> tails = new ConcurrentHashMap<>();

        KeptField(int goalCell, double[] field, byte[] next) {
            this.goalCell = goalCell;
            this.field = field;
            this.next = next;
        }

        /**
         * The cell's next step, found on first asking and kept. Runs on several threads may ask at
         * once: each finds the same value and a byte is written whole, so a race only repeats work.
         */
        private int nextOf(int c) {
            byte step = next[c];
            if (step == UNKNOWN) {
                int n = nextDown(c, field);
                next[c] = stepCode(c, n);
                return n;
            }
            return step == NO_STEP ? -1 : c + neighbourOffset[step - 1];
        }

        /**
         * The route from {@code start} (in {@code startCell}) to the goal: the farthest point of
         * the cell path in sight of the start, then the tail string-pulled from there (kept by
         * that cell and the exact goal). The path is followed only as far as the start sees,
         * and past it only when the tail is not kept yet: what {@code farthestInSight} and
         * {@code pulledFrom} on the whole path's points give, without making the whole path.
         */
        List<double[]> route(double[] start, int startCell, double[] goal) {
            if (Double.isInfinite(field[startCell])) {
                throw new IllegalStateException("no sea path between cells " + startCell + " and " + goalCell);
            }
            if (startCell == goalCell) return pullString(start, new int[] {startCell}, goal);
            // The next point is always in sight; then on while the start sees the one after (a
            // cell's centre is looked at without making its array: the same doubles as centreOf).
            int anchorCell = nextOf(startCell);
            while (anchorCell != goalCell) {
                int cell = nextOf(anchorCell);
                boolean seen = cell == goalCell ? inSight(start, goal)
                        : raster.lineOfSightAtSea(start[0], start[1], raster.cellCentreNm(cell % width), raster.cellCentreNm(cell / width));
                if (!seen) break;
                anchorCell = cell;
            }
            double[] anchorPoint = pointOf(anchorCell, goal);
            List<double[]> waypoints = new ArrayList<>();
            waypoints.add(start);
            waypoints.add(anchorPoint);
            if (anchorCell != goalCell) {
                Tail key = new Tail(anchorCell, goal[0], goal[1]);
                List<double[]> tail = tails.get(key);
                if (tail == null) {
                    tail = pulledFrom(points(anchorPoint, pathFrom(anchorCell), goal), 0);
                    if (tails.size() < TAIL_LIMIT) tails.putIfAbsent(key, tail);
                }
                for (double[] w : tail) waypoints.add(w.clone());
            }
            return List.copyOf(waypoints);
        }

        /** A point of the path: the exact goal in the goal's cell, else the cell's centre. */
        private double[] pointOf(int cell, double[] goal) {
            return cell == goalCell ? goal : centreOf(cell);
        }

        /** The cells from {@code cell} down to the goal's, both included. */
        private int[] pathFrom(int cell) {
            int n = 1;
            for (int c = cell; c != goalCell; c = nextOf(c)) n++;
            int[] path = new int[n];
            int c = cell;
            for (int i = 0; i < n; i++, c = nextOf(c)) path[i] = c;
            return path;
        }
    }

    /** A tail's key: the anchor cell and the exact goal. */
    private record Tail(int cell, double goalXNm, double goalYNm) { }

    /** The start, the centres of the path's inner cells, and the goal. */
    private double[][] points(double[] start, int[] path, double[] goal) {
        int n = path.length;
        double[][] points = new double[n][];
        points[0] = start;
        for (int i = 1; i < n - 1; i++) {
            points[i] = centreOf(path[i]);
        }
        points[n - 1] = goal;
        return points;
    }

    /** The greedy step of {@link #pullString}: the furthest point after {@code anchor} reached in sight through every one before it. */
    private int farthestInSight(double[][] points, int anchor) {
        int reach = anchor + 1;
        while (reach + 1 < points.length && inSight(points[anchor], points[reach + 1])) {
            reach++;
        }
        return reach;
    }

    /** The waypoints string pulling puts after {@code anchor}, to the goal. */
    private List<double[]> pulledFrom(double[][] points, int anchor) {
        List<double[]> waypoints = new ArrayList<>();
        while (anchor < points.length - 1) {
            anchor = farthestInSight(points, anchor);
            waypoints.add(points[anchor]);
        }
        return List.copyOf(waypoints);
    }

    private boolean inSight(double[] a, double[] b) {
        return raster.lineOfSightAtSea(a[0], a[1], b[0], b[1]);
    }

    /**
     * Sea distance (in cells) from every open-sea cell to the goal: Dijkstra with the moves of
     * {@link #descend}, cells settled in order of distance by a {@link BucketQueue}. With {@code stopCell} >= 0 the search stops once that cell is settled: every
     * cell nearer the goal than it then holds its exact distance and every other cell one no
     * smaller than the stop cell's, so {@link #descend} from the stop cell (which only steps to
     * strictly nearer cells and compares their exact distances) takes the same path as on the
     * whole field. The pops before the stop are those of the whole search, so the values are
     * bit for bit the same.
     */
    double[] distanceField(int goalCell, int stopCell) {
        double[] dist = new double[width * height];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[width * height];
        BucketQueue open = new BucketQueue();
        dist[goalCell] = 0.0;
        open.push(0.0, goalCell);
        while (!open.isEmpty()) {
            int c = open.pop();
            if (done[c]) {
                continue; // a stale entry: the cell was reached more cheaply since it was pushed
            }
            done[c] = true;
            if (c == stopCell) {
                break;
            }
            int moves = legalMoves[c];
            double here = dist[c]; // no move is to the cell itself, so this stays dist[c]
            for (int k = 0; k < 9; k++) {
                if ((moves & (1 << k)) == 0) {
                    continue;
                }
                int next = c + neighbourOffset[k];
                double cost = here + STEP_COST[k];
                if (cost < dist[next]) {
                    dist[next] = cost;
                    open.push(cost, next);
                }
            }
        }
        return dist;
    }

    /**
     * Cell indices from start to goal inclusive, walking down the goal's distance field: each
     * step goes to the neighbour that lies on a shortest path (lowest distance plus step cost,
     * ties to the first in a fixed order), so the path is a shortest one and always the same.
     */
    private int[] descend(int startCell, int goalCell, double[] field) {
        if (Double.isInfinite(field[startCell])) {
            // Start and goal are both in the one open-sea body, so this means a bug, not bad input.
            throw new IllegalStateException("no sea path between cells " + startCell + " and " + goalCell);
        }
        int[] path = new int[64];
        int n = 0;
        int c = startCell;
        path[n++] = c;
        while (c != goalCell) {
            c = nextDown(c, field);
            if (n == path.length) {
                path = Arrays.copyOf(path, n * 2);
            }
            path[n++] = c;
        }
        return Arrays.copyOf(path, n);
    }

    /** The neighbour {@link #descend} steps to from {@code c}: lowest distance plus step cost among those strictly nearer the goal, ties to the first in order. */
    private int nextDown(int c, double[] field) {
        int moves = legalMoves[c];
        double here = field[c];
        int best = -1;
        double bestValue = here;
        for (int k = 0; k < 9; k++) {
            if ((moves & (1 << k)) == 0) {
                continue;
            }
            int next = c + neighbourOffset[k];
            double value = field[next] + STEP_COST[k];
            if (field[next] < here && (best < 0 || value < bestValue)) {
                best = next;
                bestValue = value;
            }
        }
        return best;
    }

    /**
     * The k-th of the 8 neighbours (k = 0..8 row by row, 4 the cell itself) is the cell's index
     * plus {@code neighbourOffset[k]}, NEIGHBOUR_DX[k] columns and NEIGHBOUR_DY[k] rows away, a
     * step of STEP_COST[k] cells; a legal move if bit k of the cell's {@link #legalMoves} is set
     * (never off the grid). Tables, so that the searches' inner loops only look them up.
     */
    private final int[] neighbourOffset;
    private static final int[] NEIGHBOUR_DX = {-1, 0, 1, -1, 0, 1, -1, 0, 1};
    private static final int[] NEIGHBOUR_DY = {-1, -1, -1, 0, 0, 0, 1, 1, 1};
    private static final double[] STEP_COST = {SQRT2, 1.0, SQRT2, 1.0, 0.0, 1.0, SQRT2, 1.0, SQRT2};

    /**
     * Per cell, bit k set if the k-th neighbour (k = 0..8 row by row, 4 the cell itself, never
     * set) is a legal move: at sea, and for a diagonal both side cells at sea too (no corner
     * cutting, as line of sight). Worked out once, since Dijkstra and the descent ask it for
     * every neighbour of every cell they visit.
     */
    private static short[] legalMoves(SeaRaster raster) {
        int width = raster.width(), height = raster.height();
        short[] moves = new short[width * height];
        for (int cy = 0; cy < height; cy++) {
            for (int cx = 0; cx < width; cx++) {
                short m = 0;
                for (int k = 0; k < 9; k++) {
                    int stepX = k % 3 - 1, stepY = k / 3 - 1;
                    int nx = cx + stepX, ny = cy + stepY;
                    if ((stepX == 0 && stepY == 0) || !isOpenSea(raster, nx, ny)) continue;
                    if (stepX != 0 && stepY != 0 && (!isOpenSea(raster, nx, cy) || !isOpenSea(raster, cx, ny))) continue;
                    m |= (short) (1 << k);
                }
                moves[cy * width + cx] = m;
            }
        }
        return moves;
    }

    private static boolean isOpenSea(SeaRaster raster, int x, int y) {
        return x >= 0 && x < raster.width() && y >= 0 && y < raster.height() && raster.isOpenSeaCell(y * raster.width() + x);
    }

    /**
     * Dial's bucket queue for {@link #distanceField}: cells by their distance in buckets
     * {@link #WIDTH} wide, under the smallest step (1 cell), so that no cell of a bucket can lower
     * another's distance: each holds its final distance when its bucket comes up, and the cells
     * of a bucket may be taken in any order (last in, first out here). So the distances, and the
     * cells settled before a stop cell, are bit for bit those of any other exact Dijkstra (a test
     * compares with a binary heap); only the work differs: O(1) a push or pop instead of
     * O(log n). A step adds at most sqrt(2) to a distance (and (1 + A_STAR_WEIGHT) times that
     * to a weighted A* estimate, {@link #aStarField}), so a push lands at most 3 (9) buckets
     * after the one being taken from: a ring of {@link #RING} buckets holds them all.
     */
    private static final class BucketQueue {
        private static final double WIDTH = 0.5;
        private static final int RING = 16; // a power of two: slots are taken with & (RING - 1)
        private final int[][] cells = new int[RING][];
        private final int[] sizes = new int[RING];
        /** The bucket being taken from. */
        private long current;
        private int count;

        BucketQueue() {
            for (int b = 0; b < RING; b++) cells[b] = new int[256];
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** Empties the queue; the buckets' arrays are kept, the next push starts it afresh. */
        void clear() {
            Arrays.fill(sizes, 0);
            count = 0;
        }

        void push(double distance, int cell) {
            // An estimate can fall an ulp short of the one being taken (A*'s octile distances are
            // rounded): it goes in the current bucket, where order does not matter.
            long bucket = (long) (distance / WIDTH);
            if (count == 0) current = bucket; // an empty queue starts where its first cell is (A* starts at its estimate)
            bucket = Math.max(current, bucket);
            if (bucket >= current + RING) {
                throw new IllegalStateException("distance " + distance + " outside the buckets from " + current);
            }
            int slot = (int) (bucket & (RING - 1)); // bucket % RING: buckets are never negative
            if (sizes[slot] == cells[slot].length) cells[slot] = Arrays.copyOf(cells[slot], 2 * sizes[slot]);
            cells[slot][sizes[slot]++] = cell;
            count++;
        }

        int pop() {
            while (sizes[(int) (current & (RING - 1))] == 0) current++;
            int slot = (int) (current & (RING - 1));
            count--;
            return cells[slot][--sizes[slot]];
        }
    }
}
