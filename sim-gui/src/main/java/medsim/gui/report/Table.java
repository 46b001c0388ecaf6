package medsim.gui.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report: a header and rows of text, each row with an optional class ({@code no}
 * shades a row whose target is out of tolerance), and optionally a flag column (yes/no) that
 * is shaded where it says yes. {@code id} names the table in the page (tests find it by it).
 */
final class Table {
    private final String id;
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> rowClasses = new ArrayList<>();
    private int flagColumn = -1;

    Table(String id, List<String> header) {
        this.id = id;
        this.header = List.copyOf(header);
    }

    Table row(String... cells) {
        return rowOfClass("", cells);
    }

    /** A row with a class: "no" shades it (a target out of tolerance), "yes" shades its flag column. */
    Table rowOfClass(String rowClass, String... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("a row of " + cells.length + " cells under " + header.size() + " headers");
        rows.add(cells.clone());
        rowClasses.add(rowClass);
        return this;
    }

    Table flagColumn(int column) {
        this.flagColumn = column;
        return this;
    }

    String id() { return id; }
    List<String> header() { return header; }
    List<String[]> rows() { return rows; }
    List<String> rowClasses() { return rowClasses; }
    int flagColumn() { return flagColumn; }
    int size() { return rows.size(); }
}
