package org.globaloffice.cooperation.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact share, such as "4 of 12 courses": compared by cross-multiplication, never through a floating-point
 * number, so that 4/12 is exactly one third and 3333/10000 is not, though both show as 33.3%. It is kept as
 * counted (4/12, not 1/3) because the office and the auditors want to see the counts; two ratios of the same value
 * are therefore not {@code equals}, and {@link #isAtLeast(Ratio)} is what compares values. All arithmetic that could
 * leave the range of a {@code long} (three times a numerator, a product of two counts) is done in
 * {@link BigInteger}.
 * <p>
 * A denominator of zero is allowed only as 0/0, "nothing to count": such a ratio is not {@linkplain #isDefined()
 * defined}, and comparing it or showing its percentage is refused rather than guessed.
 * <p>
 * Commons Lang's {@code Fraction} is on the classpath only through Apache POI, holds {@code int}s and reduces what
 * it is given, so this small record is used instead.
 */
public record Ratio(long numerator, long denominator) {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a ratio counts things: " + numerator + "/" + denominator);
        }
        if (denominator == 0 && numerator != 0) {
            throw new IllegalArgumentException("nothing can be a share of zero: " + numerator + "/0");
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** False for 0/0, when there was nothing to count. */
    public boolean isDefined() {
        return denominator != 0;
    }

    /** Exactly: a/b ≥ c/d when a·d ≥ c·b. */
    public boolean isAtLeast(Ratio other) {
        requireDefined();
        other.requireDefined();
        return big(numerator).multiply(big(other.denominator))
                .compareTo(big(other.numerator).multiply(big(denominator))) >= 0;
    }

    /**
     * How many of the items counted in the denominator must turn into items counted in the numerator too (the
     * denominator stays as it is) for this ratio to reach {@code target}: the smallest x ≥ 0 with
     * (numerator + x) / denominator ≥ target. Zero when it already does.
     */
    public long toReachByConverting(Ratio target) {
        requireDefined();
        target.requireDefined();
        BigInteger needed = ceilDiv(big(target.numerator).multiply(big(denominator)), big(target.denominator));
        return needed.subtract(big(numerator)).max(BigInteger.ZERO).longValueExact();
    }

    /**
     * How many new items of the counted kind must be added, each raising both the numerator and the denominator by
     * one, for this ratio to reach {@code target}: the smallest x ≥ 0 with (numerator + x) / (denominator + x) ≥
     * target. With target a/b, that is b(n + x) ≥ a(d + x), so x ≥ (a·d − b·n) / (b − a). The target must be below
     * 1, which adding can never reach from below.
     */
    public long toReachByAdding(Ratio target) {
        requireDefined();
        target.requireDefined();
        if (target.numerator >= target.denominator) {
            throw new IllegalArgumentException("adding to both sides never reaches " + target);
        }
        BigInteger gap = big(target.numerator).multiply(big(denominator))
                .subtract(big(target.denominator).multiply(big(numerator)));
        if (gap.signum() <= 0) {
            return 0;
        }
        return ceilDiv(gap, big(target.denominator - target.numerator)).longValueExact();
    }

    /** The share in percent, exactly rounded half up to one decimal: 1/3 → 33.3, 2/3 → 66.7, 1/16 → 6.3. */
    public BigDecimal percent() {
        requireDefined();
        return new BigDecimal(big(numerator).multiply(HUNDRED))
                .divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "33.3%", the same in Chinese and English. Only for display: whether a share passes is never read from it. */
    public String percentText() {
        return percent().toPlainString() + "%";
    }

    /** "4/12", as counted. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private void requireDefined() {
        if (!isDefined()) {
            throw new IllegalStateException("0/0 has no value");
        }
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /** Ceiling of p / q for p ≥ 0 and q > 0. */
    private static BigInteger ceilDiv(BigInteger p, BigInteger q) {
        return p.add(q).subtract(BigInteger.ONE).divide(q);
    }
}
