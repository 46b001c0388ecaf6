package medsim.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.record.CsvWriter;
import medsim.yaml.InputException;

/** {@code medsim chart} reads medsim's CSV files with commons-csv: quoted names, and one-line errors at the right line. */
class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksReadBackAndErrorsNameTheirLine() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "name,value\n\"a, \"\"b\"\"\",1\n\"two\nlines\",2\n\nlast,x\n");
        CsvTable t = CsvTable.read(f);
        assertEquals(List.of("name", "value"), t.header());
        assertEquals(3, t.size(), "a blank line is no row");
        assertEquals("a, \"b\"", t.text(0, 0));
        assertEquals("two\nlines", t.text(1, 0));
        assertEquals(2, t.number(1, 1));
        InputException e = assertThrows(InputException.class, () -> t.number(2, 1));
        assertEquals(f + ":6:2: value must be a number (got 'x')", e.getMessage(), "the row after a two-line record and a blank line");

        Files.writeString(f, "name,value\na,1\nb,2,3\n");
        assertEquals(f + ":3: has 3 fields, the header has 2", assertThrows(InputException.class, () -> CsvTable.read(f)).getMessage());
    }

    @Test
    void anUnclosedQuoteOrBytesThatAreNotUtf8AreOneLine() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "name,value\n\"a,1\n");
        assertEquals(f + ": is not a CSV file: (startline 2) EOF reached before encapsulated token finished",
                assertThrows(InputException.class, () -> CsvTable.read(f)).getMessage());
        Files.write(f, new byte[] {'n', ',', 'v', '\n', (byte) 0xE9, ',', '1', '\n'});
        assertEquals(f + ": is not UTF-8 text", assertThrows(InputException.class, () -> CsvTable.read(f)).getMessage());
    }

    @Test
    void aSweepMetricWithACommaAndAQuoteInItsNameIsOneMetric() throws IOException {
        String metric = "rescued_people.NGO \"Sea-Watch\", MSF";
        Path f = dir.resolve("points.csv");
        CsvWriter.write(f, w -> {
            w.text("point").text("smuggling.planScale");
            for (String s : List.of("_mean", "_sd", "_ci95_low", "_ci95_high")) w.text(metric + s);
            w.endRow();
            w.integer(0).num(0.5).num(10).num(1).num(8).num(12).endRow();
            w.integer(1).num(1.5).num(30).num(2).num(26).num(34).endRow();
        });
        SweepPoints p = SweepPoints.read(f);
        assertEquals(List.of("smuggling.planScale"), p.parameters());
        assertEquals(1, p.metrics().size());
        assertEquals(metric, p.metrics().get(0).name());
        assertEquals(30, p.value(1, p.metrics().get(0).mean()));
    }
}
