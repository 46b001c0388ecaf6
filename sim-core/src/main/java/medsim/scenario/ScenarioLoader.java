package medsim.scenario;

import static medsim.scenario.ScenarioFields.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import medsim.detection.DetectionTable;
import medsim.detection.Sensor;
import medsim.detection.Target;
import medsim.facts.FactBook;
import medsim.facts.FactResolver;
import medsim.format.Numbers;
import medsim.geo.GeoPoint;
import medsim.geo.LandPolygon;
import medsim.geo.LandPolygons;
import medsim.geo.GeoPolygon;
import medsim.mandate.Action;
import medsim.mandate.Mandate;
import medsim.mandate.MandateEntry;
import medsim.mandate.ZoneSelector;
import medsim.metric.Metric;
import medsim.provenance.InputFile;
import medsim.provenance.RunInputs;
import medsim.yaml.Bounds;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;
import medsim.yaml.FieldOverride;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;
import medsim.yaml.YamlOverlay;

/**
 * Reads a scenario file, following {@code extends:} to its base files, and checks every
 * field: unknown fields, wrong types, values out of range and dangling references are
 * {@link InputException}s naming the file, line, column and field. Every coordinate is read
 * and checked against the land file through {@link GeographyCheck}.
 */
public final class ScenarioLoader {
    private static final int MAX_INHERITANCE_DEPTH = 16;
    /**
     * The most people the networks may plan to put to sea in one month, after {@code planScale}:
     * about 36 times the busiest month on record (27,384 sea arrivals in Italy in October 2016,
     * {@code arrivals.italy.sea.2016-10} in seeds/facts.yaml), so
     * that a typo (a misplaced digit or ten) is refused rather than run for days.
     */
    public static final double MAX_PLANNED_PEOPLE_PER_MONTH = 1_000_000;

    private ScenarioLoader() {}

    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Top-level keys that say what a scenario is rather than how it runs: a sweep or calibration
     * that set them would change no run. ({@code name}, {@code description} and other text are
     * refused where they are read, as text.)
     */
    private static final List<String> NOT_PARAMETERS = List.of("extends", "facts", "validation", "observationError", "heldOut");

    /**
     * Loads a scenario with some fields set from outside (calibrated or swept parameters).
     *
     * @throws InputException at the override's place if its path starts with {@code extends},
     *         {@code facts}, {@code validation} or {@code heldOut}, which no run reads as a parameter, or does not
     *         address the scenario's tree (a list index out of range, say: see {@link YamlOverlay#withOverrides})
     */
    public static Scenario load(Path file, List<FieldOverride> overrides) {
        return load(file, overrides, spec -> { });
    }

    /**
     * As {@link #load(Path, List)}, telling {@code geographyRead} the scenario's geography as soon
     * as it is read, before the land file is checked and the rest of the scenario read, so that
     * the caller can build or fetch the {@link medsim.model.World} meanwhile. It may be told and
     * the load still fail.
     */
    public static Scenario load(Path file, List<FieldOverride> overrides, Consumer<GeographySpec> geographyRead) {
        List<InputFile> sources = new ArrayList<>();
        // Each facts file read once per load, though the scenario and its detection table both name it.
        Map<Path, FactBook> books = new HashMap<>();
        Function<Path, FactBook> factBooks = p -> books.computeIfAbsent(p.toAbsolutePath().normalize(), k -> FactBook.load(p));
        YamlNode root = withOverrides(file, overrides, sources);
        root = resolveFacts(root, sources, factBooks);
        return new Reader(file, root, sources, factBooks, geographyRead).read();
    }

    /**
     * Checks that an override's path addresses the scenario (its list indexes name entries the
     * merged scenario has; see {@link YamlOverlay#withOverrides}) without judging a value:
     * what sweeps and calibrations check at the parameter's place before trying its values.
     *
     * @param sourceFile the file that names the path (a sweep or calibration file, a CSV design)
     * @param line       where it names it (1-based): the parameter's mapping, the CSV header cell
     * @param column     likewise
     * @throws InputException at that place, naming the path
     */
    public static void checkOverridePath(Path file, String path, String sourceFile, int line, int column) {
        mergedTree(file, List.of(new FieldOverride(path, "0", sourceFile, line, column)));
    }

    /**
     * The chain of files {@code file} extends, merged, with the overrides set, fact references
     * not yet resolved: what a child scenario that sets the same values must restate (a whole
     * list, where an override set one entry's field). Errors as {@link #load(Path, List)}'s.
     */
    public static YamlNode mergedTree(Path file, List<FieldOverride> overrides) {
        return withOverrides(file, overrides, new ArrayList<>());
    }

    /** The chain of files {@code file} extends, merged, with the overrides set (see {@link #load(Path, List)} for errors). */
    private static YamlNode withOverrides(Path file, List<FieldOverride> overrides, List<InputFile> sources) {
        for (FieldOverride o : overrides) {
            String top = o.path().split("[.\\[]", 2)[0];
            if (NOT_PARAMETERS.contains(top)) {
                throw new InputException(o.sourceFile(), o.line(), o.column(), o.path(),
                        "is not a parameter of the model: " + String.join(", ", NOT_PARAMETERS) + " say what a scenario is made of or checked against, not how it runs");
            }
        }
        return YamlOverlay.withOverrides(resolve(file, new ArrayDeque<>(), sources), overrides);
    }

    /**
     * The scenario's tree as the loader reads it: the chain of files it extends merged, and
     * fact references resolved (each resolved value keeps its citation and each node the file
     * that set it), not yet checked.
     */
    static YamlNode resolvedTree(Path file) {
        List<InputFile> sources = new ArrayList<>();
        return resolveFacts(resolve(file, new ArrayDeque<>(), sources), sources, FactBook::load);
    }

    /** Replaces {fact: id} references by values from the facts file the scenario names. */
    private static YamlNode resolveFacts(YamlNode root, List<InputFile> sources, Function<Path, FactBook> factBooks) {
        Optional<Path> factsFile = FactBook.named(root);
        if (factsFile.isEmpty()) return root;
        sources.add(InputFile.read("facts", factsFile.get()));
        return new FactResolver(factBooks.apply(factsFile.get())).resolve(root);
    }

    /** Loads the file and the chain of files it extends, merged (child over base); adds each file read to {@code sources}. */
    static YamlNode resolve(Path file, Deque<Path> chain, List<InputFile> sources) {
        Path norm = file.toAbsolutePath().normalize();
        if (chain.contains(norm)) throw InputException.of(file.toString(), "extends itself through " + chain.peekLast());
        if (chain.size() >= MAX_INHERITANCE_DEPTH) throw InputException.of(file.toString(), "extends too many files (more than " + MAX_INHERITANCE_DEPTH + ")");
        YamlNode node = YamlNode.parse(file);
        sources.add(InputFile.read(chain.isEmpty() ? "scenario" : "extends", file));
        YamlMap map = node.asMap();
        Optional<YamlNode> ext = map.opt("extends");
        if (ext.isEmpty()) return node;
        Path basePath = ext.get().asPath();
        String unusable = InputFiles.unusable(basePath, InputFiles.MAX_YAML_BYTES);
        if (unusable != null) throw ext.get().error("names a base scenario that " + unusable + ": " + basePath);
        Path baseNorm = basePath.toAbsolutePath().normalize();
        if (baseNorm.equals(norm)) throw ext.get().error("names this file itself: a scenario cannot extend itself");
        if (chain.contains(baseNorm)) throw ext.get().error("names " + basePath + ", which extends this file: the files extend each other in a cycle");
        chain.addLast(norm);
        YamlNode base = resolve(basePath, chain, sources);
        chain.removeLast();
        return YamlOverlay.overlay(base, YamlOverlay.without(node, "extends"));
    }

    private static final class Reader {
        private final Path file;
        private final YamlNode root;
        private final List<InputFile> sources;
        private final Function<Path, FactBook> factBooks;
        private final Consumer<GeographySpec> geographyRead;
        private GeographyCheck geo; // every coordinate is read through it, once the land is read

        Reader(Path file, YamlNode root, List<InputFile> sources, Function<Path, FactBook> factBooks, Consumer<GeographySpec> geographyRead) {
            this.file = file;
            this.root = root;
            this.sources = sources;
            this.factBooks = factBooks;
            this.geographyRead = geographyRead;
        }

        Scenario read() {
            YamlMap m = root.asMap();
            m.opt("extends"); // already resolved
            m.opt("facts"); // already resolved
            Optional<YamlNode> validationNode = m.opt("validation");
            Optional<YamlNode> errorTableNode = m.opt("observationError");
            HeldOut heldOut = heldOut(m.opt("heldOut"));
            if (heldOut != null) refuseTargets(validationNode, heldOut);
            String name = nonEmpty(m, "name", null);
            String description = m.string("description", "");
            YamlMap period = m.get("period").asMap();
            LocalDate start = period.date("start");
            YamlNode endNode = period.get("end");
            LocalDate end = endNode.asDate();
            if (end.isBefore(start)) throw endNode.error("must not be before period.start (" + start + ")");
            PERIOD.finish(period);
            YamlNode tickNode = m.opt("tickMinutes").orElse(null);
            int tickMinutes = TOP.integer(m, "tickMinutes");
            if (1440 % tickMinutes != 0) throw tickNode.error("must divide a day evenly (1, 2, 3, 4 or 5)");

            GeographySpec geography = geography(m.get("geography").asMap());
            Map<String, Place> places = byId(m.get("places"), this::place);
            Map<String, Area> areas = byId(m.opt("areas"), this::area);
            Map<String, Force> forces = byId(m.get("forces"), (id, n) -> force(id, n, places, areas));
            requireProviders(m.get("forces"), forces);
            Map<String, MrccSpec> mrccs = byId(m.get("mrccs"), (id, n) -> mrcc(id, n, places, forces));
            YamlNode fallbackNode = m.get("fallbackMrcc");
            String fallback = ref(fallbackNode, mrccs.keySet(), "MRCC");
            if (mrccs.get(fallback).placesOfSafety().isEmpty()) throw fallbackNode.error("names an MRCC without placesOfSafety; the fallback needs some");
            List<SearchRescueRegion> srrs = new ArrayList<>(byId(m.opt("searchRescueRegions"), (id, n) -> srr(id, n, mrccs)).values());
            WeatherSpec weather = weather(m.get("weather").asMap());
            Map<String, BoatType> boatTypes = byId(m.get("boatTypes"), (id, n) -> boatType(id, n, places));
            Optional<YamlNode> departuresNode = m.opt("departures");
            boolean scheduled = DeparturesLoader.mode(departuresNode) == DeparturesSpec.Mode.SCHEDULE;
            SmugglingSpec smuggling = smuggling(m.get("smuggling").asMap(), places, boatTypes, start, end, scheduled);
            DeparturesSpec departures = DeparturesLoader.read(departuresNode, smuggling.boatTypes(), smuggling.departurePoints());
            Map<String, Double> driverArrests = driverArrests(m.opt("driverArrestsPerPersonLanded"), places);
            DetectionTable detection = detection(m.get("detection"));
            requireCells(m.get("detection"), detection, forces, boatTypes);
            List<InformationLink> links = new ArrayList<>();
            for (YamlNode l : m.opt("informationLinks").map(YamlNode::asList).orElse(List.of())) links.add(informationLink(l, forces, mrccs));
            CoastguardCapacity capacity = CoastguardCapacityLoader.read(m.opt("coastguardCapacity"), forces,
                    new java.util.LinkedHashSet<>(smuggling.departurePoints().stream().map(Weighted::id).toList()));
            Map<Cargo, EmbargoTraffic> embargo = embargoTraffic(m.opt("embargoTraffic"), places, forces);
            requireMerchantShipCells(m.opt("embargoTraffic").orElse(null), detection, forces, embargo);
            TOP.finish(m);
            RunInputs read = new RunInputs(sources);
            Scenario scenario = new Scenario(file, name, description, start, end, tickMinutes, geography, places, areas, srrs,
                    mrccs, fallback, weather, boatTypes, smuggling, departures, driverArrests, forces, links, embargo, detection, List.of(), read, capacity, heldOut);
            if (validationNode.isEmpty()) return scenario;
            List<String> metrics = scenario.metrics().summary();
            List<String> dailyFlows = scenario.metrics().flows().stream().map(Metric::name).toList();
            Map<String, Double> errorByGrade = observationError(errorTableNode);
            YamlNode errorTable = errorTableNode.orElse(null);
            List<ValidationTarget> targets = new ArrayList<>(byId(validationNode.get(),
                    (id, n) -> target(id, n, metrics, dailyFlows, errorByGrade, errorTable)).values());
            return new Scenario(file, name, description, start, end, tickMinutes, geography, places, areas, srrs,
                    mrccs, fallback, weather, boatTypes, smuggling, departures, driverArrests, forces, links, embargo, detection, targets, read, capacity, heldOut);
        }

        /**
         * The observation-error table: by the confidence grade of the facts a figure comes from
         * (H, M, L), the relative half-width of a 95% band round it. Empty if there is none.
         */
        private static Map<String, Double> observationError(Optional<YamlNode> n) {
            Map<String, Double> out = new LinkedHashMap<>();
            if (n.isEmpty()) return out;
            YamlMap table = n.get().asMap();
            for (Map.Entry<String, YamlNode> e : table.get("byConfidence").asMap().entries()) {
                if (!e.getKey().matches("[HML]")) throw e.getValue().error("is not a confidence grade (H, M or L)");
                out.put(e.getKey(), new Bounds(0, false, 1, true).check(e.getValue()));
            }
            table.finish();
            return out;
        }

        /** The {@code heldOut} block, or null without one. */
        private static HeldOut heldOut(Optional<YamlNode> n) {
            if (n.isEmpty()) return null;
            YamlMap h = n.get().asMap();
            String reason = nonEmpty(h, "reason", null);
            String until = nonEmpty(h, "until", null);
            HELD_OUT.finish(h);
            YamlNode.Position at = n.get().position();
            return new HeldOut(reason, until, at.file(), at.line(), at.column());
        }

        /**
         * A held-out scenario's outcomes are the out-of-sample test: a target on them would let
         * them be compared or fitted before the forecast is released. Refused at the first target.
         */
        private static void refuseTargets(Optional<YamlNode> validation, HeldOut heldOut) {
            if (validation.isEmpty() || validation.get().isNull()) return;
            List<Map.Entry<String, YamlNode>> targets = validation.get().asMap().entries();
            YamlNode at = targets.isEmpty() ? validation.get() : targets.get(0).getValue();
            throw at.error("is a validation target, but the scenario is held out (heldOut at " + heldOut.file() + ":" + heldOut.line()
                    + "): its outcomes are the out-of-sample test, never a target before its forecast is released (" + heldOut.until() + ")");
        }

        /** Boat drivers arrested per person landed, by place of safety (each a place with that role); empty if none is given. */
        private static Map<String, Double> driverArrests(Optional<YamlNode> n, Map<String, Place> places) {
            Map<String, Double> out = new LinkedHashMap<>();
            if (n.isEmpty()) return out;
            for (Weighted w : weightsOrNone(n.get(), places.keySet(), "place", TOP.bounds("driverArrestsPerPersonLanded"))) {
                requireRole(n.get().asMap().get(w.id()), places.get(w.id()), PlaceRole.PLACE_OF_SAFETY);
                out.put(w.id(), w.weight());
            }
            return java.util.Collections.unmodifiableMap(out);
        }

        private GeographySpec geography(YamlMap g) {
            YamlNode landNode = g.get("land");
            // Relative to the file that set the field, which may be a base scenario.
            Path land = landNode.asPath();
            String unusable = InputFiles.unusable(land, InputFiles.MAX_LAND_BYTES);
            if (unusable != null) throw landNode.error("names a land file that " + unusable + ": " + land);
            sources.add(InputFile.read("land", land));
            double cell = GEOGRAPHY.number(g, "cellNm");
            double ts = GEOGRAPHY.number(g, "territorialSeaNm");
            YamlNode czNode = g.opt("contiguousZoneNm").orElse(null);
            double cz = GEOGRAPHY.number(g, "contiguousZoneNm");
            if (cz < ts) throw czNode.error("must be >= territorialSeaNm (" + ts + ")");
            GEOGRAPHY.finish(g);
            GeographySpec spec = new GeographySpec(land, cell, ts, cz);
            geographyRead.accept(spec);
            // Read now, as the run will, so that a bad land file is an error of the scenario.
            geo = GeographyCheck.load(landNode, spec);
            if (!geo.states().contains(Scenario.LIBYA)) {
                throw landNode.error("names a land file without land of " + Scenario.LIBYA
                        + ", the coast the model measures departures and returns from (it has " + String.join(", ", geo.states()) + ")");
            }
            return spec;
        }

        private Place place(String id, YamlNode n) {
            YamlMap p = n.asMap();
            String name = nonEmpty(p, "name", id);
            GeoPoint at = geo.point(p);
            String state = nonEmpty(p, "state", null);
            if (!state.matches("[A-Z]{3}")) throw p.get("state").error("must be an ISO 3166 alpha-3 code such as LBY (got \"" + state + "\")");
            requireLandState(p.get("state"), state);
            Set<PlaceRole> roles = EnumSet.noneOf(PlaceRole.class);
            for (YamlNode r : p.get("roles").asList()) {
                PlaceRole role = PlaceRole.parse(r.asString());
                if (role == null) throw r.error("is not a place role (expected departure, place-of-safety, base or libyan-return-point)");
                if (!roles.add(role)) throw r.error("repeats the role " + r.asString() + "; list each role once");
            }
            PLACE.finish(p);
            Place place = new Place(id, name, at, state, roles);
            geo.place(p, place);
            return place;
        }

        private Area area(String id, YamlNode n) {
            YamlMap a = n.asMap();
            YamlNode polygonNode = a.get("polygon");
            GeoPolygon poly = geo.polygon(id, polygonNode);
            geo.patrolArea(polygonNode, poly);
            String note = a.string("note", "");
            AREA.finish(a);
            return new Area(id, poly, note);
        }

        private SearchRescueRegion srr(String id, YamlNode n, Map<String, MrccSpec> mrccs) {
            YamlMap s = n.asMap();
            String mrcc = ref(s.get("mrcc"), mrccs.keySet(), "MRCC");
            LocalDate from = s.date("from", LocalDate.MIN);
            LocalDate to = s.date("to", null);
            GeoPolygon poly = geo.polygon(id, s.get("polygon"));
            String source = s.string("source");
            SEARCH_RESCUE_REGION.finish(s);
            return new SearchRescueRegion(id, mrcc, from, to, poly, source);
        }

        private MrccSpec mrcc(String id, YamlNode n, Map<String, Place> places, Map<String, Force> forces) {
            YamlMap m = n.asMap();
            String name = nonEmpty(m, "name", id);
            List<String> tasks = new ArrayList<>();
            for (YamlNode f : m.get("tasks").asList()) {
                String force = ref(f, forces.keySet(), "force");
                if (tasks.contains(force)) throw f.error("repeats the force " + force + "; list each force once");
                tasks.add(force);
            }
            // Optional: an MRCC with none (e.g. JRCC Tripoli) lands people at the fallback MRCC's places.
            List<PlaceOfSafety> pos = new ArrayList<>();
            if (m.has("placesOfSafety")) {
                for (Map.Entry<String, YamlNode> e : m.get("placesOfSafety").asMap().entries()) {
                    String place = e.getKey();
                    if (!places.containsKey(place)) {
                        throw e.getValue().error("names an unknown place (known: " + String.join(", ", places.keySet()) + ")");
                    }
                    requireRole(e.getValue(), places.get(place), PlaceRole.PLACE_OF_SAFETY);
                    pos.add(placeOfSafety(place, e.getValue()));
                }
            }
            m.opt("placesOfSafety");
            double maxHours = MRCC.number(m, "maxResponseHours");
            MRCC.finish(m);
            return new MrccSpec(id, name, tasks, pos, maxHours);
        }

        private PlaceOfSafety placeOfSafety(String place, YamlNode n) {
            YamlMap p = n.asMap();
            double capacity = PLACE_OF_SAFETY.number(p, "capacityPeoplePerDay");
            int maxAsset = PLACE_OF_SAFETY.integer(p, "maxAssetCapacityPeople");
            LocalDate from = p.date("from", LocalDate.MIN);
            LocalDate to = p.date("to", null);
            PLACE_OF_SAFETY.finish(p);
            return new PlaceOfSafety(place, capacity, maxAsset, from, to);
        }

        private WeatherSpec weather(YamlMap w) {
            for (String old : List.of("meanBeaufortByMonth", "sdBeaufortByMonth")) {
                if (w.has(old)) throw w.get(old).error("was replaced by meanWindSpeedMsByMonth and windSpeedWeibullShape"
                        + " (a wind climatology in m/s; see scenarios/README.md, weather)");
            }
            double[] mean = twelve(w.get("meanWindSpeedMsByMonth"), WEATHER.bounds("meanWindSpeedMsByMonth"));
            double shape = WEATHER.number(w, "windSpeedWeibullShape");
            double persistence = WEATHER.number(w, "persistence");
            double drift = WEATHER.number(w, "driftSpeedKnots");
            double toward = WEATHER.number(w, "driftTowardDeg");
            String source = w.string("source", "");
            WEATHER.finish(w);
            return new WeatherSpec(mean, shape, persistence, drift, toward, source);
        }

        private static double[] twelve(YamlNode n, Bounds b) {
            List<YamlNode> items = n.asList();
            if (items.size() != 12) throw n.error("must list 12 values, January to December (got " + items.size() + ")");
            double[] v = new double[12];
            for (int i = 0; i < 12; i++) v[i] = b.check(items.get(i));
            return v;
        }

        private BoatType boatType(String id, YamlNode n, Map<String, Place> places) {
            YamlMap b = n.asMap();
            int min = BOAT_TYPE.integer(b, "minPeople");
            YamlNode maxNode = b.get("maxPeople");
            int max = BOAT_TYPE.integer(b, "maxPeople");
            if (max < min) throw maxNode.error("must be >= minPeople (" + min + ")");
            BoatType t = new BoatType(id, min, max,
                    BOAT_TYPE.number(b, "speedKnots"),
                    BOAT_TYPE.number(b, "speedLossPerBeaufort"),
                    BOAT_TYPE.number(b, "minSpeedFraction"),
                    BOAT_TYPE.number(b, "fuelHours"),
                    BOAT_TYPE.number(b, "maxBeaufortToDepart"),
                    BOAT_TYPE.number(b, "capsizeHazardPerHour"),
                    BOAT_TYPE.number(b, "hazardFactorPerBeaufort"),
                    BOAT_TYPE.number(b, "referenceBeaufort"),
                    BOAT_TYPE.number(b, "overloadExponent"),
                    BOAT_TYPE.number(b, "adriftHazardGrowthPerDay"),
                    BOAT_TYPE.number(b, "deathFractionUnattended"),
                    BOAT_TYPE.number(b, "deathFractionAttended"),
                    BOAT_TYPE.number(b, "seizureAversion"),
                    BOAT_TYPE.number(b, "derelictHours"),
                    detectionTarget(b.get("detectionTarget")),
                    weights(b.get("destinations"), places.keySet(), "place", BOAT_TYPE.bounds("destinations")));
            for (Weighted w : t.destinations()) requireRole(b.get("destinations"), places.get(w.id()), PlaceRole.PLACE_OF_SAFETY);
            BOAT_TYPE.finish(b);
            return t;
        }

        /** {@code scheduled}: the departures follow the plan, which is then required; in behaviour mode there is none. */
        private SmugglingSpec smuggling(YamlMap s, Map<String, Place> places, Map<String, BoatType> types, LocalDate start, LocalDate end,
                boolean scheduled) {
            Map<YearMonth, MonthlyDepartures> months = new LinkedHashMap<>();
            if (!scheduled) {
                for (String key : List.of("plan", "planScale", "planSource")) {
                    if (s.has(key)) throw s.get(key).error("is a departure schedule, which departures.mode: behaviour does not take");
                }
            }
            YamlNode planNode = scheduled ? s.get("plan") : s.opt("plan").orElse(null); // behaviour mode has refused a plan above
            String planSource = s.string("planSource", "");
            for (Map.Entry<String, YamlNode> e : scheduled ? planNode.asMap().entries() : List.<Map.Entry<String, YamlNode>>of()) {
                YearMonth ym;
                try {
                    ym = YearMonth.parse(e.getKey());
                } catch (DateTimeParseException ex) {
                    throw e.getValue().error("is not a month YYYY-MM");
                }
                months.put(ym, new MonthlyDepartures(ym, SMUGGLING.bounds("plan").check(e.getValue()), planSource));
            }
            for (YearMonth ym = YearMonth.from(start); scheduled && !ym.isAfter(YearMonth.from(end)); ym = ym.plusMonths(1)) {
                if (!months.containsKey(ym)) throw planNode.error("has no entry for " + ym + ", which the scenario period covers");
            }
            List<Weighted> points = weights(s.get("departurePoints"), places.keySet(), "place", SMUGGLING.bounds("departurePoints"));
            for (Weighted w : points) requireRole(s.get("departurePoints"), places.get(w.id()), PlaceRole.DEPARTURE);
            List<Weighted> mix = weights(s.get("boatTypes"), types.keySet(), "boat type", SMUGGLING.bounds("boatTypes"));
            YamlMap window = s.get("departureWindow").asMap();
            double startHour = DEPARTURE_WINDOW.number(window, "startHour");
            double hours = DEPARTURE_WINDOW.number(window, "hours");
            DEPARTURE_WINDOW.finish(window);
            YamlMap escort = s.get("escort").asMap();
            double escortP = ESCORT.number(escort, "probability");
            double escortSpeed = ESCORT.number(escort, "speedKnots");
            double release = ESCORT.number(escort, "releaseNm");
            int smugglers = ESCORT.integer(escort, "smugglersAboard");
            ESCORT.finish(escort);
            YamlMap distress = s.get("distress").asMap();
            double beyond = DISTRESS.number(distress, "callBeyondNm");
            double callP = DISTRESS.number(distress, "callProbability");
            double adriftDelay = DISTRESS.number(distress, "adriftCallDelayHours");
            double relayDelay = DISTRESS.number(distress, "relayDelayMinutes");
            double positionError = DISTRESS.number(distress, "positionErrorNm");
            double callInterval = DISTRESS.number(distress, "callIntervalHours");
            DISTRESS.finish(distress);
            double planScale = SMUGGLING.number(s, "planScale");
            for (MonthlyDepartures m : months.values()) {
                if (m.people() * planScale > MAX_PLANNED_PEOPLE_PER_MONTH) {
                    throw s.get("planScale").error("times the plan's " + m.month() + " (" + Bounds.fmt(m.people()) + ") is more than "
                            + Bounds.fmt(MAX_PLANNED_PEOPLE_PER_MONTH) + " people in a month (got " + Bounds.fmt(planScale) + ")");
                }
            }
            SmugglingSpec spec = new SmugglingSpec(new ArrayList<>(months.values()), planScale, points, mix, startHour, hours,
                    SMUGGLING.number(s, "maxBacklogReleaseFactor"),
                    SMUGGLING.number(s, "lossMemoryDays"),
                    SMUGGLING.number(s, "lastBoatMinLoadFraction"),
                    escortP, escortSpeed, release, smugglers, beyond, callP, adriftDelay, relayDelay, positionError, callInterval);
            SMUGGLING.finish(s);
            return spec;
        }

        private Force force(String id, YamlNode n, Map<String, Place> places, Map<String, Area> areas) {
            YamlMap f = n.asMap();
            String name = nonEmpty(f, "name", id);
            String group = nonEmpty(f, "group", null);
            double penalty = FORCE.number(f, "taskingPenaltyHours");
            double contactResponse = FORCE.number(f, "contactResponseHours");
            double trackHold = FORCE.number(f, "trackHoldMinutes");
            List<MandateEntry> entries = new ArrayList<>();
            for (YamlNode e : f.get("mandate").asList()) entries.add(mandateEntry(e));
            List<LogisticSupport> support = new ArrayList<>();
            for (YamlNode e : f.opt("logisticSupport").map(YamlNode::asList).orElse(List.of())) support.add(logisticSupport(e));
            List<AssetSpec> assets = new ArrayList<>(byId(f.get("assets"), (aid, a) -> asset(id + "/" + aid, a, places, areas)).values());
            FORCE.finish(f);
            return new Force(id, name, group, new Mandate(entries), penalty, contactResponse, trackHold, support, assets);
        }

        /** A dated entry of a force's logistic support; its provider is checked once every force is read ({@link #requireProviders}). */
        private LogisticSupport logisticSupport(YamlNode n) {
            YamlMap e = n.asMap();
            String provider = nonEmpty(e, "provider", null);
            LocalDate from = e.date("from");
            YamlNode toNode = e.opt("to").orElse(null);
            LocalDate to = e.date("to", null);
            if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
            double factor = LOGISTIC_SUPPORT.number(e, "enduranceFactor");
            String basis = nonEmpty(e, "basis", null);
            LOGISTIC_SUPPORT.finish(e);
            return new LogisticSupport(provider, from, to, factor, basis);
        }

        /** Every asset of a force watching embargo traffic has a sensor that sees a merchant ship (the vessels' target). */
        private static void requireMerchantShipCells(YamlNode at, DetectionTable detection, Map<String, Force> forces, Map<Cargo, EmbargoTraffic> embargo) {
            for (EmbargoTraffic t : embargo.values()) {
                for (String watcher : t.watchedBy()) {
                    for (AssetSpec a : forces.get(watcher).assets()) {
                        if (a.sensors().stream().noneMatch(sensor -> detection.cell(sensor, Target.MERCHANT_SHIP).isPresent())) {
                            throw at.asMap().get(t.cargo().key()).asMap().get("watchedBy").error("names " + watcher + ", whose asset " + a.id()
                                    + " has no sensor with a cell against " + Target.MERCHANT_SHIP.key() + ": it would never see these vessels");
                        }
                    }
                }
            }
        }

        /** Each force's logistic support comes from another force of the scenario. */
        private static void requireProviders(YamlNode forcesNode, Map<String, Force> forces) {
            for (Force f : forces.values()) {
                List<YamlNode> entries = forcesNode.asMap().get(f.id()).asMap().opt("logisticSupport").map(YamlNode::asList).orElse(List.of());
                for (int i = 0; i < f.logisticSupport().size(); i++) {
                    YamlNode at = entries.get(i).asMap().get("provider");
                    String provider = f.logisticSupport().get(i).provider();
                    ref(at, forces.keySet(), "force");
                    if (provider.equals(f.id())) throw at.error("is the force itself: logistic support comes from another force");
                }
            }
        }

        /**
         * The embargo traffic, by cargo ({@code arms}, {@code oil}); empty if none is given. Its
         * ports are Libyan places, its gates points in the theatre, its watchers forces.
         */
        private Map<Cargo, EmbargoTraffic> embargoTraffic(Optional<YamlNode> n, Map<String, Place> places, Map<String, Force> forces) {
            Map<Cargo, EmbargoTraffic> out = new java.util.EnumMap<>(Cargo.class);
            if (n.isEmpty()) return out;
            for (Map.Entry<String, YamlNode> entry : n.get().asMap().entries()) {
                Cargo cargo = Cargo.parse(entry.getKey());
                if (cargo == null) throw entry.getValue().error("is not a cargo under a UN embargo on Libya (expected arms or oil)");
                YamlMap t = entry.getValue().asMap();
                YamlNode directionNode = t.get("direction");
                EmbargoTraffic.Direction direction = EmbargoTraffic.Direction.parse(directionNode.asString());
                if (direction == null) throw directionNode.error("is not a direction (expected to-libya or from-libya)");
                double perDay = EMBARGO_TRAFFIC.number(t, "vesselsPerDay");
                LocalDate from = t.date("from");
                YamlNode toNode = t.opt("to").orElse(null);
                LocalDate to = t.date("to", null);
                if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
                double speed = EMBARGO_TRAFFIC.number(t, "speedKnots");
                List<GeoPoint> gates = new ArrayList<>();
                for (YamlNode g : t.get("seaGates").asList()) gates.add(geo.seaGate(g));
                if (gates.isEmpty()) throw t.get("seaGates").error("is empty: the traffic needs a gate to enter or leave the map by");
                List<String> ports = new ArrayList<>();
                for (YamlNode p : t.get("libyanPorts").asList()) {
                    String port = ref(p, places.keySet(), "place");
                    if (!places.get(port).stateCode().equals(Scenario.LIBYA)) throw p.error("is not a Libyan place (state " + places.get(port).stateCode() + ")");
                    if (ports.contains(port)) throw p.error("repeats the port " + port + "; list each once");
                    ports.add(port);
                }
                if (ports.isEmpty()) throw t.get("libyanPorts").error("is empty: the traffic needs a Libyan port");
                List<String> watchers = new ArrayList<>();
                for (YamlNode w : t.opt("watchedBy").map(YamlNode::asList).orElse(List.of())) {
                    String force = ref(w, forces.keySet(), "force");
                    if (watchers.contains(force)) throw w.error("repeats the force " + force + "; list each once");
                    watchers.add(force);
                }
                boolean inspectable = t.bool("inspectable", false);
                double found = EMBARGO_TRAFFIC.number(t, "cargoFoundProbability");
                String basis = nonEmpty(t, "basis", null);
                EMBARGO_TRAFFIC.finish(t);
                out.put(cargo, new EmbargoTraffic(cargo, direction, perDay, from, to, speed, gates, ports, watchers, inspectable, found, basis));
            }
            return java.util.Collections.unmodifiableMap(out);
        }

        /**
         * A validation target. Its observation error (the tolerance of a total or a share) is
         * the relative half-width of its {@code band} if it gives one, else the
         * {@code observationError} table's value for the lowest confidence grade among the facts
         * its figure cites, else the {@code observationError} the target states (a figure no
         * fact gives); never a tolerance written per target.
         */
        private ValidationTarget target(String id, YamlNode n, List<String> metrics, List<String> dailyFlows,
                                        Map<String, Double> errorByGrade, YamlNode errorTable) {
            YamlMap t = n.asMap();
            YamlNode useNode = t.get("use");
            ValidationTarget.Use use = switch (useNode.asString()) {
                case "fit" -> ValidationTarget.Use.FIT;
                case "check" -> ValidationTarget.Use.CHECK;
                default -> throw useNode.error("must be fit (calibration may use it) or check (it only checks the model), got '" + useNode.asString() + "'");
            };
            if (t.has("tolerance")) {
                throw t.get("tolerance").error("is no longer written per target: the observation error sets it (the target's band,"
                        + " or the observationError table by its facts' confidence grade; see scenarios/README.md, Validation)");
            }
            String metric = metricName(t.get("metric"), metrics);
            String per = t.has("per") ? metricName(t.get("per"), metrics) : null;
            t.opt("per");
            String note = t.string("note", "");
            YamlNode statisticNode = t.opt("statistic").orElse(null);
            boolean busiestDay = false;
            if (statisticNode != null) {
                switch (statisticNode.asString()) {
                    case "total" -> { }
                    case "busiest-day" -> busiestDay = true;
                    default -> throw statisticNode.error("must be total (the default) or busiest-day, got '" + statisticNode.asString() + "'");
                }
                if (busiestDay && per != null) throw statisticNode.error("busiest-day does not go with per (a share)");
                if (busiestDay && t.has("monthly")) throw statisticNode.error("busiest-day does not go with monthly");
                if (busiestDay && !dailyFlows.contains(metric)) {
                    throw statisticNode.error("busiest-day needs a metric counted by day, and " + metric + " is not (it is a total of the run only)");
                }
            }
            LocalDate from = null, to = null;
            if (t.has("period")) {
                YamlMap period = t.get("period").asMap();
                from = period.date("from");
                YamlNode toNode = period.get("to");
                to = toNode.asDate();
                period.finish();
                if (to.isBefore(from)) throw toNode.error("must not be before period.from (" + from + ")");
                for (String m : per == null ? List.of(metric) : List.of(metric, per)) {
                    if (!dailyFlows.contains(m)) throw t.get("period").error("needs a metric counted by day, and " + m + " is not (it is a total of the run only)");
                }
            }
            ValidationTarget target;
            if (t.has("monthly")) {
                if (per != null) throw t.get("per").error("does not go with monthly");
                if (from != null) throw t.get("period").error("does not go with monthly (the months are the period)");
                Map<YearMonth, Double> monthly = new LinkedHashMap<>();
                List<String> sources = new ArrayList<>();
                for (Map.Entry<String, YamlNode> e : t.get("monthly").asMap().entries()) {
                    try {
                        monthly.put(YearMonth.parse(e.getKey()), Bounds.nonNegative().check(e.getValue()));
                    } catch (DateTimeParseException ex) {
                        throw e.getValue().error("is not a month YYYY-MM");
                    }
                    String cited = FactResolver.citedFacts(e.getValue());
                    if (cited != null) sources.add(cited);
                }
                if (monthly.size() < 3) throw t.get("monthly").error("needs at least 3 months to correlate");
                double min = t.number("minCorrelation", Bounds.between(-1, 1));
                target = new ValidationTarget(id, use, ValidationTarget.Kind.MONTHLY, metric, null, Double.NaN, monthly, min, "correlation",
                        null, null, sources.isEmpty() ? note : sources.size() <= 2 ? String.join("; ", sources)
                                : sources.get(0) + "; ...; " + sources.get(sources.size() - 1), t.get("metric").position());
            } else {
                Bounds range = per == null ? Bounds.nonNegative() : Bounds.fraction();
                double observed, error;
                String origin, cited;
                if (t.has("band")) {
                    if (t.has("observed")) throw t.get("observed").error("does not go with band (the band's middle is the observed figure)");
                    YamlMap band = t.get("band").asMap();
                    YamlNode lowNode = band.get("low"), highNode = band.get("high");
                    double low = range.check(lowNode), high = range.check(highNode);
                    band.finish();
                    if (!(high > low)) throw highNode.error("must be above band.low (" + Numbers.format(low) + ")");
                    observed = (low + high) / 2;
                    error = (high - low) / (high + low);
                    origin = "band";
                    String lowCited = FactResolver.citedFacts(lowNode), highCited = FactResolver.citedFacts(highNode);
                    cited = lowCited == null && highCited == null ? null : lowCited + " to " + highCited;
                } else {
                    YamlNode obs = t.get("observed");
                    observed = range.check(obs);
                    cited = FactResolver.citedFacts(obs);
                    String grade = FactResolver.confidence(obs);
                    if (grade != null) {
                        if (t.has("observationError")) {
                            throw t.get("observationError").error("is for a figure no fact gives; this one's comes from its facts' confidence grade (" + grade + ") in the observationError table");
                        }
                        if (errorTable == null) throw t.get("observed").error("cites facts, so its observation error comes from the scenario's observationError table, and the scenario has none");
                        Double e = errorByGrade.get(grade);
                        if (e == null) throw errorTable.error("gives no observation error for confidence grade " + grade + ", which " + id + "'s facts have");
                        error = e;
                        origin = "grade " + grade;
                    } else {
                        error = t.number("observationError", new Bounds(0, false, 1, true)); // as the table's: at most the figure itself
                        origin = "stated";
                    }
                }
                if (observed <= 0) throw t.get(t.has("band") ? "band" : "observed").error("must be above 0: errors are relative to it");
                ValidationTarget.Kind kind = per != null ? ValidationTarget.Kind.SHARE : busiestDay ? ValidationTarget.Kind.BUSIEST_DAY : ValidationTarget.Kind.TOTAL;
                target = new ValidationTarget(id, use, kind,
                        metric, per, observed, null, error, origin, from, to, cited != null ? cited : note, t.get("metric").position());
            }
            t.finish();
            return target;
        }

        /** A name, id-like text or legal basis: required unless {@code defaultValue} is given, never empty or blank. */
        private static String nonEmpty(YamlMap m, String key, String defaultValue) {
            String v = defaultValue == null ? m.string(key) : m.string(key, defaultValue);
            if (v.isBlank()) throw m.get(key).error("must not be empty");
            return v;
        }

        private static String metricName(YamlNode n, List<String> metrics) {
            String name = n.asString();
            if (!metrics.contains(name)) throw n.error("is not a metric of this scenario (see summary.csv's columns; e.g. arrivals_people.ITA, rescued_people.ngo)");
            return name;
        }

        private MandateEntry mandateEntry(YamlNode n) {
            YamlMap e = n.asMap();
            YamlNode actionNode = e.get("action");
            Action action = Action.parse(actionNode.asString());
            if (action == null) throw actionNode.error("is not an action (expected one of: " + Action.known() + ")");
            List<ZoneSelector> zones = new ArrayList<>();
            for (YamlNode z : e.get("zones").asList()) {
                ZoneSelector sel = ZoneSelector.parse(z.asString());
                if (sel == null) throw z.error("is not a sea zone (expected high-seas, territorial:XXX, contiguous:XXX, or * for any state)");
                if (sel.stateCode() != null) requireLandState(z, sel.stateCode());
                if (zones.contains(sel)) throw z.error("repeats the zone " + z.asString() + "; list each zone once");
                zones.add(sel);
            }
            if (zones.isEmpty()) throw e.get("zones").error("is empty: an entry that permits an action nowhere is a mistake (leave the entry out)");
            LocalDate from = e.date("from");
            YamlNode toNode = e.opt("to").orElse(null);
            LocalDate to = e.date("to", null);
            if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
            String basis = nonEmpty(e, "basis", null);
            MANDATE.finish(e);
            return new MandateEntry(action, zones, from, to, basis);
        }

        /**
         * An information link: a force sends, forces or MRCCs receive (an id that names both is
         * refused as ambiguous), each once and not the sender; dated like a mandate entry.
         */
        private InformationLink informationLink(YamlNode n, Map<String, Force> forces, Map<String, MrccSpec> mrccs) {
            YamlMap l = n.asMap();
            String sender = ref(l.get("sender"), forces.keySet(), "force");
            Set<String> known = new java.util.LinkedHashSet<>(forces.keySet());
            known.addAll(mrccs.keySet());
            List<String> receivers = new ArrayList<>();
            for (YamlNode r : l.get("receivers").asList()) {
                String id = ref(r, known, "force or MRCC");
                if (forces.containsKey(id) && mrccs.containsKey(id)) throw r.error("names both a force and an MRCC \"" + id + "\"; give one of them another id");
                if (id.equals(sender)) throw r.error("is the sender itself: a force has its own contacts already");
                if (receivers.contains(id)) throw r.error("repeats the receiver " + id + "; list each once");
                receivers.add(id);
            }
            if (receivers.isEmpty()) throw l.get("receivers").error("is empty: a link that reaches no one is a mistake (leave the link out)");
            double delay = INFORMATION_LINK.number(l, "delayMinutes");
            LocalDate from = l.date("from");
            YamlNode toNode = l.opt("to").orElse(null);
            LocalDate to = l.date("to", null);
            if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
            String basis = nonEmpty(l, "basis", null);
            INFORMATION_LINK.finish(l);
            return new InformationLink(sender, receivers, delay, from, to, basis);
        }

        private AssetSpec asset(String id, YamlNode n, Map<String, Place> places, Map<String, Area> areas) {
            YamlMap a = n.asMap();
            YamlNode kindNode = a.get("kind");
            AssetKind kind = switch (kindNode.asString()) {
                case "ship" -> AssetKind.SHIP;
                case "aircraft" -> AssetKind.AIRCRAFT;
                default -> throw kindNode.error("must be ship or aircraft");
            };
            int count = ASSET.integer(a, "count");
            LocalDate from = a.date("from", LocalDate.MIN);
            LocalDate to = a.date("to", null);
            YamlNode baseNode = a.get("base");
            String base = ref(baseNode, places.keySet(), "place");
            requireRole(baseNode, places.get(base), PlaceRole.BASE);
            String area = ref(a.get("patrolArea"), areas.keySet(), "area");
            double transit = ASSET.number(a, "transitSpeedKnots");
            double patrol = ASSET.number(a, "patrolSpeedKnots", transit);
            double endurance = ASSET.number(a, "enduranceHours");
            double port = ASSET.number(a, "portHours");
            double retry = ASSET.number(a, "patrolRetryMinHours");
            int capacity = ASSET.integer(a, "capacityPeople", kind == AssetKind.SHIP ? 1 : 0);
            if (kind == AssetKind.SHIP && capacity < 1) throw a.get("capacityPeople").error("must be >= 1 for a ship");
            double transfer = ASSET.number(a, "transferPeoplePerHour");
            double berthing = ASSET.number(a, "berthingHours");
            for (String old : List.of("sensorRangeNm", "sensorRangeLossPerBeaufort", "minSensorRangeFraction", "detectionProbabilityPerLook")) {
                if (a.has(old)) throw a.get(old).error("was replaced by sensors (what the asset searches with) and the scenario's detection"
                        + " table (sweep widths by sensor and target; see scenarios/README.md, Detection)");
            }
            List<Sensor> sensors = sensors(a.get("sensors"));
            double maxBf = ASSET.number(a, "maxBeaufort");
            double load = ASSET.number(a, "disembarkLoadFraction");
            YamlNode disNode = a.opt("disembarkAt").orElse(null);
            String disembark = a.string("disembarkAt", "assigned");
            if (!disembark.equals("assigned") && !disembark.equals("nearest")) throw disNode.error("must be assigned or nearest");
            double inspection = ASSET.number(a, "inspectionHours");
            double maxAboard = ASSET.number(a, "maxHoursWithPeopleAboard");
            double maxPursuit = ASSET.number(a, "maxPursuitHours");
            double onScene = ASSET.number(a, "onSceneNm");
            YamlNode targetNode = a.opt("searchTarget").orElse(null);
            Target searchTarget = targetNode == null ? Target.RUBBER_DINGHY : detectionTarget(targetNode);
            // Aircraft only (their defaults are the aircraft's; a ship that gives one is refused below).
            double sortiesPerWeek = ASSET.number(a, "sortiesPerWeek", 7);
            double firstTakeOff = ASSET.number(a, "firstTakeOffHour", 0);
            double searchCoverage = ASSET.number(a, "searchCoverage", 1);
            double reserve = ASSET.number(a, "reserveHours", 0.5);
            SortieSpec sortie = null;
            if (kind == AssetKind.AIRCRAFT) {
                sortie = new SortieSpec(sortiesPerWeek, firstTakeOff, searchCoverage, searchTarget, reserve);
                if (patrol > transit) throw a.get("patrolSpeedKnots").error("must not exceed transitSpeedKnots for an aircraft (it must always be able to fly home as planned)");
                if (reserve >= endurance) throw (a.has("reserveHours") ? a.get("reserveHours") : a.get("enduranceHours"))
                        .error("leaves no flight time: reserveHours (" + Bounds.fmt(reserve) + ") must be less than enduranceHours (" + Bounds.fmt(endurance) + ")");
            } else {
                for (String only : List.of("sortiesPerWeek", "firstTakeOffHour", "searchCoverage", "searchTarget", "reserveHours")) {
                    if (a.has(only)) throw a.get(only).error("is for aircraft only (a ship patrols until its endurance is spent)");
                }
            }
            BoardingCraft boarding = a.opt("boardingCraft").map(b -> boardingCraft(b, kind)).orElse(null);
            ASSET.finish(a);
            return new AssetSpec(id, kind, count, from, to, base, area, transit, patrol, endurance, port, retry, capacity, transfer, berthing,
                    sensors, maxBf, load, disembark.equals("nearest"), inspection, maxAboard, maxPursuit, onScene, boarding, sortie);
        }

        /** A ship's boarding craft: its speed, how far it runs, how long it takes to launch. */
        private static BoardingCraft boardingCraft(YamlNode n, AssetKind kind) {
            if (kind != AssetKind.SHIP) throw n.error("is for ships only: aircraft do not board");
            YamlMap b = n.asMap();
            double speed = BOARDING_CRAFT.number(b, "speedKnots");
            double range = BOARDING_CRAFT.number(b, "rangeNm");
            double launch = BOARDING_CRAFT.number(b, "launchMinutes");
            BOARDING_CRAFT.finish(b);
            return new BoardingCraft(speed, range, launch);
        }

        /**
         * Refuses, at the scenario's {@code detection}, a table in which no sensor of some asset
         * has a cell against a boat type's target (or, for an aircraft, against its search target):
         * that asset would never see those boats.
         */
        private static void requireCells(YamlNode at, DetectionTable detection, Map<String, Force> forces, Map<String, BoatType> boatTypes) {
            for (Force f : forces.values()) {
                for (AssetSpec a : f.assets()) {
                    List<Target> targets = new ArrayList<>();
                    for (BoatType b : boatTypes.values()) if (!targets.contains(b.detectionTarget())) targets.add(b.detectionTarget());
                    if (a.sortie() != null && !targets.contains(a.sortie().searchTarget())) targets.add(a.sortie().searchTarget());
                    for (Target t : targets) {
                        if (a.sensors().stream().noneMatch(sensor -> detection.cell(sensor, t).isPresent())) {
                            throw at.error("has no cell against " + t.key() + " for any sensor of asset " + a.id()
                                    + " (" + String.join(", ", a.sensors().stream().map(Sensor::key).toList()) + "): it would never see those boats");
                        }
                    }
                }
            }
        }

        /** The detection table a scenario names ({@code detection: base/detection.yaml}); the file and its facts file are inputs of the run. */
        private DetectionTable detection(YamlNode n) {
            Path path = n.asPath();
            String unusable = InputFiles.unusable(path, InputFiles.MAX_YAML_BYTES);
            if (unusable != null) throw n.error("names a detection file that " + unusable + ": " + path);
            sources.add(InputFile.read("detection", path));
            DetectionTable.Loaded loaded = DetectionTable.load(path, factBooks);
            if (loaded.factsFile() != null && sources.stream().noneMatch(f -> f.path().equals(loaded.factsFile().toAbsolutePath().normalize()))) {
                sources.add(InputFile.read("facts", loaded.factsFile()));
            }
            return loaded.table();
        }

        private static Target detectionTarget(YamlNode n) {
            return Target.byKey(n.asString()).orElseThrow(() -> n.error("is not a detection target: " + n.asString() + " (known: "
                    + String.join(", ", java.util.Arrays.stream(Target.values()).map(Target::key).toList()) + ")"));
        }

        /** An asset's sensors: a non-empty list of sensor keys, each once. */
        private static List<Sensor> sensors(YamlNode n) {
            List<Sensor> out = new ArrayList<>();
            for (YamlNode s : n.asList()) {
                Sensor sensor = Sensor.byKey(s.asString()).orElseThrow(() -> s.error("is not a sensor: " + s.asString() + " (known: "
                        + String.join(", ", java.util.Arrays.stream(Sensor.values()).map(Sensor::key).toList()) + ")"));
                if (out.contains(sensor)) throw s.error("repeats the sensor " + sensor.key());
                out.add(sensor);
            }
            if (out.isEmpty()) throw n.error("is empty: an asset needs at least one sensor to see anything");
            return out;
        }

        private static List<Weighted> weights(YamlNode n, Set<String> known, String what, Bounds bounds) {
            List<Weighted> out = weightsOrNone(n, known, what, bounds);
            if (out.stream().mapToDouble(Weighted::weight).sum() <= 0) throw n.error("must have at least one positive weight");
            return out;
        }

        /** Numbers keyed by known ids, each within bounds (all may be zero). */
        private static List<Weighted> weightsOrNone(YamlNode n, Set<String> known, String what, Bounds bounds) {
            List<Weighted> out = new ArrayList<>();
            for (Map.Entry<String, YamlNode> e : n.asMap().entries()) {
                if (!known.contains(e.getKey())) throw e.getValue().error("names an unknown " + what + " (known: " + String.join(", ", known) + ")");
                double w = bounds.check(e.getValue());
                out.add(new Weighted(e.getKey(), w));
            }
            return out;
        }

        private static String ref(YamlNode n, Set<String> known, String what) {
            String id = n.asString();
            if (!known.contains(id)) throw n.error("names an unknown " + what + " \"" + id + "\" (known: " + String.join(", ", known) + ")");
            return id;
        }

        /** A state code must name a state with land in the land file, else its zones would silently match nothing. */
        private void requireLandState(YamlNode n, String state) {
            if (!geo.states().contains(state)) {
                throw n.error("names state " + state + ", which has no land in " + geo.landFile()
                        + " (states there: " + String.join(", ", geo.states()) + ")");
            }
        }

        private static void requireRole(YamlNode n, Place p, PlaceRole role) {
            if (!p.is(role)) throw n.error("names place \"" + p.id() + "\", which is not a " + role.key());
        }

        private static <T> Map<String, T> byId(YamlNode n, BiFunction<String, YamlNode, T> read) {
            Map<String, T> out = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> e : n.asMap().entries()) {
                if (!e.getKey().matches("[a-z0-9][a-z0-9-]*")) throw e.getValue().error("has an id that is not lower-case letters, digits and dashes");
                out.put(e.getKey(), read.apply(e.getKey(), e.getValue()));
            }
            return out;
        }

        private static <T> Map<String, T> byId(Optional<YamlNode> n, BiFunction<String, YamlNode, T> read) {
            return n.isPresent() ? byId(n.get(), read) : new LinkedHashMap<>();
        }
    }
}
