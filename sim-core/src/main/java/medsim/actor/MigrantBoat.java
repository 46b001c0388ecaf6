package medsim.actor;

import org.apache.commons.math3.distribution.BinomialDistribution;

import medsim.event.EventType;
import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.random.Concern;
import medsim.scenario.BoatType;
import medsim.scenario.Place;
import medsim.scenario.SmugglingSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A boat put to sea by smugglers: it heads for its destination until its fuel runs out,
 * then drifts; it may call an MRCC by satellite phone, capsize, land unaided, or be
 * emptied by a rescue or an interception.
 */
public final class MigrantBoat implements Steppable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final BoatType type;
    private final Place departure;
    private final Place destination;
    private final long departedTick;
    private final Navigator nav;
    private final long randomKey;
    private int people;
    private double fuelHours;
    private BoatState state = BoatState.UNDERWAY;
    /** Hours from the run's start to the moment it went adrift (fuel spent or swamped); NaN while under way. */
    private double adriftSinceHours = Double.NaN;
    /** Capsizes so far: the ordinal that keys the next capsize's draws. */
    private int capsizes;
    /** Unit-exponential threshold of the next capsize, and the capsize hazard integrated toward it (hours x per hour). */
    private double capsizeThreshold = Double.NaN;
    private double capsizeExposure;
    private boolean callDecided;
    private boolean calledForHelp;
    private long lastCallTick = -1;
    private int callsMade;
    private RescueTasking tasking;
    private Asset responder;
    private boolean responderOnScene;
    private SmugglerCraft escort;
    private long derelictUntilTick = -1;

    /**
     * {@code randomKey} names the boat in its own draws (capsize, deaths, distress call) and in
     * others' looks at it; drawn from the boat's own stream, it is the same boat's in any run at
     * the same seed.
     */
    public MigrantBoat(long id, BoatType type, int people, Place departure, Place destination, long departedTick, Navigator nav,
                       long randomKey) {
        this(id, type, people, departure, destination, departedTick, nav, randomKey, type.fuelHours());
    }

    /** As above, with {@code fuelHours} of fuel aboard (the smugglers' choice, at most the type's {@code fuelHours}). */
    public MigrantBoat(long id, BoatType type, int people, Place departure, Place destination, long departedTick, Navigator nav,
                       long randomKey, double fuelHours) {
        this.id = id;
        this.type = type;
        this.people = people;
        this.departure = departure;
        this.destination = destination;
        this.departedTick = departedTick;
        this.nav = nav;
        this.randomKey = randomKey;
        this.fuelHours = fuelHours;
    }

    private double startXNm, startYNm;

    @Override
    public void step(SimState state) {
        MedSim sim = (MedSim) state;
        startXNm = nav.xNm();
        startYNm = nav.yNm();
        if (isDerelict() && sim.tick() >= derelictUntilTick) {
            derelictUntilTick = -1; // it sinks, or drifts out of anyone's concern
            sim.derelictGone(this);
        }
        if (!this.state.atSea()) return;
        double dtHours = sim.clock().tickHours();
        double beaufort = sim.seaState().beaufort();
        double stepStartHours = sim.clock().hours(sim.tick());
        // The step in pieces that end at a capsize: the capsize hazard, constant within a piece,
        // is integrated toward the boat's next unit-exponential threshold, so a capsize falls at
        // its own moment within the step, and the boat sails, runs out of fuel, drifts or lands
        // at theirs (landing first ends the voyage before a later capsize).
        double t = 0;
        while (t < dtHours && this.state.atSea()) {
            if (Double.isNaN(capsizeThreshold)) capsizeThreshold = -Math.log1p(-sim.streams().uniform(Concern.CAPSIZE, randomKey, capsizes));
            double hazard = capsizeHazardPerHour(beaufort, stepStartHours + (t + dtHours) / 2);
            double toCapsize = hazard > 0 ? (capsizeThreshold - capsizeExposure) / hazard : Double.POSITIVE_INFINITY;
            boolean capsizesNow = toCapsize < dtHours - t;
            double span = capsizesNow ? Math.max(0, toCapsize) : dtHours - t;
            if (!responderOnScene) move(sim, span, beaufort, stepStartHours + t);
            if (!this.state.atSea()) return;
            t += span;
            if (capsizesNow) {
                capsizeExposure = 0;
                capsizeThreshold = Double.NaN;
                capsize(sim, stepStartHours + t);
            } else {
                capsizeExposure += hazard * span;
            }
        }
        if (!this.state.atSea()) return;
        considerDistressCall(sim, sim.tick());
        sim.place(this, nav.xNm(), nav.yNm());
    }

    /** Sails (or drifts) for {@code hours} from {@code fromHours} after the run's start: fuel running out and landfall happen at their own moments. */
    private void move(MedSim sim, double hours, double beaufort, double fromHours) {
        if (hours <= 0) return;
        double driftHours = hours;
        if (state == BoatState.UNDERWAY) {
            double speed = type.speedKnots() * Math.max(type.minSpeedFraction(), 1 - type.speedLossPerBeaufort() * beaufort);
            double sailHours = Math.min(hours, Math.max(0, fuelHours));
            boolean arrived = nav.advance(speed * sailHours);
            fuelHours -= sailHours;
            if (arrived) {
                land(sim, destination);
                return;
            }
            if (sailHours >= hours) return;
            // Fuel spent within the step: adrift from that moment, drifting the rest of it.
            state = BoatState.ADRIFT;
            adriftSinceHours = fromHours + sailHours;
            driftHours = hours - sailHours;
        }
        double x = nav.xNm() + sim.seaState().driftEastKnots() * driftHours;
        double y = nav.yNm() + sim.seaState().driftSouthKnots() * driftHours;
        String landState = sim.world().raster().landStateAt(x, y);
        if (landState == null) {
            nav.placeAt(sim.clampX(x), sim.clampY(y));
        } else if (sim.isPlaceOfSafetyState(landState)) {
            land(sim, sim.nearestPlaceOfSafety(x, y));
        }
        // Drifting onto the African coast: the boat stays off the beach (no way ashore is modelled).
    }

    private void considerDistressCall(MedSim sim, long tick) {
        SmugglingSpec smuggling = sim.scenario().smuggling();
        if (calledForHelp) {
            // Having called, it calls again with its position while no one is alongside: an update
            // of a case the MRCC has only from calls, or a new call once a ship failed to find it.
            boolean caseFromCalls = tasking == null || tasking.isClosed() || tasking.contact() != null;
            if (smuggling.distressCallIntervalHours() > 0 && !responderOnScene && caseFromCalls
                    && sim.clock().hours(tick - lastCallTick) >= smuggling.distressCallIntervalHours()) {
                report(sim, tick);
            }
            return;
        }
        if (tasking != null) return;
        if (!callDecided && sim.distanceFromLibyaNm(nav.xNm(), nav.yNm()) >= smuggling.distressCallBeyondNm()) {
            callDecided = true;
            if (sim.streams().uniform(Concern.DISTRESS_CALL, randomKey, 0) < smuggling.distressCallProbability()) {
                // It calls from where it crossed that distance within the step, not from where the step ended.
                double f = crossingFraction(sim, smuggling.distressCallBeyondNm());
                callForHelp(sim, tick, startXNm + f * (nav.xNm() - startXNm), startYNm + f * (nav.yNm() - startYNm));
            }
        }
        if (!calledForHelp && isAdrift() && sim.clock().hours(tick + 1) - adriftSinceHours >= smuggling.adriftCallDelayHours()) {
            callForHelp(sim, tick, nav.xNm(), nav.yNm());
        }
    }

    /**
     * Where along this step's straight track, as a fraction in [0, 1], the boat first came
     * {@code distanceNm} from the Libyan coast (bisection on the distance; 0 if it started the
     * step that far out): the step's end is that far out.
     */
    private double crossingFraction(MedSim sim, double distanceNm) {
        double dx = nav.xNm() - startXNm, dy = nav.yNm() - startYNm;
        if (sim.distanceFromLibyaNm(startXNm, startYNm) >= distanceNm) return 0;
        double lo = 0, hi = 1;
        for (int i = 0; i < 30 && (hi - lo) * Math.hypot(dx, dy) > 1e-3; i++) {
            double mid = (lo + hi) / 2;
            if (sim.distanceFromLibyaNm(startXNm + mid * dx, startYNm + mid * dy) >= distanceNm) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /** Calls for help from (xNm, yNm), where it is, or was within this step. */
    private void callForHelp(MedSim sim, long tick, double xNm, double yNm) {
        calledForHelp = true;
        sim.event(EventType.DISTRESS_CALL, xNm, yNm, "boat", id, people, "");
        lastCallTick = tick;
        sim.mrccNetwork().distressCall(sim, this, callsMade++, xNm, yNm);
    }

    /** Gives the MRCCs its position by satellite phone (see {@link MrccNetwork#distressCall}). */
    private void report(MedSim sim, long tick) {
        lastCallTick = tick;
        sim.mrccNetwork().distressCall(sim, this, callsMade++, nav.xNm(), nav.yNm());
    }

    /** The capsize hazard per hour at {@code atHours} after the run's start, in this sea state and with the people now aboard. */
    private double capsizeHazardPerHour(double beaufort, double atHours) {
        double hazard = type.capsizeHazardPerHour()
                * Math.pow(type.hazardFactorPerBeaufort(), beaufort - type.referenceBeaufort())
                * Math.pow((double) people / type.minPeople(), type.overloadExponent());
        if (isAdrift()) {
            hazard *= 1 + type.adriftHazardGrowthPerDay() * Math.max(0, atHours - adriftSinceHours) / 24.0;
        }
        return hazard;
    }

    private void capsize(MedSim sim, double atHours) {
        double fatality = responderOnScene ? type.deathFractionAttended() : type.deathFractionUnattended();
        // Each of the people aboard dies with probability fatality: a binomial count, drawn by
        // inversion from one number keyed by the boat and the capsize's ordinal.
        double u = sim.streams().uniform(Concern.CASUALTIES, randomKey, capsizes++);
        int dead = new BinomialDistribution(null, people, fatality).inverseCumulativeProbability(u);
        people -= dead;
        sim.event(EventType.CAPSIZE, nav.xNm(), nav.yNm(), responderOnScene ? responder.id() : "", id, people + dead, "");
        if (dead > 0) {
            sim.event(EventType.DEATH, nav.xNm(), nav.yNm(), responderOnScene ? responder.id() : "", id, dead, type.id());
        }
        if (people == 0) {
            end(sim, BoatState.SUNK);
        } else {
            state = BoatState.SWAMPED;
            if (!isAdrift()) adriftSinceHours = atHours;
        }
    }

    private void land(MedSim sim, Place place) {
        sim.event(EventType.LANDING, nav.xNm(), nav.yNm(), place.id(), id, people, type.id());
        DriverArrests.atLanding(sim, nav.xNm(), nav.yNm(), place.id(), id, people, place, randomKey, 0);
        people = 0;
        end(sim, BoatState.LANDED);
    }

    /** Takes up to {@code max} people off the boat (a rescue or an interception in progress). */
    public int takePeople(int max) {
        int n = Math.min(max, people);
        people -= n;
        return n;
    }

    /** Called by the asset on scene once the boat is empty. */
    public void emptied(MedSim sim) {
        end(sim, BoatState.EMPTIED);
    }

    /** Left afloat after the rescue, for smugglers to recover or a warship to destroy, until {@code untilTick}. */
    public void leaveDerelict(long untilTick) {
        derelictUntilTick = untilTick;
    }

    /** An empty boat still afloat where it was left. */
    public boolean isDerelict() {
        return state == BoatState.EMPTIED && derelictUntilTick >= 0;
    }

    /** Destroyed, or gone: no longer afloat. */
    public void sink() {
        derelictUntilTick = -1;
    }

    private void end(MedSim sim, BoatState how) {
        // The networks hear of it: picked up (by a ship that returns people to Libya, or not), landed, or sunk.
        sim.network().voyageEnded(sim, this, how, how == BoatState.EMPTIED && responder != null
                && responder.rules().allows(sim, Action.RETURN_TO_LIBYA, nav.xNm(), nav.yNm()));
        state = how;
        responder = null;
        responderOnScene = false;
        if (tasking != null) sim.mrccNetwork().close(tasking);
        sim.boatGone(this);
    }

    public long id() { return id; }
    /** Names the boat in random draws about it (see the constructor). */
    public long randomKey() { return randomKey; }
    public BoatType type() { return type; }
    public int people() { return people; }
    public Place departure() { return departure; }
    public Place destination() { return destination; }
    public long departedTick() { return departedTick; }
    public double xNm() { return nav.xNm(); }
    /** Where it was at the start of this tick (it steps before the assets that look for it). */
    public double startXNm() { return startXNm; }
    public double startYNm() { return startYNm; }
    public double yNm() { return nav.yNm(); }
    public BoatState state() { return state; }
    public boolean atSea() { return state.atSea(); }
    /** Without way on: fuel spent, or swamped. */
    public boolean isAdrift() { return !Double.isNaN(adriftSinceHours); }
    public boolean hasCalledForHelp() { return calledForHelp; }
    public double fuelHours() { return Math.max(0, fuelHours); }
    public RescueTasking tasking() { return tasking; }
    public void setTasking(RescueTasking t) { tasking = t; }
    /** The asset on its way to this boat or alongside it, if any: one at a time. */
    public Asset responder() { return responder; }
    public boolean responderOnScene() { return responderOnScene; }
    public void setResponder(Asset a, boolean onScene) {
        responder = a;
        responderOnScene = a != null && onScene;
    }
    public SmugglerCraft escort() { return escort; }
    public void setEscort(SmugglerCraft e) { escort = e; }

    @Override
    public String toString() {
        return "Boat " + id + " (" + type.id() + ", " + people + " aboard, " + state.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
