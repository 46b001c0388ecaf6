package medsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import medsim.experiment.RunRecord;
import medsim.experiment.SweepInfo;
import medsim.experiment.SweepJournal;
import medsim.experiment.SweepOutputs;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepSpec;
import medsim.provenance.BuildInfo;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.record.Plural;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim merge}: the shards of a sweep into the files a single-machine sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the shard folders of one sweep (medsim sweep --shard K/N) into runs.csv, points.csv and the sensitivity files.",
                "Shards must come from the same input files and medsim build.",
                "If any run failed, it names the failures, writes no points.csv and exits 1."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard folders.")
    Path[] shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the merged files.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Refuses an {@code --out} that holds files but an earlier merge of this same sweep, so
     * that the merged files never land beside a run's or another sweep's (they used to, and
     * replaced that sweep's runs.csv and points.csv).
     */
    private static void requireEmptyOrThisMerge(Path out, SweepInfo merged) {
        if (OutputFolder.contents(out).stream().allMatch(Files::isDirectory)) return; // folders hold no files to mix with: medsim slurm's slurm/ and shards/
        boolean sameMerge = Files.isRegularFile(out.resolve(SweepInfo.FILE)) && SweepInfo.read(out).conflictWith(merged).isEmpty();
        if (!sameMerge) {
            throw InputException.of(out.toString(), "--out folder is not empty and holds no merge of this sweep: choose an empty folder, "
                    + "so that the merged files are not mixed with others");
        }
    }

    /** Whether two paths name one folder (through links too, when both exist). */
    private static boolean sameFolder(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Why a shard cannot be merged with the first one. */
    private static String describe(SweepInfo.Conflict c, Path firstDir) {
        return switch (c.difference()) {
            case SWEEP -> "is a shard of another sweep (" + c.now() + ") than " + firstDir + " (" + c.recorded() + ")";
            case SHARD -> throw new IllegalStateException("shards are compared as one shard");
            case UNRECORDED -> "was made by a medsim that did not record its input files and build";
            case INPUTS -> "was made from other input files than " + firstDir + ": " + c.now().replace(" changed", " differs");
            case BUILD -> "was made by another medsim build than " + firstDir + " (build " + c.now() + ", not " + c.recorded() + ")";
        };
    }

    @Override
    public Integer call() throws Exception {
        for (Path dir : shards) {
            if (sameFolder(dir, out)) throw InputException.of(null, "--out " + out + " is the shard folder " + dir + ": the merge would overwrite its files; give another folder");
        }
        SweepPlan plan = null;
        SweepInfo first = null;
        Path firstDir = null;
        Map<Integer, RunRecord> all = new TreeMap<>();
        for (Path dir : shards) {
            SweepInfo info = SweepInfo.read(dir);
            if (plan == null) {
                plan = new SweepPlan(SweepSpec.load(info.sweepFile()));
                first = info;
                firstDir = dir;
                // The merged files are written from the sweep's files as they are now: they must be those the shards ran with.
                Optional<SweepInfo.Conflict> changed = info.conflictWith(SweepInfo.of(plan, info.shard(), info.build() == null ? BuildInfo.current() : info.build()));
                if (changed.isPresent()) {
                    SweepInfo.Conflict c = changed.get();
                    throw InputException.of(dir.toString(), c.difference() == SweepInfo.Difference.INPUTS
                            ? "cannot merge: " + c.now() + " since the shards ran; rerun them" : describe(c, dir));
                }
            } else {
                Optional<SweepInfo.Conflict> differs = first.asShard(info.shard()).conflictWith(info);
                if (differs.isPresent()) throw InputException.of(dir.toString(), describe(differs.get(), firstDir));
            }
            for (Map.Entry<Integer, RunRecord> e : SweepJournal.read(dir, plan.spec().metrics()).entrySet()) {
                if (all.putIfAbsent(e.getKey(), e.getValue()) != null) throw InputException.of(dir.toString(), "repeats run " + e.getKey() + " of another shard");
            }
        }
        int missing = plan.runs().size() - all.size();
        if (missing > 0) {
            int firstMissing = plan.runs().stream().filter(r -> !all.containsKey(r.id())).findFirst().orElseThrow().id();
            throw InputException.of(null, "the shards lack " + missing + " of " + Plural.of(plan.runs().size(), "run") + " (first missing: run " + firstMissing + "); finish or rerun them");
        }
        boolean summarised;
        try (FolderLock lock = FolderLock.acquire(out)) {
            requireEmptyOrThisMerge(out, first.asShard("merged"));
            first.asShard("merged").write(out);
            summarised = SweepOutputs.write(out, plan, all);
        }
        List<RunRecord> failed = all.values().stream().filter(r -> !r.ok()).toList();
        spec.commandLine().getOut().printf(Locale.ROOT, "merged %s, %s (%d failed) into %s%n", Plural.of(shards.length, "shard"), Plural.of(all.size(), "run"), failed.size(), out);
        return summarised ? 0 : SweepCommand.reportFailures(spec.commandLine().getErr(), plan, failed, all.size(), true, out.resolve("runs.csv"));
    }
}
