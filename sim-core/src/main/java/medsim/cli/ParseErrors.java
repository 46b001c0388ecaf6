package medsim.cli;

import java.io.PrintWriter;
import java.util.List;

import medsim.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line as one line on stderr and exit code 2: {@code medsim run: --seed must be a
 * whole number (got "abc")}. picocli's own messages name Java types ("is not a long") and take a
 * second line; these name the flag, what it takes and what was given.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    private final PrintWriter err;

    ParseErrors(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        err.println(InputException.printable(message(ex)));
        return MedsimCommand.BAD_INPUT;
    }

    /** The one line for {@code ex}, prefixed by the command it concerns ({@code medsim run: }). */
    static String message(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName(" ");
        return command + ": " + problem(ex, cl, command);
    }

    private static String problem(ParameterException ex, CommandLine cl, String command) {
        String help = "(" + command + " --help lists them)";
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? help : "(did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
            if (first.startsWith("-")) return "unknown option " + quote(first) + " " + hint;
            if (!cl.getSubcommands().isEmpty() && cl.getCommandSpec().positionalParameters().isEmpty())
                return "unknown command " + quote(first) + " " + hint;
            return "unexpected argument " + quote(first) + " (" + command + " --help shows what it takes)";
        }
        if (ex instanceof OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " may be given only once";
        }
        if (ex instanceof MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            ArgSpec spec = missing == null || missing.isEmpty() ? null : missing.get(0);
            if (spec == null) return "an argument is missing (" + command + " --help shows what it takes)";
            if (spec.isOption() && ex.getMessage().startsWith("Missing required parameter for option"))
                return name(spec) + " needs a value " + label(spec);
            if (spec.isOption()) return name(spec) + " " + label(spec) + " is required";
            return label(spec) + " is required";
        }
        ArgSpec spec = ex.getArgSpec();
        String value = ex.getValue();
        if (spec != null && value != null) {
            Class<?> type = spec.type();
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                String most = type == int.class || type == Integer.class ? Integer.toString(Integer.MAX_VALUE) : Long.toString(Long.MAX_VALUE);
                if (value.matches("[+-]?[0-9]+")) return name(spec) + " must be a whole number up to " + most + " (got " + quote(value) + ")";
                return name(spec) + " must be a whole number (got " + quote(value) + ")";
            }
            if (type == double.class || type == Double.class) return name(spec) + " must be a number (got " + quote(value) + ")";
            // A converter of ours (MedsimCommand's Path converter) words its refusal as what the value is.
            if (ex.getCause() instanceof CommandLine.TypeConversionException t) return name(spec) + " " + t.getMessage();
            return name(spec) + " has a bad value " + quote(value);
        }
        // picocli's remaining messages (too many values, a command required) carry no type names.
        return firstLine(ex.getMessage());
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) return o.longestName();
        return label(spec);
    }

    private static String label(ArgSpec spec) {
        return spec.paramLabel();
    }

    /** {@code s} in double quotes, with backslashes, quotes and control characters escaped: one line whatever it holds. */
    static String quote(String s) {
        return "\"" + InputException.printable(s.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    private static String firstLine(String s) {
        if (s == null) return "bad command line";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
