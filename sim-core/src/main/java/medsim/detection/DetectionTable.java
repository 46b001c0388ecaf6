package medsim.detection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import medsim.facts.FactBook;
import medsim.facts.FactResolver;
import medsim.yaml.Bounds;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Every sensor's detection rate against every target, by sea state and light: the cells of the
 * detection file ({@code scenarios/base/detection.yaml}) turned into inverse-cube rates. The
 * sweep width of a cell in given conditions is its table value x the weather correction of the
 * Beaufort force's bracket x, at night, the cell's night factor; the rate constant k is solved
 * once, when the table is built, for each cell, bracket and light, so that the rate's own sweep
 * width at the reference speed is that value ({@link InverseCubeLaw#kForSweepWidth}). Immutable
 * once built; shared safely between runs and threads.
 */
public final class DetectionTable {
    private final Map<Sensor, Map<Target, DetectionCell>> cells;
    /** The same cells by sensor and target ordinal (null where none), for the look's inner loop. */
    private final DetectionCell[][] grid = new DetectionCell[Sensor.values().length][Target.values().length];
    private final WeatherCorrection weather;
    /** k in nm^3/h by sensor, target, impact and light; 0 where the sensor cannot see the target. */
    private final double[][][][] k;
    private final List<Assumption> assumptions;

    public DetectionTable(List<DetectionCell> cellList, WeatherCorrection weather, List<Assumption> assumptions) {
        this.weather = weather;
        this.assumptions = List.copyOf(assumptions);
        Map<Sensor, Map<Target, DetectionCell>> bySensor = new EnumMap<>(Sensor.class);
        k = new double[Sensor.values().length][Target.values().length][SeaStateImpact.values().length][Light.values().length];
        for (DetectionCell c : cellList) {
            Map<Target, DetectionCell> row = bySensor.computeIfAbsent(c.sensor(), s -> new EnumMap<>(Target.class));
            if (row.put(c.target(), c) != null) throw new IllegalArgumentException("two cells for " + c.sensor().key() + " against " + c.target().key());
            grid[c.sensor().ordinal()][c.target().ordinal()] = c;
            for (SeaStateImpact impact : SeaStateImpact.values()) {
                for (Light light : Light.values()) {
                    double w = sweepWidthNm(c, impact, light);
                    try {
                        k[c.sensor().ordinal()][c.target().ordinal()][impact.ordinal()][light.ordinal()] =
                                w == 0 ? 0 : InverseCubeLaw.kForSweepWidth(w, c.maxRangeNm(), c.referenceSpeedKnots());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(c.sensor().key() + " vs " + c.target().key() + " in " + impact.name().toLowerCase(java.util.Locale.ROOT)
                                + " sea impact by " + light.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        this.cells = bySensor;
    }

    /** The table's sweep width (nm, at the cell's reference speed) in the given conditions. */
    public double sweepWidthNm(DetectionCell c, SeaStateImpact impact, Light light) {
        return c.sweepWidthNm() * impact.factor(c.target().small(), weather) * (light == Light.NIGHT ? c.nightFactor() : 1);
    }

    public Optional<DetectionCell> cell(Sensor sensor, Target target) {
        Map<Target, DetectionCell> row = cells.get(sensor);
        return Optional.ofNullable(row == null ? null : row.get(target));
    }

    /** The rate constant k (nm^3/h) of the inverse-cube law; 0 for a pair without a cell. */
    public double k(Sensor sensor, Target target, double beaufort, Light light) {
        return k[sensor.ordinal()][target.ordinal()][SeaStateImpact.of(beaufort).ordinal()][light.ordinal()];
    }

    /** The instantaneous detection rate, per hour, of {@code sensor} against {@code target} at {@code rangeNm}. */
    public double ratePerHour(Sensor sensor, Target target, double beaufort, Light light, double rangeNm) {
        DetectionCell c = grid[sensor.ordinal()][target.ordinal()];
        if (c == null || rangeNm > c.maxRangeNm()) return 0;
        double kk = k(sensor, target, beaufort, light);
        return kk == 0 ? 0 : kk / (rangeNm * rangeNm * rangeNm);
    }

    /**
     * The exposure (the integral of the detection rate) of one sensor against one target over a
     * step of {@code hours} during which the target's position relative to the sensor (nm, any
     * fixed axes) runs straight from (x0, y0) to (x1, y1). The chance of detection over the step
     * is {@code 1 - exp(-exposure)}, summed over independent sensors first.
     */
    public double exposure(Sensor sensor, Target target, double beaufort, Light light,
            double x0, double y0, double x1, double y1, double hours) {
        DetectionCell c = grid[sensor.ordinal()][target.ordinal()];
        if (c == null) return 0;
        return InverseCubeLaw.exposure(k(sensor, target, beaufort, light), c.maxRangeNm(), x0, y0, x1, y1, hours);
    }

    /**
     * The sweep width (nm) of {@code sensors} searching together for {@code target} at
     * {@code speedKnots}, in the given conditions: their inverse-cube rates add
     * ({@link InverseCubeLaw#sweepWidth(double[], double[], double)}). 0 if none sees the target.
     */
    public double sweepWidthNm(List<Sensor> sensors, Target target, double beaufort, Light light, double speedKnots) {
        double[] ks = new double[sensors.size()];
        double[] ranges = new double[sensors.size()];
        for (int i = 0; i < ks.length; i++) {
            DetectionCell c = grid[sensors.get(i).ordinal()][target.ordinal()];
            if (c == null) continue;
            ks[i] = k(sensors.get(i), target, beaufort, light);
            ranges[i] = c.maxRangeNm();
        }
        return InverseCubeLaw.sweepWidth(ks, ranges, speedKnots);
    }

    /** The largest maximum range of any of {@code sensors} against any target (nm): no look need consider anything further. */
    public double reachNm(List<Sensor> sensors) {
        double reach = 0;
        for (Sensor s : sensors) {
            Map<Target, DetectionCell> row = cells.get(s);
            if (row != null) for (DetectionCell c : row.values()) reach = Math.max(reach, c.maxRangeNm());
        }
        return reach;
    }

    public List<DetectionCell> cells() {
        List<DetectionCell> all = new ArrayList<>();
        for (Map<Target, DetectionCell> row : cells.values()) all.addAll(row.values());
        return all;
    }

    /** The values no source gives, with their prior ranges: for the registry of unobserved parameters. */
    public List<Assumption> assumptions() { return assumptions; }

    public WeatherCorrection weather() { return weather; }

    /** A detection table read from a file, and the facts file it cites (null if it cites none). */
    public record Loaded(DetectionTable table, Path factsFile) {}

    /**
     * Reads a detection file. Its {@code facts:} field names the facts file (relative to it) whose
     * {@code {fact: id}} references it resolves. Every number is either such a reference (a
     * sourced value), a plain number, or {@code {assumption: value, low: l, high: h, rationale: "..."}}.
     *
     * @throws medsim.yaml.InputException at the offending field
     */
    public static Loaded load(Path file) {
        return load(file, FactBook::load);
    }

    /** As {@link #load(Path)}, taking the facts file's book from {@code factBooks} (a scenario's loader has read it already). */
    public static Loaded load(Path file, java.util.function.Function<Path, FactBook> factBooks) {
        YamlNode root = YamlNode.parse(file);
        Optional<Path> facts = FactBook.named(root);
        if (facts.isEmpty()) return new Loaded(read(root), null);
        return new Loaded(read(new FactResolver(factBooks.apply(facts.get())).resolve(root)), facts.get());
    }

    /** Reads a detection table from a parsed, fact-resolved tree. */
    public static DetectionTable read(YamlNode root) {
        List<Assumption> assumptions = new ArrayList<>();
        YamlMap m = root.asMap();
        YamlMap w = m.get("weatherCorrection").asMap();
        WeatherCorrection weather = new WeatherCorrection(
                number(w, "smallMedium", Bounds.fraction(), assumptions, ""), number(w, "smallHigh", Bounds.fraction(), assumptions, ""),
                number(w, "otherMedium", Bounds.fraction(), assumptions, ""), number(w, "otherHigh", Bounds.fraction(), assumptions, ""));
        w.finish();
        List<DetectionCell> cells = new ArrayList<>();
        for (YamlNode item : m.get("cells").asList()) {
            YamlMap c = item.asMap();
            YamlNode sensorNode = c.get("sensor");
            Sensor sensor = Sensor.byKey(sensorNode.asString()).orElseThrow(() -> sensorNode.error("is not a sensor: " + sensorNode.asString() + " (known: " + keys(Sensor.values()) + ")"));
            YamlNode targetNode = c.get("target");
            Target target = Target.byKey(targetNode.asString()).orElseThrow(() -> targetNode.error("is not a target: " + targetNode.asString() + " (known: " + keys(Target.values()) + ")"));
            String which = " (" + sensor.key() + " vs " + target.key() + ")";
            double width = number(c, "sweepWidthNm", Bounds.positive(), assumptions, which);
            double speed = number(c, "referenceSpeedKnots", Bounds.positive(), assumptions, which);
            double range = number(c, "maxRangeNm", Bounds.positive(), assumptions, which);
            double night = number(c, "nightFactor", Bounds.fraction(), assumptions, which);
            c.string("basis");
            c.finish();
            if (cells.stream().anyMatch(o -> o.sensor() == sensor && o.target() == target)) {
                throw item.error("repeats the cell of " + sensor.key() + " against " + target.key());
            }
            try {
                cells.add(new DetectionCell(sensor, target, width, speed, range, night));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
        }
        m.opt("description");
        m.opt("facts");
        m.finish();
        try {
            return new DetectionTable(cells, weather, assumptions);
        } catch (IllegalArgumentException e) {
            throw m.get("cells").error(e.getMessage());
        }
    }

    /** A number, or an assumption ({@code {assumption, low, high, rationale}}) recorded with its path and {@code where} (which cell). */
    private static double number(YamlMap m, String key, Bounds bounds, List<Assumption> assumptions, String where) {
        YamlNode n = m.get(key);
        if (!n.isMap()) return bounds.check(n);
        YamlMap a = n.asMap();
        double value = bounds.check(a.get("assumption"));
        double low = bounds.check(a.get("low"));
        double high = bounds.check(a.get("high"));
        if (!(low <= value && value <= high)) throw n.error("must have low <= assumption <= high (got " + low + ", " + value + ", " + high + ")");
        String rationale = a.string("rationale");
        a.finish();
        assumptions.add(new Assumption(n.path() + where, value, low, high, rationale));
        return value;
    }

    private static String keys(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) out.add(v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return String.join(", ", out);
    }
}
