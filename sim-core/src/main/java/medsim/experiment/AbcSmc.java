package medsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC; Beaumont, Cornuet,
 * Marin and Robert, Biometrika 2009; Toni et al., J. R. Soc. Interface 2009): a weighted
 * sample of parameter sets whose simulations come within a shrinking distance of the record.
 *
 * <p>Parameters live in the unit cube (each {@link CalibrationSpec.Parameter} maps its range,
 * linear or log, onto [0, 1]), and the prior is uniform on it. Generation 0 draws
 * {@code particles} sets from the prior and keeps them all. Each later generation's tolerance
 * is the {@code quantile} of the previous generation's distances; it proposes a set by
 * drawing a particle of the previous generation by weight and moving it with a Gaussian
 * kernel whose covariance is twice the previous generation's weighted covariance (a proposal
 * outside the cube has prior density 0 and is drawn again, without a simulation); it keeps
 * proposals whose distance is within the tolerance until it has {@code particles}, and weighs
 * each kept set by 1 over the previous generation's mixture density at it (the prior being
 * uniform). The kernel is not renormalised for the cube's edges, a small bias at the bounds.
 *
 * <p>Reproducible at any thread count: proposals are drawn in order from one generator seeded
 * by {@code seed}, simulated in batches of {@code particles} (in parallel), and kept in
 * proposal order; proposal i of generation g is simulated with the key
 * {@code Seeds.derive(seed, g, i)}, so its noise is its own and not shared with the others.
 * The run stops after {@code generations} generations, or inside the generation whose next
 * batch would take the simulations past {@code maxSimulations}: that generation is abandoned,
 * its simulations discarded (the listener is told how many), and the last whole generation is
 * the answer.
 *
 * <p>Since proposal i of generation g and its key depend only on the seed and the distances
 * of the batches before it, a {@link Journal} of distances replays a run: an interrupted run
 * resumes from it, simulating only what it lacks, and {@link Share shards} of one run, each
 * simulating its share of every batch and reading the others' from the journal, take the
 * same decisions as one process.
 */
public final class AbcSmc {

    /** A stochastic simulator's distance from the record at a parameter set (unit cube), for a key that seeds its noise. Called from several threads at once. */
    public interface Distance {
        double at(long key, double[] unit);
    }

    /** How hard to try; {@code threads} only changes the speed. */
    public record Settings(int particles, int generations, double quantile, int maxSimulations, long seed, int threads) {
        public Settings {
            if (particles < 2) throw new IllegalArgumentException("particles must be at least 2");
            if (generations < 1) throw new IllegalArgumentException("generations must be at least 1");
            if (!(quantile > 0 && quantile < 1)) throw new IllegalArgumentException("quantile must lie strictly between 0 and 1");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** A kept parameter set (unit cube), its normalised weight and its distance. */
    public record Particle(double[] unit, double weight, double distance) {}

    /**
     * A whole generation: its tolerance (infinite for generation 0), its particles, the
     * simulations it took and the share of them kept.
     */
    public record Generation(int index, double tolerance, List<Particle> particles, int simulations, double acceptance) {

        /** The weighted mean of coordinate {@code k}. */
        public double mean(int k) {
            double m = 0;
            for (Particle p : particles) m += p.weight() * p.unit()[k];
            return m;
        }

        /** The weighted variance of coordinate {@code k}. */
        public double variance(int k) {
            double m = mean(k), v = 0;
            for (Particle p : particles) v += p.weight() * (p.unit()[k] - m) * (p.unit()[k] - m);
            return v;
        }

        /** The weighted {@code q} quantile of coordinate {@code k} (the smallest value whose cumulative weight reaches q). */
        public double quantile(int k, double q) {
            Particle[] sorted = particles.toArray(new Particle[0]);
            Arrays.sort(sorted, (a, b) -> Double.compare(a.unit()[k], b.unit()[k]));
            double cumulative = 0;
            for (Particle p : sorted) {
                cumulative += p.weight();
                if (cumulative >= q - 1e-12) return p.unit()[k];
            }
            return sorted[sorted.length - 1].unit()[k];
        }
    }

    /** Told of each whole generation, in order. */
    public interface Listener {
        void generation(Generation g);

        /**
         * Told once if the budget ran out inside generation {@code generation}: the
         * {@code simulations} it had run are discarded (the last whole generation stands; a
         * resumed calibration with a larger budget takes them from its journal).
         */
        default void abandoned(int generation, int simulations) { }
    }

    /** The variance of a uniform prior on [0, 1], against which a posterior's contraction is measured. */
    public static final double PRIOR_VARIANCE = 1.0 / 12;

    private final int dimensions;
    private final Settings settings;

    public AbcSmc(int dimensions, Settings settings) {
        if (dimensions < 1) throw new IllegalArgumentException("dimensions must be at least 1");
        this.dimensions = dimensions;
        this.settings = settings;
    }

    /**
     * The posterior contraction of coordinate {@code k}: 1 - posterior variance / prior
     * variance; near 0 when the record says nothing about the parameter, near 1 when it pins it.
     */
    public static double contraction(Generation g, int k) {
        return 1 - g.variance(k) / PRIOR_VARIANCE;
    }

    /**
     * Where the distances of proposals come from besides this process's own simulations: a
     * journal of earlier runs (resume) and of the other shards. Proposal {@code i} of
     * generation {@code g} is drawn identically in every run with the same seed, so a recorded
     * distance replaces its simulation.
     */
    public interface Journal {
        /**
         * The distance recorded for proposal {@code i} of generation {@code g}, or null if none is yet.
         *
         * @throws medsim.yaml.InputException if the record holds that proposal at another key or parameter set than {@code key} and {@code unit}
         */
        Double recorded(int g, int i, long key, double[] unit);

        /** Records the distance this process simulated for proposal {@code i} of generation {@code g}. Called from several threads at once. */
        void record(int g, int i, long key, double[] unit, double distance);

        /**
         * Waits until the proposals {@code indices} of generation {@code g}, simulated by other
         * shards, are recorded; returns their distances in the same order.
         */
        double[] awaitOthers(int g, int[] indices, long[] keys, double[][] units);

        /** No journal: every proposal is simulated here, and nothing is kept. */
        Journal NONE = new Journal() {
            @Override
            public Double recorded(int g, int i, long key, double[] unit) { return null; }

            @Override
            public void record(int g, int i, long key, double[] unit, double distance) { }

            @Override
            public double[] awaitOthers(int g, int[] indices, long[] keys, double[][] units) {
                throw new IllegalStateException("no other shard to wait for");
            }
        };
    }

    /**
     * The proposals this process simulates: those whose index within their generation is
     * {@code shard} modulo {@code shards}. Every shard takes the same decisions from the same
     * distances, whoever simulated them.
     */
    public record Share(int shard, int shards) {
        /** One process simulating every proposal. */
        public static final Share ALL = new Share(0, 1);

        public Share {
            if (shards < 1 || shard < 0 || shard >= shards) throw new IllegalArgumentException("shard " + shard + " of " + shards);
        }

        /** Whether proposal {@code i} (of any generation) is this shard's to simulate. */
        public boolean simulates(int i) {
            return i % shards == shard;
        }
    }

    /** Runs the generations; returns them all (the last is the posterior sample). */
    public List<Generation> run(Distance distance, Listener listener) {
        return run(distance, Journal.NONE, Share.ALL, listener);
    }

    /**
     * Runs the generations, taking each proposal's distance from the journal when it holds it,
     * else simulating it if it is this shard's (and recording it in the journal), else waiting
     * for the other shard that simulates it. The generations are the same whatever the journal
     * held and however the proposals were shared out.
     */
    public List<Generation> run(Distance distance, Journal journal, Share share, Listener listener) {
        RandomGenerator rng = new MersenneTwister(settings.seed());
        List<Generation> done = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            int spent = 0;
            Generation previous = null;
            for (int g = 0; g < settings.generations(); g++) {
                Attempt attempt = generation(g, previous, new Sources(distance, journal, share, pool), rng, settings.maxSimulations() - spent);
                if (attempt.whole() == null) { // the budget ran out inside it: the last whole generation stands
                    listener.abandoned(g, attempt.simulations());
                    break;
                }
                Generation next = attempt.whole();
                spent += next.simulations();
                done.add(next);
                listener.generation(next);
                previous = next;
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }

    /** Where a generation's distances come from. */
    private record Sources(Distance distance, Journal journal, Share share, ExecutorService pool) {}

    /** A generation tried: whole, or abandoned (null) when the budget ran out inside it, and the simulations it ran. */
    private record Attempt(Generation whole, int simulations) {}

    private Attempt generation(int g, Generation previous, Sources from, RandomGenerator rng, int budget) {
        int n = settings.particles();
        double tolerance = previous == null ? Double.POSITIVE_INFINITY : tolerance(previous);
        Kernel kernel = previous == null ? null : new Kernel(previous, dimensions);
        List<double[]> kept = new ArrayList<>();
        List<Double> keptDistances = new ArrayList<>();
        int simulations = 0;
        while (kept.size() < n) {
            if (simulations + n > budget && g > 0) return new Attempt(null, simulations);
            List<double[]> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) batch.add(previous == null ? uniform(rng) : kernel.propose(rng));
            double[] distances = distances(g, simulations, batch, from);
            for (int i = 0; i < n; i++) {
                double d = distances[i];
                if (kept.size() < n && d <= tolerance) {
                    kept.add(batch.get(i));
                    keptDistances.add(d);
                }
            }
            simulations += n;
        }
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = kernel == null ? 1 : 1 / kernel.mixtureDensity(kept.get(i));
            sum += weights[i];
        }
        List<Particle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) particles.add(new Particle(kept.get(i), weights[i] / sum, keptDistances.get(i)));
        return new Attempt(new Generation(g, tolerance, List.copyOf(particles), simulations, (double) n / simulations), simulations);
    }

    /**
     * The distances of a batch whose first proposal has index {@code first} in generation
     * {@code g}: recorded ones from the journal, this shard's simulated (in parallel) and
     * recorded, the other shards' awaited.
     */
    private double[] distances(int g, int first, List<double[]> batch, Sources from) {
        int n = batch.size();
        double[] distances = new double[n];
        List<Future<Double>> futures = new ArrayList<>(n);
        List<Integer> others = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            int i = first + b;
            long key = Seeds.derive(settings.seed(), g, i);
            double[] unit = batch.get(b);
            Double recorded = from.journal().recorded(g, i, key, unit);
            if (recorded != null) {
                distances[b] = recorded;
                futures.add(null);
            } else if (from.share().simulates(i)) {
                futures.add(from.pool().submit(() -> {
                    double d = from.distance().at(key, unit.clone());
                    from.journal().record(g, i, key, unit, d);
                    return d;
                }));
            } else {
                futures.add(null);
                others.add(b);
            }
        }
        for (int b = 0; b < n; b++) {
            if (futures.get(b) != null) distances[b] = Futures.await(futures.get(b));
        }
        if (!others.isEmpty()) {
            int[] indices = new int[others.size()];
            long[] keys = new long[others.size()];
            double[][] units = new double[others.size()][];
            for (int k = 0; k < indices.length; k++) {
                int b = others.get(k);
                indices[k] = first + b;
                keys[k] = Seeds.derive(settings.seed(), g, first + b);
                units[k] = batch.get(b);
            }
            double[] awaited = from.journal().awaitOthers(g, indices, keys, units);
            for (int k = 0; k < indices.length; k++) distances[others.get(k)] = awaited[k];
        }
        return distances;
    }

    private double tolerance(Generation previous) {
        double[] d = previous.particles().stream().mapToDouble(Particle::distance).sorted().toArray();
        return d[Math.min(d.length - 1, (int) Math.floor(settings.quantile() * (d.length - 1)))];
    }

    private double[] uniform(RandomGenerator rng) {
        double[] u = new double[dimensions];
        for (int k = 0; k < dimensions; k++) u[k] = rng.nextDouble();
        return u;
    }

    /** The previous generation as a Gaussian mixture: twice its weighted covariance round each particle. */
    private static final class Kernel {
        private final Generation from;
        private final int dims;
        private final double[] cumulative;
        private final RealMatrix lower;     // Cholesky factor of the covariance
        private final RealMatrix precision; // its inverse
        private final double normaliser;    // (2 pi)^(d/2) sqrt(det)

        Kernel(Generation from, int dims) {
            this.from = from;
            this.dims = dims;
            List<Particle> ps = from.particles();
            cumulative = new double[ps.size()];
            double c = 0;
            for (int i = 0; i < ps.size(); i++) {
                c += ps.get(i).weight();
                cumulative[i] = c;
            }
            double[][] cov = new double[dims][dims];
            double[] mean = new double[dims];
            for (int k = 0; k < dims; k++) mean[k] = from.mean(k);
            for (Particle p : ps) {
                for (int a = 0; a < dims; a++) {
                    for (int b = 0; b <= a; b++) cov[a][b] += 2 * p.weight() * (p.unit()[a] - mean[a]) * (p.unit()[b] - mean[b]);
                }
            }
            // Filled from one triangle: (a, b) and (b, a) computed apart can differ in the last
            // bit, and the Cholesky decomposition refuses a matrix that is not exactly symmetric.
            for (int a = 0; a < dims; a++) {
                for (int b = a + 1; b < dims; b++) cov[a][b] = cov[b][a];
            }
            // A floor on the spread, so that a collapsed generation (all particles alike) still moves.
            for (int k = 0; k < dims; k++) cov[k][k] = Math.max(cov[k][k], 1e-10);
            RealMatrix covariance = new Array2DRowRealMatrix(cov);
            CholeskyDecomposition chol;
            try {
                chol = new CholeskyDecomposition(covariance);
            } catch (NonPositiveDefiniteMatrixException e) {
                double[][] diagonal = new double[dims][dims];
                for (int k = 0; k < dims; k++) diagonal[k][k] = cov[k][k];
                covariance = new Array2DRowRealMatrix(diagonal);
                chol = new CholeskyDecomposition(covariance);
            }
            lower = chol.getL();
            precision = chol.getSolver().getInverse();
            normaliser = Math.pow(2 * Math.PI, dims / 2.0) * Math.sqrt(chol.getDeterminant());
        }

        /** A move from a particle drawn by weight, drawn again until it falls inside the unit cube. */
        double[] propose(RandomGenerator rng) {
            while (true) {
                double u = rng.nextDouble();
                int j = Arrays.binarySearch(cumulative, u);
                j = Math.min(cumulative.length - 1, j >= 0 ? j : -j - 1);
                double[] z = new double[dims];
                for (int k = 0; k < dims; k++) z[k] = rng.nextGaussian();
                double[] step = lower.operate(z);
                double[] x = from.particles().get(j).unit().clone();
                boolean inside = true;
                for (int k = 0; k < dims; k++) {
                    x[k] += step[k];
                    if (x[k] < 0 || x[k] > 1) inside = false;
                }
                if (inside) return x;
            }
        }

        /** The mixture's density at x: sum over particles of weight x Gaussian density. */
        double mixtureDensity(double[] x) {
            double sum = 0;
            double[] diff = new double[dims];
            for (Particle p : from.particles()) {
                for (int k = 0; k < dims; k++) diff[k] = x[k] - p.unit()[k];
                double q = 0;
                double[] pd = precision.operate(diff);
                for (int k = 0; k < dims; k++) q += diff[k] * pd[k];
                sum += p.weight() * Math.exp(-q / 2) / normaliser;
            }
            return sum;
        }
    }
}
