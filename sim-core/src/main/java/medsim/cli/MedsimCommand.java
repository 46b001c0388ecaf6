package medsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;

import medsim.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code medsim} command: dispatches to its subcommands and turns bad input into exit code 2. */
@Command(name = "medsim", mixinStandardHelpOptions = true, versionProvider = MedsimCommand.Version.class,
        description = "Agent-based simulation of maritime security operations in the Central Mediterranean.",
        subcommands = {RunCommand.class, CheckCommand.class, ValidateCommand.class, CalibrateCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, CommandLine.HelpCommand.class})
public final class MedsimCommand implements Runnable {
    /** Exit code for bad input: scenario, flags, files. */
    public static final int BAD_INPUT = 2;

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
        return execute(new CommandLine(new MedsimCommand()), args, out, err);
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
        cl.setParameterExceptionHandler(badArguments(err));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputException ie) {
                err.println(ie.getMessage());
                return BAD_INPUT;
            }
            err.println("medsim: internal error: " + ex);
            if (System.getenv("MEDSIM_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set MEDSIM_DEBUG=1 for the stack trace)");
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * How medsim reads its arguments, here and in tests that parse without running: each
     * argument as written. (picocli would read an argument starting with {@code @} as a file of
     * more arguments: {@code @/dev/zero} would never end, and a file named {@code @x.yaml} could
     * not be given.)
     */
    static CommandLine configureParsing(CommandLine cl) {
        return cl.setExpandAtFiles(false);
    }

    /**
     * Reports arguments that do not parse: a line naming the problem (control characters in
     * the arguments it quotes escaped, so that it stays one line), a line pointing at
     * {@code --help}; exit code {@link #BAD_INPUT}.
     */
    static CommandLine.IParameterExceptionHandler badArguments(PrintWriter err) {
        return (ex, args) -> {
            err.println("medsim: " + InputException.printable(ex.getMessage()));
            err.println("Try 'medsim " + (ex.getCommandLine().getCommandName().equals("medsim") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        };
    }

    /** The version from the build, for --version and run.json. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = MedsimCommand.class.getResourceAsStream("/medsim/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"medsim " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
