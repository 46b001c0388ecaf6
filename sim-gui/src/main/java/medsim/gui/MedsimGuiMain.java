package medsim.gui;

import java.io.PrintWriter;
import java.util.List;

import medsim.cli.MedsimCommand;
import medsim.gui.chart.ChartCommand;
import medsim.gui.report.ReportCommand;
import picocli.CommandLine;

/**
 * The {@code medsim} command of the GUI module's jar: the core's commands (run, check,
 * validate, calibrate...) with the same options, errors and exit codes, plus {@code gui},
 * {@code chart} and {@code report}, which need AWT and so cannot live in the headless core.
 */
public final class MedsimGuiMain {
    private MedsimGuiMain() {}

    /** The core's command line with this module's commands added, for {@code args} (see {@link MedsimCommand#commandLine}). */
    public static CommandLine commandLine(String... args) {
        return MedsimCommand.commandLine(args, List.of(GuiCommand.class, ChartCommand.class, ReportCommand.class));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return MedsimCommand.execute(commandLine(args), args, out, err);
    }

    public static void main(String[] args) {
        boolean gui = args.length > 0 && args[0].equals("gui");
        // Everything but the GUI draws without a display (charts) or not at all.
        if (!gui) System.setProperty("java.awt.headless", "true");
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // The GUI's windows keep the process alive; closing the Console ends it.
        if (!(gui && code == 0)) System.exit(code);
    }
}
