package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad command line picocli detects is one line, exit 2, with no Java type name. */
class ParseErrorsTest {
    private static final Pattern JAVA_WORDS = Pattern.compile("\\b(int|long|Integer|Long|double|String|java\\.|picocli|Exception)\\b|Try '");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run x.yaml --seed abc          | medsim run: --seed must be a whole number (got \"abc\")",
        "run x.yaml --days 99999999999  | medsim run: --days must be a whole number up to 2147483647 (got \"99999999999\")",
        "run x.yaml --seed 99999999999999999999 | medsim run: --seed must be a whole number up to 9223372036854775807 (got \"99999999999999999999\")",
        "run x.yaml --bogus             | medsim run: unknown option \"--bogus\" (medsim run --help lists them)",
        "run x.yaml --sed 3             | medsim run: unknown option \"--sed\" (did you mean --seed?)",
        "run                            | medsim run: SCENARIO is required",
        "run x.yaml --seed              | medsim run: --seed needs a value N",
        "run x.yaml --seed 1 --seed 2   | medsim run: --seed may be given only once",
        "run x.yaml y.yaml              | medsim run: unexpected argument \"y.yaml\" (medsim run --help shows what it takes)",
        "frob                           | medsim: unknown command \"frob\" (medsim --help lists them)",
        "merge a                        | medsim merge: --out DIR is required",
        "slurm x.yaml --tasks x         | medsim slurm: --tasks must be a whole number (got \"x\")",
        "sweep x.yaml --threads 1.5     | medsim sweep: --threads must be a whole number (got \"1.5\")",
        "''                             | medsim: a command is required (medsim --help lists them)",
    })
    void aBadCommandLineIsOneLineNamingTheFlagAndExits2(String args, String expected) {
        String[] argv = args.isBlank() ? new String[0] : args.trim().split("\\s+");
        CliTest.Outcome o = CliTest.medsim(argv);
        assertEquals(2, o.code(), o.err());
        assertEquals(expected + System.lineSeparator(), o.err());
        assertFalse(JAVA_WORDS.matcher(o.err()).find(), o.err());
        assertEquals("", o.out());
    }
}
