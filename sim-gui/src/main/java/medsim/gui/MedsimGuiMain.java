package medsim.gui;

import java.io.PrintWriter;

import medsim.cli.MedsimCommand;
import medsim.gui.chart.ChartCommand;
import picocli.CommandLine;

/**
 * The {@code medsim} command of the GUI module's jar: the core's commands (run, check,
 * validate, calibrate...) with the same options, errors and exit codes, plus {@code chart}, which
 * needs AWT and so cannot live in the headless core.
 */
public final class MedsimGuiMain {
    private MedsimGuiMain() {}

    /** The core's command line with this module's commands added. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MedsimCommand());
        cl.addSubcommand(new CommandLine(new ChartCommand()));
        return cl;
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return MedsimCommand.execute(commandLine(), args, out, err);
    }

    public static void main(String[] args) {
        // Charts are drawn without a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
