package medsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static medsim.scenario.ScenarioFields.BOAT_STOCK;
import static medsim.scenario.ScenarioFields.DEPARTURES;
import static medsim.scenario.ScenarioFields.DETENTION;
import static medsim.scenario.ScenarioFields.ENFORCEMENT_ASHORE;
import static medsim.scenario.ScenarioFields.ENFORCEMENT_RESPONSE;
import static medsim.scenario.ScenarioFields.LAUNCH_DECISION;

import medsim.yaml.Bounds;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Reads a scenario's {@code departures:} block into a {@link DeparturesSpec}. A scenario
 * without the block is in schedule mode (the monthly plan of {@code smuggling.plan}).
 *
 * <pre>
 * departures:
 *   mode: behaviour                # or schedule
 *   migrantsInLibya: 700000        # people
 *   waitingShare: 0.1              # of them, waiting to cross
 *   inflowPeoplePerDay: 450
 *   maxShareOfWaitingPerDay: 0.05
 *   detention: {minDays: 14, maxDays: 90, deportedShare: 0.1, gaveUpShare: 0.1}
 *   boats:                         # one entry per type of smuggling.boatTypes
 *     rubber-dinghy: {initialPerPoint: 5, replenishPerDayPerPoint: 1, maxPerPoint: 30}
 *   enforcementAshore:             # optional: dated, per departure point
 *     - {point: zuwara, from: 2016-07-01, to: 2016-09-30, strength: 0.8, source: assumption}
 *   enforcementResponse: {displacedSharePerDay: 0.1, displacementDays: 7, displacedGaveUpShare: 0.1, boatsSeizedSharePerDay: 0.05}
 *   behaviour:                     # optional: the launch decision's responses (all off by default)
 *     forecastErrorSdBeaufort: 0.7
 *     pullElasticity: 0.5
 * </pre>
 *
 * Enforcement entries may lie partly or wholly outside the scenario's period (a base file may
 * serve several periods): only their days inside it act. Two entries of one point that share a
 * day are refused (which strength would hold is not for the loader to guess).
 */
final class DeparturesLoader {
    /**
     * More boats of one type at one point than any network could hold (2016's busiest nights
     * saw a few dozen boats from the whole coast), and few enough that a year stays a run of
     * minutes, not days: a misplaced digit is refused rather than run.
     */
    static final double MAX_BOATS_PER_POINT = 1_000;
    /** More migrants in Libya than its whole population (about 6.5 million): a misplaced digit. */
    static final double MAX_PEOPLE = 1e7;
    /** People coming in a day: about 150 times 2016's inflow (IOM's Niger counts), a misplaced digit beyond. */
    static final double MAX_INFLOW_PER_DAY = 1e5;

    private DeparturesLoader() {}

    /** The mode the block declares, without reading the rest: the smuggling block needs it first. */
    static DeparturesSpec.Mode mode(Optional<YamlNode> block) {
        if (block.isEmpty()) return DeparturesSpec.Mode.SCHEDULE;
        YamlNode n = block.get().asMap().get("mode");
        for (DeparturesSpec.Mode m : DeparturesSpec.Mode.values()) {
            if (m.key().equals(n.asString())) return m;
        }
        throw n.error("must be schedule or behaviour (got " + n.asString() + ")");
    }

    /**
     * The whole block.
     *
     * @param boatMix         the boat types of {@code smuggling.boatTypes}: behaviour mode needs a stock of each
     * @param departurePoints the points of {@code smuggling.departurePoints}, which enforcement ashore names
     */
    static DeparturesSpec read(Optional<YamlNode> block, List<Weighted> boatMix, List<Weighted> departurePoints) {
        DeparturesSpec.Mode mode = mode(block);
        if (block.isEmpty()) return DeparturesSpec.SCHEDULE;
        YamlMap d = block.get().asMap();
        d.get("mode");
        if (mode == DeparturesSpec.Mode.SCHEDULE) {
            // A field of behaviour mode is refused as such (the reverse of a plan in behaviour mode).
            for (Map.Entry<String, YamlNode> e : d.entries()) {
                if (!e.getKey().equals("mode") && ScenarioFields.DEPARTURES.declares(e.getKey())) {
                    throw e.getValue().error("is a field of departures.mode: behaviour, which departures.mode: schedule does not take");
                }
            }
            d.finish(); // schedule mode takes no other field: any is refused as unknown here
            return DeparturesSpec.SCHEDULE;
        }
        double migrants = DEPARTURES.number(d, "migrantsInLibya");
        double share = DEPARTURES.number(d, "waitingShare");
        double inflow = DEPARTURES.number(d, "inflowPeoplePerDay");
        double maxShare = DEPARTURES.number(d, "maxShareOfWaitingPerDay");
        YamlMap det = d.get("detention").asMap();
        int minDays = DETENTION.integer(det, "minDays");
        YamlNode maxNode = det.get("maxDays");
        int maxDays = DETENTION.integer(det, "maxDays");
        if (maxDays < minDays) throw maxNode.error("must be >= minDays (" + minDays + ")");
        double deported = DETENTION.number(det, "deportedShare");
        YamlNode gaveUpNode = det.get("gaveUpShare");
        double gaveUp = DETENTION.number(det, "gaveUpShare");
        if (deported + gaveUp > 1) throw gaveUpNode.error("plus deportedShare must be <= 1 (got " + Bounds.fmt(deported + gaveUp) + ")");
        DETENTION.finish(det);
        YamlNode boatsNode = d.get("boats");
        Map<String, DeparturesSpec.BoatStock> stocks = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : boatsNode.asMap().entries()) {
            if (boatMix.stream().noneMatch(w -> w.id().equals(e.getKey()))) {
                throw e.getValue().error("is not a boat type of smuggling.boatTypes");
            }
            YamlMap b = e.getValue().asMap();
            double cap = BOAT_STOCK.number(b, "maxPerPoint");
            YamlNode initialNode = b.get("initialPerPoint");
            double initial = BOAT_STOCK.number(b, "initialPerPoint");
            if (initial > cap) throw initialNode.error("must be <= maxPerPoint (" + Bounds.fmt(cap) + ")");
            double rate = BOAT_STOCK.number(b, "replenishPerDayPerPoint");
            BOAT_STOCK.finish(b);
            stocks.put(e.getKey(), new DeparturesSpec.BoatStock(e.getKey(), initial, rate, cap));
        }
        List<DeparturesSpec.BoatStock> ordered = new ArrayList<>();
        for (Weighted w : boatMix) {
            DeparturesSpec.BoatStock s = stocks.get(w.id());
            if (s == null) throw boatsNode.error("has no entry for boat type " + w.id() + " of smuggling.boatTypes");
            ordered.add(s);
        }
        List<DeparturesSpec.Enforcement> enforcement = new ArrayList<>();
        for (YamlNode e : d.opt("enforcementAshore").map(YamlNode::asList).orElse(List.of())) {
            enforcement.add(enforcement(e, departurePoints, enforcement));
        }
        Optional<YamlNode> responseNode = d.opt("enforcementResponse");
        if (!enforcement.isEmpty() && responseNode.isEmpty()) d.get("enforcementResponse"); // "is required"
        DeparturesSpec.EnforcementResponse response = responseNode.map(n -> response(n.asMap())).orElse(null);
        DeparturesSpec.LaunchDecision launch = d.opt("behaviour").map(n -> launchDecision(n.asMap())).orElseGet(DeparturesLoader::launchDecisionDefaults);
        DEPARTURES.finish(d);
        return new DeparturesSpec(mode, new DeparturesSpec.Behaviour(migrants, share, inflow, maxShare,
                new DeparturesSpec.Detention(minDays, maxDays, deported, gaveUp), ordered, enforcement, response, launch));
    }

    /** One entry of {@code enforcementAshore}, checked against the points and the entries before it. */
    private static DeparturesSpec.Enforcement enforcement(YamlNode n, List<Weighted> departurePoints, List<DeparturesSpec.Enforcement> before) {
        YamlMap e = n.asMap();
        YamlNode pointNode = e.get("point");
        String point = pointNode.asString();
        if (departurePoints.stream().noneMatch(w -> w.id().equals(point))) {
            throw pointNode.error("is not a departure point of smuggling.departurePoints (got " + point + ")");
        }
        YamlNode fromNode = e.get("from");
        LocalDate from = e.date("from");
        YamlNode toNode = e.opt("to").orElse(null);
        LocalDate to = e.date("to", null);
        if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
        double strength = ENFORCEMENT_ASHORE.number(e, "strength");
        YamlNode sourceNode = e.get("source");
        String source = sourceNode.asString();
        if (source.isBlank()) throw sourceNode.error("is empty: cite the source, or say assumption");
        ENFORCEMENT_ASHORE.finish(e);
        for (int i = 0; i < before.size(); i++) {
            DeparturesSpec.Enforcement b = before.get(i);
            boolean overlap = b.point().equals(point) && (b.to() == null || !b.to().isBefore(from)) && (to == null || !to.isBefore(b.from()));
            if (overlap) {
                throw fromNode.error("overlaps entry " + i + " of " + point + " (" + b.from() + " to " + (b.to() == null ? "open" : b.to())
                        + "); give one strength per point and day");
            }
        }
        return new DeparturesSpec.Enforcement(point, from, to, strength, source);
    }

    private static DeparturesSpec.EnforcementResponse response(YamlMap r) {
        double displaced = ENFORCEMENT_RESPONSE.number(r, "displacedSharePerDay");
        int days = ENFORCEMENT_RESPONSE.integer(r, "displacementDays");
        double gaveUp = ENFORCEMENT_RESPONSE.number(r, "displacedGaveUpShare");
        double seized = ENFORCEMENT_RESPONSE.number(r, "boatsSeizedSharePerDay");
        ENFORCEMENT_RESPONSE.finish(r);
        return new DeparturesSpec.EnforcementResponse(displaced, days, gaveUp, seized);
    }

    private static DeparturesSpec.LaunchDecision launchDecision(YamlMap m) {
        var l = new DeparturesSpec.LaunchDecision(
                LAUNCH_DECISION.number(m, "forecastErrorSdBeaufort"),
                LAUNCH_DECISION.integer(m, "hearingDelayDays"),
                LAUNCH_DECISION.number(m, "memoryDays"),
                LAUNCH_DECISION.integer(m, "lostAfterDays"),
                LAUNCH_DECISION.number(m, "priorPickupChance"),
                LAUNCH_DECISION.number(m, "priorReturnRisk"),
                LAUNCH_DECISION.number(m, "priorWeightBoats"),
                LAUNCH_DECISION.number(m, "pullElasticity"),
                LAUNCH_DECISION.number(m, "returnElasticity"),
                LAUNCH_DECISION.number(m, "rescuerScaleNm"),
                LAUNCH_DECISION.number(m, "thresholdShiftBeaufort"),
                LAUNCH_DECISION.number(m, "raftPreference"),
                LAUNCH_DECISION.number(m, "fuelChoice"),
                LAUNCH_DECISION.number(m, "fuelMarginRatio"));
        LAUNCH_DECISION.finish(m);
        return l;
    }

    /** The decision of a scenario without {@code departures.behaviour}: every field at its declared default (every response off). */
    static DeparturesSpec.LaunchDecision launchDecisionDefaults() {
        return new DeparturesSpec.LaunchDecision(
                dflt("forecastErrorSdBeaufort"), (int) dflt("hearingDelayDays"), dflt("memoryDays"), (int) dflt("lostAfterDays"),
                dflt("priorPickupChance"), dflt("priorReturnRisk"), dflt("priorWeightBoats"), dflt("pullElasticity"),
                dflt("returnElasticity"), dflt("rescuerScaleNm"), dflt("thresholdShiftBeaufort"), dflt("raftPreference"),
                dflt("fuelChoice"), dflt("fuelMarginRatio"));
    }

    private static double dflt(String key) {
        return LAUNCH_DECISION.field(key).defaultValue();
    }
}
