package medsim.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortest sea route between two points on a {@link SeaRaster}: the straight segment if it
 * crosses no land, otherwise A* over the open-sea cells (8-connected, no cutting of land
 * corners) followed by string pulling, so the route bends only where land forces it to.
 *
 * <p>Thread-safe: the raster is read-only and the only state is a cache of cell paths whose
 * content does not depend on which thread or run filled it, so results are the same with or
 * without it.
 */
public final class SeaRouter {
    /** Beyond this many cached cell paths, new ones are computed but not kept, to bound memory. */
    private static final int CACHE_LIMIT = 10_000;
    private static final double SQRT2 = Math.sqrt(2.0);

    private final SeaRaster raster;
    private final int width;
    private final int height;
    private final ConcurrentHashMap<Long, int[]> cellPaths = new ConcurrentHashMap<>();

    public SeaRouter(SeaRaster raster) {
        this.raster = Objects.requireNonNull(raster, "raster");
        this.width = raster.width();
        this.height = raster.height();
    }

    /**
     * Waypoints {x, y} in nm from the start to the destination, both snapped to the open sea by
     * {@link SeaRaster#nearestSeaPoint} (a port on a land cell starts from the sea off it). The
     * first element is the snapped start and the last the snapped destination, so a straight
     * route has two points; every leg between consecutive points is
     * {@link SeaRaster#lineOfSightAtSea at sea}. The arrays are new on every call.
     */
    public List<double[]> route(double x0Nm, double y0Nm, double x1Nm, double y1Nm) {
        double[] start = raster.nearestSeaPoint(x0Nm, y0Nm);
        double[] goal = raster.nearestSeaPoint(x1Nm, y1Nm);
        if (raster.lineOfSightAtSea(start[0], start[1], goal[0], goal[1])) {
            return List.of(start, goal);
        }
        int startCell = raster.cellY(start[1]) * width + raster.cellX(start[0]);
        int goalCell = raster.cellY(goal[1]) * width + raster.cellX(goal[0]);
        long key = (long) startCell * width * height + goalCell;
        int[] path = cellPaths.get(key);
        if (path == null) {
            path = aStar(startCell, goalCell);
            if (cellPaths.size() < CACHE_LIMIT) {
                cellPaths.putIfAbsent(key, path);
            }
        }
        return pullString(start, path, goal);
    }

    /**
     * Greedy string pulling: from each waypoint, go to the furthest point along the cell path that
     * is still in line of sight. The next point is always in sight (neighbouring cells, with both
     * side cells of a diagonal at sea), so this always advances. The exact start and goal stand
     * in for the centres of their cells.
     */
    private List<double[]> pullString(double[] start, int[] path, double[] goal) {
        int n = path.length;
        double[][] points = new double[n][];
        points[0] = start;
        for (int i = 1; i < n - 1; i++) {
            points[i] = new double[] {raster.cellCentreNm(path[i] % width), raster.cellCentreNm(path[i] / width)};
        }
        points[n - 1] = goal;
        List<double[]> waypoints = new ArrayList<>();
        waypoints.add(start);
        int anchor = 0;
        while (anchor < n - 1) {
            int reach = anchor + 1;
            while (reach + 1 < n && inSight(points[anchor], points[reach + 1])) {
                reach++;
            }
            waypoints.add(points[reach]);
            anchor = reach;
        }
        return List.copyOf(waypoints);
    }

    private boolean inSight(double[] a, double[] b) {
        return raster.lineOfSightAtSea(a[0], a[1], b[0], b[1]);
    }

    /** Cell indices from start to goal inclusive, through open-sea cells only. */
    private int[] aStar(int startCell, int goalCell) {
        int cells = width * height;
        double[] costSoFar = new double[cells];
        Arrays.fill(costSoFar, Double.POSITIVE_INFINITY);
        int[] cameFrom = new int[cells];
        boolean[] done = new boolean[cells];
        int goalX = goalCell % width;
        int goalY = goalCell / width;
        OpenList open = new OpenList();
        costSoFar[startCell] = 0.0;
        cameFrom[startCell] = -1;
        open.push(octile(startCell % width, startCell / width, goalX, goalY), 0.0, startCell);
        while (!open.isEmpty()) {
            int c = open.pop();
            if (done[c]) {
                continue; // a stale entry: the cell was reached more cheaply since it was pushed
            }
            if (c == goalCell) {
                return pathTo(goalCell, cameFrom);
            }
            done[c] = true;
            int cx = c % width;
            int cy = c / width;
            // Neighbours in a fixed order, so that A* breaks ties the same way every time.
            for (int k = 0; k < 9; k++) {
                int stepX = k % 3 - 1;
                int stepY = k / 3 - 1;
                int nx = cx + stepX;
                int ny = cy + stepY;
                if ((stepX == 0 && stepY == 0) || !isOpenSea(nx, ny)) {
                    continue;
                }
                boolean diagonal = stepX != 0 && stepY != 0;
                // No corner cutting: a diagonal step needs both side cells at sea, as line of sight does.
                if (diagonal && (!isOpenSea(nx, cy) || !isOpenSea(cx, ny))) {
                    continue;
                }
                int next = ny * width + nx;
                double cost = costSoFar[c] + (diagonal ? SQRT2 : 1.0);
                if (cost < costSoFar[next]) {
                    costSoFar[next] = cost;
                    cameFrom[next] = c;
                    open.push(cost + octile(nx, ny, goalX, goalY), cost, next);
                }
            }
        }
        // Start and goal are both in the one open-sea body, so this means a bug, not bad input.
        throw new IllegalStateException("no sea path between cells " + startCell + " and " + goalCell);
    }

    private boolean isOpenSea(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && raster.isOpenSeaCell(y * width + x);
    }

    /** Exact 8-connected distance with no obstacles, in cells: admissible and consistent. */
    private static double octile(int x, int y, int goalX, int goalY) {
        int dx = Math.abs(goalX - x);
        int dy = Math.abs(goalY - y);
        return Math.max(dx, dy) - Math.min(dx, dy) + SQRT2 * Math.min(dx, dy);
    }

    private static int[] pathTo(int goalCell, int[] cameFrom) {
        int length = 0;
        for (int c = goalCell; c >= 0; c = cameFrom[c]) {
            length++;
        }
        int[] path = new int[length];
        for (int c = goalCell, i = length - 1; c >= 0; c = cameFrom[c], i--) {
            path[i] = c;
        }
        return path;
    }

    /**
     * Binary min-heap of cells by estimated total cost; ties go to the larger cost so far (the
     * deeper node, fewer expansions), then to the lower cell index, so the order is total and
     * the search deterministic. Primitive arrays: A* pushes hundreds of thousands of entries.
     */
    private static final class OpenList {
        private double[] estimate = new double[1024];
        private double[] costSoFar = new double[1024];
        private int[] cell = new int[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void push(double estimateTotal, double cost, int c) {
            if (size == cell.length) {
                estimate = Arrays.copyOf(estimate, size * 2);
                costSoFar = Arrays.copyOf(costSoFar, size * 2);
                cell = Arrays.copyOf(cell, size * 2);
            }
            int i = size++;
            set(i, estimateTotal, cost, c);
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!before(i, parent)) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        int pop() {
            int top = cell[0];
            size--;
            if (size > 0) {
                set(0, estimate[size], costSoFar[size], cell[size]);
                int i = 0;
                while (true) {
                    int left = 2 * i + 1;
                    if (left >= size) {
                        break;
                    }
                    int child = left + 1 < size && before(left + 1, left) ? left + 1 : left;
                    if (!before(child, i)) {
                        break;
                    }
                    swap(i, child);
                    i = child;
                }
            }
            return top;
        }

        private boolean before(int a, int b) {
            if (estimate[a] != estimate[b]) {
                return estimate[a] < estimate[b];
            }
            if (costSoFar[a] != costSoFar[b]) {
                return costSoFar[a] > costSoFar[b];
            }
            return cell[a] < cell[b];
        }

        private void set(int i, double e, double g, int c) {
            estimate[i] = e;
            costSoFar[i] = g;
            cell[i] = c;
        }

        private void swap(int a, int b) {
            double e = estimate[a];
            double g = costSoFar[a];
            int c = cell[a];
            set(a, estimate[b], costSoFar[b], cell[b]);
            set(b, e, g, c);
        }
    }
}
