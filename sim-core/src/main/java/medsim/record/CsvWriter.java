package medsim.record;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import medsim.format.Numbers;

/**
 * The one writer of medsim's CSV files: commons-csv's {@link CSVPrinter} in {@link Csv#FORMAT},
 * numbers spelt by {@link Numbers#format}. Fields are added one at a time and {@link #endRow()} ends
 * the record; the library quotes a field that needs it, so a name or text holding a comma, a
 * quote or a line break reads back unchanged. No other class writes a CSV delimiter
 * ({@code OneCsvWriterTest} checks the sources).
 */
public final class CsvWriter implements Flushable, Closeable {
    /** What goes into a CSV file, field by field. */
    public interface Rows {
        void writeTo(CsvWriter out) throws IOException;
    }

    private final CSVPrinter printer;

    /** A writer onto {@code out}; closing it closes {@code out}. */
    public CsvWriter(Appendable out) {
        try {
            printer = new CSVPrinter(out, Csv.FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the format has no header to print
        }
    }

    /** Writes a CSV file atomically (see {@link AtomicFiles#write}). */
    public static void write(Path file, Rows rows) {
        AtomicFiles.write(file, w -> {
            CsvWriter out = new CsvWriter(w);
            rows.writeTo(out);
            out.flush();
        });
    }

    /** One record as text, with its line end: e.g. a header to compare with a file's first line. */
    public static String record(List<String> fields) {
        StringWriter s = new StringWriter();
        try {
            new CsvWriter(s).texts(fields).endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return s.toString();
    }

    /** A text field; null is an empty field. */
    public CsvWriter text(String s) throws IOException {
        printer.print(s == null ? "" : s);
        return this;
    }

    /** A text field each. */
    public CsvWriter texts(Iterable<String> fields) throws IOException {
        for (String s : fields) text(s);
        return this;
    }

    /** A number, as {@link Numbers#format} spells it (NaN is an empty field). */
    public CsvWriter num(double v) throws IOException {
        printer.print(Numbers.format(v));
        return this;
    }

    /** A number each. */
    public CsvWriter nums(double[] values) throws IOException {
        for (double v : values) num(v);
        return this;
    }

    /** A whole number. */
    public CsvWriter integer(long v) throws IOException {
        printer.print(Long.toString(v));
        return this;
    }

    /** Ends the record. */
    public void endRow() throws IOException {
        printer.println();
    }

    /** A whole record of text fields. */
    public void row(String... fields) throws IOException {
        texts(Arrays.asList(fields)).endRow();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
