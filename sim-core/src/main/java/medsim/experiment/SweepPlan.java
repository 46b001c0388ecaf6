package medsim.experiment;

import java.util.ArrayList;
import java.util.List;

import medsim.format.Numbers;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;

/**
 * The runs of a sweep, in a fixed order: design point by design point, replication by
 * replication. Run r of point p has the seed the sweep's {@link SeedScheme} gives it: by
 * default the same at every point, {@code Seeds.derive(sweepSeed, r)}; with
 * {@code seeds: independent}, {@code Seeds.derive(sweepSeed, p, r)}. Whatever the thread
 * count, the shard or the order runs finish in, a run always has the same seed. With a
 * posterior sample, replication r of every point draws the same parameter set
 * ({@link PosteriorSample#draws} with the sweep seed), and the point's own values are set over
 * it: the points are compared on common draws as on common seeds.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final DesignMatrix design;
    private final List<SweepRun> runs = new ArrayList<>();
    /** With a posterior sample: the particle replication r draws, at every point; else null. */
    private final int[] particles;

    public SweepPlan(SweepSpec spec) {
        this.spec = spec;
        this.design = SweepDesign.build(spec);
        this.particles = spec.posterior() == null ? null : spec.posterior().draws(spec.seed(), spec.replications());
        int id = 0;
        for (int p = 0; p < design.size(); p++) {
            for (int r = 0; r < spec.replications(); r++) runs.add(new SweepRun(id++, p, r, spec.seeds().seed(spec.seed(), p, r)));
        }
    }

    public SweepSpec spec() { return spec; }
    public DesignMatrix design() { return design; }
    public List<SweepRun> runs() { return runs; }

    /** The runs of shard {@code k} of {@code n}: every n-th run from the k-th, so shards get alike mixes of points. */
    public List<SweepRun> shard(int k, int n) {
        List<SweepRun> out = new ArrayList<>();
        for (SweepRun r : runs) if (r.id() % n == k) out.add(r);
        return out;
    }

    /**
     * Loads the scenario of every design point ({@code medsim check}), so that values wrong only
     * together (a detention's deported and gave-up shares above 1 between them, a boat stock's
     * start above its most) are refused before any run, where the scenario refuses them, naming
     * the first point that has them and its values. Each parameter alone was checked when the sweep file
     * was read ({@link FieldProbe}).
     *
     * @throws InputException at the place the loader names, with the point and its values
     */
    public void checkEveryPoint() {
        for (int p = 0; p < design.size(); p++) {
            try {
                scenarioAt(p);
            } catch (InputException e) {
                StringBuilder values = new StringBuilder();
                double[] row = design.rows().get(p);
                for (int j = 0; j < row.length; j++) {
                    values.append(j == 0 ? "" : ", ").append(design.paths().get(j)).append(" = ").append(Numbers.format(row[j]));
                }
                throw new InputException(e.file(), e.line(), e.column(), e.field(),
                        e.problem() + " at design point " + p + " (" + values + ")");
            }
        }
    }

    /**
     * The scenario at a design point: the base scenario with the point's values set (for a
     * screening, each factor's level sets every number its registry entry covers: {@link FactorGroup}).
     * With a posterior sample, the one replication 0 draws is set first.
     */
    public Scenario scenarioAt(int point) {
        return scenarioAt(point, 0);
    }

    /** The particle of the posterior sample replication {@code r} draws at every point, or -1 without a sample. */
    public int particleOf(int replication) {
        return particles == null ? -1 : particles[replication];
    }

    /**
     * The scenario of replication {@code r} at a design point: with a posterior sample, the
     * parameter set r draws, then the point's values over it (a swept path the sample also sets
     * takes the point's value); without one, {@link #scenarioAt(int)}'s.
     */
    public Scenario scenarioAt(int point, int replication) {
        double[] values = design.rows().get(point);
        List<FieldOverride> overrides = new ArrayList<>();
        if (particles != null) overrides.addAll(spec.posterior().overrides(particles[replication]));
        for (int j = 0; j < values.length; j++) {
            String path = design.paths().get(j);
            if (spec.screening() != null) {
                overrides.addAll(spec.screening().factors().get(j).overrides(values[j]));
            } else if (design.kind() == DesignKind.CSV) {
                overrides.add(FieldOverride.of(path, values[j], spec.designFile().toString(), design.csvLines().get(point), j + 1));
            } else {
                SweepParameter p = spec.parameters().get(j);
                overrides.add(FieldOverride.of(path, values[j], spec.file().toString(), p.line(), p.column()));
            }
        }
        Scenario s = ScenarioLoader.load(spec.scenarioFile(), overrides);
        return spec.days() == null ? s : s.withDays(spec.days());
    }
}
