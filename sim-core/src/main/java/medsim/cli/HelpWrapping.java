package medsim.cli;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, with descriptions wrapped at spaces only. picocli wraps with Java's line
 * {@link java.text.BreakIterator}, which also breaks after a dot, a colon or a slash, and so
 * inside file names ({@code events.} / {@code csv}). Here a line is cut at its last space
 * that fits; picocli breaks a line itself only if a single word is wider than the column.
 */
final class HelpWrapping implements CommandLine.IHelpFactory {
    @Override
    public Help create(CommandSpec spec, ColorScheme colors) {
        return new Help(spec, colors) {
            @Override
            public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
                Layout layout = super.createDefaultLayout(options, positionals, scheme);
                return new Layout(scheme, new Table(scheme, layout.textTable()), layout.optionRenderer(), layout.parameterRenderer());
            }

            /** As picocli's: each command's name and the first line of its description, in two columns. */
            @Override
            public String commandList(Map<String, Help> subcommands) {
                if (subcommands.isEmpty()) return "";
                int width = commandSpec().usageMessage().width();
                int names = Math.min(subcommands.keySet().stream().mapToInt(String::length).max().orElse(0), width / 2);
                Table table = new Table(colorScheme(), TextTable.forColumns(colorScheme(),
                        new Column(names + 2, 2, Column.Overflow.SPAN), new Column(width - (names + 2), 2, Column.Overflow.WRAP)));
                for (Help command : subcommands.values()) {
                    CommandLine.Model.UsageMessageSpec usage = command.commandSpec().usageMessage();
                    String first = usage.header().length > 0 ? usage.header()[0] : usage.description().length > 0 ? usage.description()[0] : "";
                    table.addRowValues(command.commandNamesText(", "), colorScheme().text(format(first)));
                }
                return table.toString();
            }

            @Override
            public String description(Object... params) {
                CommandLine.Model.UsageMessageSpec usage = commandSpec().usageMessage();
                Table table = new Table(colorScheme(), TextTable.forColumnWidths(colorScheme(), usage.width()));
                table.indentWrappedLines = 0;
                for (String line : usage.description()) table.addRowValues(format(line, params));
                return table.toString(new StringBuilder()).toString();
            }
        };
    }

    /**
     * A description line as picocli renders it: a format string ({@code %n}, {@code %%}), or,
     * if it is no valid format ("a 95% interval"), the line as written.
     */
    static String format(String line, Object... params) {
        try {
            return String.format(line, params);
        } catch (IllegalFormatException e) {
            return line;
        }
    }

    /** A picocli table whose wrapping column receives its value already cut into lines at spaces. */
    static final class Table extends TextTable {
        private final ColorScheme scheme;

        Table(ColorScheme scheme, TextTable like) {
            super(scheme, like.columns());
            this.scheme = scheme;
            indentWrappedLines = like.indentWrappedLines;
            setAdjustLineBreaksForWideCJKCharacters(like.isAdjustLineBreaksForWideCJKCharacters());
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            boolean wraps = column.overflow == Column.Overflow.WRAP || (column.overflow == Column.Overflow.SPAN && col == columns().length - 1);
            if (value == null || !wraps) return super.putValue(row, col, value);
            int width = column.width - column.indent;
            List<Text> lines = atSpaces(value, width, width - indentWrappedLines);
            Cell cell = super.putValue(row, col, lines.get(0));
            for (Text line : lines.subList(1, lines.size())) {
                addEmptyRow();
                cell = super.putValue(rowCount() - 1, col, scheme.ansi().new Text(" ".repeat(indentWrappedLines), scheme).concat(line));
            }
            return cell;
        }

        /** {@code text} cut at spaces into lines of at most {@code firstWidth}, then {@code width}, characters. */
        static List<Text> atSpaces(Text text, int firstWidth, int width) {
            String s = text.plainString();
            List<Text> lines = new ArrayList<>();
            int start = 0;
            int room = firstWidth;
            while (s.length() - start > room) {
                int cut = s.lastIndexOf(' ', start + room);
                if (cut <= start) cut = s.indexOf(' ', start + room); // a word wider than the line: it overflows
                if (cut < 0) break;
                lines.add(text.substring(start, cut));
                start = cut;
                while (start < s.length() && s.charAt(start) == ' ') start++;
                room = width;
            }
            lines.add(text.substring(start));
            return lines;
        }
    }
}
