package medsim.gui.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import medsim.record.Csv;
import medsim.record.Plural;
import medsim.yaml.InputException;

/**
 * A CSV file as medsim writes it (RFC 4180: a header line, fields quoted when they hold a
 * comma, quote or line break). Errors name the file, line and column, as for scenarios.
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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        parse(text, records, startLines);
        if (records.isEmpty()) throw InputException.of(file.toString(), "is empty (expected a header line)");
        CsvTable t = new CsvTable(file, records.get(0));
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) continue;
            if (r.size() != t.header.size()) {
                throw new InputException(file.toString(), startLines.get(i), 0, null,
                        "has " + Plural.of(r.size(), "field") + ", the header has " + t.header.size());
            }
            t.rows.add(r.toArray(String[]::new));
            t.lines.add(startLines.get(i));
        }
        return t;
    }

    private static void parse(String text, List<List<String>> records, List<Integer> startLines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                startLines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            startLines.add(recordLine);
        }
    }

    public Path file() { return file; }
    public List<String> header() { return header; }
    public int size() { return rows.size(); }

    /** The index of a column, or an error naming the file if it has none of that name. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new InputException(file.toString(), 1, 0, null, "has no column '" + name + "' (columns: " + String.join(",", header) + ")");
        return i;
    }

    public String text(int row, int column) { return rows.get(row)[column]; }

    /** A number as medsim writes it ({@link Csv#parseNum}: an empty field is NaN). */
    public double number(int row, int column) {
        String s = rows.get(row)[column].strip();
        try {
            return Csv.parseNum(s);
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), lines.get(row), 0, header.get(column), "must be a number (got '" + s + "')");
        }
    }

    public InputException error(int row, String field, String problem) {
        return new InputException(file.toString(), lines.get(row), 0, field, problem);
    }
}
