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
 * The run stops after {@code generations} generations, or before a generation that would
 * take the simulations past {@code maxSimulations} (the last whole generation is the answer).
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

    /** Runs the generations; returns them all (the last is the posterior sample). */
    public List<Generation> run(Distance distance, Listener listener) {
        RandomGenerator rng = new MersenneTwister(settings.seed());
        List<Generation> done = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            int spent = 0;
            Generation previous = null;
            for (int g = 0; g < settings.generations(); g++) {
                Generation next = generation(g, previous, distance, rng, pool, settings.maxSimulations() - spent);
                if (next == null) break; // the budget ran out inside it: the last whole generation stands
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

    private Generation generation(int g, Generation previous, Distance distance, RandomGenerator rng, ExecutorService pool, int budget) {
        int n = settings.particles();
        double tolerance = previous == null ? Double.POSITIVE_INFINITY : tolerance(previous);
        Kernel kernel = previous == null ? null : new Kernel(previous, dimensions);
        List<double[]> kept = new ArrayList<>();
        List<Double> keptDistances = new ArrayList<>();
        int simulations = 0;
        while (kept.size() < n) {
            if (simulations + n > budget && g > 0) return null;
            List<double[]> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) batch.add(previous == null ? uniform(rng) : kernel.propose(rng));
            List<Future<Double>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long key = Seeds.derive(settings.seed(), g, simulations + i);
                double[] unit = batch.get(i);
                futures.add(pool.submit(() -> distance.at(key, unit.clone())));
            }
            for (int i = 0; i < n; i++) {
                double d = Futures.await(futures.get(i));
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
        return new Generation(g, tolerance, List.copyOf(particles), simulations, (double) n / simulations);
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
