package medsim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import medsim.format.Numbers;
import medsim.record.Csv;
import medsim.record.CsvWriter;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;

/**
 * The journal of an ABC-SMC calibration ({@link AbcSmc.Journal}): every simulated proposal's
 * distance, appended and flushed as it completes, so that an interrupted calibration resumes
 * and the shards of one calibration share their results through their folder.
 *
 * <p>Shard K of a calibration (a calibration without shards is shard 0 of 1) writes
 * {@code abc-journal-K.csv} and nobody else does; it reads every {@code abc-journal-*.csv} of
 * the folder. A journal's first line says which calibration it belongs to ({@link Identity}:
 * the build, the scenario's inputs' SHA-256 and the calibration file's), its second names the
 * columns: {@code generation,proposal,key,distance}, then each parameter's value on the unit
 * scale of its range ({@code unit.<path>}), exact as {@link Numbers#format} spells it. Then a
 * line per simulation, in the order they finished. A line torn by a kill (no newline) is
 * dropped.
 */
public final class AbcJournal implements AbcSmc.Journal, Closeable {
    /** Size cap of a journal read: 512 MiB, some 2 million simulations of ten parameters. */
    static final long MAX_BYTES = 512L << 20;
    private static final long FIRST_POLL_MILLIS = 50, MAX_POLL_MILLIS = 2_000;

    /** The journal file of shard {@code k}. */
    public static String fileName(int k) {
        return "abc-journal-" + k + ".csv";
    }

    /** Whether a file name is a shard's journal's. */
    public static boolean isJournal(String fileName) {
        return medsim.record.OutputFolder.isAbcJournal(fileName);
    }

    /**
     * Which calibration a journal belongs to: a journal is read only by a calibration with
     * the same three.
     *
     * @param build             the build's id ({@link medsim.provenance.BuildInfo#id()})
     * @param inputsSha256      the scenario's resolved inputs' digest
     * @param calibrationSha256 the calibration file's SHA-256
     */
    public record Identity(String build, String inputsSha256, String calibrationSha256) {
        List<String> fields() {
            return List.of("build", build, "inputs_sha256", inputsSha256, "calibration_sha256", calibrationSha256);
        }

        /** What differs between a journal's identity ({@code this}) and the calibration's now, in words; null if nothing. */
        String change(Identity now) {
            if (!inputsSha256.equals(now.inputsSha256)) return "the scenario's inputs changed since it was written (inputs_sha256 " + inputsSha256 + ", now " + now.inputsSha256 + ")";
            if (!calibrationSha256.equals(now.calibrationSha256)) return "the calibration file changed since it was written (calibration_sha256 " + calibrationSha256 + ", now " + now.calibrationSha256 + ")";
            if (!build.equals(now.build)) return "it was written by another build of medsim (" + build + ", this one " + now.build + ")";
            return null;
        }
    }

    /** A shard's {@code --shard-wait} ran out: the shards it waited for did not record their proposals in time. */
    public static final class WaitedTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WaitedTooLong(String message) {
            super(message);
        }
    }

    /** One recorded simulation, and where it was read. */
    private record Entry(int generation, int proposal, long key, double[] unit, double distance, Path file, int line) {}

    /** How far a journal of another shard has been read. */
    private static final class Reading {
        Object fileKey; // the file read: a shard starting again replaces it with another
        long offset;
        int lines;
        boolean ours; // its identity is this calibration's
    }

    private final Path dir;
    private final AbcSmc.Share share;
    private final List<String> parameters;
    private final Identity identity;
    private final Duration wait;
    private final Path file;
    private final CsvWriter out;
    private final Map<Long, Entry> entries = new TreeMap<>();
    private final Map<Path, Reading> readings = new TreeMap<>();
    private int ownLines;
    private int simulated;
    private int replayed;

    private AbcJournal(Path dir, AbcSmc.Share share, List<String> parameters, Identity identity, Duration wait, Path file, CsvWriter out) {
        this.dir = dir;
        this.share = share;
        this.parameters = List.copyOf(parameters);
        this.identity = identity;
        this.wait = wait;
        this.file = file;
        this.out = out;
    }

    /**
     * Removes every shard's journal from {@code dir}: a calibration that starts over (ABC-SMC
     * without shards and without {@code --resume}, or CMA-ES) replaces an earlier one's.
     */
    public static void removeAll(Path dir) {
        for (Path j : journals(dir)) {
            try {
                Files.deleteIfExists(j);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + j + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Opens this shard's journal in {@code dir} and reads the folder's others. Without
     * {@code resume} the shard's journal starts empty (and a calibration without shards removes
     * every shard's journal first); with it, the journals are kept and checked.
     *
     * @param parameters the parameters' paths, in the calibration file's order
     * @param wait       how long {@link #awaitOthers} waits for other shards before giving up
     * @throws InputException with {@code resume}, when a journal belongs to another calibration
     *         (another build, scenario or calibration file) or has other parameters, naming it;
     *         then nothing has been changed
     */
    public static AbcJournal open(Path dir, AbcSmc.Share share, List<String> parameters, Identity identity, boolean resume, Duration wait) {
        Path file = dir.resolve(fileName(share.shard()));
        List<Path> journals = journals(dir);
        try {
            if (resume) requireSameCalibration(identity, journals);
            if (!resume && share.shards() == 1) removeAll(dir);
            AbcJournal journal;
            if (resume && Files.exists(file) && firstLine(file) != null) {
                Reading own = new Reading();
                List<Entry> read = new ArrayList<>();
                long keep = readNew(file, own, parameters, identity, read);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(keep); // drop a line torn by a kill
                }
                journal = new AbcJournal(dir, share, parameters, identity, wait, file, append(file));
                journal.ownLines = own.lines;
                for (Entry e : read) journal.entries.putIfAbsent(index(e), e);
            } else {
                List<String> header = new ArrayList<>(List.of("generation", "proposal", "key", "distance"));
                for (String p : parameters) header.add("unit." + p);
                // Written whole and moved into place, a new file: a shard that read the old one sees it is another.
                medsim.record.AtomicFiles.write(file, w -> w.write(CsvWriter.record(identity.fields()) + CsvWriter.record(header)));
                journal = new AbcJournal(dir, share, parameters, identity, wait, file, append(file));
                journal.ownLines = 2;
            }
            journal.readOthers();
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireSameCalibration(Identity identity, List<Path> journals) throws IOException {
        for (Path j : journals) {
            requireUsable(j);
            String first = firstLine(j);
            if (first == null) continue; // torn before its first line was whole: nothing in it
            String change = identity(j, first).change(identity);
            if (change != null) {
                throw new InputException(j.toString(), 1, 1, null, "is the journal of another calibration: " + change
                        + "; start again without --resume, or give another --out");
            }
        }
    }

    private static CsvWriter append(Path file) throws IOException {
        return new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
    }

    /** The shards' journals in a folder, in name order. */
    public static List<Path> journals(Path dir) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (isJournal(p.getFileName().toString())) found.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    /** A shard's folder is the user's to give: a journal may be anything (a link to /dev/zero would never end). */
    private static void requireUsable(Path file) {
        String unusable = InputFiles.unusable(file, MAX_BYTES);
        if (unusable != null) throw InputException.of(file.toString(), unusable);
    }

    /** The first whole line of a journal, or null if it has none yet. */
    private static String firstLine(Path file) throws IOException {
        byte[] head;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
            while (buf.hasRemaining() && ch.read(buf) > 0) { }
            head = Arrays.copyOf(buf.array(), buf.position());
        } catch (NoSuchFileException e) {
            return null;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? null : text.substring(0, end + 1);
    }

    private static Identity identity(Path file, String firstLine) throws IOException {
        List<String> f = record(firstLine);
        if (f.size() != 6 || !f.get(0).equals("build") || !f.get(2).equals("inputs_sha256") || !f.get(4).equals("calibration_sha256")) {
            throw new InputException(file.toString(), 1, 1, null, "is not an ABC-SMC journal: its first line should name the build, inputs_sha256 and calibration_sha256");
        }
        return new Identity(f.get(1), f.get(3), f.get(5));
    }

    private static List<String> record(String line) throws IOException {
        try (CSVParser p = Csv.FORMAT.parse(new java.io.StringReader(line))) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
    }

    /**
     * Reads the whole lines of {@code file} past {@code r.offset} into {@code into}, checking
     * its identity and header first if it is read from the start; returns the new offset.
     * A journal of another calibration is left unread ({@code r.ours} false).
     */
    private static long readNew(Path file, Reading r, List<String> parameters, Identity identity, List<Entry> into) throws IOException {
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Object fileKey = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            long size = ch.size();
            if (size < r.offset || (fileKey != null && !fileKey.equals(r.fileKey))) { // replaced by a new run of its shard: read it again
                r.offset = 0;
                r.lines = 0;
                r.fileKey = fileKey;
            }
            if (size - r.offset > MAX_BYTES) throw InputException.of(file.toString(), "is larger than " + (MAX_BYTES >> 20) + " MiB: not a journal medsim wrote");
            ByteBuffer buf = ByteBuffer.allocate((int) (size - r.offset));
            ch.position(r.offset);
            while (buf.hasRemaining() && ch.read(buf) > 0) { }
            bytes = Arrays.copyOf(buf.array(), buf.position());
        } catch (NoSuchFileException e) {
            return r.offset;
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--; // a line without its newline is still being written, or was torn
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        int taken = 0; // lines consumed, the last split element being the empty rest
        for (int k = 0; k < lines.length - 1; k++) {
            String line = lines[k];
            int number = r.lines + 1;
            if (number == 1) {
                r.ours = identity(file, line + "\n").change(identity) == null;
                if (!r.ours) return r.offset; // another calibration's: left for its shard to replace
            } else if (number == 2) {
                List<String> header = record(line + "\n");
                List<String> expected = new ArrayList<>(List.of("generation", "proposal", "key", "distance"));
                for (String p : parameters) expected.add("unit." + p);
                if (!header.equals(expected)) {
                    throw new InputException(file.toString(), 2, 1, null, "is the journal of a calibration with other parameters than " + String.join(", ", parameters));
                }
            } else {
                into.add(entry(file, number, record(line + "\n"), parameters.size()));
            }
            r.lines = number;
            taken += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        r.offset += taken;
        return r.offset;
    }

    private static Entry entry(Path file, int line, List<String> f, int dims) {
        if (f.size() != 4 + dims) throw new InputException(file.toString(), line, 1, null, "has " + f.size() + " fields where a journal line has " + (4 + dims));
        try {
            int g = Integer.parseInt(f.get(0));
            int i = Integer.parseInt(f.get(1));
            long key = Long.parseLong(f.get(2));
            double distance = Numbers.parse(f.get(3));
            double[] unit = new double[dims];
            for (int k = 0; k < dims; k++) unit[k] = Numbers.parse(f.get(4 + k));
            if (g < 0 || i < 0) throw new NumberFormatException("negative index");
            if (!(distance >= 0)) {
                throw new InputException(file.toString(), line, 4, "distance", "must be a distance, at least 0 (got " + f.get(3) + "): the journal was edited or damaged; start again without --resume");
            }
            for (int k = 0; k < dims; k++) {
                if (!(unit[k] >= 0 && unit[k] <= 1)) {
                    throw new InputException(file.toString(), line, 5 + k, null, "must lie in [0, 1], a value on the unit scale of its range (got " + f.get(4 + k)
                            + "): the journal was edited or damaged; start again without --resume");
                }
            }
            return new Entry(g, i, key, unit, distance, file, line);
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), line, 1, null, "is not a journal line (generation, proposal, key, distance, unit values): " + e.getMessage());
        }
    }

    private static long index(int g, int i) {
        return ((long) g << 32) | (i & 0xFFFFFFFFL);
    }

    private static long index(Entry e) {
        return index(e.generation(), e.proposal());
    }

    /** Reads what the other shards' journals gained since the last reading. */
    private void readOthers() throws IOException {
        for (Path j : journals(dir)) {
            if (j.equals(file)) continue;
            requireUsable(j);
            Reading r = readings.computeIfAbsent(j, k -> new Reading());
            List<Entry> read = new ArrayList<>();
            readNew(j, r, parameters, identity, read);
            for (Entry e : read) entries.putIfAbsent(index(e), e);
        }
    }

    @Override
    public synchronized Double recorded(int g, int i, long key, double[] unit) {
        Entry e = entries.get(index(g, i));
        if (e == null) return null;
        check(e, key, unit);
        replayed++;
        return e.distance();
    }

    /** Refuses a recorded proposal that is not the one drawn now: the journal is another calibration's. */
    private static void check(Entry e, long key, double[] unit) {
        if (e.key() != key || !Arrays.equals(e.unit(), unit)) {
            throw new InputException(e.file().toString(), e.line(), 1, null, "records proposal " + e.proposal() + " of generation " + e.generation()
                    + (e.key() != key ? " with key " + e.key() + ", where this calibration draws it with key " + key
                    : " at other parameter values than this calibration draws")
                    + ": the calibration file, the scenario or the build changed; start again without --resume");
        }
    }

    @Override
    public synchronized void record(int g, int i, long key, double[] unit, double distance) {
        try {
            // One line per flush, so a kill tears at most the last line.
            out.integer(g).integer(i).integer(key).num(distance).nums(unit).endRow();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        ownLines++;
        entries.putIfAbsent(index(g, i), new Entry(g, i, key, unit.clone(), distance, file, ownLines));
        simulated++;
    }

    /**
     * Polls the other shards' journals (every 50 ms at first, then less often, up to every
     * 2 s) until they hold every one of the proposals.
     *
     * @throws WaitedTooLong if they do not within the {@code wait} given at opening, naming the shards waited for
     */
    @Override
    public double[] awaitOthers(int g, int[] indices, long[] keys, double[][] units) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (true) {
            synchronized (this) {
                try {
                    readOthers();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the journals in " + dir + ": " + e.getMessage(), e);
                }
                TreeSet<Integer> missing = new TreeSet<>();
                for (int k = 0; k < indices.length; k++) {
                    if (!entries.containsKey(index(g, indices[k]))) missing.add(indices[k] % share.shards());
                }
                if (missing.isEmpty()) {
                    double[] d = new double[indices.length];
                    for (int k = 0; k < indices.length; k++) {
                        Entry e = entries.get(index(g, indices[k]));
                        check(e, keys[k], units[k]);
                        d[k] = e.distance();
                    }
                    replayed += indices.length;
                    return d;
                }
                if (System.nanoTime() >= deadline) {
                    throw new WaitedTooLong("shard " + share.shard() + "/" + share.shards() + " waited longer than --shard-wait " + words(wait)
                            + " for shard" + (missing.size() == 1 ? " " : "s ") + joined(missing) + " to record their proposals of generation " + g
                            + " in " + dir + " (are they running?); resume with --resume once they are");
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause = Math.min(MAX_POLL_MILLIS, pause * 2);
        }
    }

    private static String joined(TreeSet<Integer> shards) {
        List<String> s = new ArrayList<>();
        for (int k : shards) s.add(Integer.toString(k));
        return s.size() == 1 ? s.get(0) : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    /** A duration as it would be given: 6h, 90m, 30s. */
    static String words(Duration d) {
        long s = d.toSeconds();
        if (s > 0 && s % 3600 == 0) return s / 3600 + "h";
        if (s > 0 && s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }

    /** How many proposals this process simulated (and recorded) since the journal was opened. */
    public synchronized int simulated() {
        return simulated;
    }

    /** How many distances this process took from the journals instead of simulating: an earlier run's, or the other shards'. */
    public synchronized int replayed() {
        return replayed;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
