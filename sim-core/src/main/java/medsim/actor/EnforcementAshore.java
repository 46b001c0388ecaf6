package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import medsim.scenario.DeparturesSpec;
import medsim.scenario.Weighted;

/**
 * Enforcement ashore against the networks at the departure points, and the people it
 * displaces ({@link DeparturesSpec.Enforcement}, {@link DeparturesSpec.EnforcementResponse}).
 * Each day, at a point under enforcement of strength s: the networks launch (1 - s) of what they
 * otherwise would ({@link #launchFactor}); a share s x {@code boatsSeizedSharePerDay} of the boats
 * in stock there is seized; and s x {@code displacedSharePerDay} of the people waiting there
 * (whole people, rounded down) leave for the other points, of whom {@code displacedGaveUpShare}
 * give up on the way (whole people, fractions carried to the point's next move) and the rest
 * reach their new point {@code displacementDays} later, split by the points' weights times
 * (1 - their own strength that day), by largest remainder (ties to the earlier point).
 * Nothing here is random: a run and its what-if keep their common random numbers.
 */
public final class EnforcementAshore {
    /** People on their way to point {@code to}, waiting there from {@code arrivalDay}. */
    private record InTransit(long arrivalDay, int to, long people) {}

    /** A point index standing for "gave up on the way" in a {@link Move}. */
    public static final int GAVE_UP = -1;

    /** People leaving point {@code from} today for point {@code to}, or giving up on the way ({@code to == GAVE_UP}). */
    public record Move(int from, int to, long people) {}

    private final List<DeparturesSpec.Enforcement> entries;
    private final List<String> pointIds;
    private final DeparturesSpec.EnforcementResponse response;
    private final double[] pointWeights;
    private final double[] strength;
    private final double[] gaveUpCarry;
    private final List<InTransit> inTransit = new ArrayList<>();
    private final List<Move> today = new ArrayList<>();
    private long gaveUp;

    /**
     * @param behaviour    the entries and the response (the response may be null only without entries)
     * @param points       the departure points, in the order of {@code smuggling.departurePoints}
     * @param pointWeights their weights, summing to 1
     */
    EnforcementAshore(DeparturesSpec.Behaviour behaviour, List<Weighted> points, double[] pointWeights) {
        this.entries = behaviour.enforcementAshore();
        this.response = behaviour.enforcementResponse();
        this.pointIds = points.stream().map(Weighted::id).toList();
        this.pointWeights = pointWeights.clone();
        int n = points.size();
        strength = new double[n];
        gaveUpCarry = new double[n];
    }

    /**
     * The start of a day, after the inflow and the releases from detention: the strength of the
     * day at each point, then arrivals of people displaced earlier, seizures of boats, and the
     * day's displacement ({@link #movesToday}). Changes {@code waiting} and {@code boats} in place.
     */
    void startDay(long epochDay, long[] waiting, double[][] boats) {
        today.clear();
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        for (int p = 0; p < strength.length; p++) strength[p] = 0;
        for (DeparturesSpec.Enforcement e : entries) {
            if (e.appliesOn(date)) strength[pointIds.indexOf(e.point())] = e.strength();
        }
        List<InTransit> still = new ArrayList<>(inTransit.size());
        for (InTransit t : inTransit) {
            if (t.arrivalDay() > epochDay) still.add(t);
            else waiting[t.to()] += t.people();
        }
        inTransit.clear();
        inTransit.addAll(still);
        if (response == null) return;
        for (int p = 0; p < strength.length; p++) {
            double s = strength[p];
            if (s <= 0) continue;
            for (int t = 0; t < boats[p].length; t++) boats[p][t] *= 1 - s * response.boatsSeizedSharePerDay();
            double[] open = new double[strength.length];
            double openSum = 0;
            for (int q = 0; q < open.length; q++) {
                if (q != p) open[q] = pointWeights[q] * (1 - strength[q]);
                openSum += open[q];
            }
            if (openSum <= 0) continue; // nowhere to go: they stay
            long leaving = (long) Math.floor(waiting[p] * s * response.displacedSharePerDay());
            if (leaving <= 0) continue;
            waiting[p] -= leaving;
            gaveUpCarry[p] += leaving * response.displacedGaveUpShare();
            long quit = Math.min(leaving, (long) Math.floor(gaveUpCarry[p]));
            gaveUpCarry[p] -= quit;
            gaveUp += quit;
            if (quit > 0) today.add(new Move(p, GAVE_UP, quit));
            long[] split = largestRemainder(leaving - quit, open, openSum);
            for (int q = 0; q < split.length; q++) {
                if (split[q] <= 0) continue;
                inTransit.add(new InTransit(epochDay + response.displacementDays(), q, split[q]));
                today.add(new Move(p, q, split[q]));
            }
        }
    }

    /** {@code people} split in proportion to {@code weights} (summing to {@code sum}): floors, then one more each by largest remainder, ties to the lower index. */
    private static long[] largestRemainder(long people, double[] weights, double sum) {
        long[] out = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int q = 0; q < weights.length; q++) {
            double exact = people * weights[q] / sum;
            out[q] = (long) Math.floor(exact);
            rest[q] = exact - out[q];
            given += out[q];
        }
        for (; given < people; given++) {
            int best = -1;
            for (int q = 0; q < weights.length; q++) {
                if (weights[q] > 0 && (best < 0 || rest[q] > rest[best])) best = q;
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }

    /** The share of today's launches the networks can make at {@code point}: 1 - the day's strength there. */
    public double launchFactor(int point) { return 1 - strength[point]; }

    /** Today's moves, in the order of the points left, then of the points headed for (gave up first). */
    public List<Move> movesToday() { return List.copyOf(today); }

    /** People between points, displaced and not yet arrived. */
    public long peopleInTransit() {
        long n = 0;
        for (InTransit t : inTransit) n += t.people();
        return n;
    }

    /** People displaced so far who gave up on the way. */
    public long gaveUpPeople() { return gaveUp; }
}
