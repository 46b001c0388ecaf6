package medsim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * the resolved scenario. {@code informationLinks}: who passes the contacts its assets see to
 * whom, with what delay (the recognised maritime picture; empty when none is declared).
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
        RunInputs sources) {

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
                areas, searchRescueRegions, mrccs, fallbackMrcc, weather, boatTypes, smuggling, departures, driverArrestsPerPersonLanded, forces, informationLinks, embargoTraffic, detection, validation, sources);
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
                embargoTraffic.keySet().stream().map(Cargo::key).toList());
    }

    public int ticksPerDay() {
        return 24 * 60 / tickMinutes;
    }

    public double tickHours() {
        return tickMinutes / 60.0;
    }
}
