package medsim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The one spelling of numbers in every file medsim writes (CSV, JSON, notes), so the same run
 * gives the same bytes and every number read back is the one computed: for every double {@code x},
 * {@code parse(format(x))} has the same bits as {@code x}.
 * <ul>
 *   <li>whole numbers below 10^15 in magnitude: digits only, {@code 1234}, {@code -7}, {@code 0};
 *       negative zero is {@code -0};</li>
 *   <li>other finite numbers: the fewest significant digits that read back as the same double,
 *       plain ({@code 0.1}, {@code 22.521153491}) when 10^-3 &lt;= |x| &lt; 10^15, otherwise
 *       scientific with a lower-case {@code e} ({@code 1e-7}, {@code 4.9e-5}, {@code 5e-324},
 *       {@code 9.007199254740992e15}, {@code 1.7976931348623157e308});</li>
 *   <li>NaN (no value: a failed run, a mean of nothing) is an empty field; the infinities are
 *       {@code Infinity} and {@code -Infinity}.</li>
 * </ul>
 * R, pandas and Java read all of these as the same numbers; spreadsheets read the finite ones.
 */
public final class Numbers {
    private static final double PLAIN_MIN = 1e-3, PLAIN_MAX = 1e15;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    /** The spelling of a number in medsim's files (see the class comment); NaN is empty. */
    public static String format(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0";
        if (v == Math.rint(v) && Math.abs(v) < PLAIN_MAX) return Long.toString((long) v);
        BigDecimal d = shortest(v);
        double a = Math.abs(v);
        if (a >= PLAIN_MIN && a < PLAIN_MAX) return d.toPlainString();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (v < 0) sb.append('-');
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        return sb.append('e').append(exponent).toString();
    }

    /**
     * The number a field of medsim's files holds: the inverse of {@link #format}. An empty field
     * is NaN; {@code Infinity} and {@code -Infinity} are the infinities; otherwise a decimal
     * number, optionally with an exponent ({@code 1E-7} and {@code 1.0E-7} are read too).
     *
     * @throws NumberFormatException if the text is none of these
     */
    public static double parse(String s) {
        if (s.isEmpty()) return Double.NaN;
        if (s.equals("Infinity")) return Double.POSITIVE_INFINITY;
        if (s.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
        if (!NUMBER.matcher(s).matches()) throw new NumberFormatException("not a number: '" + s + "'");
        return Double.parseDouble(s);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code v} (finite,
     * non-zero); of two such, the nearer to {@code v}.
     *
     * <p>Java 17's {@link Double#toString} reads back but sometimes has more digits than needed
     * (JDK-4511638); it is the starting point {@code near}. For a normal double, a decimal of 15
     * or fewer digits that reads back is unique (the spacing of 15-digit decimals is more than
     * twice that of doubles), so it is {@code near} rounded to 15 digits if any is. Otherwise,
     * for 16 and then 17 digits, the decimals of that length next to {@code near} on either side
     * are the ones nearest to {@code v} on either side (or lie between the two), so if neither
     * reads back none does. Subnormals hold fewer bits, so for them every length is tried on the
     * exact value.
     */
    private static BigDecimal shortest(double v) {
        BigDecimal fast = shortestBySchubfach(v);
        return fast != null ? fast : shortestByRounding(v);
    }

    /**
     * The same decimal as {@link #shortestByRounding}, found without parsing, or null where the
     * two rules may differ. Jackson's port of Giulietti's Schubfach algorithm (the one in
     * {@code Double.toString} since Java 19) gives, for a normal double, the decimal of fewest
     * digits that reads back and, of two such equally near, the one with an even last digit.
     * (Where one digit would do it chooses among two-digit decimals, but for a normal double the
     * only two-digit decimal that reads back is then the one-digit one with a 0 appended; for
     * subnormals, which hold fewer bits, it differs, and they go to the slow path.) A tie needs
     * {@code v}'s exact decimal to be one digit longer than the answer, so 18 digits at most:
     * {@code v = m x 2^e} with m odd and -25 &lt;= e &lt; 0 (5^26 has 19 digits) and m x 5^-e below
     * 10^18; such a {@code v} goes to the slow path unless the answer is {@code v} itself (1.5,
     * 0.25), which no tie can be.
     */
    static BigDecimal shortestBySchubfach(double v) {
        if (Math.abs(v) < Double.MIN_NORMAL) return null;
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = (bits & 0xfffffffffffffL) | (1L << 52);
        int e = biased - 1075 + Long.numberOfTrailingZeros(mantissa);
        String s = NumberOutput.toString(v, true); // e.g. -1.2345E-5, 22.521153491, 1.0E23
        int at = s.indexOf('E');
        int exponent = at < 0 ? 0 : Integer.parseInt(s, at + 1, s.length(), 10);
        int end = at < 0 ? s.length() : at;
        long unscaled = 0;
        int fractionDigits = 0;
        boolean afterPoint = false;
        for (int i = v < 0 ? 1 : 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                afterPoint = true;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            if (afterPoint) fractionDigits++;
        }
        BigDecimal d = BigDecimal.valueOf(v < 0 ? -unscaled : unscaled, fractionDigits - exponent).stripTrailingZeros();
        if (e >= -25 && e < 0 && exactDigitsAtMost18(mantissa >>> Long.numberOfTrailingZeros(mantissa), -e)
                && d.compareTo(new BigDecimal(v)) != 0) return null; // perhaps a tie
        return d;
    }

    /**
     * Whether m x 2^-k (m odd, 1 &lt;= k &lt;= 25) has at most 18 significant decimal digits: its
     * exact decimal is m x 5^k / 10^k, whose digits are those of m x 5^k (odd times a power of
     * five, so no trailing zero), and a tie needs 18 or fewer. Most doubles made from a float
     * (24 bits, e about -16) have more, and need not go to the slow path.
     */
    private static boolean exactDigitsAtMost18(long oddMantissa, int k) {
        long pow5 = 1;
        for (int i = 0; i < k; i++) pow5 *= 5; // 5^25 < 2^63
        if (Math.multiplyHigh(oddMantissa, pow5) != 0) return false;
        long exact = oddMantissa * pow5;
        return exact >= 0 && exact < 1_000_000_000_000_000_000L;
    }

    /** {@link #shortest} by rounding Java 17's {@code Double.toString} and reading the candidates back: the rule itself, slow. */
    static BigDecimal shortestByRounding(double v) {
        BigDecimal near = new BigDecimal(Double.toString(v));
        if (Math.abs(v) >= Double.MIN_NORMAL && readsBack(near, v)) {
            BigDecimal d15 = near.round(new MathContext(15, RoundingMode.HALF_EVEN));
            if (readsBack(d15, v)) return d15.stripTrailingZeros();
            for (int digits = 16; digits <= 17; digits++) {
                BigDecimal down = near.round(new MathContext(digits, RoundingMode.FLOOR));
                BigDecimal up = near.round(new MathContext(digits, RoundingMode.CEILING));
                boolean downReads = readsBack(down, v), upReads = readsBack(up, v);
                if (downReads && upReads && down.compareTo(up) != 0) {
                    BigDecimal exact = new BigDecimal(v);
                    return (exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up).stripTrailingZeros();
                }
                if (downReads) return down.stripTrailingZeros();
                if (upReads) return up.stripTrailingZeros();
            }
        }
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; ; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (readsBack(nearest, v)) return nearest.stripTrailingZeros();
            RoundingMode otherSide = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(digits, otherSide));
            if (readsBack(other, v)) return other.stripTrailingZeros();
        }
    }

    private static boolean readsBack(BigDecimal d, double v) {
        return Double.parseDouble(d.toString()) == v;
    }
}
