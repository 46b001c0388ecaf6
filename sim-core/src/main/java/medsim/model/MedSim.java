package medsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

import ec.util.MersenneTwisterFast;
import medsim.actor.Asset;
import medsim.actor.CoastguardLedger;
import medsim.actor.EmbargoShipping;
import medsim.actor.EmbargoVessel;
import medsim.actor.MaritimePicture;
import medsim.actor.MigrantBoat;
import medsim.actor.MrccNetwork;
import medsim.actor.Navigator;
import medsim.actor.RulesOfEngagement;
import medsim.actor.SmugglerCraft;
import medsim.actor.SmugglingNetwork;
import medsim.detection.SunElevation;
import medsim.event.EventSink;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.geo.GeoPolygon;
import medsim.geo.SeaRaster;
import medsim.geo.SeaRouter;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.metric.Derivation;
import medsim.metric.MetricCatalog;
import medsim.metric.Recorder;
import medsim.metric.RunSummary;
import medsim.random.Concern;
import medsim.random.DailyStream;
import medsim.random.RandomStreams;
import medsim.scenario.AssetKind;
import medsim.scenario.AssetSpec;
import medsim.scenario.BoatType;
import medsim.scenario.EmbargoTraffic;
import medsim.scenario.Force;
import medsim.scenario.Place;
import medsim.scenario.PlaceRole;
import medsim.scenario.Scenario;
import medsim.search.PodCurve;
import medsim.search.SearchLog;
import medsim.weather.SeaState;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The model: one run of a scenario. {@link #start()} builds the sea, the fleets, the
 * smuggling networks and the MRCCs from the scenario, and schedules them; each schedule
 * step is one tick of {@code tickMinutes}. Agents reach the world through this object.
 */
public class MedSim extends SimState {
    private static final long serialVersionUID = 1L;
    /** The cell side of the index of boats at sea, nm: about the reach of a ship's radar. */
    private static final double NEARBY_CELL_NM = 16.0;

    private final Scenario scenario;
    /** {@link #totalTicks()}, kept: every agent asks the tick many times a tick. */
    private final long lastTick;
    private final World world;
    private final EventSink sink;

    private SimClock clock;
    private RandomStreams streams;
    private DailyStream weatherStream;
    private SeaState seaState;
    private Continuous2D sea;
    private Recorder recorder;
    private SmugglingNetwork network;
    private final Bag boats = new Bag();
    /** The boats at sea by where they are, for searches; rebuilt when they move or the bag changes. */
    private NearbyBoats nearbyBoats;
    private final Bag crafts = new Bag();
    private SunElevation.Sun sun;
    private long sunTick = -1;
    private final Bag derelicts = new Bag();
    private final List<Asset> assets = new ArrayList<>();
    private EmbargoShipping embargoShipping;
    private MrccNetwork mrccNetwork;
    private MaritimePicture picture;
    /** The coastguard's stocks and what they allow today (null without {@code coastguardCapacity}). */
    private CoastguardLedger coastguard;
    private final Map<String, double[]> placeXy = new LinkedHashMap<>();
    /** The sea route from each departure point to each destination, by "from -> to" (see {@link #launch}). */
    private final Map<String, List<double[]>> launchRoutes = new java.util.HashMap<>();
    private final Set<String> safeStates = new LinkedHashSet<>();
    /** The tick being stepped, set by its first step and cleared by its last (MASON's getTime() takes a lock); -1 between ticks. */
    private long steppingTick = -1;
    private boolean mapped = true;
    private long nextBoatId;
    private long agentSteps;
    /** In the asset loop of the tick being stepped, the index of the asset stepping; -1 before the loop, MAX_VALUE after it. */
    private int assetCursor = -1;
    /** The fastest any boat or smuggler craft of the scenario sails, knots. */
    private double fastestTargetKnots;
    /** Today's bound on the speed of anything an asset looks for: the fastest boat or craft, or the day's drift; knots. */
    private double targetSpeedBoundKnots;
    private LocalDate today;
    private SearchLog searchLog;

    public MedSim(long seed, Scenario scenario, World world, EventSink sink) {
        super(seed);
        this.scenario = scenario;
        this.lastTick = (long) scenario.days() * scenario.ticksPerDay();
        this.world = world;
        this.sink = sink;
    }

    @Override
    public void start() {
        super.start();
        clock = new SimClock(scenario.startDate(), scenario.tickMinutes());
        today = scenario.startDate();
        // Every draw comes from a stream keyed by what it is about; state.random is not used.
        streams = new RandomStreams(seed());
        weatherStream = streams.daily(Concern.WEATHER, "weather");
        seaState = new SeaState(scenario.weather());
        sea = new Continuous2D(10.0, world.projection().widthNm(), world.projection().heightNm());
        MetricCatalog metrics = scenario.metrics();
        recorder = new Recorder(sink, metrics.flows(), metrics.levels(), MetricCatalog.statistics());
        boats.clear();
        nearbyBoats = new NearbyBoats(boats, world.projection().widthNm(), world.projection().heightNm(), NEARBY_CELL_NM);
        crafts.clear();
        derelicts.clear();
        sunTick = -1;
        assets.clear();
        placeXy.clear();
        launchRoutes.clear();
        safeStates.clear();
        nextBoatId = 1;
        assetCursor = -1;
        fastestTargetKnots = scenario.smuggling().escortSpeedKnots();
        for (BoatType type : scenario.boatTypes().values()) fastestTargetKnots = Math.max(fastestTargetKnots, type.speedKnots());
        for (EmbargoTraffic t : scenario.embargoTraffic().values()) fastestTargetKnots = Math.max(fastestTargetKnots, t.speedKnots());
        agentSteps = 0;
        // Aircraft fly parallel sweeps and every sensor of the model follows the inverse-cube law: Koopman's curve for that.
        searchLog = new SearchLog(scenario.boatTypes().values().stream().map(BoatType::detectionTarget).distinct().sorted().toList(),
                PodCurve.INVERSE_CUBE_PARALLEL_SWEEP);
        steppingTick = -1;
        for (Place p : scenario.places().values()) {
            placeXy.put(p.id(), new double[] {world.projection().xNm(p.location().lonDeg()), world.projection().yNm(p.location().latDeg())});
            if (p.is(PlaceRole.PLACE_OF_SAFETY)) safeStates.add(p.stateCode());
        }
        network = new SmugglingNetwork(scenario.smuggling(), scenario.departures(), scenario.boatTypes(), scenario.places());
        for (Force f : scenario.forces().values()) {
            for (AssetSpec a : f.assets()) {
                Place base = scenario.places().get(a.basePlace());
                for (String id : a.assetIds()) assets.add(new Asset(id, assets.size(), a, f, base, new Navigator(xOf(base), yOf(base)), scenario.detection()));
            }
        }
        coastguard = null;
        if (scenario.coastguardCapacity() != null) {
            coastguard = new CoastguardLedger(scenario.coastguardCapacity(), scenario.forces().get(scenario.coastguardCapacity().force()));
            for (Asset a : assets) a.serveIn(coastguard);
        }
        embargoShipping = new EmbargoShipping(List.copyOf(scenario.embargoTraffic().values()));
        mrccNetwork = new MrccNetwork(scenario, assets);
        picture = new MaritimePicture(scenario, assets);
        // One repeating step a tick, its phases in order (one MASON event a tick rather than seven).
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> stepTick(), 1.0);
    }

    /**
     * One tick, in phases: the day's weather, deployments and coastguard stocks at its first
     * tick; the smuggling network's launches; the boats; the smuggler craft, derelicts and
     * embargo shipping; the assets, in their order (each that is awake); the contacts and
     * embargo sightings due, and the MRCCs' taskings; the day's end at its last tick.
     */
    private void stepTick() {
        steppingTick = -1;
        steppingTick = tick();
        assetCursor = -1;
        startOfDay();
        network.step(this);
        stepAll(boats);
        nearbyBoats.invalidate();
        stepAll(crafts);
        stepAll(derelicts);
        embargoShipping.step(this);
        agentSteps += assets.size();
        long t = steppingTick;
        for (int i = 0, n = assets.size(); i < n; i++) {
            assetCursor = i;
            Asset a = assets.get(i);
            if (a.wakeTick() <= t) a.step(this);
        }
        assetCursor = Integer.MAX_VALUE;
        picture.deliverDue(this);
        embargoShipping.deliverDue(this);
        mrccNetwork.step(this);
        endOfDay();
        steppingTick = -1;
    }

    private void startOfDay() {
        long t = tick();
        if (!clock.isStartOfDay(t)) return;
        today = clock.date(t);
        seaState.advanceTo(today, weatherStream.on(today));
        targetSpeedBoundKnots = Math.max(fastestTargetKnots, Math.hypot(seaState.driftEastKnots(), seaState.driftSouthKnots()));
        if (coastguard != null) coastguardDay();
    }

    /** The coastguard's stocks for today, before any asset asks whether it may sail; events for the day's changes. */
    private void coastguardDay() {
        CoastguardLedger.DayNews news = coastguard.advanceTo(today);
        String force = coastguard.capacity().force();
        AssetSpec first = scenario.forces().get(force).assets().stream()
                .filter(a -> a.id().equals(force + "/" + coastguard.unitIds().get(0))).findFirst().orElseThrow();
        Place at = scenario.places().get(first.basePlace());
        for (var c : news.boatChanges()) event(EventType.BOAT_STOCK_CHANGE, xOf(at), yOf(at), force, 0, 0, Integer.toString(c.count()));
        for (var c : news.graduations()) event(EventType.COURSE_GRADUATION, xOf(at), yOf(at), c.id(), 0, c.graduates(), force);
    }

    private void endOfDay() {
        long t = tick();
        if ((t + 1) % clock.ticksPerDay() != 0) return;
        recorder.endDay(this::level);
    }

    /** The quantity of the model's state a level metric declares, now. */
    private double level(Derivation.FromModelState level) {
        return switch (level.level()) {
            case PEOPLE_AT_SEA -> peopleAtSea();
            case PEOPLE_ABOARD_ASSETS -> peopleAboardAssets();
            case PEOPLE_WAITING_ASHORE -> network.waitingPeople();
            case WHOLE_PEOPLE_WAITING_ASHORE -> Math.floor(network.waitingPeople());
            case PEOPLE_IN_DETENTION -> network.peopleInDetention();
            case PEOPLE_IN_TRANSIT_ASHORE -> network.peopleInTransitAshore();
            case BOATS_IN_STOCK -> network.boatsInStock();
            case BOATS_AT_SEA -> boats.numObjs;
            case BEAUFORT -> seaState.beaufort();
            case BOAT_TYPE_SHARE -> network.adaptedShare(level.key());
            case EXPECTED_PICKUP_CHANCE -> network.expectedPickupChance(network.pointIndex(level.key()));
            case EXPECTED_RETURN_RISK -> network.expectedReturnRisk(network.pointIndex(level.key()));
            case RESCUER_CLOSENESS -> network.rescuerCloseness(network.pointIndex(level.key()));
            case REATTEMPTING_CUMULATIVE -> network.waitingToCross().reattemptingPeople();
            case COASTGUARD_BOATS_SERVICEABLE -> coastguard.serviceableBoats();
            case COASTGUARD_BOATS_READY -> coastguard.readyBoats();
            case COASTGUARD_PERSONNEL_SERVING -> coastguard.servingPersonnel();
            case COASTGUARD_PERSONNEL_TRAINED -> coastguard.trainedPersonnel();
            case COASTGUARD_CREWS -> coastguard.crews();
            case COASTGUARD_BOATS_IN_SERVICE -> coastguard.boatsInService();
            case COASTGUARD_RANGE_NM -> coastguard.rangeNm();
            case COASTGUARD_UNIT_BOATS_IN_SERVICE -> coastguard.unitBoatsInService(coastguard.unitIds().indexOf(level.key()));
            case COASTGUARD_UNIT_BOATS_AT_SEA -> unitBoatsAtSea(level.key());
        };
    }

    /** A coastguard unit's assets at sea now (out of port). */
    private int unitBoatsAtSea(String unit) {
        String classId = coastguard.capacity().force() + "/" + unit;
        int n = 0;
        for (Asset a : assets) {
            if (!a.spec().id().equals(classId)) continue;
            a.bringUpToDate(this);
            if (a.mode() != Asset.Mode.IN_PORT) n++;
        }
        return n;
    }

    private void stepAll(Bag agents) {
        agentSteps += agents.numObjs;
        if (agents.numObjs == 0) return;
        Object[] snapshot = java.util.Arrays.copyOf(agents.objs, agents.numObjs);
        for (Object o : snapshot) ((Steppable) o).step(this);
    }

    // ---- what agents ask of the world ---------------------------------------------------------

    public Scenario scenario() { return scenario; }
    public World world() { return world; }
    public SimClock clock() { return clock; }
    public SeaState seaState() { return seaState; }
    /** The run's keyed random streams: agents draw only from these. */
    public RandomStreams streams() { return streams; }
    public Recorder recorder() { return recorder; }
    /** The map of agents at sea, for display only: empty in runs made {@link #withoutMap()} (every headless run); the model never reads it. */
    public Continuous2D sea() { return sea; }
    public SmugglingNetwork network() { return network; }
    /** The run's record of sightings by sensor and of search patterns' coverage (sightings.csv, search.csv). */
    public SearchLog searchLog() { return searchLog; }

    /** The sun at the middle of the current tick (made once a tick): day or night anywhere. */
    public SunElevation.Sun sunAtMidTick() {
        long t = tick();
        if (t != sunTick) {
            int tickOfDay = (int) (t % clock.ticksPerDay());
            sun = SunElevation.at(clock.date(t), tickOfDay * clock.tickMinutes() * 60 + clock.tickMinutes() * 30);
            sunTick = t;
        }
        return sun;
    }

    /**
     * The tick being stepped, or the last one stepped: 0 before the run starts, and the
     * period's last tick once it has ended (MASON's schedule then says "after the simulation",
     * an infinite time that is no date).
     */
    public long tick() {
        if (steppingTick >= 0) return steppingTick;
        return (long) Math.max(0, Math.min(lastTick - 1, schedule.getTime()));
    }
    /** Today's date; kept from the start of each day, since every agent asks it every tick. */
    public LocalDate date() { return today; }
    public Bag boatsAtSea() { return boats; }

    /**
     * How many boats at sea may have come within {@code radiusNm} of (x, y) nm during this tick
     * (with some farther: see {@link NearbyBoats#near}); {@link #nearBoat}(0 .. count-1) gives
     * them in the order of {@link #boatsAtSea()}. A search that skips only boats beyond its reach
     * does the same looping over these as over every boat at sea. Valid until the next call.
     */
    public int boatsNear(double xNm, double yNm, double radiusNm) { return nearbyBoats.near(xNm, yNm, radiusNm); }

    /** The k-th boat of the last {@link #boatsNear} query. */
    public MigrantBoat nearBoat(int k) { return (MigrantBoat) boats.objs[nearbyBoats.found()[k]]; }
    public Bag craftsAtSea() { return crafts; }
    public List<Asset> assets() { return Collections.unmodifiableList(assets); }
    /** The vessels suspected of breaking the UN embargoes on Libya, and who watches them. */
    public EmbargoShipping embargoShipping() { return embargoShipping; }
    /** The MRCCs, and the SAR cases they coordinate. */
    public MrccNetwork mrccNetwork() { return mrccNetwork; }
    /** Who knows of which boat, and the contacts on their way between forces and MRCCs. */
    public MaritimePicture picture() { return picture; }
    /** The coastguard's stocks and what they allow today; null without {@code coastguardCapacity}. */
    public CoastguardLedger coastguard() { return coastguard; }

    public double xOf(Place p) { return placeXy.get(p.id())[0]; }
    public double yOf(Place p) { return placeXy.get(p.id())[1]; }

    public SeaZone zoneAt(double xNm, double yNm) { return world.raster().zoneAt(xNm, yNm); }

    public double distanceFromLibyaNm(double xNm, double yNm) {
        return world.raster().distanceToCoastNm(Scenario.LIBYA, xNm, yNm);
    }

    public double clampX(double x) { return Math.max(0, Math.min(world.projection().widthNm() - 1e-6, x)); }
    public double clampY(double y) { return Math.max(0, Math.min(world.projection().heightNm() - 1e-6, y)); }

    public boolean isPlaceOfSafetyState(String stateCode) { return safeStates.contains(stateCode); }

    public Place nearestPlaceOfSafety(double xNm, double yNm) { return nearest(PlaceRole.PLACE_OF_SAFETY, xNm, yNm); }

    public Place nearestLibyanReturnPoint(double xNm, double yNm) { return nearest(PlaceRole.LIBYAN_RETURN_POINT, xNm, yNm); }

    private Place nearest(PlaceRole role, double x, double y) {
        Place p = nearestOf(scenario.places().values().stream().filter(q -> q.is(role)).toList(), x, y);
        if (p == null) throw new IllegalStateException("scenario has no place with role " + role.key());
        return p;
    }

    /** The place closest to a point (straight line), or null if there are none. */
    public Place nearestOf(Iterable<Place> places, double x, double y) {
        Place best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Place p : places) {
            double dx = xOf(p) - x, dy = yOf(p) - y, d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }

    /**
     * A random sea point inside the area where the rules of engagement allow patrolling today, preferring
     * one in a straight line from {@code (fromX, fromY)} so that patrol legs need no routing;
     * null if the area has no such point. Drawn from {@code uniforms} (numbers in [0, 1)), the asking asset's.
     * Only points at most {@code maxFromLibyaNm} from the Libyan coast count (a coastguard's range
     * today; infinite for any other asset).
     */
    public double[] patrolPoint(String areaId, RulesOfEngagement rules, LocalDate date, double fromX, double fromY, DoubleSupplier uniforms,
                                double maxFromLibyaNm) {
        GeoPolygon area = scenario.areas().get(areaId).polygon();
        SeaRaster r = world.raster();
        double[] fallback = null;
        for (int attempt = 0; attempt < 64; attempt++) {
            double lat = area.minLatDeg() + uniforms.getAsDouble() * (area.maxLatDeg() - area.minLatDeg());
            double lon = area.minLonDeg() + uniforms.getAsDouble() * (area.maxLonDeg() - area.minLonDeg());
            if (!area.contains(lat, lon)) continue;
            double x = world.projection().xNm(lon), y = world.projection().yNm(lat);
            if (r.isLand(x, y) || !rules.allows(Action.PATROL, r.zoneAt(x, y), date)) continue;
            if (maxFromLibyaNm < Double.POSITIVE_INFINITY && distanceFromLibyaNm(x, y) > maxFromLibyaNm) continue;
            if (r.lineOfSightAtSea(fromX, fromY, x, y)) return new double[] {x, y};
            if (fallback == null) fallback = new double[] {x, y};
        }
        return fallback;
    }

    /** Ships follow sea routes around land; aircraft fly straight. */
    public List<double[]> route(AssetKind kind, double x0, double y0, double x1, double y1) {
        if (kind == AssetKind.AIRCRAFT) return List.of(new double[] {x1, y1});
        return world.router().route(x0, y0, x1, y1);
    }

    /** As {@link #route}, for a one-off journey toward a point that moves ({@link SeaRouter#routeOnce}). */
    public List<double[]> routeOnce(AssetKind kind, double x0, double y0, double x1, double y1) {
        if (kind == AssetKind.AIRCRAFT) return List.of(new double[] {x1, y1});
        return world.router().routeOnce(x0, y0, x1, y1);
    }

    /** As {@link #route}, from a port to anywhere. */
    public List<double[]> routeFromPort(AssetKind kind, double x0, double y0, double x1, double y1) {
        if (kind == AssetKind.AIRCRAFT) return List.of(new double[] {x1, y1});
        return world.router().routeFromFixedPlace(x0, y0, x1, y1);
    }

    /**
     * Whether assets may sleep through ticks in which they have nothing in reach to look for
     * (see {@code Asset#ticksAsleep}): in a run without a map. A map shows every agent where it
     * is at every tick, so a run with one steps every asset every tick; the outputs are the same.
     */
    public boolean assetsMaySleep() { return !mapped; }

    /**
     * The last tick whose step the asset at {@code stepOrder} in the asset loop has made, had it
     * stepped every tick: the current tick once the loop has passed it, else the one before. A
     * sleeping asset catches up to it before anyone asks where it is or sends it anywhere.
     */
    public long assetStepsThrough(int stepOrder) {
        long t = tick();
        return assetCursor > stepOrder ? t : t - 1;
    }

    /**
     * Today's bound on how fast a boat, a smuggler craft, a derelict or an embargo vessel moves
     * (the fastest boat type, craft or embargo traffic, or the day's drift), knots.
     */
    public double targetSpeedBoundKnots() { return targetSpeedBoundKnots; }

    /**
     * The distance from (x, y) to the nearest boat at sea, smuggler craft at sea or derelict, and
     * with {@code embargoVessels} the nearest embargo vessel at sea, nm; infinite if there is none.
     */
    public double nearestTargetNm(double xNm, double yNm, boolean embargoVessels) {
        double d2 = Math.min(nearestSquaredNm(boats, xNm, yNm), nearestSquaredNm(derelicts, xNm, yNm));
        for (int i = 0; i < crafts.numObjs; i++) {
            SmugglerCraft c = (SmugglerCraft) crafts.objs[i];
            double dx = c.xNm() - xNm, dy = c.yNm() - yNm;
            d2 = Math.min(d2, dx * dx + dy * dy);
        }
        if (embargoVessels) {
            for (EmbargoVessel v : embargoShipping.atSea()) {
                double dx = v.xNm() - xNm, dy = v.yNm() - yNm;
                d2 = Math.min(d2, dx * dx + dy * dy);
            }
        }
        return Math.sqrt(d2);
    }

    /** Something an asset looks for was put to sea at (x, y): a sleeping asset that could meet it before it wakes wakes now. */
    public void wakeSleepersNear(double xNm, double yNm) {
        if (assetsMaySleep()) for (Asset a : assets) a.wakeIfNear(this, xNm, yNm);
    }

    private static double nearestSquaredNm(Bag migrantBoats, double xNm, double yNm) {
        double d2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < migrantBoats.numObjs; i++) {
            MigrantBoat b = (MigrantBoat) migrantBoats.objs[i];
            double dx = b.xNm() - xNm, dy = b.yNm() - yNm;
            d2 = Math.min(d2, dx * dx + dy * dy);
        }
        return d2;
    }

    /** Puts an agent on the map at its position (a no-op in a run without one, see {@link #withoutMap}). */
    public void place(Object agent, double xNm, double yNm) {
        if (mapped) sea.setObjectLocation(agent, new Double2D(xNm, yNm));
    }

    public void unplace(Object agent) {
        if (mapped) sea.remove(agent);
    }

    /**
     * Keeps no map ({@link #sea()} stays empty): for runs nobody watches. The map is for display
     * only (nothing in the model reads positions from it), and keeping it costs a hash-map update
     * for every agent at sea every tick. Call before the first step.
     */
    public MedSim withoutMap() {
        mapped = false;
        return this;
    }

    public void event(EventType type, double xNm, double yNm, String actor, long boatId, int people, String detail) {
        SeaZone zone = zoneAt(xNm, yNm);
        recorder.event(new SeaEvent(tick(), type, world.projection().latDeg(yNm), world.projection().lonDeg(xNm), actor,
                boatId, people, zone.code(), distanceFromLibyaNm(xNm, yNm), detail));
    }

    /**
     * An asset lands the people it carries in Libya, at {@code port}: an event, and the networks
     * ashore take them back. {@code landing} is the ordinal of this landing among the asset's.
     */
    public void returnToLibya(double xNm, double yNm, String assetId, long landing, int people, Place port) {
        event(EventType.RETURN_TO_LIBYA, xNm, yNm, assetId, 0, people, port.id());
        network.returned(this, port, people, assetId, landing);
    }

    /** The smugglers put a boat to sea now; {@code fate} is the boat's own stream ({@link Concern#BOAT}). */
    public MigrantBoat launch(BoatType type, Place from, int people, MersenneTwisterFast fate) {
        return launch(type, from, people, fate, type.fuelHours());
    }

    /** As above, with {@code fuelHours} of fuel aboard (the networks' choice, at most the type's). */
    public MigrantBoat launch(BoatType type, Place from, int people, MersenneTwisterFast fate, double fuelHours) {
        double[] start = world.raster().nearestSeaPoint(xOf(from), yOf(from));
        Place destination = scenario.places().get(WeightedDraw.id(type.destinations(), fate));
        Navigator nav = new Navigator(start[0], start[1]);
        // Every boat from one point to one destination takes the same route: made once a run (its waypoints are only read).
        nav.follow(launchRoutes.computeIfAbsent(from.id() + " -> " + destination.id(),
                k -> world.router().route(start[0], start[1], xOf(destination), yOf(destination))));
        MigrantBoat boat = new MigrantBoat(nextBoatId++, type, people, from, destination, tick(), nav, fate.nextLong(), fuelHours);
        boats.add(boat);
        nearbyBoats.invalidate();
        place(boat, start[0], start[1]);
        event(EventType.DEPARTURE, start[0], start[1], from.id(), boat.id(), people, type.id());
        var s = scenario.smuggling();
        if (fate.nextDouble() < s.escortProbability()) {
            SmugglerCraft craft = new SmugglerCraft(boat.id(), boat, from, new Navigator(start[0], start[1]), s.smugglersPerEscort());
            boat.setEscort(craft);
            crafts.add(craft);
            place(craft, start[0], start[1]);
        }
        wakeSleepersNear(start[0], start[1]); // the new boat, or its escort
        return boat;
    }

    public void boatGone(MigrantBoat boat) {
        boats.removeNondestructively(boat);
        nearbyBoats.invalidate();
        unplace(boat);
    }

    /** An emptied boat left afloat by a force that may not destroy it. */
    public void leaveDerelict(MigrantBoat boat) {
        boat.leaveDerelict(tick() + clock.ticks(boat.type().derelictHours()));
        derelicts.add(boat);
        place(boat, boat.xNm(), boat.yNm());
    }

    public void derelictGone(MigrantBoat boat) {
        boat.sink();
        derelicts.removeNondestructively(boat);
        unplace(boat);
    }

    /** Empty boats still afloat. */
    public Bag derelicts() { return derelicts; }

    public void craftGone(SmugglerCraft craft) {
        crafts.removeNondestructively(craft);
        unplace(craft);
    }

    /** A boat was destroyed or seized: the networks remember it. */
    public void boatLost(BoatType type) { network.recordLoss(type); }

    public int peopleAtSea() {
        int n = 0;
        for (int i = 0; i < boats.numObjs; i++) n += ((MigrantBoat) boats.objs[i]).people();
        return n;
    }

    public int peopleAboardAssets() {
        int n = 0;
        for (Asset a : assets) n += a.aboard();
        return n;
    }

    /**
     * What the run has measured so far (the days closed, the totals, the assets' hours): the
     * run's result once it has ended. Writers and charts take this, never the live model.
     */
    public RunOutcome outcome() {
        for (Asset a : assets) a.bringUpToDate(this);
        return new RunOutcome(recorder.daily(scenario.startDate()), RunSummary.of(recorder, scenario.metrics().summaryMetrics(), this::level),
                assets.stream().map(AssetHours::of).toList(), totalTicks(), agentSteps, searchLog.outcome());
    }

    /** Boats, smuggler craft and assets stepped so far, summed over ticks: the speed unit of benchmarks. */
    public long agentSteps() { return agentSteps; }

    /** Ticks in the whole scenario period. */
    public long totalTicks() {
        return lastTick;
    }
}
