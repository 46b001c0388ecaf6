package medsim.scenario;

import static medsim.scenario.ScenarioFields.COASTGUARD_BOATS;
import static medsim.scenario.ScenarioFields.COASTGUARD_BOAT_CHANGE;
import static medsim.scenario.ScenarioFields.COASTGUARD_CAPACITY;
import static medsim.scenario.ScenarioFields.COASTGUARD_COURSE;
import static medsim.scenario.ScenarioFields.COASTGUARD_DEAL;
import static medsim.scenario.ScenarioFields.COASTGUARD_NIGHT;
import static medsim.scenario.ScenarioFields.COASTGUARD_RANGE;
import static medsim.scenario.ScenarioFields.COASTGUARD_UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Reads a scenario's {@code coastguardCapacity:} block into a {@link CoastguardCapacity}
 * (absent: null, and the force's assets sail whenever deployed).
 *
 * <pre>
 * coastguardCapacity:
 *   force: libyan-coastguard
 *   boats:
 *     initialServiceable: 6
 *     changes: [{date: 2016-08-01, count: 2, source: "..."}]
 *   availability: 0.6
 *   crewPerBoat: 10
 *   personnel: 150
 *   trainingLagDays: 30
 *   attritionPerYear: 0.2
 *   rangeNm: {untrained: 12, trained: 24}
 *   nightShare: {untrained: 0.5, trained: 0.9}
 *   courses: [{id: sophia-1, start: 2016-10-01, end: 2017-01-29, trainees: 78, graduates: 78, source: "..."}]
 *   units:
 *     tripoli: {boatShare: 0.6}
 *     zawiya: {boatShare: 0.4, deals: [{point: zawiya, from: 2015-01-01, strength: 0.5, source: assumption}]}
 * </pre>
 */
final class CoastguardCapacityLoader {
    private CoastguardCapacityLoader() {}

    static CoastguardCapacity read(Optional<YamlNode> node, Map<String, Force> forces, Set<String> departurePoints) {
        if (node.isEmpty()) return null;
        YamlMap m = node.get().asMap();
        YamlNode forceNode = m.get("force");
        String forceId = forceNode.asString();
        Force force = forces.get(forceId);
        if (force == null) throw forceNode.error("names an unknown force \"" + forceId + "\" (known: " + String.join(", ", forces.keySet()) + ")");

        YamlMap b = m.get("boats").asMap();
        int initial = COASTGUARD_BOATS.integer(b, "initialServiceable");
        List<CoastguardCapacity.BoatChange> changes = new ArrayList<>();
        LocalDate lastChange = LocalDate.MIN;
        for (YamlNode c : b.opt("changes").map(YamlNode::asList).orElse(List.of())) {
            YamlMap cm = c.asMap();
            YamlNode dateNode = cm.get("date");
            LocalDate date = dateNode.asDate();
            if (date.isBefore(lastChange)) throw dateNode.error("comes before the change above it; list changes in date order");
            lastChange = date;
            int count = COASTGUARD_BOAT_CHANGE.integer(cm, "count");
            if (count == 0) throw cm.get("count").error("is 0: a change of no boats is a mistake (leave the entry out)");
            String source = nonEmpty(cm, "source");
            COASTGUARD_BOAT_CHANGE.finish(cm);
            changes.add(new CoastguardCapacity.BoatChange(date, count, source));
        }
        COASTGUARD_BOATS.finish(b);

        double availability = COASTGUARD_CAPACITY.number(m, "availability");
        int crewPerBoat = COASTGUARD_CAPACITY.integer(m, "crewPerBoat");
        int personnel = COASTGUARD_CAPACITY.integer(m, "personnel");
        int lag = COASTGUARD_CAPACITY.integer(m, "trainingLagDays");
        double attrition = COASTGUARD_CAPACITY.number(m, "attritionPerYear");
        YamlMap r = m.get("rangeNm").asMap();
        double rangeUntrained = COASTGUARD_RANGE.number(r, "untrained");
        double rangeTrained = COASTGUARD_RANGE.number(r, "trained");
        COASTGUARD_RANGE.finish(r);
        YamlMap n = m.get("nightShare").asMap();
        double nightUntrained = COASTGUARD_NIGHT.number(n, "untrained");
        double nightTrained = COASTGUARD_NIGHT.number(n, "trained");
        COASTGUARD_NIGHT.finish(n);

        List<CoastguardCapacity.Course> courses = new ArrayList<>();
        Set<String> courseIds = new LinkedHashSet<>();
        for (YamlNode c : m.opt("courses").map(YamlNode::asList).orElse(List.of())) courses.add(course(c, courseIds));

        Set<String> classes = new LinkedHashSet<>();
        for (AssetSpec a : force.assets()) classes.add(a.id().substring(forceId.length() + 1));
        Map<String, CoastguardCapacity.Unit> units = new LinkedHashMap<>();
        YamlNode unitsNode = m.get("units");
        for (Map.Entry<String, YamlNode> e : unitsNode.asMap().entries()) {
            if (!classes.contains(e.getKey())) {
                throw e.getValue().error("names no asset class of force " + forceId + " (its classes: " + String.join(", ", classes) + ")");
            }
            AssetSpec spec = force.assets().stream().filter(a -> a.id().equals(forceId + "/" + e.getKey())).findFirst().orElseThrow();
            if (spec.kind() != AssetKind.SHIP) throw e.getValue().error("is a class of aircraft: a unit's boats are ships");
            units.put(e.getKey(), unit(e.getKey(), e.getValue(), departurePoints));
        }
        for (AssetSpec a : force.assets()) {
            String unit = a.id().substring(forceId.length() + 1);
            if (a.kind() == AssetKind.SHIP && !units.containsKey(unit)) {
                throw unitsNode.error("has no entry for " + forceId + "'s ship class " + unit + ": every ship of the coastguard belongs to a unit, or it would sail outside the stocks");
            }
        }
        if (units.isEmpty()) throw unitsNode.error("is empty: a coastguard needs at least one unit");
        if (units.values().stream().mapToDouble(CoastguardCapacity.Unit::boatShare).sum() <= 0) {
            throw unitsNode.error("gives every unit a boatShare of 0: no unit could sail");
        }
        COASTGUARD_CAPACITY.finish(m);
        return new CoastguardCapacity(forceId, initial, changes, availability, crewPerBoat, personnel, lag, attrition,
                rangeUntrained, rangeTrained, nightUntrained, nightTrained, courses, units);
    }

    private static CoastguardCapacity.Course course(YamlNode n, Set<String> ids) {
        YamlMap c = n.asMap();
        String id = nonEmpty(c, "id");
        if (!ids.add(id)) throw c.get("id").error("repeats the course id \"" + id + "\"; each course once");
        LocalDate start = c.date("start");
        YamlNode endNode = c.get("end");
        LocalDate end = endNode.asDate();
        if (end.isBefore(start)) throw endNode.error("must not be before start (" + start + ")");
        int trainees = COASTGUARD_COURSE.integer(c, "trainees");
        int graduates = COASTGUARD_COURSE.integer(c, "graduates");
        if (graduates > trainees) throw c.get("graduates").error("must not exceed trainees (" + trainees + ")");
        YamlNode intakeNode = c.opt("intake").orElse(null);
        String intakeText = c.string("intake", "serving");
        CoastguardCapacity.Intake intake = switch (intakeText) {
            case "serving" -> CoastguardCapacity.Intake.SERVING;
            case "recruits" -> CoastguardCapacity.Intake.RECRUITS;
            default -> throw intakeNode.error("must be serving or recruits");
        };
        String source = nonEmpty(c, "source");
        COASTGUARD_COURSE.finish(c);
        return new CoastguardCapacity.Course(id, start, end, trainees, graduates, intake, source);
    }

    private static CoastguardCapacity.Unit unit(String assetClass, YamlNode n, Set<String> departurePoints) {
        YamlMap u = n.asMap();
        double share = COASTGUARD_UNIT.number(u, "boatShare");
        double willingness = COASTGUARD_UNIT.number(u, "willingness");
        List<CoastguardCapacity.Deal> deals = new ArrayList<>();
        for (YamlNode d : u.opt("deals").map(YamlNode::asList).orElse(List.of())) {
            YamlMap dm = d.asMap();
            YamlNode pointNode = dm.get("point");
            String point = pointNode.asString();
            if (!departurePoints.contains(point)) {
                throw pointNode.error("names no departure point of smuggling.departurePoints \"" + point + "\" (known: " + String.join(", ", departurePoints) + ")");
            }
            LocalDate from = dm.date("from");
            YamlNode toNode = dm.opt("to").orElse(null);
            LocalDate to = dm.date("to", null);
            if (to != null && to.isBefore(from)) throw toNode.error("must not be before from (" + from + ")");
            double strength = COASTGUARD_DEAL.number(dm, "strength");
            String source = nonEmpty(dm, "source");
            COASTGUARD_DEAL.finish(dm);
            CoastguardCapacity.Deal deal = new CoastguardCapacity.Deal(point, from, to, strength, source);
            for (CoastguardCapacity.Deal other : deals) {
                if (other.point().equals(point) && overlap(other, deal)) {
                    throw pointNode.error("has two deals with " + point + " on the same day; give them dates that do not overlap");
                }
            }
            deals.add(deal);
        }
        COASTGUARD_UNIT.finish(u);
        return new CoastguardCapacity.Unit(assetClass, share, willingness, deals);
    }

    private static boolean overlap(CoastguardCapacity.Deal a, CoastguardCapacity.Deal b) {
        LocalDate aTo = a.to() == null ? LocalDate.MAX : a.to(), bTo = b.to() == null ? LocalDate.MAX : b.to();
        return !a.from().isAfter(bTo) && !b.from().isAfter(aTo);
    }

    private static String nonEmpty(YamlMap m, String key) {
        String v = m.string(key);
        if (v.isBlank()) throw m.get(key).error("must not be empty");
        return v;
    }
}
