package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help of every command, as the launcher prints it: 80 columns, and no word, file name or path cut in two. */
class HelpTextTest {
    record Outcome(int code, String out) {}

    static Outcome medsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MedsimGuiMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString());
    }

    /** Runs of spaces and line breaks as one space: the text as read, whatever its wrapping. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    void everyDescriptionIsWrappedBetweenWordsOnly() {
        CommandLine cl = MedsimGuiMain.commandLine();
        List<String> commandLines = new ArrayList<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.name().equals("help")) continue;
            Outcome help = medsim(spec.name(), "--help");
            assertEquals(0, help.code(), spec.name());
            String shown = words(help.out());
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) texts.addAll(List.of(a.renderedDescription()));
            for (String text : texts) assertTrue(shown.contains(words(text)), spec.name() + " --help cuts: " + text + "\n" + help.out());
            for (String line : help.out().split("\n")) assertTrue(line.length() <= 80, spec.name() + ": " + line);
            commandLines.add(spec.usageMessage().description()[0]);
        }
        String all = words(medsim("--help").out());
        for (String first : commandLines) assertTrue(all.contains(words(first)), "medsim --help cuts: " + first);
    }
}
