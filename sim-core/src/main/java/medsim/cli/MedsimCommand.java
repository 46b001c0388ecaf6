package medsim.cli;

import java.io.PrintWriter;

import medsim.experiment.RunsFailedException;
import medsim.provenance.BuildInfo;
import medsim.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code medsim} command: dispatches to its subcommands and turns bad input into exit code 2. */
@Command(name = "medsim", mixinStandardHelpOptions = true, versionProvider = MedsimCommand.Version.class,
        description = "Agent-based simulation of maritime security operations in the Central Mediterranean.",
        subcommands = {RunCommand.class, CheckCommand.class, ValidateCommand.class, CompareCommand.class, CalibrateCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, CommandLine.HelpCommand.class})
public final class MedsimCommand implements Runnable {
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
        return execute(new CommandLine(new MedsimCommand()), args, out, err);
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter)}, on a command line that may carry
     * subcommands added by another module (sim-gui adds {@code gui} and {@code chart}), with the
     * same error handling and exit codes.
     */
    public static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
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
            err.println("medsim: internal error: " + ex);
            if (System.getenv("MEDSIM_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set MEDSIM_DEBUG=1 for the stack trace)");
            return 1;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"medsim " + BuildInfo.current().describe(), "Java " + System.getProperty("java.version")};
        }
    }
}
