package medsim.actor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import medsim.event.EventType;
import medsim.detection.DetectionTable;
import medsim.detection.Light;
import medsim.detection.Sensor;
import medsim.detection.SensorCredit;
import medsim.detection.Target;
import medsim.geo.CellWalk;
import medsim.geo.Projection;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.mandate.CraftFate;
import medsim.model.MedSim;
import medsim.model.SimClock;
import medsim.random.Concern;
import medsim.random.DailyUniforms;
import medsim.random.RandomStreams;
import medsim.scenario.AssetKind;
import medsim.scenario.AssetSpec;
import medsim.scenario.Force;
import medsim.scenario.Place;
import medsim.search.ParallelSweepPattern;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Bag;

/**
 * A ship or aircraft of a force. It leaves its base, patrols its area (only where its
 * mandate lets it patrol), looks for boats and smuggler craft, answers MRCC taskings,
 * rescues or intercepts, boards and seizes, lands the people it carries, and returns to
 * base when its endurance is spent. Every action is asked of its {@link RulesOfEngagement}
 * first: the one gate that knows the mandate.
 */
public final class Asset implements Steppable {
    private static final long serialVersionUID = 1L;

    /** What the asset is doing now. */
    public enum Mode { IN_PORT, TO_STATION, PATROL, TO_CASE, ON_SCENE, PURSUIT, INSPECTION, TO_PORT }

    private final String id;
    private final AssetSpec spec;
    private final Force force;
    private final Place base;
    private final Navigator nav;
    private final long[] minutes = new long[AssetActivity.values().length]; // whole minutes, so the hours are exact
    private final RulesOfEngagement rules;
    private final long randomKey;
    /** Its detections of each target, as a Poisson process in exposure. */
    private final DetectionClocks detectionClocks;
    /** What it searches with (an array: the look loops over it for every target in reach, every tick). */
    private final Sensor[] sensors;
    /** The farthest any of its sensors sees any target, nm. */
    private final double reachNm;
    /** Each sensor's exposure in the last detection test, to credit a detection to one of them. */
    private final double[] sensorExposure;
    /** The sensor credited with the last detection. */
    private Sensor lastSensor;
    /** The targets asked about this tick ({@link #detects}): their keys, concerns and the sensor credited (null: not detected). */
    private long askedTick = -1;
    private int asked;
    private long[] askedKeys = new long[16];
    private Concern[] askedConcerns = new Concern[16];
    private Sensor[] askedSensors = new Sensor[16];
    /** An aircraft's sorties and search pattern (null for a ship). */
    private final SearchSorties sorties;
    /** Track flown on its search pattern this tick, nm. */
    private double patternTrackNm;

    /** Its place in the order assets step in within a tick (see {@link MedSim#assetStepsThrough}). */
    private final int stepOrder;
    /** The last tick it has made (stepped, or caught up to: see {@link #catchUp}); -1 before the first. */
    private long steppedThroughTick = -1;
    /** The tick of its next step (see {@link #ticksAsleep}). */
    private long wakeTick;
    /** The tick being made: the current one, or one slept through while catching up. */
    private long tickNow;
    private LocalDate deployedAnswerDate;
    private boolean deployedAnswer;
    /** Its coastguard's daily stocks, if it belongs to a unit of one ({@link #serveIn}); else null. */
    private CoastguardLedger coastguard;
    /** Its unit in {@link #coastguard}, and its place among its class's assets (0 first). */
    private int unit = -1, classIndex;

    private Mode mode = Mode.IN_PORT;
    private long readyAtTick;
    private double enduranceLeftHours;
    private MigrantBoat caseBoat;
    private RescueTasking tasking;
    private Action caseAction;
    private int takenFromCase;
    private double transferCredit;
    private SmugglerCraft quarry;
    private Pursuit pursuit;
    private EmbargoVessel inspected;
    /** Hours alongside the ship it inspects, from the moment within the step it came alongside; negative until then. */
    private double alongsideHours = -1;
    private int aboard;
    private boolean aboardForLibya;
    private long firstAboardTick = -1;
    private Place portOfCall;
    private Mrcc lastMrcc;
    private long rescuedTotal;
    /** How many times it has landed people (at a place of safety or in Libya): the key of each landing's draws (driver arrests, detention). */
    private long landings;
    /** Following a sea route around land toward its case's boat (see {@link #sailAroundLand}). */
    private boolean detouring;
    /** On its way at transit speed to where a shared contact put a boat (see {@link #cue}). */
    private boolean cued;
    /** Whether it knows where its case's boat is: false while it heads for a shared contact's position and has not yet detected the boat. */
    private boolean located;
    /** Where it waits for a boat's next call: the tick of the call it reached, and since when it waits (see {@link #waitsForNextCall}). */
    private long waitingOnCallTick = -1, waitingSinceTick = -1;
    // Its patrol points' uniform numbers, begun afresh every day (made on first use).
    private DailyUniforms patrolUniforms;
    // Where it was at the start of this tick: its search covers the track from there to here.
    private double startXNm, startYNm;
    // This tick's search conditions, set by look(): Beaufort force, and light at its position (null until lookLight() needs it).
    private double lookBeaufort;
    private Light lookLight;

    public Asset(String id, int stepOrder, AssetSpec spec, Force force, Place base, Navigator nav, DetectionTable detection) {
        this.id = id;
        this.stepOrder = stepOrder;
        this.spec = spec;
        this.force = force;
        this.base = base;
        this.nav = nav;
        this.randomKey = RandomStreams.key(id);
        this.detectionClocks = new DetectionClocks(randomKey);
        this.rules = new RulesOfEngagement(id, force, spec.kind());
        this.sensors = spec.sensors().toArray(new Sensor[0]);
        this.reachNm = detection.reachNm(spec.sensors());
        this.sensorExposure = new double[sensors.length];
        this.sorties = spec.kind() == AssetKind.AIRCRAFT ? new SearchSorties(spec, spec.assetIds().indexOf(id)) : null;
    }

    @Override
    public void step(SimState state) {
        MedSim sim = (MedSim) state;
        long tick = sim.tick();
        catchUp(sim, tick - 1);
        stepTick(sim, tick, true);
        steppedThroughTick = tick;
        wakeTick = sim.assetsMaySleep() ? tick + ticksAsleep(sim, tick) : tick + 1;
    }

    /**
     * One tick of its life: the tick being stepped, or, catching up ({@code looks} false), an
     * earlier tick of the same day that it slept through. Asleep, it had nothing in reach to
     * look for ({@link #ticksAsleep}), so its look would have found nothing and is left out;
     * the rest is the same, tick by tick, so a run with sleeping gives the same outputs, byte for
     * byte, as one that steps every asset every tick (a test compares them).
     */
    private void stepTick(MedSim sim, long tick, boolean looks) {
        tickNow = tick;
        double dt = sim.clock().tickHours();
        LocalDate date = sim.date();
        boolean wasAtSea = mode != Mode.IN_PORT;
        startXNm = nav.xNm();
        startYNm = nav.yNm();
        minutes[activity().ordinal()] += mode == Mode.IN_PORT && !deployedOn(date) ? 0 : sim.clock().tickMinutes();
        if (mode != Mode.IN_PORT) enduranceLeftHours -= dt;
        switch (mode) {
            case IN_PORT -> inPort(sim, date);
            case TO_STATION -> toStation(sim, date, dt);
            case PATROL -> patrol(sim, date, dt);
            case TO_CASE -> toCase(sim, date, dt);
            case ON_SCENE -> onScene(sim, date, dt);
            case PURSUIT -> pursue(sim, date, dt);
            case INSPECTION -> inspect(sim, date, dt);
            case TO_PORT -> { if (nav.advance(spec.transitSpeedKnots() * dt)) reachPort(sim); }
        }
        if (!wasAtSea) {
            // Left port this tick: it searched only from where it put to sea.
            startXNm = nav.xNm();
            startYNm = nav.yNm();
        }
        if (looks && isLooking()) look(sim, date);
        if (mode != Mode.IN_PORT) sim.place(this, nav.xNm(), nav.yNm());
    }

    // ---- waking on schedule -----------------------------------------------------------------

    /** Its place in the order {@link MedSim} steps the assets (0 first): its index among them. */
    int stepOrder() { return stepOrder; }

    /** The tick of its next step: {@link MedSim} steps it only from then on. */
    public long wakeTick() { return wakeTick; }

    /**
     * Makes the ticks it slept through, up to and including {@code throughTick}, without looking
     * (nothing was in reach). Never across midnight: a sleeper wakes by the day's last tick.
     */
    private void catchUp(MedSim sim, long throughTick) {
        if (throughTick <= steppedThroughTick) return;
        if (sim.clock().dayIndex(steppedThroughTick + 1) != sim.clock().dayIndex(throughTick)) {
            throw new IllegalStateException(id + " slept across midnight, from tick " + steppedThroughTick + " to " + throughTick);
        }
        for (long t = steppedThroughTick + 1; t <= throughTick; ) {
            long idle = idleInPort(sim, t, throughTick);
            if (idle > 0) {
                waitInPort(sim, t, idle);
                t += idle;
            } else {
                stepTick(sim, t++, false);
            }
        }
        steppedThroughTick = throughTick;
    }

    /**
     * How many ticks from {@code tick} (through {@code throughTick} at most, the same day) it only
     * waits in port: an aircraft until its next take-off slot; a ship while not ready to sail
     * yet, or not deployed or held by the weather that day (both fixed for the day).
     * {@link #stepTick} would only count such a tick's minutes.
     */
    private long idleInPort(MedSim sim, long tick, long throughTick) {
        if (mode != Mode.IN_PORT) return 0;
        if (sorties != null) return Math.max(0, Math.min(throughTick, sorties.nextSlotTick() - 1) - tick + 1); // until a take-off slot
        if (!deployedOn(sim.date()) || sim.seaState().beaufort() > spec.maxBeaufort()) return throughTick - tick + 1;
        return Math.max(0, Math.min(throughTick, readyAtTick - 1) - tick + 1);
    }

    /** {@code ticks} ticks from {@code tick} waiting in port, in one go: what {@link #stepTick} does in each (see {@link #idleInPort}). */
    private void waitInPort(MedSim sim, long tick, long ticks) {
        tickNow = tick + ticks - 1;
        startXNm = nav.xNm();
        startYNm = nav.yNm();
        if (deployedOn(sim.date())) minutes[AssetActivity.IN_PORT.ordinal()] += ticks * sim.clock().tickMinutes();
    }

    /** Brings it up to the moment before anyone asks where it is or what it is doing ({@link MedSim#assetStepsThrough}). */
    private void catchUp(MedSim sim) {
        catchUp(sim, sim.assetStepsThrough(stepOrder));
    }

    /** Brings a sleeper up to the last tick made (its hours, position and state), for outputs read at the end of a run. */
    public void bringUpToDate(MedSim sim) {
        catchUp(sim);
    }

    /** Sent somewhere by someone else: it steps again from the next tick it has not made. */
    private void wakeNow() {
        wakeTick = Math.min(wakeTick, steppedThroughTick + 1);
    }

    /**
     * How many ticks from {@code tick} its next step may wait: an aircraft on the ground until
     * its next take-off slot; otherwise 1 unless it is {@link #quiet}; a
     * quiet ship in port sleeps until it is ready to sail, a quiet one at sea while no boat,
     * smuggler craft, derelict or (if its force watches embargo traffic that day) embargo
     * vessel can come within its sensors' reach (the nearest one's distance,
     * less the reach and a margin, over their greatest closing speed: see
     * {@link MedSim#targetSpeedBoundKnots}), and neither past the day's last tick (weather,
     * deployment and mandates change at midnight). A boat or vessel put to sea near a sleeper
     * wakes it ({@link #wakeIfNear}).
     */
    private long ticksAsleep(MedSim sim, long tick) {
        SimClock clock = sim.clock();
        long ticks = clock.ticksPerDay() - 1 - tick % clock.ticksPerDay();
        if (ticks < 1) return 1;
        // An aircraft on the ground waits for its next take-off slot (it neither looks nor is sent anywhere).
        if (sorties != null && mode == Mode.IN_PORT) return sorties.nextSlotTick() > tick ? Math.min(ticks, sorties.nextSlotTick() - tick) : 1;
        if (!quiet()) return 1;
        if (mode == Mode.IN_PORT) return readyAtTick > tick ? Math.min(ticks, readyAtTick - tick) : ticks;
        // Embargo vessels count if its force watches the traffic today (it looks for them then).
        boolean watching = sim.embargoShipping().watchedBy(force.id(), sim.date());
        double clearNm = sim.nearestTargetNm(nav.xNm(), nav.yNm(), watching) - reachNm - SLEEP_MARGIN_NM;
        double clearHours = clearNm / closingKnots(sim);
        if (!(clearHours < ticks * clock.tickHours())) return ticks;
        return Math.max(1, (long) Math.floor(clearHours / clock.tickHours()));
    }

    /** Beyond its sensors' reach, how far a sleeper stays from anything it looks for, nm: a port's sea point is up to a cell from the port, and rounding. */
    private static final double SLEEP_MARGIN_NM = 3.0;

    /** The fastest it and anything it looks for can close on each other today, knots: its own top speed and the targets' bound. */
    private double closingKnots(MedSim sim) {
        return Math.max(spec.transitSpeedKnots(), spec.patrolSpeedKnots()) + sim.targetSpeedBoundKnots();
    }

    /**
     * Whether a ship may sleep: nothing to do but sail its track or wait in port: no case,
     * chase, inspection or cue, and nobody aboard. Aircraft fly sorties on a clock of their own
     * and sleep only on the ground, until their next take-off slot ({@link #ticksAsleep}).
     */
    private boolean quiet() {
        return sorties == null && caseBoat == null && quarry == null && inspected == null && !cued && aboard == 0
                && (mode == Mode.IN_PORT || mode == Mode.PATROL || mode == Mode.TO_STATION || mode == Mode.TO_PORT);
    }

    /**
     * A boat or craft was put to sea at (x, y) at this tick: if it could come within reach of
     * this sleeper before it wakes, it wakes now (it steps this tick, with its look).
     */
    public void wakeIfNear(MedSim sim, double xNm, double yNm) {
        if (wakeTick <= sim.tick() || mode == Mode.IN_PORT) return;
        double hours = sim.clock().hours(wakeTick - steppedThroughTick + 1);
        double bound = reachNm + SLEEP_MARGIN_NM + closingKnots(sim) * hours;
        if (nav.distanceTo(xNm, yNm) <= bound) wakeTick = sim.tick();
    }

    /**
     * Makes it a boat of a coastguard whose stocks decide its days at sea, if its class is one of
     * the ledger's units (otherwise nothing changes). Called once, when the run starts.
     */
    public void serveIn(CoastguardLedger ledger) {
        int u = ledger.unitOf(spec.id());
        if (u < 0) return;
        coastguard = ledger;
        unit = u;
        classIndex = spec.assetIds().indexOf(id);
    }

    /**
     * Whether it is deployed on that date ({@link AssetSpec#deployedOn}) and, for a coastguard's
     * boat, in service (its unit's share of the boats the day's stocks put in service:
     * {@link CoastguardLedger}); remembered for the day: it is asked every tick.
     */
    private boolean deployedOn(LocalDate date) {
        if (date != deployedAnswerDate) {
            deployedAnswer = spec.deployedOn(date) && (coastguard == null || coastguard.inService(unit, classIndex));
            deployedAnswerDate = date;
        }
        return deployedAnswer;
    }

    private AssetActivity activity() {
        return switch (mode) {
            case IN_PORT -> AssetActivity.IN_PORT;
            case TO_STATION, TO_PORT -> AssetActivity.TRANSIT;
            case PATROL -> AssetActivity.PATROL;
            case TO_CASE, ON_SCENE -> AssetActivity.RESCUE;
            case PURSUIT -> AssetActivity.ENFORCEMENT;
            case INSPECTION -> AssetActivity.EMBARGO;
        };
    }

    // ---- port and patrol -------------------------------------------------------------

    private void inPort(MedSim sim, LocalDate date) {
        if (sorties != null) {
            takeOff(sim, date);
            return;
        }
        if (tickNow < readyAtTick || !deployedOn(date) || sim.seaState().beaufort() > spec.maxBeaufort()) return;
        Place from = portOfCall == null ? base : portOfCall;
        // A ship (an aircraft flies sorties: takeOff): it leaves from the sea off its port.
        double[] start = sim.world().raster().nearestSeaPoint(sim.xOf(from), sim.yOf(from));
        nav.placeAt(start[0], start[1]);
        sim.place(this, nav.xNm(), nav.yNm());
        if (from != base && enduranceLeftHours <= 0) {
            goToPort(sim, base);
            return;
        }
        // Logistic support in force (replenishment at sea) keeps it out longer.
        if (from == base) enduranceLeftHours = spec.enduranceHours() * force.enduranceFactorOn(date);
        double[] p = sim.patrolPoint(spec.patrolArea(), rules, date, nav.xNm(), nav.yNm(), patrolUniforms(sim, date), rangeNm());
        if (p == null) {
            // Nowhere in its area may it patrol today (mandate): it stays in port and asks again later.
            sim.unplace(this);
            readyAtTick = tickNow + sim.clock().ticks(Math.max(spec.patrolRetryMinHours(), spec.portHours()));
            return;
        }
        nav.follow(sim.routeFromPort(spec.kind(), nav.xNm(), nav.yNm(), p[0], p[1]));
        mode = Mode.TO_STATION;
    }

    private void startPatrolLeg(MedSim sim, LocalDate date) {
        cued = false;
        if (sorties != null) {
            // At the pattern's first waypoint: it follows the rest of it.
            nav.follow(sorties.route());
            mode = Mode.PATROL;
            return;
        }
        double[] p = sim.patrolPoint(spec.patrolArea(), rules, date, nav.xNm(), nav.yNm(), patrolUniforms(sim, date), rangeNm());
        if (p == null) {
            goToPort(sim, base);
            return;
        }
        // A patrol point is a one-off goal: out of sight (none of the area's was), A* finds the way.
        nav.follow(sim.routeOnce(spec.kind(), nav.xNm(), nav.yNm(), p[0], p[1]));
        mode = Mode.PATROL;
    }

    private void patrol(MedSim sim, LocalDate date, double dt) {
        if (sorties != null) {
            flyPattern(sim, date, dt);
            return;
        }
        if (mustHeadBack(sim, date)) {
            headBack(sim, date);
            return;
        }
        double speed = cued ? spec.transitSpeedKnots() : spec.patrolSpeedKnots();
        if (nav.advance(speed * dt)) {
            // The leg ends within the step: the next one takes what is left of it.
            double spareHours = nav.leftoverNm() / speed;
            startPatrolLeg(sim, date);
            if (mode == Mode.PATROL) nav.advance(spec.patrolSpeedKnots() * spareHours);
        }
    }

    /**
     * Sent by its force to where a shared contact put a boat ({@link MaritimePicture}): a free
     * ship goes there at transit speed, searching on the way as on patrol, then patrols on. It
     * acts on the boat only if it detects it. Returns whether it went.
     */
    boolean cue(MedSim sim, double xNm, double yNm) {
        catchUp(sim);
        if (!isFree()) return false;
        wakeNow();
        nav.follow(sim.route(spec.kind(), nav.xNm(), nav.yNm(), xNm, yNm));
        mode = Mode.PATROL;
        cued = true;
        return true;
    }

    private void toStation(MedSim sim, LocalDate date, double dt) {
        if (sorties != null && (mustHeadBack(sim, date) || sorties.mustReturn(enduranceLeftHours, hoursHome(sim), dt))) {
            goToPort(sim, base);
            return;
        }
        if (nav.advance(spec.transitSpeedKnots() * dt)) {
            // On station within the step: it patrols for what is left of it.
            double spareHours = nav.leftoverNm() / spec.transitSpeedKnots();
            startPatrolLeg(sim, date);
            if (mode == Mode.PATROL) nav.advance(spec.patrolSpeedKnots() * spareHours);
        }
    }

    // ---- an aircraft's sorties (SearchSorties) ---------------------------------------------

    /** At base: takes off when a sortie falls due and it is ready, deployed, and the weather lets it fly. */
    private void takeOff(MedSim sim, LocalDate date) {
        if (!sorties.slotDue(sim)) return;
        if (sim.tick() < readyAtTick || !deployedOn(date) || sim.seaState().beaufort() > spec.maxBeaufort()) return;
        List<double[]> route = sorties.plan(sim, rules, date, spec.sensors(), sim.seaState().beaufort());
        if (route == null) return;
        nav.placeAt(sim.xOf(base), sim.yOf(base));
        sim.place(this, nav.xNm(), nav.yNm());
        enduranceLeftHours = spec.enduranceHours();
        portOfCall = base;
        nav.follow(List.of(route.get(0)));
        mode = Mode.TO_STATION;
    }

    /** Along its search pattern, until endurance (less the flight home and the reserve), weather or deployment ends the sortie. */
    private void flyPattern(MedSim sim, LocalDate date, double dt) {
        if (mustHeadBack(sim, date) || sorties.mustReturn(enduranceLeftHours, hoursHome(sim), dt)) {
            sorties.leave(nav.nextWaypointIndex());
            goToPort(sim, base);
            return;
        }
        double step = spec.patrolSpeedKnots() * dt;
        if (nav.advance(step)) {
            // The pattern is done (a short last step, booked as the straight line): it begins it again.
            patternTrackNm = nav.distanceTo(startXNm, startYNm);
            nav.follow(sorties.restart());
        } else {
            patternTrackNm = step;
        }
    }

    private double hoursHome(MedSim sim) {
        return nav.distanceTo(sim.xOf(base), sim.yOf(base)) / spec.transitSpeedKnots();
    }

    private boolean mustHeadBack(MedSim sim, LocalDate date) {
        return enduranceLeftHours <= 0
                || !deployedOn(date)
                || sim.seaState().beaufort() > spec.maxBeaufort()
                || (aboard > 0 && sim.clock().hours(tickNow - firstAboardTick) >= spec.maxHoursWithPeopleAboard());
    }

    private void headBack(MedSim sim, LocalDate date) {
        if (aboard > 0) goToPort(sim, disembarkationPort(sim, date));
        else goToPort(sim, base);
    }

    private void resumePatrol(MedSim sim, LocalDate date) {
        caseBoat = null;
        tasking = null;
        quarry = null;
        pursuit = null;
        inspected = null;
        alongsideHours = -1;
        if (mustHeadBack(sim, date) || (spec.capacityPeople() > 0 && aboard >= spec.disembarkLoadFraction() * spec.capacityPeople())) {
            headBack(sim, date);
        } else {
            startPatrolLeg(sim, date);
        }
    }

    private void goToPort(MedSim sim, Place place) {
        portOfCall = place;
        nav.follow(sim.route(spec.kind(), nav.xNm(), nav.yNm(), sim.xOf(place), sim.yOf(place)));
        mode = Mode.TO_PORT;
    }

    private Place disembarkationPort(MedSim sim, LocalDate date) {
        if (aboardForLibya) return sim.nearestLibyanReturnPoint(nav.xNm(), nav.yNm());
        Mrcc mrcc = lastMrcc != null ? lastMrcc : sim.mrccNetwork().fallback();
        return sim.mrccNetwork().placeOfSafety(sim, mrcc, this, nav.xNm(), nav.yNm(), aboard);
    }

    private void reachPort(MedSim sim) {
        double landingHours = 0;
        if (aboard > 0) {
            if (aboardForLibya) {
                sim.returnToLibya(nav.xNm(), nav.yNm(), id, landings++, aboard, portOfCall);
            } else {
                sim.event(EventType.DISEMBARKATION, nav.xNm(), nav.yNm(), id, 0, aboard, portOfCall.id());
                DriverArrests.atLanding(sim, nav.xNm(), nav.yNm(), id, 0, aboard, portOfCall, randomKey, landings++);
            }
            landingHours = spec.berthingHours() + aboard / spec.transferPeoplePerHour();
            aboard = 0;
            aboardForLibya = false;
            firstAboardTick = -1;
        }
        // Landing people at a place of safety is a short call; a return to base is a port period.
        double portHours = portOfCall == base ? spec.portHours() : landingHours;
        // It berthed within the step, this long before its end: the port period runs from then.
        double berthedEarlyHours = nav.leftoverNm() / spec.transitSpeedKnots();
        readyAtTick = tickNow + sim.clock().ticks(portHours - berthedEarlyHours);
        mode = Mode.IN_PORT;
        sim.unplace(this);
    }

    // ---- looking ------------------------------------------------------------------------

    private boolean isLooking() {
        return mode == Mode.PATROL || mode == Mode.TO_STATION || mode == Mode.TO_PORT || mode == Mode.TO_CASE;
    }

    /**
     * Searches during this tick: for each target in reach, the chance of detection is
     * 1 - exp(-exposure), the exposure being its sensors' detection rates integrated along the
     * target's track relative to this asset during the tick (straight from where both were at
     * the start of the tick to where they are now; {@link DetectionTable#exposure}), in the
     * day's sea state and the light at its position at mid-tick.
     */
    private void look(MedSim sim, LocalDate date) {
        lookBeaufort = sim.seaState().beaufort();
        double hours = sim.clock().tickHours();
        lookLight = null;
        if (patternTrackNm > 0) {
            // A tick along its search pattern: booked, with the boats in its area and whether it saw them.
            sorties.searched(sim, force.id(), spec.sensors(), lookBeaufort, lookLight(sim), patternTrackNm,
                    b -> detects(sim, Concern.SENSING, b.randomKey(), b.type().detectionTarget(), b.startXNm(), b.startYNm(), b.xNm(), b.yNm(), hours));
            patternTrackNm = 0;
        }
        if (!located && caseBoat != null && detects(sim, Concern.SENSING, caseBoat.randomKey(), caseBoat.type().detectionTarget(),
                caseBoat.startXNm(), caseBoat.startYNm(), caseBoat.xNm(), caseBoat.yNm(), hours)) {
            located = true;
            sim.event(EventType.SIGHTING, caseBoat.xNm(), caseBoat.yNm(), id, caseBoat.id(), caseBoat.people(), "located");
            sim.searchLog().sighting(force.id(), lastSensor, caseBoat.type().detectionTarget());
        }
        // Only the boats that may have come within reach this tick (detects() would pass over the rest), in the same order.
        int near = sim.boatsNear(nav.xNm(), nav.yNm(), reachNm + nav.distanceTo(startXNm, startYNm) + 1.0);
        for (int k = 0; k < near; k++) {
            MigrantBoat b = sim.nearBoat(k);
            if (b.responder() != null || (b.tasking() != null && !canIntercept(sim, b, date))) continue;
            if (!detects(sim, Concern.SENSING, b.randomKey(), b.type().detectionTarget(), b.startXNm(), b.startYNm(), b.xNm(), b.yNm(), hours)) continue;
            if (canIntercept(sim, b, date) && isFree()) {
                // A unit that lets this boat go (a local deal, or a boat that cannot act at night) neither takes nor reports it.
                if (!willIntercept(sim, b)) continue;
                sim.event(EventType.SIGHTING, b.xNm(), b.yNm(), id, b.id(), b.people(), "intercept");
                sim.picture().sighted(sim, this, b, false);
                sim.searchLog().sighting(force.id(), lastSensor, b.type().detectionTarget());
                takeCase(b, null, Action.INTERCEPT);
                return;
            }
            if (b.tasking() == null && sim.picture().sighted(sim, this, b, true)) {
                sim.searchLog().sighting(force.id(), lastSensor, b.type().detectionTarget());
            }
        }
        if (rules.mayToday(Action.DESTROY, date) && isFree() && lookForDerelicts(sim, date, hours)) return;
        if (rules.mayToday(Action.SEIZE, date) && isFree() && lookForCrafts(sim, hours)) return;
        if (sim.embargoShipping().watchedBy(force.id(), date)) lookForEmbargoVessels(sim, date, hours);
    }

    /** Smuggler craft no one chases: it chases the first it sees where it may board. */
    private boolean lookForCrafts(MedSim sim, double hours) {
        Bag crafts = sim.craftsAtSea();
        for (int i = 0; i < crafts.numObjs; i++) {
            SmugglerCraft c = (SmugglerCraft) crafts.objs[i];
            if (c.pursuer() != null) continue;
            if (!detects(sim, Concern.CRAFT_SENSING, c.boat().randomKey(), Target.SMUGGLER_CRAFT, c.startXNm(), c.startYNm(), c.xNm(), c.yNm(), hours)) continue;
            if (!rules.allows(sim, Action.BOARD, c.xNm(), c.yNm())) continue;
            quarry = c;
            c.setPursuer(this);
            pursuit = spec.boardingCraft() != null
                    ? Pursuit.byBoat(nav.xNm(), nav.yNm(), spec.boardingCraft(), spec.maxPursuitHours(), spec.onSceneNm())
                    : Pursuit.byShip(nav.xNm(), nav.yNm(), spec.transitSpeedKnots(), spec.maxPursuitHours(), spec.onSceneNm());
            mode = Mode.PURSUIT;
            return true;
        }
        return false;
    }

    /** Empty boats left by others: a force that may destroy them goes and does. */
    private boolean lookForDerelicts(MedSim sim, LocalDate date, double hours) {
        Bag derelicts = sim.derelicts();
        for (int i = 0; i < derelicts.numObjs; i++) {
            MigrantBoat b = (MigrantBoat) derelicts.objs[i];
            if (b.responder() != null) continue;
            if (!detects(sim, Concern.SENSING, b.randomKey(), b.type().detectionTarget(), b.xNm(), b.yNm(), b.xNm(), b.yNm(), hours)) continue;
            if (!rules.allows(sim, Action.DESTROY, b.xNm(), b.yNm())) continue;
            takeCase(b, null, Action.DESTROY);
            return true;
        }
        return false;
    }

    /**
     * Vessels of the embargo traffic its force watches (seen as merchant ships): the first
     * sighting of a vessel by any watching force is recorded; a free ship that may inspect where
     * a vessel awaiting inspection is goes alongside it (the first such vessel it sees).
     */
    private void lookForEmbargoVessels(MedSim sim, LocalDate date, double hours) {
        boolean mayInspect = isFree() && rules.mayToday(Action.INSPECT, date);
        for (EmbargoVessel v : sim.embargoShipping().atSea()) {
            if (!v.traffic().watchedBy().contains(force.id())) continue;
            if (!detects(sim, Concern.SENSING, v.randomKey(), Target.MERCHANT_SHIP, v.startXNm(), v.startYNm(), v.xNm(), v.yNm(), hours)) continue;
            if (v.sightedNow()) {
                sim.event(EventType.EMBARGO_SIGHTING, v.xNm(), v.yNm(), id, v.id(), 0, v.traffic().cargo().key());
                sim.embargoShipping().sighted(sim, force.id(), v);
            }
            if (!mayInspect || !v.awaitsInspection() || !rules.allows(sim, Action.INSPECT, v.xNm(), v.yNm())) continue;
            inspected = v;
            v.inspectedBy(this);
            alongsideHours = -1;
            mode = Mode.INSPECTION;
            mayInspect = false;
        }
    }

    private boolean canIntercept(MedSim sim, MigrantBoat b, LocalDate date) {
        return rules.allows(Action.INTERCEPT, sim.zoneAt(b.xNm(), b.yNm()), date)
                && (coastguard == null || sim.distanceFromLibyaNm(b.xNm(), b.yNm()) <= coastguard.rangeNm());
    }

    /** How far from the Libyan coast it patrols today, nm: its coastguard's range, or unbounded. */
    private double rangeNm() {
        return coastguard == null ? Double.POSITIVE_INFINITY : coastguard.rangeNm();
    }

    /**
     * Whether a coastguard's boat that may intercept a boat it sees does: at night only if it is
     * one of its unit's boats able to act at night, and then with its unit's chance for the
     * boat's departure point (willingness, local deals), drawn once per unit and boat. Always,
     * for an asset of no coastguard unit.
     */
    private boolean willIntercept(MedSim sim, MigrantBoat b) {
        if (coastguard == null) return true;
        if (lookLight(sim) == Light.NIGHT && !coastguard.actsAtNight(unit, classIndex)) return false;
        double chance = coastguard.interceptChance(unit, b.departure().id());
        return chance >= 1 || sim.streams().uniform(Concern.COLLUSION, RandomStreams.key(spec.id()), b.randomKey()) < chance;
    }

    // ---- cases: rescue and interception ----------------------------------------------------

    /** Can an MRCC send this asset to a case now? */
    public boolean isFree(MedSim sim) {
        catchUp(sim);
        return isFree();
    }

    private boolean isFree() {
        return spec.kind() == AssetKind.SHIP && (mode == Mode.PATROL || mode == Mode.TO_STATION)
                && aboard < spec.capacityPeople() && !aboardForLibya;
    }

    /** Hours to reach a point at transit speed (straight line: the open sea between). */
    public double hoursTo(MedSim sim, double xNm, double yNm) {
        catchUp(sim);
        return nav.distanceTo(xNm, yNm) / spec.transitSpeedKnots();
    }

    /** Answers a case the MRCC network assigned to it (the case records the assignment). */
    void answer(MedSim sim, RescueTasking t, Mrcc mrcc) {
        catchUp(sim);
        wakeNow();
        lastMrcc = mrcc;
        takeCase(t.boat(), t, Action.RESCUE);
    }

    private void takeCase(MigrantBoat b, RescueTasking t, Action action) {
        cued = false;
        detouring = false;
        located = t == null || t.contact() == null;
        caseBoat = b;
        tasking = t;
        caseAction = action;
        takenFromCase = 0;
        transferCredit = 0;
        b.setResponder(this, false);
        mode = Mode.TO_CASE;
    }

    private void dropCase(MedSim sim, LocalDate date, String why) {
        if (caseBoat != null && caseBoat.responder() == this) caseBoat.setResponder(null, false);
        if (tasking != null) sim.mrccNetwork().release(tasking);
        if (why != null && caseBoat != null) sim.event(EventType.TASKING_ABANDONED, nav.xNm(), nav.yNm(), id, caseBoat.id(), caseBoat.people(), why);
        resumePatrol(sim, date);
    }

    private void toCase(MedSim sim, LocalDate date, double dt) {
        if (caseAction == Action.DESTROY ? !caseBoat.isDerelict() : !caseBoat.atSea()) {
            resumePatrol(sim, date);
            return;
        }
        if (!rules.permits(sim, caseAction, caseBoat.xNm(), caseBoat.yNm(), caseBoat.id(), caseBoat.people())) {
            SeaZone zone = sim.zoneAt(caseBoat.xNm(), caseBoat.yNm());
            // The MRCC learns where the boat is, so that it does not send the same asset back
            // at once on an older position (a call's, or a shared contact's) outside these waters.
            if (tasking != null && tasking.contact() != null) {
                tasking.updateContact(Contact.of(sim, caseBoat, caseBoat.xNm(), caseBoat.yNm(), force.id(), id));
            }
            dropCase(sim, date, "no mandate to " + caseAction.key() + " in " + zone.code());
            return;
        }
        // Sent on a contact (shared, or a call), it heads for where the contact puts the boat until it detects it.
        double headingXNm = located ? caseBoat.xNm() : tasking.contact().xNmNow(sim);
        double headingYNm = located ? caseBoat.yNm() : tasking.contact().yNmNow(sim);
        if (sim.world().raster().lineOfSightAtSea(nav.xNm(), nav.yNm(), headingXNm, headingYNm)) {
            detouring = false;
        } else if (sailAroundLand(sim, headingXNm, headingYNm, dt)) {
            return;
        }
        double onSceneHours;
        if (located) {
            onSceneHours = closeOn(caseBoat.startXNm(), caseBoat.startYNm(), caseBoat.xNm(), caseBoat.yNm(), dt);
        } else {
            // Where dead reckoning from the contact (its position, course and speed) puts the boat now.
            double tx = headingXNm, ty = headingYNm;
            boolean there = nav.steerToward(tx, ty, spec.transitSpeedKnots() * dt) || nav.distanceTo(tx, ty) <= spec.onSceneNm();
            onSceneHours = there ? dt - nav.leftoverNm() / spec.transitSpeedKnots() : Double.NaN;
        }
        if (!Double.isNaN(onSceneHours)) {
            if (!located && waitsForNextCall(sim)) return;
            if (!located) {
                caseBoat.setResponder(null, false);
                sim.mrccNetwork().contactLost(tasking);
                sim.event(EventType.TASKING_ABANDONED, nav.xNm(), nav.yNm(), id, caseBoat.id(), caseBoat.people(), "contact lost");
                resumePatrol(sim, date);
                return;
            }
            if (caseAction == Action.DESTROY) {
                sim.derelictGone(caseBoat);
                destroy(sim, caseBoat);
                resumePatrol(sim, date);
                return;
            }
            caseBoat.setResponder(this, true);
            sim.mrccNetwork().onScene(sim, caseBoat, this);
            mode = Mode.ON_SCENE;
            // Alongside from that moment: the transfer starts with what is left of the step.
            transferCredit += spec.transferPeoplePerHour() * (dt - onSceneHours);
        }
    }

    /**
     * At the position a boat gave by phone without having found it: it stays there, looking, for
     * the boat's next call ({@code callIntervalHours} plus the relay delay, and a tick), and heads
     * for the newer position when it comes; false once it has waited that long (the contact is lost).
     */
    private boolean waitsForNextCall(MedSim sim) {
        Contact c = tasking.contact();
        var smuggling = sim.scenario().smuggling();
        if (!c.fromCall() || smuggling.distressCallIntervalHours() <= 0) return false;
        if (waitingOnCallTick != c.tick()) {
            waitingOnCallTick = c.tick();
            waitingSinceTick = sim.tick();
        }
        double waitHours = smuggling.distressCallIntervalHours() + smuggling.distressRelayDelayMinutes() / 60.0 + sim.clock().tickHours();
        return sim.clock().hours(sim.tick() - waitingSinceTick) < waitHours;
    }

    private void onScene(MedSim sim, LocalDate date, double dt) {
        if (!caseBoat.atSea()) {
            finishCase(sim, date);
            return;
        }
        transferCredit += spec.transferPeoplePerHour() * dt;
        int want = (int) Math.floor(transferCredit);
        int room = spec.capacityPeople() - aboard;
        int moved = caseBoat.takePeople(Math.min(want, room));
        transferCredit -= moved;
        if (moved > 0) {
            if (firstAboardTick < 0) firstAboardTick = sim.tick();
            aboard += moved;
            takenFromCase += moved;
        }
        if (caseBoat.people() == 0) {
            finishCase(sim, date);
        } else if (aboard >= spec.capacityPeople()) {
            recordCase(sim, date);
            caseBoat.setResponder(null, false);
            if (tasking != null) sim.mrccNetwork().release(tasking);
            else sim.mrccNetwork().report(sim, caseBoat, "interceptor-full");
            caseBoat = null;
            tasking = null;
            headBack(sim, date);
        }
    }

    private void finishCase(MedSim sim, LocalDate date) {
        recordCase(sim, date);
        if (caseBoat.people() == 0 && caseBoat.atSea()) {
            caseBoat.emptied(sim);
            // A force that destroys boats somewhere today is refused (and it is recorded) where it may not.
            boolean destroys = rules.mayToday(Action.DESTROY, date)
                    ? rules.permits(sim, Action.DESTROY, caseBoat.xNm(), caseBoat.yNm(), caseBoat.id(), 0)
                    : rules.allows(sim, Action.DESTROY, caseBoat.xNm(), caseBoat.yNm());
            if (destroys) destroy(sim, caseBoat);
            else sim.leaveDerelict(caseBoat);
        }
        resumePatrol(sim, date);
    }

    private void destroy(MedSim sim, MigrantBoat boat) {
        sim.event(EventType.BOAT_DESTROYED, nav.xNm(), nav.yNm(), id, boat.id(), 0, boat.type().id());
        sim.boatLost(boat.type());
    }

    private void recordCase(MedSim sim, LocalDate date) {
        if (takenFromCase == 0) return;
        // Recorded, and counted, when the asset leaves the boat: empty, or the asset full.
        // Whoever may return people to Libya here (only the Libyan coastguard, in the shipped
        // scenarios) takes everyone aboard there, rescued or intercepted.
        aboardForLibya = rules.allows(sim, Action.RETURN_TO_LIBYA, nav.xNm(), nav.yNm());
        if (caseAction == Action.INTERCEPT) {
            sim.event(EventType.INTERCEPTION, nav.xNm(), nav.yNm(), id, caseBoat.id(), takenFromCase, force.group());
        } else {
            sim.event(EventType.RESCUE, nav.xNm(), nav.yNm(), id, caseBoat.id(), takenFromCase, force.group());
        }
        rescuedTotal += takenFromCase;
        takenFromCase = 0;
    }

    // ---- law enforcement ------------------------------------------------------------------

    /**
     * A chase of a smuggler craft ({@link Pursuit}): caught if the pursuer closes before the
     * craft leaves the waters where this force may board it and before the pursuer gives up;
     * a boarding craft then returns to the ship, which waits for it.
     */
    private void pursue(MedSim sim, LocalDate date, double dt) {
        if (pursuit.returning()) {
            if (pursuit.recover(nav.xNm(), nav.yNm(), dt)) endPursuit(sim, date);
            return;
        }
        if (!quarry.atSea()) {
            endChase(sim, date);
            return;
        }
        Pursuit.Outcome outcome = pursuit.step(quarry.startXNm(), quarry.startYNm(), quarry.xNm(), quarry.yNm(), dt,
                (x0, y0, x1, y1) -> CellWalk.firstEntry(sim.world().raster(), x0, y0, x1, y1, z -> !rules.allows(Action.BOARD, z, date)));
        if (!pursuit.byBoat()) nav.placeAt(pursuit.xNm(), pursuit.yNm());
        if (outcome == Pursuit.Outcome.CHASING) return;
        double ex = pursuit.eventXNm(), ey = pursuit.eventYNm();
        long escorted = quarry.boat().id();
        if (outcome == Pursuit.Outcome.CAUGHT && rules.permits(sim, Action.SEIZE, ex, ey, escorted, quarry.smugglersAboard())) {
            quarry.seize(sim);
            CraftFate fate = rules.seizedCraftFate(sim.zoneAt(ex, ey), date);
            sim.event(EventType.ESCORT_SEIZED, ex, ey, id, escorted, quarry.smugglersAboard(), fate.key());
        } else if (outcome == Pursuit.Outcome.OUT_OF_MANDATE) {
            // Recorded as a refusal where the craft crossed into waters this force may not board in.
            double dx = quarry.xNm() - quarry.startXNm(), dy = quarry.yNm() - quarry.startYNm(), d = Math.hypot(dx, dy);
            double past = d > 0 ? 1e-6 / d : 0;
            rules.permits(sim, Action.BOARD, ex + dx * past, ey + dy * past, escorted, quarry.smugglersAboard());
        }
        endChase(sim, date);
    }

    /** The chase is over: the craft is free of this asset; a boarding craft heads back to the ship. */
    private void endChase(MedSim sim, LocalDate date) {
        if (quarry.pursuer() == this) quarry.setPursuer(null);
        pursuit.endChase();
        if (!pursuit.returning()) endPursuit(sim, date);
    }

    /**
     * Goes alongside the vessel it inspects (at transit speed), which then lies hove to while the
     * boarding team searches for {@code inspectionHours}; found cargo is seized where its mandate
     * allows, and the vessel diverted to this ship's base where it allows {@code divert}. A vessel
     * that sails where this force may not inspect (or ends its voyage first) is left, uninspected.
     */
    private void inspect(MedSim sim, LocalDate date, double dt) {
        EmbargoVessel v = inspected;
        if (!v.atSea() || !rules.permits(sim, Action.INSPECT, v.xNm(), v.yNm(), v.id(), 0)) {
            v.release(false);
            resumePatrol(sim, date);
            return;
        }
        if (alongsideHours < 0) {
            if (!nav.steerToward(v.xNm(), v.yNm(), spec.transitSpeedKnots() * dt)
                    && nav.distanceTo(v.xNm(), v.yNm()) > spec.onSceneNm()) return;
            // Alongside from the moment within the step it got there: the search runs from then.
            alongsideHours = nav.leftoverNm() / spec.transitSpeedKnots();
            v.heaveTo();
        } else {
            nav.placeAt(v.xNm(), v.yNm());
            alongsideHours += dt;
        }
        if (alongsideHours < spec.inspectionHours()) return;
        // Done within the step: it patrols on for what is left of it.
        double spareHours = alongsideHours - spec.inspectionHours();
        String cargo = v.traffic().cargo().key();
        sim.event(EventType.INSPECTION, nav.xNm(), nav.yNm(), id, v.id(), 0, cargo);
        if (sim.streams().stream(Concern.INSPECTION, v.randomKey()).nextDouble() < v.traffic().cargoFoundProbability()) {
            if (rules.permits(sim, Action.SEIZE, nav.xNm(), nav.yNm(), v.id(), 0)) sim.event(EventType.CARGO_SEIZED, nav.xNm(), nav.yNm(), id, v.id(), 0, cargo);
            if (rules.allows(sim, Action.DIVERT, nav.xNm(), nav.yNm())) {
                sim.event(EventType.EMBARGO_DIVERSION, nav.xNm(), nav.yNm(), id, v.id(), 0, cargo);
                v.divert(sim, sim.xOf(base), sim.yOf(base));
            }
        }
        v.release(true);
        resumePatrol(sim, date);
        if (mode == Mode.PATROL) nav.advance(spec.patrolSpeedKnots() * spareHours);
    }

    /**
     * Whether this tick's search detects the target named by {@code targetKey}, of kind
     * {@code target}, which moved from (tx0, ty0) to (tx1, ty1) nm during the tick: a chance of
     * 1 - exp(-exposure), the exposure summed over this asset's sensors, drawn as the crossing of
     * an exponential threshold keyed by the asset, the target and the detection's ordinal
     * ({@link DetectionClocks}), so the same pair meets the same draws at any tick length. A
     * detection is credited to one sensor ({@link #lastSensor}), each with chance its share of
     * the exposure (a uniform of the detection's own picks it).
     */
    private boolean detects(MedSim sim, Concern concern, long targetKey, Target target,
            double tx0, double ty0, double tx1, double ty1, double hours) {
        // Asked again for the same target in the same tick (its search pattern's booking, then the
        // look itself): the same answer, without integrating the tick's exposure twice.
        long tick = sim.tick();
        if (askedTick != tick) {
            askedTick = tick;
            asked = 0;
        }
        for (int i = 0; i < asked; i++) {
            if (askedKeys[i] == targetKey && askedConcerns[i] == concern) {
                if (askedSensors[i] != null) lastSensor = askedSensors[i];
                return askedSensors[i] != null;
            }
        }
        boolean seen = integrate(sim, concern, targetKey, target, tx0, ty0, tx1, ty1, hours);
        if (asked == askedKeys.length) {
            askedKeys = Arrays.copyOf(askedKeys, 2 * asked);
            askedConcerns = Arrays.copyOf(askedConcerns, 2 * asked);
            askedSensors = Arrays.copyOf(askedSensors, 2 * asked);
        }
        askedKeys[asked] = targetKey;
        askedConcerns[asked] = concern;
        askedSensors[asked++] = seen ? lastSensor : null;
        return seen;
    }

    /** The light at its position at mid-tick, worked out when this tick's search first needs it (most ticks, no target is in reach). */
    private Light lookLight(MedSim sim) {
        if (lookLight == null) {
            Projection projection = sim.world().projection();
            lookLight = sim.sunAtMidTick().light(projection.latDeg(nav.yNm()), projection.lonDeg(nav.xNm()));
        }
        return lookLight;
    }

    private boolean integrate(MedSim sim, Concern concern, long targetKey, Target target,
            double tx0, double ty0, double tx1, double ty1, double hours) {
        double rx0 = tx0 - startXNm, ry0 = ty0 - startYNm;
        double rx1 = tx1 - nav.xNm(), ry1 = ty1 - nav.yNm();
        // Beyond reach at both ends of a track shorter than the gap: nothing to integrate.
        double sx = rx1 - rx0, sy = ry1 - ry0;
        double reach = reachNm + Math.sqrt(sx * sx + sy * sy);
        if (rx1 * rx1 + ry1 * ry1 > reach * reach) return false;
        DetectionTable table = sim.scenario().detection();
        double exposure = 0;
        for (int i = 0; i < sensors.length; i++) {
            sensorExposure[i] = table.exposure(sensors[i], target, lookBeaufort, lookLight(sim), rx0, ry0, rx1, ry1, hours);
            exposure += sensorExposure[i];
        }
        if (exposure == 0) return false;
        double credit = detectionClocks.detects(sim.streams(), concern, targetKey, exposure);
        if (Double.isNaN(credit)) return false;
        lastSensor = sensors[SensorCredit.credited(sensorExposure, credit)];
        return true;
    }

    /**
     * Land lies between it and the boat it is sent to (a ship north of Sicily sent south of it):
     * it sails the sea route toward where it heads, at transit speed, until it has that point in
     * sight and steers for the boat again ({@link #toCase}). The route is made when the land
     * first hides the point, and again only at its end if the point is still hidden and has
     * moved more than {@link #DETOUR_REPLAN_NM} from there (or from the sea nearest it). Returns
     * false, having sailed nothing, at the end of a route to near the point still hidden (the
     * point is then on land, or behind it): it steers straight, as without a route.
     */
    private boolean sailAroundLand(MedSim sim, double xNm, double yNm, double dt) {
        if (!detouring) {
            nav.follow(sim.routeOnce(spec.kind(), nav.xNm(), nav.yNm(), xNm, yNm));
            detouring = true;
        } else if (!nav.hasRoute()) {
            double[] end = nav.destination(), sea = sim.world().raster().nearestSeaPoint(xNm, yNm);
            if (Math.hypot(end[0] - sea[0], end[1] - sea[1]) <= DETOUR_REPLAN_NM) return false;
            nav.follow(sim.routeOnce(spec.kind(), nav.xNm(), nav.yNm(), xNm, yNm));
        }
        nav.advance(spec.transitSpeedKnots() * dt);
        return true;
    }

    /** How far the point it heads for may be from the end of its route around land before it makes a new one, nm. */
    private static final double DETOUR_REPLAN_NM = 5.0;

    /**
     * Sails toward a target that moved straight from (tx0, ty0) to (tx1, ty1) during the step
     * of {@code dt} hours, at transit speed; returns the hours into the step at which it came
     * within {@code onSceneNm} of the target (and leaves it where it was then), or NaN if it
     * did not (and leaves it where the step took it).
     */
    private double closeOn(double tx0, double ty0, double tx1, double ty1, double dt) {
        double x0 = nav.xNm(), y0 = nav.yNm();
        double speed = spec.transitSpeedKnots();
        boolean reached = nav.steerToward(tx1, ty1, speed * dt);
        double reachHours = reached ? dt - nav.leftoverNm() / speed : dt;
        double at = Closing.firstWithinHours(x0, y0, nav.xNm(), nav.yNm(), reachHours, tx0, ty0, tx1, ty1, dt, spec.onSceneNm());
        if (Double.isNaN(at)) return Double.NaN;
        double f = reachHours > 0 ? Math.min(1, at / reachHours) : 1;
        nav.placeAt(x0 + f * (nav.xNm() - x0), y0 + f * (nav.yNm() - y0));
        return at;
    }

    private DailyUniforms patrolUniforms(MedSim sim, LocalDate date) {
        if (patrolUniforms == null) patrolUniforms = sim.streams().dailyUniforms(Concern.PATROL, id);
        return patrolUniforms.on(date);
    }

    private void endPursuit(MedSim sim, LocalDate date) {
        if (quarry != null && quarry.pursuer() == this) quarry.setPursuer(null);
        resumePatrol(sim, date);
    }

    // ---- read access (recorder, GUI inspector) -----------------------------------------------

    public String id() { return id; }
    public AssetSpec spec() { return spec; }
    public Force force() { return force; }
    public Place base() { return base; }
    public Mode mode() { return mode; }
    public int aboard() { return aboard; }
    public long rescuedTotal() { return rescuedTotal; }
    /** People taken aboard from the boat alongside, not yet recorded as a rescue or interception (that comes when it leaves the boat). */
    public int takenInCaseInProgress() { return takenFromCase; }
    public double xNm() { return nav.xNm(); }
    public double yNm() { return nav.yNm(); }
    public double enduranceLeftHours() { return Math.max(0, enduranceLeftHours); }
    /** An aircraft's search pattern of its current or last sortie (null for a ship, and before the first). */
    public ParallelSweepPattern searchPattern() { return sorties == null ? null : sorties.pattern(); }
    public double hours(AssetActivity a) { return minutes[a.ordinal()] / 60.0; }
    /** The gate its actions go through: what it may do where and when (the GUI's inspector asks it too). */
    public RulesOfEngagement rules() { return rules; }

    @Override
    public String toString() {
        return id + " (" + force.name() + ", " + mode.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
