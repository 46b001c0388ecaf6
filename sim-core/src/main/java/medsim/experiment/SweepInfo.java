package medsim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import medsim.format.Json;
import medsim.provenance.BuildInfo;
import medsim.provenance.InputFile;
import medsim.provenance.RunInputs;
import medsim.record.RunOutputs;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * A sweep folder's {@code sweep.json}: which sweep its runs belong to, which shard, and what
 * made them: every input file that decides a run (the sweep file, a CSV design, the scenario
 * and each file it extends, the facts file, the land file) with their digests, and the medsim
 * build. A sweep resumes, and shards merge, only if all of that is the same.
 */
public record SweepInfo(Path sweepFile, String sweepSha256, String shard, int runs, SeedScheme seeds, RunInputs inputs, BuildInfo build) {
    public static final String FILE = "sweep.json";

    /** The sweep as it is now: its files as they are on disk, run by {@code build}. */
    public static SweepInfo of(SweepPlan plan, String shard, BuildInfo build) {
        SweepSpec spec = plan.spec();
        Path sweep = spec.file().toAbsolutePath().normalize();
        List<InputFile> own = new ArrayList<>();
        own.add(new InputFile("sweep", sweep, spec.digest()));
        if (spec.designFile() != null) own.add(InputFile.read("design", spec.designFile()));
        if (spec.screening() != null) own.add(InputFile.read("registry", spec.screening().registry()));
        if (spec.posterior() != null) own.add(InputFile.read("posterior", spec.posterior().file()));
        return new SweepInfo(sweep, spec.digest(), shard, plan.runs().size(), spec.seeds(), new RunInputs(own).plus(spec.baseScenario().sources()), build);
    }

    /** Reads a folder's sweep.json; bad input if there is none or it is not medsim's. */
    public static SweepInfo read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) throw InputException.of(dir.toString(), "is not a sweep folder (no " + FILE + ")");
        YamlMap m = YamlNode.parse(file).asMap();
        Path sweep = Path.of(m.string("sweep"));
        String sha = m.string("sweep_sha256");
        String shard = m.string("shard");
        int runs = m.integer("runs", 0, Integer.MAX_VALUE);
        // Before medsim recorded it, every design point had its own seeds.
        SeedScheme seeds = m.has("seeds") ? SeedScheme.parse(m.string("seeds")) : SeedScheme.INDEPENDENT;
        if (seeds == null) throw m.get("seeds").error("must be common or independent");
        // Folders from before medsim recorded its inputs and build have neither: they match nothing.
        RunInputs inputs = m.has("inputs") ? RunInputs.fromJson(m.get("inputs")) : null;
        BuildInfo build = m.has("build_id") ? new BuildInfo(m.string("build_id"), m.string("medsim_version", "unknown"),
                m.has("git_commit") ? m.string("git_commit") : null,
                m.has("git_dirty") ? Boolean.valueOf(m.get("git_dirty").asBoolean()) : null) : null;
        m.entries(); // the other fields (inputs_sha256, java) are for people
        return new SweepInfo(sweep, sha, shard, runs, seeds, inputs, build);
    }

    /** Writes sweep.json into the folder (atomically). */
    public void write(Path dir) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sweep", Json.string(sweepFile.toString()));
        f.put("sweep_sha256", Json.string(sweepSha256));
        f.put("shard", Json.string(shard));
        f.put("runs", Integer.toString(runs));
        f.put("seeds", Json.string(seeds.key()));
        f.put("inputs_sha256", Json.string(inputs.digest()));
        f.put("inputs", inputs.toJson());
        f.putAll(build.json());
        f.put("java", Json.string(System.getProperty("java.version")));
        RunOutputs.writeRunJson(dir.resolve(FILE), f);
    }

    /** What differs between two records of a sweep folder. */
    public enum Difference { SWEEP, SHARD, UNRECORDED, INPUTS, BUILD }

    /**
     * A difference, with what was recorded and what is there now: for SWEEP the two sweep
     * files, for SHARD the two shards, for INPUTS the changed files ("X changed, Y is read
     * now", in {@code now}), for BUILD the two builds' short ids.
     */
    public record Conflict(Difference difference, String recorded, String now) {}

    /**
     * Why runs recorded here cannot be continued by, or combined with, runs made as {@code now}
     * says; empty when they can. Checked in this order: another sweep file (another path and
     * content), another shard, a record without inputs and build (an older medsim), changed
     * input files, another build.
     */
    public Optional<Conflict> conflictWith(SweepInfo now) {
        if (!sweepSha256.equals(now.sweepSha256) && !sweepFile.equals(now.sweepFile)) {
            return Optional.of(new Conflict(Difference.SWEEP, sweepFile.toString(), now.sweepFile.toString()));
        }
        if (!shard.equals(now.shard)) return Optional.of(new Conflict(Difference.SHARD, shard, now.shard));
        if (inputs == null || build == null) return Optional.of(new Conflict(Difference.UNRECORDED, "", ""));
        List<String> changes = now.inputs.changesSince(inputs);
        if (!changes.isEmpty()) return Optional.of(new Conflict(Difference.INPUTS, "", String.join(", ", changes)));
        if (!build.id().equals(now.build.id())) return Optional.of(new Conflict(Difference.BUILD, build.shortId(), now.build.shortId()));
        return Optional.empty();
    }

    /** The same record for another shard of the sweep (to compare shards with each other). */
    public SweepInfo asShard(String otherShard) {
        return new SweepInfo(sweepFile, sweepSha256, otherShard, runs, seeds, inputs, build);
    }
}
