package medsim.record;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV dialect of every output file, so the same run gives the same bytes and every
 * name read back is the one written; numbers are spelt by {@link medsim.format.Numbers}.
 *
 * <p>CSV ({@link #FORMAT}): RFC 4180 as commons-csv implements it, with {@code "\n"} line
 * ends. Files are written only through {@link CsvWriter} and read only through commons-csv's
 * parser in this format; quoting is the library's, never ours.
 */
public final class Csv {
    /**
     * The CSV dialect of every file medsim writes: comma-separated; a field in double quotes
     * (a quote inside doubled) when it holds a comma, quote or line break, starts with a
     * character up to {@code #} in ASCII (a space, {@code !}, {@code "}, {@code #}, a control
     * character), ends with a space or control character, or is an empty first field;
     * records end with {@code "\n"}. Read with it, a blank line is a record of one empty
     * field, as RFC 4180 has it.
     */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL).get();

    /** {@link #FORMAT} for reading a file whose first record is its header (column names). */
    public static final CSVFormat WITH_HEADER = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();

    private Csv() {}
}
