package medsim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.detection.DetectionTable;
import medsim.metric.MetricCatalog;
import medsim.provenance.RunInputs;

/**
 * A validated scenario: everything a run needs, read from a YAML file (and the files it
 * extends). Immutable; one scenario may be shared by many runs on many threads.
 * {@code sources} are the files it was read from (the file, each base it extends in order,
 * the facts file, the land file) with their digests: {@code sources().digest()} identifies
 * the resolved scenario. {@code driverArrestsPerPersonLanded}: by place of safety, boat
 * drivers arrested per person landed there (a place not in it arrests no one).
 * {@code informationLinks}: who passes the contacts its assets see to
 * whom, with what delay (the recognised maritime picture; empty when none is declared).
 * {@code coastguardCapacity}: the stocks a coastguard's days at sea follow from (null: none;
 * its assets sail whenever deployed).
 * {@code heldOut}: null, or why and until when the scenario is held out of calibration and
 * validation (then it has no validation targets; see {@link HeldOut}).
 * {@code embargoTraffic}: vessels suspected of breaking the UN embargoes on Libya, by cargo
 * (empty when none is declared).
 */
public record Scenario(
        Path file,
        String name,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        int tickMinutes,
        GeographySpec geography,
        Map<String, Place> places,
        Map<String, Area> areas,
        List<SearchRescueRegion> searchRescueRegions,
        Map<String, MrccSpec> mrccs,
        String fallbackMrcc,
        WeatherSpec weather,
        Map<String, BoatType> boatTypes,
        SmugglingSpec smuggling,
        DeparturesSpec departures,
        Map<String, Double> driverArrestsPerPersonLanded,
        Map<String, Force> forces,
        List<InformationLink> informationLinks,
        Map<Cargo, EmbargoTraffic> embargoTraffic,
        DetectionTable detection,
        List<ValidationTarget> validation,
        RunInputs sources,
        CoastguardCapacity coastguardCapacity,
        HeldOut heldOut) {

    /**
     * The coast the boats leave from (ISO 3166 alpha-3): distances of rescues and escorts are
     * measured from it, so the land file must have it.
     */
    public static final String LIBYA = "LBY";

    /** Days from start to end, both included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /** The same scenario cut to its first {@code days} days. */
    public Scenario withDays(int days) {
        if (days < 1 || days > days()) throw new IllegalArgumentException("days must be 1.." + days());
        return new Scenario(file, name, description, startDate, startDate.plusDays(days - 1L), tickMinutes, geography, places,
                areas, searchRescueRegions, mrccs, fallbackMrcc, weather, boatTypes, smuggling, departures, driverArrestsPerPersonLanded, forces, informationLinks, embargoTraffic, detection, validation, sources, coastguardCapacity, heldOut);
    }

    /** Every metric a run of this scenario records: the catalogue made from its departure points, boat types, places of safety and forces. */
    public MetricCatalog metrics() {
        return new MetricCatalog(
                smuggling.departurePoints().stream().map(Weighted::id).toList(),
                smuggling.boatTypes().stream().map(Weighted::id).toList(),
                places.values().stream().filter(p -> p.is(PlaceRole.PLACE_OF_SAFETY))
                        .map(p -> new MetricCatalog.SafePlace(p.id(), p.stateCode())).toList(),
                forces.values().stream().map(f -> new MetricCatalog.ForceAssets(f.id(), f.group(),
                        f.assets().stream().flatMap(a -> a.assetIds().stream()).toList())).toList(),
                departures.mode() == DeparturesSpec.Mode.BEHAVIOUR,
                coastguardCapacity == null ? List.of() : coastguardCapacity.units().keySet().stream()
                        .map(u -> new MetricCatalog.ForceAssets(u, coastguardCapacity.force(),
                                forces.get(coastguardCapacity.force()).assets().stream()
                                        .filter(a -> a.id().equals(coastguardCapacity.force() + "/" + u))
                                        .flatMap(a -> a.assetIds().stream()).toList())).toList(),
                embargoTraffic.keySet().stream().map(Cargo::key).toList());
    }

    /**
     * Each actor group's name for readers: the names of its forces in the scenario's order,
     * joined by " and " (e.g. "Italian Coast Guard and Italian Navy"); keyed by group id, in
     * the order the groups first appear. The groups have no names of their own in the file.
     */
    public Map<String, String> groupNames() {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (Force f : forces.values()) byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f.name());
        Map<String, String> names = new LinkedHashMap<>();
        byGroup.forEach((group, forceNames) -> names.put(group, String.join(" and ", forceNames)));
        return Collections.unmodifiableMap(names);
    }

    public int ticksPerDay() {
        return 24 * 60 / tickMinutes;
    }

    public double tickHours() {
        return tickMinutes / 60.0;
    }
}
