package medsim.actor;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Weighted;

/**
 * The people waiting to cross at each departure point, the boats the networks hold there,
 * and the people the coastguard returned who are in detention ({@link DeparturesSpec.Behaviour});
 * enforcement ashore and the people it displaces between points are {@link EnforcementAshore}'s.
 * Whole people throughout, so the books balance exactly:
 * waiting at start + inflow + returned = launched + waiting now + in detention + gave up + deported
 * + in transit between points (gave up counts those released from detention and those displaced).
 */
public final class WaitingToCross {
    /** People returned in one landing, held until {@code releaseDay}; their fates drawn on return. */
    private record Detained(long releaseDay, int point, int backToWaiting, int deported, int gaveUp) {
        int people() { return backToWaiting + deported + gaveUp; }
    }

    private final DeparturesSpec.Behaviour spec;
    private final double[] pointWeights;
    private final long[] waiting;
    private final double[] inflowCarry;
    /** Boats in stock by point, then by type (in the order of {@code smuggling.boatTypes}). */
    private final double[][] boats;
    private final List<Detained> detained = new ArrayList<>();
    private final EnforcementAshore enforcement;
    private final long initialWaiting;
    private long inflow;
    private long returned;
    private long launched;
    private long reattempting;
    private long gaveUp;
    private long deported;

    public WaitingToCross(DeparturesSpec.Behaviour spec, List<Weighted> departurePoints) {
        this.spec = spec;
        int n = departurePoints.size();
        pointWeights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += departurePoints.get(i).weight();
        for (int i = 0; i < n; i++) pointWeights[i] = departurePoints.get(i).weight() / sum;
        waiting = new long[n];
        inflowCarry = new double[n];
        // The initial stock split by the points' weights, whole people, the remainder to the first points.
        long total = spec.initialWaitingPeople(), given = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = (long) Math.floor(total * pointWeights[i]);
            given += waiting[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n, given++) waiting[i]++;
        initialWaiting = total;
        boats = new double[n][spec.boats().size()];
        for (double[] b : boats) {
            for (int t = 0; t < b.length; t++) b[t] = spec.boats().get(t).initialPerPoint();
        }
        enforcement = new EnforcementAshore(spec, departurePoints, pointWeights);
    }

    /** People leaving detention on a day, at one point: {@code fate} is the detail of their {@code detention-release} event. */
    public record Release(int point, int people, String fate) {}

    /**
     * The start of a day: people come in (whole people; fractions carried to the next day),
     * boats are replenished, detainees due today are released (returned, in the order they
     * were detained, for the events), then enforcement ashore acts (its moves:
     * {@link #enforcement()}{@code .movesToday()}).
     */
    public List<Release> startDay(long epochDay) {
        List<Release> releases = new ArrayList<>();
        for (int i = 0; i < waiting.length; i++) {
            inflowCarry[i] += spec.inflowPeoplePerDay() * pointWeights[i];
            long whole = (long) Math.floor(inflowCarry[i]);
            inflowCarry[i] -= whole;
            waiting[i] += whole;
            inflow += whole;
            for (int t = 0; t < boats[i].length; t++) {
                DeparturesSpec.BoatStock s = spec.boats().get(t);
                boats[i][t] = Math.min(s.maxPerPoint(), boats[i][t] + s.replenishPerDayPerPoint());
            }
        }
        List<Detained> still = new ArrayList<>(detained.size());
        for (Detained d : detained) {
            if (d.releaseDay() > epochDay) {
                still.add(d);
                continue;
            }
            waiting[d.point()] += d.backToWaiting();
            reattempting += d.backToWaiting();
            deported += d.deported();
            gaveUp += d.gaveUp();
            if (d.backToWaiting() > 0) releases.add(new Release(d.point(), d.backToWaiting(), "waiting"));
            if (d.gaveUp() > 0) releases.add(new Release(d.point(), d.gaveUp(), "gave-up"));
            if (d.deported() > 0) releases.add(new Release(d.point(), d.deported(), "deported"));
        }
        detained.clear();
        detained.addAll(still);
        enforcement.startDay(epochDay, waiting, boats);
        return releases;
    }

    /** The most people the networks bring to the beach at {@code point} today. */
    public long launchablePeople(int point) {
        return (long) Math.floor(waiting[point] * spec.maxShareOfWaitingPerDay());
    }

    /** Whether {@code point} holds a whole boat of type {@code type}. */
    public boolean hasBoat(int point, int type) {
        return boats[point][type] >= 1;
    }

    /** A boat of {@code type} leaves {@code point} with {@code people} of those waiting there. */
    public void launch(int point, int type, int people) {
        if (!hasBoat(point, type)) throw new IllegalStateException("no boat of type " + type + " at point " + point);
        if (people > waiting[point]) throw new IllegalStateException(people + " launched of " + waiting[point] + " waiting");
        boats[point][type] -= 1;
        waiting[point] -= people;
        launched += people;
    }

    /**
     * People landed in Libya by the coastguard at departure point {@code point} (the nearest to
     * the port): they are held for {@code minDays..maxDays} whole days from {@code epochDay}, and
     * each is deported, gives up or waits again, all drawn now from {@code stream}.
     */
    public void returned(long epochDay, int point, int people, MersenneTwisterFast stream) {
        DeparturesSpec.Detention d = spec.detention();
        long release = epochDay + d.minDays() + stream.nextInt(d.maxDays() - d.minDays() + 1);
        int dep = 0, quit = 0;
        for (int i = 0; i < people; i++) {
            double u = stream.nextDouble();
            if (u < d.deportedShare()) dep++;
            else if (u < d.deportedShare() + d.gaveUpShare()) quit++;
        }
        detained.add(new Detained(release, point, people - dep - quit, dep, quit));
        returned += people;
    }

    public long waitingPeople() {
        long n = 0;
        for (long w : waiting) n += w;
        return n;
    }

    public long waitingPeople(int point) { return waiting[point]; }

    public long peopleInDetention() {
        long n = 0;
        for (Detained d : detained) n += d.people();
        return n;
    }

    /** Whole boats in stock, all points and types. */
    public long boatsInStock() {
        long n = 0;
        for (double[] b : boats) {
            for (double v : b) n += (long) Math.floor(v);
        }
        return n;
    }

    public long initialWaitingPeople() { return initialWaiting; }
    /** People who came in so far. */
    public long inflowPeople() { return inflow; }
    /** People the coastguard returned so far. */
    public long returnedPeople() { return returned; }
    /** People put to sea so far. */
    public long launchedPeople() { return launched; }
    /** People released from detention who wait to cross again, so far. */
    public long reattemptingPeople() { return reattempting; }
    /** People who gave up crossing: released from detention, or displaced between points. */
    public long gaveUpPeople() { return gaveUp + enforcement.gaveUpPeople(); }
    /** People displaced between points, not yet arrived. */
    public long peopleInTransit() { return enforcement.peopleInTransit(); }
    /** Enforcement ashore: today's strengths and launch factors, the moves and their totals. */
    public EnforcementAshore enforcement() { return enforcement; }
    public long deportedPeople() { return deported; }
}
