package medsim.gui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import medsim.geo.ZoneKind;
import medsim.mandate.MandateEntry;
import medsim.record.Plural;
import medsim.mandate.ZoneSelector;
import medsim.scenario.AssetSpec;
import medsim.scenario.CoastguardCapacity;
import medsim.scenario.Force;
import medsim.scenario.LogisticSupport;
import medsim.scenario.Scenario;
import medsim.scenario.SearchRescueRegion;

/**
 * What the mandate timeline shows, read from a scenario: for each force, in the scenario's
 * order, which actions its mandate allows in which sea zones over the period (entries with
 * the same zones and dates on one bar), and the dated changes within the period: mandate
 * entries that start or end, asset classes that deploy or withdraw, logistic support, the
 * coastguard's boat deliveries and losses and its training courses, and search-and-rescue
 * regions that come into or go out of force. Immutable.
 */
public final class MandateTimeline {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * One bar: a force's actions allowed in {@code zones} from {@code from} to {@code to}
     * (inclusive; null: open-ended), each with the legal basis the scenario cites.
     */
    public record Bar(Force force, List<ZoneSelector> zones, LocalDate from, LocalDate to, List<MandateEntry> entries) {
        public String actions() {
            return entries.stream().map(e -> e.action().key()).distinct().collect(Collectors.joining(", "));
        }

        public String zoneText() {
            return zones.stream().map(MandateTimeline::zoneName).collect(Collectors.joining(", "));
        }

        /** What the bar means and the legal basis of each action, for a reader who clicked it. */
        public String explanation() {
            StringBuilder b = new StringBuilder(force.name()).append(" may ").append(actions()).append(" in ").append(zoneText())
                    .append(", from ").append(DAY.format(from)).append(to == null ? ", open-ended." : " to " + DAY.format(to) + ".");
            Map<String, List<String>> byBasis = new LinkedHashMap<>();
            for (MandateEntry e : entries) byBasis.computeIfAbsent(e.basis(), k -> new ArrayList<>()).add(e.action().key());
            for (Map.Entry<String, List<String>> e : byBasis.entrySet()) {
                b.append("\nLegal basis (").append(String.join(", ", e.getValue())).append("): ").append(e.getKey());
            }
            return b.toString();
        }
    }

    /** A dated change: what happens on {@code date}, and where the scenario says it comes from (its basis or source; may be empty). */
    public record Change(LocalDate date, String forceId, String text, String basis) {}

    private final Scenario scenario;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    public MandateTimeline(Scenario scenario) {
        this.scenario = scenario;
        LocalDate start = scenario.startDate(), end = scenario.endDate();
        for (Force f : scenario.forces().values()) {
            Map<String, Bar> byKey = new LinkedHashMap<>();
            for (MandateEntry e : f.mandate().entries()) {
                if (e.from().isAfter(end) || (e.to() != null && e.to().isBefore(start))) continue;
                String key = e.zones() + "|" + e.from() + "|" + e.to();
                Bar bar = byKey.get(key);
                if (bar == null) byKey.put(key, new Bar(f, e.zones(), e.from(), e.to(), new ArrayList<>(List.of(e))));
                else bar.entries().add(e);
                if (inside(e.from(), start, end)) {
                    changes.add(new Change(e.from(), f.id(), f.name() + " may " + e.action().key() + " in " + zones(e.zones()), e.basis()));
                }
                if (e.to() != null && inside(e.to().plusDays(1), start, end)) {
                    changes.add(new Change(e.to().plusDays(1), f.id(), f.name() + " may no longer " + e.action().key() + " in " + zones(e.zones()), e.basis()));
                }
            }
            for (Bar b : byKey.values()) bars.add(new Bar(b.force(), b.zones(), b.from(), b.to(), List.copyOf(b.entries())));
            for (AssetSpec a : f.assets()) {
                if (a.count() == 0) continue;
                String noun = a.id().substring(a.id().lastIndexOf('/') + 1).replace('-', ' ');
                String what = Plural.of(a.count(), noun, noun.endsWith("aircraft") ? noun : noun + "s");
                if (inside(a.from(), start, end)) changes.add(new Change(a.from(), f.id(), f.name() + ": " + what + " deployed", ""));
                if (a.to() != null && inside(a.to().plusDays(1), start, end)) {
                    changes.add(new Change(a.to().plusDays(1), f.id(), f.name() + ": " + what + " withdrawn", ""));
                }
            }
            for (LogisticSupport s : f.logisticSupport()) {
                if (inside(s.from(), start, end)) {
                    Force provider = scenario.forces().get(s.provider());
                    changes.add(new Change(s.from(), f.id(), f.name() + ": logistic support by " + (provider != null ? provider.name() : s.provider())
                            + " keeps its ships out "
                            + String.format(Locale.ROOT, "%.2g", s.enduranceFactor()) + " times longer", s.basis()));
                }
            }
        }
        CoastguardCapacity cg = scenario.coastguardCapacity();
        if (cg != null) {
            Force f = scenario.forces().get(cg.force());
            String name = f != null ? f.name() : cg.force();
            for (CoastguardCapacity.BoatChange b : cg.boatChanges()) {
                if (!inside(b.date(), start, end)) continue;
                String text = b.count() >= 0 ? Plural.of(b.count(), "boat") + " delivered or repaired" : Plural.of(-b.count(), "boat") + " lost or laid up";
                changes.add(new Change(b.date(), cg.force(), name + ": " + text, b.source()));
            }
            for (CoastguardCapacity.Course c : cg.courses()) {
                if (inside(c.start(), start, end)) {
                    changes.add(new Change(c.start(), cg.force(), name + ": training course " + c.id() + " starts, " + Plural.of(c.trainees(), "trainee"), c.source()));
                }
                if (inside(c.end(), start, end)) {
                    changes.add(new Change(c.end(), cg.force(), name + ": training course " + c.id() + " ends, " + Plural.of(c.graduates(), "graduate"), c.source()));
                }
            }
        }
        for (SearchRescueRegion r : scenario.searchRescueRegions()) {
            if (inside(r.from(), start, end)) changes.add(new Change(r.from(), "", "search-and-rescue region " + r.id() + " (" + r.mrcc() + ") in force", r.source()));
            if (r.to() != null && inside(r.to().plusDays(1), start, end)) {
                changes.add(new Change(r.to().plusDays(1), "", "search-and-rescue region " + r.id() + " (" + r.mrcc() + ") no longer in force", r.source()));
            }
        }
        changes.sort(Comparator.comparing(Change::date)); // stable: the scenario's order within a day
    }

    private static boolean inside(LocalDate d, LocalDate start, LocalDate end) {
        return d != null && d.isAfter(start) && !d.isAfter(end);
    }

    private static String zones(List<ZoneSelector> zones) {
        return zones.stream().map(MandateTimeline::zoneName).collect(Collectors.joining(", "));
    }

    /** A zone selector in words: "high seas", "LBY territorial sea", "any contiguous zone". */
    static String zoneName(ZoneSelector z) {
        String kind = switch (z.kind()) {
            case HIGH_SEAS -> "high seas";
            case TERRITORIAL_SEA -> "territorial sea";
            case CONTIGUOUS_ZONE -> "contiguous zone";
            case LAND -> "land";
        };
        if (z.kind() == ZoneKind.HIGH_SEAS) return kind;
        return (z.stateCode() == null ? "any" : z.stateCode()) + " " + kind;
    }

    public Scenario scenario() { return scenario; }
    public LocalDate start() { return scenario.startDate(); }
    public LocalDate end() { return scenario.endDate(); }
    public List<Bar> bars() { return List.copyOf(bars); }
    public List<Change> changes() { return List.copyOf(changes); }

    /** The changes on {@code date}. */
    public List<Change> on(LocalDate date) {
        return changes.stream().filter(c -> c.date().equals(date)).toList();
    }

    /** The last change before {@code date}, or null. */
    public Change lastBefore(LocalDate date) {
        Change last = null;
        for (Change c : changes) if (c.date().isBefore(date)) last = c;
        return last;
    }

    /** The first change after {@code date}, or null. */
    public Change nextAfter(LocalDate date) {
        for (Change c : changes) if (c.date().isAfter(date)) return c;
        return null;
    }
}
