package medsim.gui.chart;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import medsim.format.Numbers;
import medsim.record.Csv;
import medsim.record.Plural;
import medsim.yaml.InputException;

/**
 * A CSV file as medsim writes it ({@link Csv#FORMAT}: a header record, then one record per
 * row), read with commons-csv's parser. Errors name the file, line and column, as for
 * scenarios.
 */
public final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = List.copyOf(header);
    }

    public static CsvTable read(Path file) {
        String name = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = Csv.FORMAT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) throw InputException.of(name, "is empty (expected a header line)");
            CsvTable t = new CsvTable(file, records.next().toList());
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1; // where the next record starts
                if (!records.hasNext()) break;
                CSVRecord r = records.next();
                if (r.size() == 1 && r.get(0).isEmpty()) continue; // a blank line
                if (r.size() != t.header.size()) {
                    throw new InputException(name, line, 0, null, "has " + Plural.of(r.size(), "field") + ", the header has " + t.header.size());
                }
                t.rows.add(r.values());
                t.lines.add(line);
            }
            return t;
        } catch (UncheckedIOException e) { // an error met while parsing, e.g. a quote never closed
            throw InputException.of(name, problem(e.getCause()));
        } catch (IOException e) {
            throw InputException.of(name, problem(e));
        }
    }

    private static String problem(IOException e) {
        if (e instanceof CharacterCodingException) return "is not UTF-8 text";
        if (e instanceof CSVException) return "is not a CSV file: " + e.getMessage();
        return "cannot be read: " + e.getMessage();
    }

    public Path file() { return file; }
    public List<String> header() { return header; }
    public int size() { return rows.size(); }

    /** The index of a column, or an error naming the file if it has none of that name. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new InputException(file.toString(), 1, 0, null, "has no column '" + name + "' (columns: " + String.join(", ", header) + ")");
        return i;
    }

    public String text(int row, int column) { return rows.get(row)[column]; }

    /**
     * A number as medsim writes it ({@link Numbers#parse}: an empty field is NaN).
     *
     * @throws InputException at the cell's line and column if it is not a number
     */
    public double number(int row, int column) {
        String s = rows.get(row)[column].strip();
        try {
            return Numbers.parse(s);
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), lines.get(row), column + 1, header.get(column), "must be a number (got '" + s + "')");
        }
    }

    /**
     * Checks that the table has at least one row, and that every cell of the named columns is a
     * number ({@link #number}), or empty where {@code emptyAllowed}.
     *
     * @throws InputException at the first cell that is not, or naming the file if it has no rows
     */
    public void requireNumbers(List<String> columns, boolean emptyAllowed, String what) {
        if (rows.isEmpty()) throw new InputException(file.toString(), 2, 0, null, "has no rows (" + what + " has one at least)");
        for (String name : columns) {
            int c = column(name);
            for (int i = 0; i < rows.size(); i++) {
                if (emptyAllowed && rows.get(i)[c].isEmpty()) continue;
                if (!emptyAllowed && rows.get(i)[c].isEmpty()) throw error(i, name, "is empty (a number is expected)");
                number(i, c);
            }
        }
    }

    public InputException error(int row, String field, String problem) {
        return new InputException(file.toString(), lines.get(row), 0, field, problem);
    }
}
