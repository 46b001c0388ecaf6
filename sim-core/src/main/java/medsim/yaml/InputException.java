package medsim.yaml;

/**
 * Bad input from a user's file or command line, reported as one line:
 * {@code file:line:column: field message}. The CLI prints it and exits 2; it is
 * never shown as a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    /**
     * @param file   the file as the user named it (null for command-line input)
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param field  dotted path of the field, or null
     */
    public InputException(String file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    public static InputException of(String file, String problem) {
        return new InputException(file, 0, 0, null, problem);
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) sb.append(':').append(column);
            }
            sb.append(": ");
        }
        if (field != null && !field.isEmpty()) sb.append(field).append(' ');
        return sb.append(problem).toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String field() { return field; }
    public String problem() { return problem; }
}
