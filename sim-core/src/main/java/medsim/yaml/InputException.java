package medsim.yaml;

import java.util.Locale;

/**
 * Bad input from a user's file or command line, reported as one line:
 * {@code file:line:column: field message}. The CLI prints it and exits 2; it is
 * never shown as a stack trace. Control characters that the message quotes from the input
 * (a key or a file name holding a line break, say) are written as escapes, so the
 * message stays one line.
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
        return printable(sb.append(problem).toString());
    }

    /**
     * {@code text} with its control characters and line separators written as escapes, as in
     * Java and JSON strings: {@code \n}, {@code \r}, {@code \t}, and the others as a backslash,
     * {@code u} and four hex digits. It then prints as one line whatever it quotes.
     */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type != Character.CONTROL && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String field() { return field; }
    public String problem() { return problem; }
}
