package medsim.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import medsim.experiment.RunsFailedException;
import medsim.provenance.BuildInfo;
import medsim.record.FileAccessException;
import medsim.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code medsim} command: dispatches to its subcommands, turns bad input into exit code 2
 * and failures of the environment (files that cannot be written, memory) into exit code 1,
 * each with one line and no stack trace.
 */
@Command(name = "medsim", mixinStandardHelpOptions = true, versionProvider = MedsimCommand.Version.class,
        description = "Agent-based simulation of maritime security operations in the Central Mediterranean.")
public final class MedsimCommand implements Runnable {
    /** medsim's commands, in the order its help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, CheckCommand.class, ValidateCommand.class, CompareCommand.class,
            PredictCommand.class, CalibrateCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for bad input: scenario, flags, files. */
    public static final int BAD_INPUT = 2;
    /** Exit code when runs of a sweep, validate or calibrate failed (also for internal errors). */
    public static final int RUNS_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (medsim --help lists them)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code. Used by main and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(args, List.of()), args, out, err);
    }

    /**
     * The command line that runs {@code args}: medsim's commands, then {@code more} (another
     * module's, which sim-gui adds), in the order the help lists them. When the first argument
     * names one of them (but {@code help}, which needs them all) it alone is added: picocli's
     * model of a command is built by reflection over its options, and building every command's
     * took about a tenth of a second of each run's start-up. Its options, help and errors are
     * the same either way.
     */
    public static CommandLine commandLine(String[] args, List<Class<?>> more) {
        List<Class<?>> all = new ArrayList<>(COMMANDS);
        all.addAll(more);
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = all.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)).toList();
        CommandLine cl = new CommandLine(new MedsimCommand());
        for (Class<?> c : named.isEmpty() ? all : named) {
            CommandLine command = new CommandLine(c);
            // Their --version (picocli's standard options) prints medsim's, as the root's does.
            if (command.getCommandSpec().mixinStandardHelpOptions()) command.getCommandSpec().versionProvider(new Version());
            cl.addSubcommand(command);
        }
        return cl;
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter)}, on a command line that may carry
     * subcommands added by another module (sim-gui adds {@code gui} and {@code chart}), with the
     * same error handling and exit codes.
     */
    public static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        configureParsing(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setHelpFactory(new HelpWrapping());
        cl.setParameterExceptionHandler(new ParseErrors(err));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputException ie) {
                err.println(ie.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof RunsFailedException rf) {
                err.println("medsim: " + rf.getMessage());
                if (System.getenv("MEDSIM_DEBUG") != null && rf.getCause() != null) rf.getCause().printStackTrace(err);
                return RUNS_FAILED;
            }
            String environment = environmentFailure(ex);
            if (environment != null) {
                err.println("medsim: " + environment);
                return 1;
            }
            err.println("medsim: internal error: " + ex);
            if (System.getenv("MEDSIM_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set MEDSIM_DEBUG=1 for the stack trace)");
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("medsim: " + outOfMemory(Runtime.getRuntime()));
            return 1;
        }
    }

    /**
     * How medsim reads its arguments, here and in tests that parse without running: each
     * argument as written (picocli would read an argument starting with {@code @} as a file of
     * more arguments: {@code @/dev/zero} would never end, and a file named {@code @x.yaml} could
     * not be given), and a path as {@link #path(String)} takes it.
     */
    static CommandLine configureParsing(CommandLine cl) {
        cl.registerConverter(Path.class, MedsimCommand::path);
        return cl.setExpandAtFiles(false);
    }

    /** A path option or parameter: an empty one would mean the current folder, which nobody means. */
    private static Path path(String text) {
        if (text.isEmpty()) throw new CommandLine.TypeConversionException("is an empty path (give a file or folder name)");
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("is not a path (" + e.getReason() + "): " + ParseErrors.quote(text));
        }
    }

    /**
     * The one line for a failure of the environment (a file that cannot be written), or null if
     * {@code ex} is none. Messages that name the file keep their words, with the cause in words.
     */
    static String environmentFailure(Exception ex) {
        if (ex instanceof FileAccessException fa) return fa.getMessage();
        if (ex instanceof UncheckedIOException u) {
            IOException cause = u.getCause();
            String m = u.getMessage();
            String raw = ": " + cause.getMessage();
            if (m != null && m.startsWith("cannot ") && m.endsWith(raw)) return m.substring(0, m.length() - raw.length()) + ": " + FileAccessException.cause(cause);
            return describe(cause);
        }
        if (ex instanceof IOException io) return describe(io);
        return null;
    }

    private static String describe(IOException e) {
        String file = e instanceof FileSystemException fse ? fse.getFile() : null;
        return (file != null ? file + ": " : "") + FileAccessException.cause(e);
    }

    /** One line: the heap in use, its limit, and how to give medsim more. */
    static String outOfMemory(Runtime rt) {
        long mb = 1024 * 1024;
        long maxMb = rt.maxMemory() / mb;
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / mb;
        long suggestGb = Math.max(1, (2 * rt.maxMemory() + 1024 * mb - 1) / (1024 * mb));
        return String.format(Locale.ROOT, "out of memory (Java heap: %d MB in use, %d MB at most); give Java more with "
                + "MEDSIM_JAVA_OPTS=-Xmx%dg ./medsim ... (or java -Xmx%dg -jar ... without the launcher)", usedMb, maxMb, suggestGb, suggestGb);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"medsim " + BuildInfo.current().describe(), "Java " + System.getProperty("java.version")};
        }
    }
}
