package medsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void plainFieldsAreWrittenAsTheyAreAndOnlyFieldsThatNeedItAreQuoted() throws IOException {
        StringWriter s = new StringWriter();
        CsvWriter w = new CsvWriter(s);
        w.row("date", "metric", "value", "unit");
        w.text("2016-06-01").text("rescued_people.ngo").num(1471.5).text("people").endRow();
        w.integer(-7).num(-0.0).num(Double.NaN).num(1e-7).num(Double.NEGATIVE_INFINITY).text(null).endRow();
        w.text("a,b").text("say \"hi\"").text("two\nlines").text(" lead").text("trail ").text("#1").endRow();
        assertEquals("date,metric,value,unit\n"
                + "2016-06-01,rescued_people.ngo,1471.5,people\n"
                + "-7,-0,,1e-7,-Infinity,\n"
                + "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",\"trail \",\"#1\"\n", s.toString());
        assertEquals("run_id,\"NGO \"\"Sea-Watch\"\", MSF\",error\n", CsvWriter.record(List.of("run_id", "NGO \"Sea-Watch\", MSF", "error")));
    }

    @Test
    void anyTextReadsBackThroughTheParserAsWritten() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ab ,\"\n\r#!é\t";
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 500; r++) {
            List<String> row = new ArrayList<>();
            for (int f = 0, n = 1 + random.nextInt(5); f < n; f++) {
                StringBuilder sb = new StringBuilder();
                for (int c = random.nextInt(8); c > 0; c--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                row.add(sb.toString());
            }
            rows.add(row);
        }
        StringWriter s = new StringWriter();
        CsvWriter w = new CsvWriter(s);
        for (List<String> row : rows) w.texts(row).endRow();
        List<List<String>> back = new ArrayList<>();
        try (CSVParser p = Csv.FORMAT.parse(new StringReader(s.toString()))) {
            for (CSVRecord r : p) back.add(r.toList());
        }
        assertEquals(rows, back);
    }
}
