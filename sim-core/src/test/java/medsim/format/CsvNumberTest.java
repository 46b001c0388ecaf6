package medsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The number format of medsim's files: every double reads back as itself, in its shortest spelling. */
class CsvNumberTest {

    /** Doubles where formats go wrong: tiny, huge, subnormal, near powers of two and ten, near 2^53. */
    private static List<Double> edgeCases() {
        List<Double> v = new ArrayList<>(List.of(1e-7, 1.5e-7, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.001, 0.000999, 1e-3 - Math.ulp(1e-3),
                Double.MIN_VALUE, 4.9e-324, 2 * Double.MIN_VALUE, 1e-323, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
                Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 1e15, 1e15 - 1, 1e15 + 2,
                Math.nextDown(1e15), Math.nextUp(1e15), 999999999999999.9, 9007199254740992.0, 9007199254740993.0 + 1,
                Math.nextUp(9007199254740992.0), 1e16, 1e22, 1e23, 2e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                123456.789, 22.521153491, 0.5, 1.0, 2.0, 1e300, 1e-300, 4.35, 2.82879384806159e17, 1.0E23, 8.41e21, 5.0e-324,
                Math.PI, Math.E, (double) Long.MAX_VALUE, (double) Long.MIN_VALUE));
        for (int e = -1074; e <= 1023; e++) v.add(Math.scalb(1.0, e));
        for (int e = -324; e <= 308; e++) v.add(Double.parseDouble("1e" + e));
        List<Double> withNeighbours = new ArrayList<>();
        for (double x : v) {
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
                withNeighbours.add(y);
                withNeighbours.add(-y);
            }
        }
        return withNeighbours;
    }

    @Test
    void everyFiniteDoubleReadsBackWithTheSameBits() {
        SplittableRandom random = new SplittableRandom(20160601);
        List<Double> values = edgeCases();
        for (int i = 0; i < 20_000; i++) values.add(Double.longBitsToDouble(random.nextLong())); // any bit pattern
        for (int i = 0; i < 30_000; i++) values.add(random.nextDouble() * Math.pow(10, random.nextInt(-12, 18))); // everyday magnitudes
        for (int i = 0; i < 10_000; i++) values.add((double) random.nextLong(-(1L << 54), 1L << 54)); // integers around 2^53
        for (int i = 0; i < 10_000; i++) values.add(Math.round(random.nextDouble() * 1e8) / 1e4); // values with few decimals
        int checked = 0;
        for (double x : values) {
            if (Double.isNaN(x) || Double.isInfinite(x)) continue;
            String s = Numbers.format(x);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Numbers.parse(s)), () -> x + " written as " + s);
            assertEquals(x, Double.parseDouble(s), () -> "any Java reader: " + s); // the spelling is a plain Java number too
            checked++;
        }
        assertTrue(checked > 70_000, "checked " + checked);
    }

    @Test
    void numbersAreWrittenWithTheFewestDigitsThatReadBack() {
        SplittableRandom random = new SplittableRandom(7);
        List<Double> values = edgeCases();
        for (int i = 0; i < 5_000; i++) values.add(Double.longBitsToDouble(random.nextLong()));
        for (int i = 0; i < 10_000; i++) values.add(random.nextDouble() * 1000);
        for (double x : values) {
            if (!Double.isFinite(x) || x == 0) continue;
            String s = Numbers.format(x);
            BigDecimal written = new BigDecimal(s).stripTrailingZeros();
            int digits = written.precision();
            assertTrue(digits <= 17, s);
            if (digits == 1) continue;
            BigDecimal exact = new BigDecimal(x);
            for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(digits - 1, m));
                assertFalse(Double.parseDouble(shorter.toString()) == x, () -> x + " written as " + s + " but " + shorter + " reads back too");
            }
        }
    }

    @Test
    void wholeNumbersHaveNoDecimalsAndOthersArePlainOrScientificByMagnitude() {
        assertEquals("1234", Numbers.format(1234));
        assertEquals("-7", Numbers.format(-7));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("-0", Numbers.format(-0.0));
        assertEquals("999999999999999", Numbers.format(1e15 - 1));
        assertEquals("1e15", Numbers.format(1e15));
        assertEquals("9.007199254740992e15", Numbers.format(9007199254740992.0));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        assertEquals("22.521153491", Numbers.format(22.521153491));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("9.99e-4", Numbers.format(0.000999));
        assertEquals("1e-7", Numbers.format(1e-7));
        assertEquals("-2.5e-7", Numbers.format(-2.5e-7));
        assertEquals("5e-324", Numbers.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e308", Numbers.format(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", Numbers.format(Double.MIN_NORMAL));
    }

    @Test
    void noValueIsAnEmptyFieldAndTheInfinitiesAreSpelledOut() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Numbers.parse("")));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Infinity"));
    }

    @Test
    void readingAcceptsDecimalNumbersInAnyExponentFormAndNothingElse() {
        assertEquals(1e-7, Numbers.parse("1.0E-7"));
        assertEquals(1e-7, Numbers.parse("1E-7"));
        assertEquals(1e-7, Numbers.parse("0.0000001"));
        assertEquals(1.5, Numbers.parse("+1.5"));
        assertEquals(0.5, Numbers.parse(".5"));
        assertEquals(3.0, Numbers.parse("3."));
        for (String bad : new String[] {"NaN", "inf", "-inf", "1.5f", "2d", "0x1p3", " 1", "1 ", "1,5", "e5", "-", "."}) {
            assertThrows(NumberFormatException.class, () -> Numbers.parse(bad), bad);
        }
    }

    /**
     * The fast path (Schubfach) gives the slow rule's decimal wherever it answers, and answers for
     * nearly every computed value: any bit pattern, everyday magnitudes, ratios, the edge cases,
     * and values whose exact decimal may lie midway between two shortest ones (m x 2^e, m odd, e
     * from -25 to -1 and m x 5^-e below 10^18, where Schubfach takes the even one: they go to the
     * slow path), and doubles made from floats (distances to the coast), nearly all answered.
     */
    @Test
    void theFastPathGivesTheRulesDecimalWhereverItAnswers() {
        SplittableRandom random = new SplittableRandom(2016);
        List<Double> values = edgeCases();
        for (int i = 0; i < 200_000; i++) values.add(Double.longBitsToDouble(random.nextLong()));
        for (int i = 0; i < 200_000; i++) values.add(random.nextDouble() * Math.pow(10, random.nextInt(-12, 18)));
        for (int i = 0; i < 50_000; i++) values.add((double) random.nextInt(1, 100_000) / random.nextInt(1, 100_000));
        // Short exact decimals just outside the range sent to the slow path (m odd, e from -45 to -26), and integers.
        for (int i = 0; i < 50_000; i++) values.add(Math.scalb((double) (random.nextLong(1L << 53) | 1L), random.nextInt(-45, -25)));
        for (int i = 0; i < 50_000; i++) values.add(Math.scalb((double) (random.nextLong(1L << 40) | 1L), random.nextInt(-45, 12)));
        // One- and two-digit decimals at every scale, where Schubfach chooses among two-digit ones.
        for (int i = 0; i < 50_000; i++) values.add(Double.parseDouble(random.nextInt(1, 100) + "e" + random.nextInt(-320, 300)));
        // Floats widened to doubles (m of 24 bits): most have exact decimals too long for a tie.
        for (int i = 0; i < 50_000; i++) values.add((double) (float) (random.nextDouble() * Math.pow(10, random.nextInt(-3, 6))));
        // Exact decimals of at most 18 digits in the tie range, where the slow path must stay.
        for (int i = 0; i < 50_000; i++) values.add(Math.scalb((double) (random.nextLong(1L << 20) | 1L), -random.nextInt(1, 26)));
        int answered = 0, ratios = 0, ratiosAnswered = 0, floats = 0, floatsAnswered = 0;
        for (int k = 0; k < values.size(); k++) {
            double x = values.get(k);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) continue;
            BigDecimal fast = Numbers.shortestBySchubfach(x);
            boolean ratio = k >= values.size() - 300_000 && k < values.size() - 250_000;
            boolean fromFloat = k >= values.size() - 100_000 && k < values.size() - 50_000;
            if (ratio) ratios++;
            if (fromFloat) floats++;
            if (fast == null) continue;
            answered++;
            if (ratio) ratiosAnswered++;
            if (fromFloat) floatsAnswered++;
            BigDecimal slow = Numbers.shortestByRounding(x);
            assertEquals(slow.unscaledValue(), fast.unscaledValue(), () -> x + ": " + fast + " against " + slow);
            assertEquals(slow.scale(), fast.scale(), () -> x + ": " + fast + " against " + slow);
        }
        assertTrue(answered > 400_000, "the fast path answered " + answered);
        assertTrue(ratiosAnswered > 0.95 * ratios, "ratios answered " + ratiosAnswered + " of " + ratios);
        assertTrue(floatsAnswered > 0.8 * floats, "floats answered " + floatsAnswered + " of " + floats);
        // A tie: 1 + 3/2^17 = 1.00002288818359375 lies midway between two 17-digit decimals; the slow path settles it.
        assertEquals(null, Numbers.shortestBySchubfach(1 + 3.0 / (1 << 17)));
        assertEquals(new BigDecimal("1.5"), Numbers.shortestBySchubfach(1.5)); // exact: no tie
        assertEquals(null, Numbers.shortestBySchubfach(Double.MIN_VALUE)); // subnormal: 4.9e-324 by Schubfach, 5e-324 by the rule
    }
}
