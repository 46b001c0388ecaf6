package medsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import medsim.fuzz.BadInputMessage;
import medsim.fuzz.FuzzWorkspace;
import medsim.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Fuzz target of the command line, parsed and never run: whatever the arguments, medsim's
 * command tree parses them and the options' own checks (seed, threads, shard) accept them, or
 * the refusal is one line naming no Java class; within 10 seconds while fuzzing (60 when replayed), and writing nothing. No
 * command is executed, so no model runs and no file is read as a scenario.
 *
 * <p>An input is the arguments separated by NUL bytes, as the kernel hands a program its
 * arguments (so no argument holds a NUL). {@code mvn test} replays the seeds and past findings
 * in {@code src/test/resources/medsim/cli/CommandLineFuzzTestInputs/parse/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sim-core test -Dtest=CommandLineFuzzTest} (see the README's
 * Fuzzing section).
 */
class CommandLineFuzzTest {
    @TempDir
    static Path root;

    private static FuzzWorkspace workspace;

    @BeforeAll
    static void layOut() {
        // The arguments are not a file, but their bytes go where a file would, so that "nothing written" is checked alike.
        workspace = FuzzWorkspace.create(root, "fuzz-input.args");
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/medsim/fuzz/cli.dict")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parse(byte[] data) throws Exception {
        workspace.write(data);
        String text = new String(data, StandardCharsets.UTF_8);
        String[] args = text.isEmpty() ? new String[0] : text.split("\0", -1);
        try {
            ParseResult parsed = MedsimCommand.configureParsing(MedsimCommand.commandLine(new String[0], List.of())).parseArgs(args);
            checkOptions(parsed);
        } catch (CommandLine.ParameterException e) {
            assertReportedInOneLine(e, args, text);
        } catch (InputException e) {
            BadInputMessage.assertOneLine(e.getMessage(), text);
        }
        workspace.assertNothingWritten();
    }

    /** As medsim reports it: one line naming the command and what is wrong, exit code 2. */
    private static void assertReportedInOneLine(CommandLine.ParameterException e, String[] args, String text) throws Exception {
        StringWriter err = new StringWriter();
        int code = new ParseErrors(new PrintWriter(err, true)).handleParseException(e, args);
        if (code != MedsimCommand.BAD_INPUT) throw new AssertionError("bad arguments exit with " + code + ", not 2");
        String[] lines = err.toString().split(System.lineSeparator(), -1);
        if (lines.length != 2 || !lines[0].startsWith("medsim") || !lines[1].isEmpty()) {
            throw new AssertionError("bad arguments are not reported in one line: " + err);
        }
        BadInputMessage.assertOneLine(lines[0], text);
    }

    /** The checks of option values that commands make before they read or run anything. */
    private static void checkOptions(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            Object command = r.commandSpec().userObject();
            if (command instanceof RunCommand c) c.seedOption.get();
            if (command instanceof ValidateCommand c) {
                c.replications.get();
                c.seedOption.get();
                c.threads.get();
            }
            if (command instanceof CompareCommand c) {
                c.replications.get();
                c.seedOption.get();
                c.threads.get();
            }
            if (command instanceof CalibrateCommand c) c.threads.get();
            if (command instanceof SweepCommand c) {
                c.threads.get();
                if (c.shard != null) SweepCommand.parseShard(c.shard);
            }
        }
    }
}
