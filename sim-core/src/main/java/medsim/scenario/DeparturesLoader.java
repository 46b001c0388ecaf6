package medsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static medsim.scenario.ScenarioFields.BOAT_STOCK;
import static medsim.scenario.ScenarioFields.DEPARTURES;
import static medsim.scenario.ScenarioFields.DETENTION;
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
 *   behaviour:                     # optional: the launch decision's responses (all off by default)
 *     forecastErrorSdBeaufort: 0.7
 *     pullElasticity: 0.5
 * </pre>
 */
final class DeparturesLoader {
    /** More boats of one type at one point than any network could hold. */
    static final double MAX_BOATS_PER_POINT = 10_000;
    /** More people waiting or coming in than the record allows anywhere in the region. */
    static final double MAX_PEOPLE = 1e8;

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
     * @param boatMix the boat types of {@code smuggling.boatTypes}: behaviour mode needs a stock of each
     */
    static DeparturesSpec read(Optional<YamlNode> block, List<Weighted> boatMix) {
        DeparturesSpec.Mode mode = mode(block);
        if (block.isEmpty()) return DeparturesSpec.SCHEDULE;
        YamlMap d = block.get().asMap();
        d.get("mode");
        if (mode == DeparturesSpec.Mode.SCHEDULE) {
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
        DeparturesSpec.LaunchDecision launch = d.opt("behaviour").map(n -> launchDecision(n.asMap())).orElseGet(DeparturesLoader::launchDecisionDefaults);
        DEPARTURES.finish(d);
        return new DeparturesSpec(mode, new DeparturesSpec.Behaviour(migrants, share, inflow, maxShare,
                new DeparturesSpec.Detention(minDays, maxDays, deported, gaveUp), ordered, launch));
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
