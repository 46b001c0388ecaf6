package medsim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import medsim.format.Numbers;
import medsim.record.Csv;
import medsim.record.CsvWriter;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;

/**
 * The journal of a sweep folder: one line per finished run, appended and flushed as runs
 * finish. A sweep killed at any moment (even kill -9, even mid-line) resumes from it: a
 * torn last line is cut off, the runs it holds are not run again, and the final files are
 * written from it in run order, so they are the same as an uninterrupted sweep's.
 */
public final class SweepJournal implements Closeable {
    public static final String FILE = "journal.csv";

    private final Path file;
    private final List<String> metrics;
    private final Map<Integer, RunRecord> done;
    private final CsvWriter out;

    private SweepJournal(Path file, List<String> metrics, Map<Integer, RunRecord> done, CsvWriter out) {
        this.file = file;
        this.metrics = metrics;
        this.done = done;
        this.out = out;
    }

    /** Opens (creating or resuming) the journal in a folder. */
    public static SweepJournal open(Path dir, List<String> metrics) {
        Path file = dir.resolve(FILE);
        try {
            Map<Integer, RunRecord> done = new TreeMap<>();
            if (Files.exists(file) || Files.isSymbolicLink(file)) {
                requireUsable(file);
                long keep = readComplete(file, metrics, done);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(keep); // drop a line torn by a kill
                }
            } else {
                Files.writeString(file, header(metrics), StandardCharsets.UTF_8);
            }
            CsvWriter out = new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            return new SweepJournal(file, metrics, done, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Size cap of a journal read for merging: 512 MiB, some 2 million lines of ten metrics. */
    static final long MAX_BYTES = 512L << 20;

    /** A sweep or shard folder is the user's to give: its journal may be anything (a link to /dev/zero would never end). */
    private static void requireUsable(Path file) {
        String unusable = InputFiles.unusable(file, MAX_BYTES);
        if (unusable != null) throw InputException.of(file.toString(), unusable);
    }

    /** Reads a finished journal (a shard's, for merging). */
    public static Map<Integer, RunRecord> read(Path dir, List<String> metrics) {
        Path file = dir.resolve(FILE);
        requireUsable(file);
        Map<Integer, RunRecord> done = new TreeMap<>();
        try {
            readComplete(file, metrics, done);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return done;
    }

    private static String header(List<String> metrics) {
        List<String> columns = new ArrayList<>(List.of("run_id", "status"));
        columns.addAll(metrics);
        columns.add("error");
        return CsvWriter.record(columns);
    }

    /** Reads the complete lines into {@code done}; returns the byte length they take. */
    private static long readComplete(Path file, List<String> metrics, Map<Integer, RunRecord> done) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1; // a line without its newline was torn
        String complete = text.substring(0, end);
        if (!complete.startsWith(header(metrics))) {
            throw new InputException(file.toString(), 1, 1, null, "is the journal of a sweep with other metrics than this sweep's");
        }
        try (Reader r = new StringReader(complete);
             CSVParser p = Csv.WITH_HEADER.parse(r)) {
            for (CSVRecord rec : p) {
                if (rec.size() != metrics.size() + 3) continue;
                int id = Integer.parseInt(rec.get(0));
                boolean ok = rec.get(1).equals("ok");
                double[] values = new double[metrics.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Numbers.parse(rec.get(i + 2));
                }
                done.put(id, new RunRecord(id, ok, values, rec.get(metrics.size() + 2)));
            }
        }
        return complete.getBytes(StandardCharsets.UTF_8).length;
    }

    public synchronized boolean isDone(int id) {
        return done.containsKey(id);
    }

    public synchronized Map<Integer, RunRecord> records() {
        return new TreeMap<>(done);
    }

    public synchronized void append(RunRecord r) {
        try {
            // One record per flush, so a kill tears at most the last line.
            out.integer(r.id()).text(r.ok() ? "ok" : "failed").nums(r.metrics())
                    .text(r.error()).endRow();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        done.put(r.id(), r);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    public List<String> metrics() {
        return new ArrayList<>(metrics);
    }
}
