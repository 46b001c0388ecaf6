package medsim.scenario;

import static medsim.scenario.ScenarioField.Role.GEOMETRY;
import static medsim.scenario.ScenarioField.Role.MODEL;
import static medsim.scenario.ScenarioField.Role.SETTING;

import java.util.List;
import java.util.Optional;

import medsim.scenario.ScenarioField.Role;
import medsim.scenario.ScenarioField.Type;
import medsim.yaml.Bounds;

/**
 * Every field of a scenario file, declared once: its place, type, unit, range, default and
 * meaning. {@link ScenarioLoader} reads and checks numbers through these declarations (by
 * {@link FieldSection}); {@link FieldTables} generates the field tables of
 * {@code scenarios/README.md} from them; sweeps and calibrations look up a path's range and
 * whether it is a whole number ({@link #matching}); the registry of unobserved parameters
 * ({@code medsim.scenario.UnobservedParameters}) is checked against their roles.
 *
 * <p>A behaviour of the model that depends on a number has the number here, with today's
 * value as default, rather than as a literal in the model's code.
 */
public final class ScenarioFields {
    private ScenarioFields() {}

    private static final String REQUIRED = "required";

    private static final List<ScenarioField> ALL = List.of(
            // ---- top level
            other("", "name", "text", REQUIRED, "Shown in outputs; not empty (nor are any name, `state`, `group` or `basis` below)."),
            other("", "description", "text", "empty", "Free text."),
            other("", "extends", "path", "none", "Base scenario (see *Inheritance*)."),
            other("", "facts", "path", "none", "The facts file whose `{fact: id}` references the scenario uses (see *Facts*)."),
            other("", "detection", "path", REQUIRED, "The detection table (relative to the file that sets it): every sensor's sweep width against every target (see *Detection*). The shipped one is `base/detection.yaml`."),
            other("", "period", "mapping", REQUIRED, "The period simulated (below)."),
            other("period", "start", "date", REQUIRED, "First day simulated. Runs start at 00:00 UTC."),
            other("period", "end", "date", REQUIRED, "Last day simulated (included); not before `start`."),
            integer("", "tickMinutes", "minutes", Bounds.between(1, 5), 5, SETTING, "Length of one schedule step; it must divide a day."),
            other("", "geography", "mapping", REQUIRED, "The map and the legal zones (see `geography`)."),
            other("", "places", "`{id: {...}}`", REQUIRED, "Ports, departure points and bases (see `places.<id>`)."),
            other("", "areas", "`{id: {...}}`", "none", "Patrol areas (see `areas.<id>`)."),
            other("", "searchRescueRegions", "`{id: {...}}`", "none", "SRRs (see `searchRescueRegions.<id>`)."),
            other("", "mrccs", "`{id: {...}}`", REQUIRED, "Rescue coordination centres (see `mrccs.<id>`)."),
            other("", "fallbackMrcc", "MRCC id", REQUIRED, "The MRCC for cases outside every SRR, and for cases an MRCC cannot answer; it needs `placesOfSafety`."),
            other("", "weather", "mapping", REQUIRED, "Sea-state climatology (see `weather`)."),
            other("", "boatTypes", "`{id: {...}}`", REQUIRED, "Migrant boat types (see `boatTypes.<id>`)."),
            other("", "smuggling", "mapping", REQUIRED, "The networks' plan and behaviour (see `smuggling`)."),
            other("", "forces", "`{id: {...}}`", REQUIRED, "Forces at sea, their mandates and assets (see `forces.<id>`)."),
            other("", "validation", "`{id: {...}}`", "none", "What runs should reproduce (see `validation.<id>`)."),
            other("", "observationError", "mapping", "required with facts in validation", "The observation-error table (see `observationError`)."),
            field("", "driverArrestsPerPersonLanded", Type.NUMBER_MAP, "`{place: fraction}`", Bounds.fraction(), Double.NaN, "none", MODEL,
                    "Boat drivers (and their helpers) identified among the people landed at a place of safety and arrested, per person landed there, rescued or unaided (places with the `place-of-safety` role; a place not listed arrests no one)."),
            other("", "coastguardCapacity", "mapping", "none", "The stocks a coastguard's capability follows from: boats, crews, training, maintenance, units tied to towns and their local deals (see `coastguardCapacity` and *The Libyan coastguard: capacity, units, collusion*). Without it the force's assets sail every day they are deployed."),
            other("", "informationLinks", "list", "none", "Who passes the contacts its ships and aircraft see to whom, with what delay (see `informationLinks[]` and *Information sharing*). Without links a force's contacts stay its own (and, for a force an MRCC tasks, that MRCC network's)."),
            other("", "heldOut", "mapping", "none", "Marks a scenario held out of calibration and validation (its outcomes are an out-of-sample test; see *2017: a forecast from policy inputs*): validation targets are refused, and `run`, `compare`, `sweep`, `slurm`, `validate` and `calibrate` simulate at most 7 days of it (`gui` none) unless given `--forecast`. A child inherits it."),
            other("heldOut", "reason", "text", REQUIRED, "Why it is held out; not empty."),
            other("heldOut", "until", "text", REQUIRED, "Until when (what releases the forecast); not empty."),

            // ---- geography
            other("geography", "land", "path", REQUIRED, "GeoJSON land polygons (relative to the file that sets it), at most 16 MiB. Features need `iso_n3` and `name` properties; see `geo/README.md`. It must have land of Libya (`LBY`), whose coast the model measures from."),
            number("geography", "cellNm", "nm", Bounds.between(0.25, 5), 1.0, SETTING, "Raster cell size. Zones and distances to each coast are computed per cell."),
            number("geography", "territorialSeaNm", "nm", Bounds.positive(), 12, MODEL, "Outer limit of the territorial sea, from the coast."),
            number("geography", "contiguousZoneNm", "nm", Bounds.positive(), 24, MODEL, "Outer limit of the contiguous zone, at least `territorialSeaNm`; beyond it is high seas."),

            // ---- places, areas, SRRs
            other("places.*", "name", "text", "the id", "Display name."),
            field("places.*", "lat", Type.NUMBER, "degrees", null, Double.NaN, REQUIRED, GEOMETRY, "Latitude (WGS84), in the theatre, by its coast (see *Coordinates are checked against the map*)."),
            field("places.*", "lon", Type.NUMBER, "degrees", null, Double.NaN, REQUIRED, GEOMETRY, "Longitude (WGS84). Ports on land are reached from the nearest open sea."),
            other("places.*", "state", "ISO alpha-3", REQUIRED, "e.g. `LBY`, `ITA`, `MLT`; a state with land in the land file."),
            other("places.*", "roles", "list", REQUIRED, "Any of `departure`, `place-of-safety`, `base`, `libyan-return-point`, each once."),
            field("areas.*", "polygon", Type.NUMBER_LIST, "list of `[lat, lon]`", null, Double.NaN, REQUIRED, GEOMETRY, "At least 3 vertices, a proper polygon in the theatre, at least 50% sea by area. Patrol boxes of assets."),
            other("areas.*", "note", "text", "empty", "What the box follows (cite or say `assumption`)."),
            other("searchRescueRegions.*", "mrcc", "MRCC id", REQUIRED, "Who coordinates cases inside it."),
            other("searchRescueRegions.*", "from", "date", "always", "First day the region is in force (e.g. Libya's SRR from its declaration date)."),
            other("searchRescueRegions.*", "to", "date", "open", "Last day it is in force."),
            field("searchRescueRegions.*", "polygon", Type.NUMBER_LIST, "list of `[lat, lon]`", null, Double.NaN, REQUIRED, GEOMETRY, "Boundary, a proper polygon in the theatre (approximations must say so in `source`)."),
            other("searchRescueRegions.*", "source", "text", REQUIRED, "What the boundary follows."),

            // ---- MRCCs
            other("mrccs.*", "name", "text", "the id", "Display name."),
            other("mrccs.*", "tasks", "list of force ids", REQUIRED, "Forces whose ships it may send to a case, each once."),
            other("mrccs.*", "placesOfSafety", "`{place: {...}}`", "none", "The ports it designates as places of safety (places with the `place-of-safety` role), each with the MRCC's policy for it (below; `{}` for none). Without any, the fallback MRCC designates (it must have some)."),
            number("mrccs.*", "maxResponseHours", "hours", Bounds.positive(), 24, MODEL, "It sends an asset only if it can be on scene within this time; otherwise the case passes to the fallback MRCC (if it is not the fallback itself)."),
            field("mrccs.*.placesOfSafety.*", "capacityPeoplePerDay", Type.NUMBER, "persons/day", Bounds.positive(), Double.POSITIVE_INFINITY, "unbounded", MODEL, "People the MRCC sends there per day at most (its reception capacity)."),
            field("mrccs.*.placesOfSafety.*", "maxAssetCapacityPeople", Type.INTEGER, "persons", Bounds.between(0, Integer.MAX_VALUE), Integer.MAX_VALUE, "unbounded", MODEL, "Largest ship it sends there, by the people the ship can carry (`capacityPeople`): a small harbour takes patrol boats, not large ships."),
            other("mrccs.*.placesOfSafety.*", "from", "date", "always", "First day the MRCC designates it."),
            other("mrccs.*.placesOfSafety.*", "to", "date", "open", "Last day it designates it."),

            // ---- weather
            field("weather", "meanWindSpeedMsByMonth", Type.NUMBER_LIST, "m/s x 12", new Bounds(0, false, 40, true), Double.NaN, REQUIRED, MODEL, "Monthly mean of the daily 10 m wind speed, January to December."),
            number("weather", "windSpeedWeibullShape", "ratio", Bounds.between(1, 50), 2, MODEL, "Shape of the daily speeds' Weibull distribution: the standard deviation is the mean x 0.52 at 2, x 0.28 at 4; the larger, the more alike the days."),
            number("weather", "persistence", "ratio", new Bounds(0, true, 1, false), 0.7, MODEL, "Lag-one autocorrelation of the daily normal score (AR(1)); higher means longer calm and windy spells."),
            number("weather", "driftSpeedKnots", "knots", Bounds.nonNegative(), 0.5, MODEL, "Drift of a boat without power."),
            number("weather", "driftTowardDeg", "degrees", new Bounds(0, true, 360, false), 135, MODEL, "Direction the drift goes toward (0 north, 90 east)."),
            other("weather", "source", "text", "empty", "Where the climatology comes from."),

            // ---- boat types
            integer("boatTypes.*", "minPeople", "persons", Bounds.between(1, 5000), MODEL, "Fewest people aboard; the load is drawn uniformly from `minPeople` to `maxPeople`."),
            integer("boatTypes.*", "maxPeople", "persons", Bounds.between(1, 5000), MODEL, "Most people aboard; at least `minPeople`."),
            number("boatTypes.*", "speedKnots", "knots", Bounds.positive(), MODEL, "Speed in calm water."),
            number("boatTypes.*", "speedLossPerBeaufort", "fraction", Bounds.between(0, 0.2), 0.08, MODEL, "Share of the calm-water speed lost per Beaufort force (down to `minSpeedFraction`)."),
            number("boatTypes.*", "minSpeedFraction", "fraction", Bounds.fraction(), 0.3, MODEL, "Share of the calm-water speed a boat keeps however rough the sea."),
            number("boatTypes.*", "fuelHours", "hours", Bounds.positive(), MODEL, "Hours under way before the fuel runs out and the boat drifts."),
            number("boatTypes.*", "maxBeaufortToDepart", "Beaufort", Bounds.between(0, 12), MODEL, "Smugglers do not launch this type on a rougher day."),
            number("boatTypes.*", "capsizeHazardPerHour", "1/hour", Bounds.between(0, 1), MODEL, "Capsize hazard at `referenceBeaufort` with `minPeople` aboard."),
            number("boatTypes.*", "hazardFactorPerBeaufort", "ratio", Bounds.between(1, 10), 1.5, MODEL, "Hazard multiplied by this per Beaufort force above the reference (divided below)."),
            number("boatTypes.*", "referenceBeaufort", "Beaufort", Bounds.between(0, 12), 3, SETTING, "Sea state of the base hazard (a choice of reference, not a behaviour)."),
            number("boatTypes.*", "overloadExponent", "number", Bounds.between(0, 10), 1, MODEL, "Hazard times (people / `minPeople`) to this power."),
            number("boatTypes.*", "adriftHazardGrowthPerDay", "1/day", Bounds.nonNegative(), 1, MODEL, "Hazard times (1 + this x days adrift)."),
            number("boatTypes.*", "deathFractionUnattended", "fraction", Bounds.fraction(), MODEL, "Share of those aboard who die when it capsizes with no rescuer alongside."),
            number("boatTypes.*", "deathFractionAttended", "fraction", Bounds.fraction(), MODEL, "The same with a rescuer alongside."),
            number("boatTypes.*", "seizureAversion", "number", Bounds.nonNegative(), 0, MODEL, "How strongly smugglers avoid this type after losing boats of it to seizure or destruction (see `smuggling`)."),
            number("boatTypes.*", "derelictHours", "hours", Bounds.nonNegative(), 48, MODEL, "An emptied boat that its rescuer may not destroy stays afloat this long, for a ship that may destroy it to find."),
            other("boatTypes.*", "detectionTarget", "target", REQUIRED, "What sensors see it as: `rubber-dinghy`, `wooden-boat`, `smuggler-craft`, `merchant-ship` or `person-in-water` (its row of the detection table)."),
            field("boatTypes.*", "destinations", Type.NUMBER_MAP, "`{place: weight}`", Bounds.nonNegative(), Double.NaN, REQUIRED, MODEL, "Where boats of this type head (places of safety); at least one weight positive."),

            // ---- departures
            other("", "departures", "mapping", "`{mode: schedule}`", "How many people put to sea, and when (see `departures`)."),
            other("departures", "mode", "`schedule` or `behaviour`", REQUIRED, "`schedule`: boats leave by `smuggling.plan`, conditioning the run on the record; `behaviour`: the fields below decide."),
            number("departures", "migrantsInLibya", "persons", Bounds.between(0, DeparturesLoader.MAX_PEOPLE), MODEL, "Behaviour mode: migrants present in Libya at the start."),
            number("departures", "waitingShare", "fraction", Bounds.fraction(), MODEL, "Behaviour mode: share of them waiting to cross at the start, split by `smuggling.departurePoints`."),
            number("departures", "inflowPeoplePerDay", "persons/day", Bounds.between(0, DeparturesLoader.MAX_INFLOW_PER_DAY), MODEL, "Behaviour mode: people joining those waiting each day, flat over the year."),
            number("departures", "maxShareOfWaitingPerDay", "fraction", Bounds.fraction(), MODEL, "Behaviour mode: at most this share of those waiting at a point leave on one day."),
            other("departures", "detention", "mapping", "required in behaviour mode", "People returned to Libya by the coastguard (below)."),
            integer("departures.detention", "minDays", "days", Bounds.between(0, 3650), MODEL, "Shortest detention, whole days (uniform from `minDays` to `maxDays`)."),
            integer("departures.detention", "maxDays", "days", Bounds.between(0, 3650), MODEL, "Longest detention; at least `minDays`."),
            number("departures.detention", "deportedShare", "fraction", Bounds.fraction(), MODEL, "Share deported at release."),
            number("departures.detention", "gaveUpShare", "fraction", Bounds.fraction(), MODEL, "Share who give up crossing at release; with `deportedShare` at most 1. The rest wait again."),
            other("departures", "boats", "`{type: {...}}`", "required in behaviour mode", "The networks' boat stocks, one entry per type of `smuggling.boatTypes` (below)."),
            number("departures.boats.*", "initialPerPoint", "boats", Bounds.between(0, DeparturesLoader.MAX_BOATS_PER_POINT), MODEL, "Boats of this type each departure point holds at the start; at most `maxPerPoint`."),
            number("departures.boats.*", "replenishPerDayPerPoint", "boats/day", Bounds.between(0, DeparturesLoader.MAX_BOATS_PER_POINT), MODEL, "Boats bought or imported each day at each point."),
            number("departures.boats.*", "maxPerPoint", "boats", Bounds.between(0, DeparturesLoader.MAX_BOATS_PER_POINT), MODEL, "Most boats of this type a point holds."),
            other("departures", "enforcementAshore", "list", "none", "Behaviour mode: dated enforcement against the networks at departure points (raids, arrests, armed groups turning on smugglers), below; 2015 and 2016 have none; the held-out 2017 file has Sabratha's. Entries may reach beyond the period: only its days inside act."),
            other("departures.enforcementAshore[]", "point", "place id", REQUIRED, "A departure point of `smuggling.departurePoints`. Entries of one point may not overlap in time."),
            other("departures.enforcementAshore[]", "from", "date", REQUIRED, "First day it applies."),
            other("departures.enforcementAshore[]", "to", "date", "open", "Last day it applies; not before `from`."),
            number("departures.enforcementAshore[]", "strength", "fraction", Bounds.fraction(), MODEL, "0 (none) to 1: the networks there launch (1 - strength) of what they otherwise would, and `enforcementResponse` acts in proportion."),
            other("departures.enforcementAshore[]", "source", "text", REQUIRED, "The citation, or `assumption` (a what-if); not empty."),
            other("departures", "enforcementResponse", "mapping", "required with `enforcementAshore`", "Behaviour mode: what enforcement ashore of strength s does at its point each day besides cutting launches (below)."),
            number("departures.enforcementResponse", "displacedSharePerDay", "fraction/day", Bounds.fraction(), MODEL, "At strength 1, this share of the people waiting there (s times it at strength s; whole people, rounded down) leave for the other points, split by `smuggling.departurePoints` weights times (1 - the point's own strength that day); none leave if no other point is open."),
            integer("departures.enforcementResponse", "displacementDays", "days", Bounds.between(1, 365), MODEL, "Days from leaving a point to waiting at the next (in transit meanwhile)."),
            number("departures.enforcementResponse", "displacedGaveUpShare", "fraction", Bounds.fraction(), MODEL, "Share of those leaving who give up crossing on the way (the cost of moving; counted in `gave_up_people`)."),
            number("departures.enforcementResponse", "boatsSeizedSharePerDay", "fraction/day", Bounds.fraction(), MODEL, "At strength 1, this share of the boats in stock there is seized each day (s times it at strength s)."),
            other("departures", "behaviour", "mapping", "every response off", "Behaviour mode: the networks' daily launch decision: the forecast, what they learn of their boats' fates, and their response to rescuers (below; see *Departures from behaviour*)."),
            number("departures.behaviour", "forecastErrorSdBeaufort", "Beaufort", Bounds.between(0, 4), 0, MODEL, "Standard deviation of the error of the networks' forecast of the night's sea state (normal; 0: they know the day's Beaufort). A boat type is launched if the forecast is at most its `maxBeaufortToDepart` (plus the rescuer shift)."),
            integer("departures.behaviour", "hearingDelayDays", "days", Bounds.between(0, 365), 3, MODEL, "Days from a boat's fate (picked up, landed, sank) to the networks at its departure point hearing of it."),
            number("departures.behaviour", "memoryDays", "days", Bounds.between(1, 3650), 30, MODEL, "The networks weigh an outcome heard of `age` days ago by exp(-age / memoryDays)."),
            integer("departures.behaviour", "lostAfterDays", "days", Bounds.between(1, 365), 7, MODEL, "A boat neither picked up, landed nor sunk this many days after it left counts as lost (sank unseen)."),
            number("departures.behaviour", "priorPickupChance", "fraction", new Bounds(0, false, 1, true), 0.5, MODEL, "The chance a boat is picked up (rescued or intercepted) the networks expect before they hear of any outcome; also the reference of `pullElasticity`."),
            number("departures.behaviour", "priorReturnRisk", "fraction", new Bounds(0, true, 1, false), 0.1, MODEL, "The chance a boat is intercepted and its people returned to Libya they expect at first; also the reference of `returnElasticity`."),
            number("departures.behaviour", "priorWeightBoats", "boats", new Bounds(0, false, 10000, true), 10, MODEL, "The prior counts as this many boats' outcomes heard today (it is not forgotten)."),
            number("departures.behaviour", "pullElasticity", "ratio", Bounds.between(0, 3), 0, MODEL, "The pull factor: launches scale with (expected pickup chance / `priorPickupChance`) to this power (0: rescue does not draw departures)."),
            number("departures.behaviour", "returnElasticity", "ratio", Bounds.between(0, 3), 0, MODEL, "Deterrence by the Libyan coastguard: launches scale with ((1 - expected return risk) / (1 - `priorReturnRisk`)) to this power (0: off)."),
            number("departures.behaviour", "rescuerScaleNm", "nm", new Bounds(0, false, 1000, true), 50, MODEL, "Closeness of rescuers to a point: exp(-d / this), d the distance to the nearest ship at sea able to rescue (1 alongside, 0.37 at this distance)."),
            number("departures.behaviour", "thresholdShiftBeaufort", "Beaufort", Bounds.between(0, 4), 0, MODEL, "With rescuers alongside, every type is launched in seas this much rougher than its `maxBeaufortToDepart` (times the closeness; 0: off)."),
            number("departures.behaviour", "raftPreference", "ratio", Bounds.between(0, 20), 0, MODEL, "With rescuers alongside, the share of rafts (types seen as `rubber-dinghy`) is multiplied by 1 + this (times the closeness; 0: off)."),
            number("departures.behaviour", "fuelChoice", "fraction", Bounds.fraction(), 0, MODEL, "How far boats carry just enough fuel to reach the rescuers: fuel = (1 - this) x `fuelHours` + this x min(`fuelHours`, `fuelMarginRatio` x d / `speedKnots`) (0: a full tank)."),
            number("departures.behaviour", "fuelMarginRatio", "ratio", Bounds.between(1, 10), 1.5, MODEL, "Fuel for this many times the hours to the nearest rescuer, under `fuelChoice`."),

            // ---- smuggling
            field("smuggling", "plan", Type.NUMBER_MAP, "`{YYYY-MM: persons}`", Bounds.between(0, ScenarioLoader.MAX_PLANNED_PEOPLE_PER_MONTH), Double.NaN, "required in schedule mode", MODEL,
                    "Schedule mode only (see `departures`): people the networks plan to put to sea each month; every month of the period must be there. At most 1,000,000 a month, `planScale` included (about 36 times October 2016, the busiest month on record), so that a misplaced digit is refused rather than run for days."),
            other("smuggling", "planSource", "text", "empty", "Schedule mode only: where the plan comes from."),
            number("smuggling", "planScale", "ratio", Bounds.between(0, 1000), 1, MODEL, "Schedule mode only: multiplies the plan (departure intensity, for calibration and sweeps)."),
            field("smuggling", "departurePoints", Type.NUMBER_MAP, "`{place: weight}`", Bounds.nonNegative(), Double.NaN, REQUIRED, MODEL, "Share of boats by departure point (places with the `departure` role)."),
            field("smuggling", "boatTypes", Type.NUMBER_MAP, "`{type: weight}`", Bounds.nonNegative(), Double.NaN, REQUIRED, MODEL, "Base share of boats by type, before adaptation."),
            other("smuggling", "departureWindow", "mapping", REQUIRED, "When boats leave (below)."),
            number("smuggling.departureWindow", "startHour", "hour", new Bounds(0, true, 24, false), MODEL, "Boats leave from this hour ..."),
            number("smuggling.departureWindow", "hours", "hours", Bounds.between(0.5, 24), MODEL, "... spread uniformly over this many hours."),
            number("smuggling", "maxBacklogReleaseFactor", "ratio", Bounds.between(1, 100), 3, MODEL, "On a day calm enough, at most this many normal days' worth of waiting people leave."),
            number("smuggling", "lossMemoryDays", "days", Bounds.positive(), 60, MODEL, "Time scale over which networks remember the boats they lost."),
            number("smuggling", "lastBoatMinLoadFraction", "fraction", Bounds.fraction(), 0.5, MODEL, "The day's last boat, for which fewer than its load are left to go, leaves if at least this share of its type's `minPeople` are there; otherwise they wait."),
            other("smuggling", "escort", "mapping", REQUIRED, "Smuggler craft escorting boats (below)."),
            number("smuggling.escort", "probability", "fraction", Bounds.fraction(), MODEL, "Share of boats escorted by a smuggler craft."),
            number("smuggling.escort", "speedKnots", "knots", Bounds.positive(), MODEL, "Speed of the craft running home."),
            number("smuggling.escort", "releaseNm", "nm", Bounds.nonNegative(), MODEL, "The craft leaves its boat this far from the Libyan coast."),
            integer("smuggling.escort", "smugglersAboard", "persons", Bounds.between(1, 50), 2, MODEL, "Smugglers apprehended when a craft is seized."),
            other("smuggling", "distress", "mapping", REQUIRED, "When boats call for help (below)."),
            number("smuggling.distress", "callBeyondNm", "nm", Bounds.nonNegative(), MODEL, "Boats decide once, when this far from the Libyan coast, whether to call an MRCC; one that calls does so from where it crossed this distance."),
            number("smuggling.distress", "callProbability", "fraction", Bounds.fraction(), MODEL, "Chance that they call then."),
            number("smuggling.distress", "adriftCallDelayHours", "hours", Bounds.nonNegative(), MODEL, "A boat adrift calls after this long if it has not yet."),
            number("smuggling.distress", "relayDelayMinutes", "minutes", Bounds.between(0, 10080), 0, MODEL, "A call reaches the MRCC this long after it is made (relayed by a third party, or a line that drops; 0: at once)."),
            number("smuggling.distress", "positionErrorNm", "nm", Bounds.between(0, 100), 0, MODEL, "Standard deviation of each coordinate of the position a call gives (a circular normal error; 0: exact). A call with an error or a delay opens a case at the reported position, where the asset sent must detect the boat."),
            number("smuggling.distress", "callIntervalHours", "hours", Bounds.between(0, 168), 0, MODEL, "A boat that has called reports its position again this often while no one is alongside, and calls again after a ship failed to find it (0: it calls once)."),

            // ---- validation targets (read by the loader's own target reader)
            other("validation.*", "metric", "summary metric", REQUIRED, "A column of summary.csv (e.g. `arrivals_people.ITA`, `dead_missing`, `rescued_people.ngo`)."),
            other("validation.*", "per", "summary metric", "none", "Makes it a share: `metric / per` (e.g. `per: rescued_people`)."),
            field("validation.*", "observed", Type.NUMBER, "as the metric", Bounds.nonNegative(), Double.NaN, "required (not monthly or band)", MODEL, "The record, usually a fact reference. A share is 0 to 1."),
            other("validation.*", "use", "`fit` or `check`", REQUIRED, "`fit`: calibration may fit it; `check`: it only checks the model (calibration refuses it)."),
            other("validation.*", "band", "`{low: x, high: x}`", "none", "Instead of `observed`: the band the sources give (see `validation.<id>.band`)."),
            field("validation.*", "observationError", Type.NUMBER, "ratio", new Bounds(0, false, 1, true), Double.NaN, "required for a figure no fact gives", SETTING,
                    "The relative half-width of a 95% band round an observed figure that cites no fact (one that does takes it from `observationError.byConfidence`)."),
            other("validation.*", "period", "`{from: date, to: date}`", "the whole run", "Limits a total or share to these days (inclusive), for figures of part of the year; its metrics must be counted by day."),
            other("validation.*", "statistic", "`total` or `busiest-day`", "total", "`busiest-day`: the metric's largest day (within `period`, if given) instead of its total; a metric counted by day, not a share."),
            field("validation.*", "monthly", Type.NUMBER_MAP, "`{YYYY-MM: value}`", Bounds.nonNegative(), Double.NaN, "none", MODEL, "Makes it a monthly series: the metric summed by month against these values (at least 3 months)."),
            field("validation.*", "minCorrelation", Type.NUMBER, "correlation", Bounds.between(-1, 1), Double.NaN, "required (monthly)", SETTING, "The least correlation of the mean monthly series with the record."),
            other("validation.*", "note", "text", "empty", "Where the observed value comes from, if not a fact reference."),
            field("validation.*.band", "low", Type.NUMBER, "as the metric", Bounds.nonNegative(), Double.NaN, REQUIRED, MODEL, "The band's lower end, usually a fact reference."),
            field("validation.*.band", "high", Type.NUMBER, "as the metric", Bounds.nonNegative(), Double.NaN, REQUIRED, MODEL,
                    "The band's upper end, above `low`. The observed figure is the band's middle, (low + high) / 2, and its observation error the relative half-width, (high - low) / (high + low)."),
            field("observationError", "byConfidence", Type.NUMBER_MAP, "`{H: e, M: e, L: e}`", new Bounds(0, false, 1, true), Double.NaN, REQUIRED, SETTING,
                    "By the confidence grade of the facts a validation figure comes from (the lowest among them; seeds/README.md), the relative half-width of a 95% band round it: a target's tolerance, and the weight calibration gives it."),

            // ---- the coastguard's capacity
            other("coastguardCapacity", "force", "force id", REQUIRED, "The coastguard: a force whose asset classes are its units (below)."),
            other("coastguardCapacity", "boats", "mapping", REQUIRED, "Its boat stock (below)."),
            number("coastguardCapacity", "availability", "fraction", new Bounds(0, false, 1, true), MODEL, "Share of the serviceable boats ready to sail on a day, the rest in maintenance (rounded to whole boats)."),
            integer("coastguardCapacity", "crewPerBoat", "persons", Bounds.between(1, 200), MODEL, "People needed to sail one boat: the boats at sea are at most the personnel serving over this."),
            integer("coastguardCapacity", "personnel", "persons", Bounds.between(0, 100000), MODEL, "People able to crew its boats on the first day, none of them trained by a course of the period."),
            integer("coastguardCapacity", "trainingLagDays", "days", Bounds.between(0, 3650), MODEL, "Days from a course's end to its graduates serving at sea (posting, working up)."),
            number("coastguardCapacity", "attritionPerYear", "1/year", Bounds.between(0, 10), MODEL, "Trained people who leave for the militias, per person per year: of those serving, exp(-rate x years) stay."),
            other("coastguardCapacity", "rangeNm", "mapping", REQUIRED, "How far from the Libyan coast its boats patrol and intercept (below), within what its mandate allows."),
            other("coastguardCapacity", "nightShare", "mapping", REQUIRED, "Share of its boats at sea able to intercept at night (below)."),
            other("coastguardCapacity", "courses", "list", "none", "Dated training courses (below)."),
            other("coastguardCapacity", "units", "`{asset class: {...}}`", REQUIRED, "Its units: asset classes of `force` (the class's base is the unit's town, its patrol area the unit's home stretch), each once (below)."),
            integer("coastguardCapacity.boats", "initialServiceable", "boats", Bounds.between(0, 1000), MODEL, "Boats able to sail before the first dated change, all units together (on the period's first day, with the changes dated before it)."),
            other("coastguardCapacity.boats", "changes", "list", "none", "Dated changes to the serviceable boats (below); where sources disagree, the others stay facts for what-ifs."),
            other("coastguardCapacity.boats.changes[]", "date", "date", REQUIRED, "The day the change takes effect."),
            integer("coastguardCapacity.boats.changes[]", "count", "boats", Bounds.between(-1000, 1000), MODEL, "Boats delivered or repaired (positive) or lost or laid up (negative); not 0. The stock never goes below 0."),
            other("coastguardCapacity.boats.changes[]", "source", "text", REQUIRED, "The citation, or `assumption` (a what-if)."),
            number("coastguardCapacity.rangeNm", "untrained", "nm", new Bounds(0, false, 400, true), MODEL, "With no trained personnel."),
            number("coastguardCapacity.rangeNm", "trained", "nm", new Bounds(0, false, 400, true), MODEL, "With all personnel trained; in between, linear in the trained share."),
            number("coastguardCapacity.nightShare", "untrained", "fraction", Bounds.fraction(), MODEL, "With no trained personnel (night vision, training, will: a boat that may not act at night lets boats it sees go)."),
            number("coastguardCapacity.nightShare", "trained", "fraction", Bounds.fraction(), MODEL, "With all personnel trained; in between, linear in the trained share."),
            other("coastguardCapacity.courses[]", "id", "text", REQUIRED, "The course's name, in events; unique."),
            other("coastguardCapacity.courses[]", "start", "date", REQUIRED, "First day; trainees from serving personnel are away from the boats from then."),
            other("coastguardCapacity.courses[]", "end", "date", REQUIRED, "Last day (graduation); not before `start`."),
            integer("coastguardCapacity.courses[]", "trainees", "persons", Bounds.between(1, 100000), MODEL, "People who begin it."),
            integer("coastguardCapacity.courses[]", "graduates", "persons", Bounds.between(0, 100000), MODEL, "People who finish it; at most `trainees`."),
            other("coastguardCapacity.courses[]", "intake", "`serving` or `recruits`", "serving", "`serving`: trainees are serving personnel (away during the course); `recruits`: new people, whose graduates add to the personnel."),
            other("coastguardCapacity.courses[]", "source", "text", REQUIRED, "The citation, or `assumption` (a what-if)."),
            number("coastguardCapacity.units.*", "boatShare", "weight", Bounds.nonNegative(), MODEL, "Its share of the ready boats (weights, over the units; whole boats by largest remainder, at most the class's `count`)."),
            number("coastguardCapacity.units.*", "willingness", "fraction", Bounds.fraction(), 1, MODEL, "Chance it intercepts a boat it sees and may intercept, before local deals."),
            other("coastguardCapacity.units.*", "deals", "list", "none", "Dated local deals with the smugglers of departure points (below)."),
            other("coastguardCapacity.units.*.deals[]", "point", "place id", REQUIRED, "A departure point of `smuggling.departurePoints`."),
            other("coastguardCapacity.units.*.deals[]", "from", "date", REQUIRED, "First day it holds."),
            other("coastguardCapacity.units.*.deals[]", "to", "date", "open", "Last day it holds; not before `from`."),
            number("coastguardCapacity.units.*.deals[]", "strength", "fraction", Bounds.fraction(), MODEL, "Share of the boats from that point it would intercept that it lets go (its willingness times 1 - strength)."),
            other("coastguardCapacity.units.*.deals[]", "source", "text", REQUIRED, "The citation, or `assumption`."),

            // ---- forces
            other("forces.*", "name", "text", "the id", "Display name."),
            other("forces.*", "group", "text", REQUIRED, "Actor group that its rescues count under (`rescued_people.<group>`)."),
            number("forces.*", "taskingPenaltyHours", "hours", Bounds.nonNegative(), 0, MODEL, "Added to its ships' time to reach a case when an MRCC chooses (merchant ships are diverted only when no one else is near)."),
            number("forces.*", "contactResponseHours", "hours", Bounds.nonNegative(), 6, MODEL, "A contact an information link brings it sends its nearest free ship that may intercept or board where the boat was seen to look there, if that ship can be there within this time; likewise a sighting of an embargo vessel it watches sends its free ship that may inspect to meet the vessel (see `embargoTraffic`); 0: it does not act on shared contacts."),
            number("forces.*", "trackHoldMinutes", "minutes", Bounds.between(0, 1440), 30, MODEL, "Its ships and aircraft seeing a boat again within this time keep one track of it, which updates its own picture only; a sighting after a longer gap starts a new track, reported and passed along its information links again."),
            other("forces.*", "logisticSupport", "list", "none", "Dated logistic support by another force (replenishment at sea) that keeps its ships out longer (below)."),
            other("forces.*", "mandate", "list", REQUIRED, "What it may do, where and when (below)."),
            other("forces.*", "assets", "mapping", REQUIRED, "Its ships and aircraft (below)."),
            other("forces.*.mandate[]", "action", "text", REQUIRED, "`patrol`, `rescue`, `intercept`, `return-to-libya`, `board`, `seize`, `destroy`, `divert`, `inspect`."),
            other("forces.*.mandate[]", "zones", "list", REQUIRED, "`high-seas`, `territorial:XXX`, `contiguous:XXX` (ISO alpha-3 of a state with land in the land file), or `*` for any state; at least one, each once (an entry that permits nothing is refused)."),
            other("forces.*.mandate[]", "from", "date", REQUIRED, "First day the entry applies."),
            other("forces.*.mandate[]", "to", "date", "open", "Last day it applies; not before `from`."),
            other("forces.*.mandate[]", "basis", "text", REQUIRED, "The legal basis and its citation (not empty)."),

            // ---- logistic support
            other("forces.*.logisticSupport[]", "provider", "force id", REQUIRED, "The force that gives it (not the force itself)."),
            other("forces.*.logisticSupport[]", "from", "date", REQUIRED, "First day a ship sailing from its base gets it."),
            other("forces.*.logisticSupport[]", "to", "date", "open", "Last day; not before `from`."),
            number("forces.*.logisticSupport[]", "enduranceFactor", "ratio", Bounds.between(1, 5), MODEL, "A ship of the force that sails from its base while the entry is in force stays out this many times its `enduranceHours` before it must return to base (replenished at sea); the largest factor in force applies. Aircraft are not concerned."),
            other("forces.*.logisticSupport[]", "basis", "text", REQUIRED, "What it rests on, with its citation (not empty)."),

            // ---- embargo traffic
            other("", "embargoTraffic", "`{arms: {...}, oil: {...}}`", "none", "Vessels suspected of breaking the UN embargoes on Libya, as traffic (see `embargoTraffic.<cargo>` and *NATO and the EU at sea*)."),
            other("embargoTraffic.*", "direction", "`to-libya` or `from-libya`", REQUIRED, "`to-libya`: a vessel enters at a gate and sails to a Libyan port (arms in); `from-libya`: it leaves a Libyan port for a gate (oil out)."),
            number("embargoTraffic.*", "vesselsPerDay", "vessels/day", Bounds.between(0, 100), MODEL, "Mean of the Poisson number of vessels that get under way each day in force, at uniform times of the day."),
            other("embargoTraffic.*", "from", "date", REQUIRED, "First day vessels get under way."),
            other("embargoTraffic.*", "to", "date", "open", "Last day; not before `from`."),
            number("embargoTraffic.*", "speedKnots", "knots", Bounds.positive(), MODEL, "Speed along its sea route."),
            other("embargoTraffic.*", "seaGates", "list of `[lat, lon]`", REQUIRED, "Points at sea where the vessels enter or leave the map (one drawn per vessel, uniformly); put them near its edge (not checked)."),
            other("embargoTraffic.*", "libyanPorts", "list of place ids", REQUIRED, "Libyan places (state `LBY`) the vessels sail to or from (one drawn per vessel, uniformly), each once."),
            other("embargoTraffic.*", "watchedBy", "list of force ids", "none", "Forces whose ships and aircraft look for these vessels (as `merchant-ship` targets of the detection table) and report them (`embargo-sighting`, once a vessel); their ships only inspect."),
            other("embargoTraffic.*", "inspectable", "`true` or `false`", "false", "Whether a free ship of a watching force whose mandate allows `inspect` where the vessel is boards and searches it on seeing it (`inspectionHours` alongside, the vessel hove to); false: seen and counted only."),
            number("embargoTraffic.*", "cargoFoundProbability", "fraction", Bounds.fraction(), 0, MODEL, "Chance an inspection finds the cargo; found, it is seized where the inspecting force may `seize` and the vessel diverted to the ship's base where it may `divert`."),
            other("embargoTraffic.*", "basis", "text", REQUIRED, "The embargo and its citation (not empty)."),

            // ---- information links (the recognised maritime picture)
            other("informationLinks[]", "sender", "force id", REQUIRED, "The force whose ships and aircraft see the boats (its own sightings only: contacts are not relayed)."),
            other("informationLinks[]", "receivers", "list of force or MRCC ids", REQUIRED, "Who gets each contact: a force (its picture; a force that may intercept or board there sends a ship to look, see `forces.<id>.contactResponseHours`) or an MRCC (the MRCC network opens a SAR case); each once, not the sender, at least one. A force that watches embargo traffic also gets the sender's first sightings of those vessels."),
            number("informationLinks[]", "delayMinutes", "minutes", Bounds.between(0, 10080), MODEL, "From the sighting to the contact's arrival (rounded up to whole ticks); 0: the same tick."),
            other("informationLinks[]", "from", "date", REQUIRED, "First day the link carries contacts."),
            other("informationLinks[]", "to", "date", "open", "Last day it does; not before `from`."),
            other("informationLinks[]", "basis", "text", REQUIRED, "What the link rests on, with its citation (not empty)."),

            // ---- assets
            other("forces.*.assets.*", "kind", "`ship` or `aircraft`", REQUIRED, "Ships rescue, intercept and board; aircraft only patrol, search and report, whatever their force's mandate (their rules of engagement refuse every other action with reason `not-by-aircraft`)."),
            integer("forces.*.assets.*", "count", "units", Bounds.between(0, 1000), MODEL, "Identical units (ids `force/asset-1`, `-2` ...)."),
            other("forces.*.assets.*", "from", "date", "always", "First day deployed."),
            other("forces.*.assets.*", "to", "date", "open", "Last day deployed."),
            other("forces.*.assets.*", "base", "place id", REQUIRED, "Home port or air base (role `base`)."),
            other("forces.*.assets.*", "patrolArea", "area id", REQUIRED, "Where it patrols."),
            number("forces.*.assets.*", "transitSpeedKnots", "knots", Bounds.positive(), MODEL, "Speed to station, to a case, to port."),
            field("forces.*.assets.*", "patrolSpeedKnots", Type.NUMBER, "knots", Bounds.positive(), Double.NaN, "`transitSpeedKnots`", MODEL, "Speed on patrol."),
            number("forces.*.assets.*", "enduranceHours", "hours", Bounds.positive(), MODEL, "Time at sea before returning to base."),
            number("forces.*.assets.*", "portHours", "hours", Bounds.nonNegative(), MODEL, "Time in base before sailing again."),
            number("forces.*.assets.*", "patrolRetryMinHours", "hours", Bounds.positive(), 1, SETTING, "When its mandate lets it patrol nowhere in its area that day, it stays in port and asks again after `portHours`, but at least this long (how often a refused asset asks: not a quantity of the world)."),
            field("forces.*.assets.*", "capacityPeople", Type.INTEGER, "persons", Bounds.between(0, 10000), Double.NaN, "1 for ships, 0 for aircraft", MODEL, "Room for rescued people; at least 1 for a ship."),
            number("forces.*.assets.*", "transferPeoplePerHour", "persons/hour", Bounds.positive(), 100, MODEL, "Speed of a rescue or of landing people."),
            number("forces.*.assets.*", "berthingHours", "hours", Bounds.nonNegative(), 1, MODEL, "Time from reaching a place of safety or a Libyan return point until people go ashore (at `transferPeoplePerHour`); it sails again when all are ashore."),
            other("forces.*.assets.*", "sensors", "list of sensors", REQUIRED, "What it searches with: `ship-radar`, `ship-lookout`, `helicopter`, `mpa-radar`, `mpa-eo-ir`, `coastal-radar`, each once. Their detection rates add."),
            number("forces.*.assets.*", "maxBeaufort", "Beaufort", Bounds.between(0, 12), 12, MODEL, "It stays in port, or returns, in rougher seas."),
            number("forces.*.assets.*", "disembarkLoadFraction", "fraction", new Bounds(0, false, 1, true), 0.6, MODEL, "After a rescue it sails to a place of safety once this share of its capacity is aboard; otherwise it goes on patrolling (at most `maxHoursWithPeopleAboard` with people aboard)."),
            other("forces.*.assets.*", "disembarkAt", "`assigned` or `nearest`", "assigned", "`assigned`: the coordinating MRCC designates the place of safety by its rule (see `mrccs`); `nearest`: the nearest it designates that day, whatever its room and size limit (small craft)."),
            number("forces.*.assets.*", "inspectionHours", "hours", Bounds.positive(), 4, MODEL, "Time alongside a suspect ship to search it."),
            number("forces.*.assets.*", "maxHoursWithPeopleAboard", "hours", Bounds.positive(), 24, MODEL, "People are kept aboard at most this long waiting for more rescues before it heads for a place of safety."),
            number("forces.*.assets.*", "maxPursuitHours", "hours", Bounds.positive(), 3, MODEL, "A pursuit of a smuggler craft that has not closed in this time is given up."),
            number("forces.*.assets.*", "onSceneNm", "nm", Bounds.positive(), 0.3, MODEL, "Within this distance of a boat, craft or ship it is on scene (alongside)."),
            other("forces.*.assets.*", "boardingCraft", "mapping", "none", "Ships only: the boat (a RHIB, or an embarked helicopter stopping the craft for the boarding team) it chases a smuggler craft with (below); without one the ship chases at `transitSpeedKnots`."),
            number("forces.*.assets.*.boardingCraft", "speedKnots", "knots", Bounds.positive(), MODEL, "Its speed in the chase: it heads straight for where it meets the craft."),
            number("forces.*.assets.*.boardingCraft", "rangeNm", "nm", Bounds.positive(), MODEL, "It turns back once it has run this far without closing."),
            number("forces.*.assets.*.boardingCraft", "launchMinutes", "minutes", Bounds.nonNegative(), MODEL, "From the sighting to the boat leaving the ship."),
            field("forces.*.assets.*", "sortiesPerWeek", Type.NUMBER, "sorties/week", new Bounds(0, false, 168, true), Double.NaN, "7 (aircraft only)", MODEL, "Aircraft only: scheduled take-offs a week, evenly spaced from `firstTakeOffHour` on the run's first day (the units of a class staggered evenly between); one falls through when the aircraft has not had its `portHours` turn-around since landing, is not deployed or the sea is rougher than `maxBeaufort`."),
            field("forces.*.assets.*", "firstTakeOffHour", Type.NUMBER, "hours", new Bounds(0, true, 24, false), Double.NaN, "0 (aircraft only)", MODEL, "Aircraft only: the first scheduled take-off of its class, in hours after 00:00 UTC on the run's first day; the others follow every 168 / `sortiesPerWeek` hours."),
            field("forces.*.assets.*", "searchCoverage", Type.NUMBER, "ratio", new Bounds(0, false, 10, true), Double.NaN, "1 (aircraft only)", MODEL, "Aircraft only: the coverage C = W / S its parallel-sweep pattern is planned for: track spacing S = W / C, W the sweep width of its sensors together against `searchTarget` at `patrolSpeedKnots` in the sea state and light at take-off (IAMSAR Manual Vol. II, ch. 4-5)."),
            other("forces.*.assets.*", "searchTarget", "detection target", "rubber-dinghy", "Aircraft only: what its search pattern is planned to find (a target of the detection table)."),
            field("forces.*.assets.*", "reserveHours", Type.NUMBER, "hours", Bounds.nonNegative(), Double.NaN, "0.5 (aircraft only)", MODEL, "Aircraft only: flight time kept in hand; it leaves its pattern when its endurance left is the flight home at transit speed plus this.")
    );

    public static final FieldSection TOP = new FieldSection("", ALL);
    public static final FieldSection PERIOD = new FieldSection("period", ALL);
    public static final FieldSection HELD_OUT = new FieldSection("heldOut", ALL);
    public static final FieldSection GEOGRAPHY = new FieldSection("geography", ALL);
    public static final FieldSection PLACE = new FieldSection("places.*", ALL);
    public static final FieldSection AREA = new FieldSection("areas.*", ALL);
    public static final FieldSection SEARCH_RESCUE_REGION = new FieldSection("searchRescueRegions.*", ALL);
    public static final FieldSection MRCC = new FieldSection("mrccs.*", ALL);
    public static final FieldSection PLACE_OF_SAFETY = new FieldSection("mrccs.*.placesOfSafety.*", ALL);
    public static final FieldSection WEATHER = new FieldSection("weather", ALL);
    public static final FieldSection BOAT_TYPE = new FieldSection("boatTypes.*", ALL);
    public static final FieldSection SMUGGLING = new FieldSection("smuggling", ALL);
    public static final FieldSection DEPARTURE_WINDOW = new FieldSection("smuggling.departureWindow", ALL);
    public static final FieldSection ESCORT = new FieldSection("smuggling.escort", ALL);
    public static final FieldSection DISTRESS = new FieldSection("smuggling.distress", ALL);
    public static final FieldSection DEPARTURES = new FieldSection("departures", ALL);
    public static final FieldSection DETENTION = new FieldSection("departures.detention", ALL);
    public static final FieldSection BOAT_STOCK = new FieldSection("departures.boats.*", ALL);
    public static final FieldSection ENFORCEMENT_ASHORE = new FieldSection("departures.enforcementAshore[]", ALL);
    public static final FieldSection ENFORCEMENT_RESPONSE = new FieldSection("departures.enforcementResponse", ALL);
    public static final FieldSection LAUNCH_DECISION = new FieldSection("departures.behaviour", ALL);
    public static final FieldSection VALIDATION = new FieldSection("validation.*", ALL);
    public static final FieldSection VALIDATION_BAND = new FieldSection("validation.*.band", ALL);
    public static final FieldSection OBSERVATION_ERROR = new FieldSection("observationError", ALL);
    public static final FieldSection FORCE = new FieldSection("forces.*", ALL);
    public static final FieldSection MANDATE = new FieldSection("forces.*.mandate[]", ALL);
    public static final FieldSection ASSET = new FieldSection("forces.*.assets.*", ALL);
    public static final FieldSection BOARDING_CRAFT = new FieldSection("forces.*.assets.*.boardingCraft", ALL);
    public static final FieldSection INFORMATION_LINK = new FieldSection("informationLinks[]", ALL);
    public static final FieldSection COASTGUARD_CAPACITY = new FieldSection("coastguardCapacity", ALL);
    public static final FieldSection COASTGUARD_BOATS = new FieldSection("coastguardCapacity.boats", ALL);
    public static final FieldSection COASTGUARD_BOAT_CHANGE = new FieldSection("coastguardCapacity.boats.changes[]", ALL);
    public static final FieldSection COASTGUARD_RANGE = new FieldSection("coastguardCapacity.rangeNm", ALL);
    public static final FieldSection COASTGUARD_NIGHT = new FieldSection("coastguardCapacity.nightShare", ALL);
    public static final FieldSection COASTGUARD_COURSE = new FieldSection("coastguardCapacity.courses[]", ALL);
    public static final FieldSection COASTGUARD_UNIT = new FieldSection("coastguardCapacity.units.*", ALL);
    public static final FieldSection COASTGUARD_DEAL = new FieldSection("coastguardCapacity.units.*.deals[]", ALL);
    public static final FieldSection LOGISTIC_SUPPORT = new FieldSection("forces.*.logisticSupport[]", ALL);
    public static final FieldSection EMBARGO_TRAFFIC = new FieldSection("embargoTraffic.*", ALL);

    /** Every declared field, sections in file order. */
    public static List<ScenarioField> all() { return ALL; }

    /** The sections, in the order the README's tables come. */
    public static List<FieldSection> sections() {
        return List.of(TOP, PERIOD, HELD_OUT, GEOGRAPHY, PLACE, AREA, SEARCH_RESCUE_REGION, MRCC, PLACE_OF_SAFETY, WEATHER, BOAT_TYPE,
                DEPARTURES, DETENTION, BOAT_STOCK, ENFORCEMENT_ASHORE, ENFORCEMENT_RESPONSE, LAUNCH_DECISION, SMUGGLING, DEPARTURE_WINDOW, ESCORT, DISTRESS, VALIDATION, VALIDATION_BAND, OBSERVATION_ERROR, FORCE, MANDATE, LOGISTIC_SUPPORT, ASSET, BOARDING_CRAFT, INFORMATION_LINK, EMBARGO_TRAFFIC,
                COASTGUARD_CAPACITY, COASTGUARD_BOATS, COASTGUARD_BOAT_CHANGE, COASTGUARD_RANGE, COASTGUARD_NIGHT, COASTGUARD_COURSE, COASTGUARD_UNIT, COASTGUARD_DEAL);
    }

    /**
     * The field a concrete dotted path names ({@code boatTypes.rubber-dinghy.capsizeHazardPerHour}),
     * or that holds it: an entry of a mapping of numbers ({@code smuggling.boatTypes.wooden-boat},
     * {@code smuggling.plan.2016-05}) belongs to that mapping's field. Empty if no field matches.
     */
    public static Optional<ScenarioField> matching(String path) {
        String[] parts = path.split("\\.", -1);
        for (ScenarioField f : ALL) {
            String[] pattern = f.path().split("\\.", -1);
            if (matches(pattern, parts, parts.length)) return Optional.of(f);
        }
        if (parts.length > 1) {
            for (ScenarioField f : ALL) {
                if (f.type() != Type.NUMBER_MAP) continue;
                if (matches(f.path().split("\\.", -1), parts, parts.length - 1)) return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, String[] parts, int n) {
        if (pattern.length != n) return false;
        for (int i = 0; i < n; i++) {
            String p = pattern[i].endsWith("[]") ? pattern[i].substring(0, pattern[i].length() - 2) : pattern[i];
            if (!p.equals("*") && !p.equals(parts[i])) return false;
        }
        return true;
    }

    private static ScenarioField number(String section, String key, String unit, Bounds b, Role role, String description) {
        return field(section, key, Type.NUMBER, unit, b, Double.NaN, REQUIRED, role, description);
    }

    private static ScenarioField number(String section, String key, String unit, Bounds b, double defaultValue, Role role, String description) {
        return field(section, key, Type.NUMBER, unit, b, defaultValue, Bounds.fmt(defaultValue), role, description);
    }

    private static ScenarioField integer(String section, String key, String unit, Bounds b, Role role, String description) {
        return field(section, key, Type.INTEGER, unit, b, Double.NaN, REQUIRED, role, description);
    }

    private static ScenarioField integer(String section, String key, String unit, Bounds b, int defaultValue, Role role, String description) {
        return field(section, key, Type.INTEGER, unit, b, defaultValue, Integer.toString(defaultValue), role, description);
    }

    private static ScenarioField other(String section, String key, String unit, String defaultText, String description) {
        return field(section, key, Type.OTHER, unit, null, Double.NaN, defaultText, Role.NONE, description);
    }

    private static ScenarioField field(String section, String key, Type type, String unit, Bounds b, double defaultValue,
            String defaultText, Role role, String description) {
        return new ScenarioField(section, key, type, unit, b, defaultValue, defaultText, role, description);
    }
}
