package medsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import medsim.experiment.RunRecord;
import medsim.experiment.SweepJournal;
import medsim.experiment.SweepOutputs;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepRunner;
import medsim.experiment.SweepSpec;
import medsim.record.Plural;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim merge}: the shards of a sweep into the files a single-machine sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the shard folders of one sweep (medsim sweep --shard K/N) into runs.csv, points.csv and the sensitivity files.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard folders.")
    Path[] shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the merged files.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SweepPlan plan = null;
        String digest = null;
        Map<Integer, RunRecord> all = new TreeMap<>();
        for (Path dir : shards) {
            Path info = dir.resolve(SweepRunner.INFO);
            if (!Files.isRegularFile(info)) throw InputException.of(dir.toString(), "is not a sweep shard folder (no " + SweepRunner.INFO + ")");
            YamlMap m = YamlNode.parse(info).asMap();
            String sweepFile = m.string("sweep");
            String d = m.string("sweep_sha256");
            m.entries();
            if (plan == null) {
                SweepSpec spec = SweepSpec.load(Path.of(sweepFile));
                if (!spec.digest().equals(d)) throw InputException.of(sweepFile, "changed since the shards ran; rerun them");
                plan = new SweepPlan(spec);
                digest = d;
            } else if (!digest.equals(d)) {
                throw InputException.of(dir.toString(), "is a shard of another sweep");
            }
            for (Map.Entry<Integer, RunRecord> e : SweepJournal.read(dir, plan.spec().metrics()).entrySet()) {
                if (all.putIfAbsent(e.getKey(), e.getValue()) != null) throw InputException.of(dir.toString(), "repeats run " + e.getKey() + " of another shard");
            }
        }
        int missing = plan.runs().size() - all.size();
        if (missing > 0) {
            int first = plan.runs().stream().filter(r -> !all.containsKey(r.id())).findFirst().orElseThrow().id();
            throw InputException.of(null, "the shards lack " + missing + " of " + Plural.of(plan.runs().size(), "run") + " (first missing: run " + first + "); finish or rerun them");
        }
        Files.createDirectories(out);
        SweepOutputs.write(out, plan, all);
        long failed = all.values().stream().filter(r -> !r.ok()).count();
        spec.commandLine().getOut().printf(Locale.ROOT, "merged %s, %s (%d failed) into %s%n", Plural.of(shards.length, "shard"), Plural.of(all.size(), "run"), failed, out);
        return 0;
    }
}
