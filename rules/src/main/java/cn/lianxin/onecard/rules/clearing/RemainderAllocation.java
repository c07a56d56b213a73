package cn.lianxin.onecard.rules.clearing;

/**
 * Spreads a whole number of fen over lines in proportion to their amounts, summing exactly: used
 * to show each payment of a clearing its part of the service fee (the fee itself is computed once,
 * on the total, never as a sum of rounded parts).
 *
 * <p>Largest remainder: each line first gets the floor of its exact share; the fen left over go one
 * each to the lines with the largest fractional remainders; on equal remainders, to the earlier
 * line (input order). Deterministic: the same lines in the same order always get the same parts.
 */
public final class RemainderAllocation {

    private RemainderAllocation() {
    }

    /**
     * @param totalFen the fen to spread, not negative
     * @param amounts  the lines' amounts, not negative; if they are all 0, everything goes to the first line
     * @return one part per line, summing to {@code totalFen}
     */
    public static long[] allocate(long totalFen, long[] amounts) {
        if (totalFen < 0) {
            throw new IllegalArgumentException("negative total " + totalFen);
        }
        if (amounts.length == 0) {
            if (totalFen != 0) {
                throw new IllegalArgumentException("no lines to allocate " + totalFen + " fen to");
            }
            return new long[0];
        }
        long sum = 0;
        for (long a : amounts) {
            if (a < 0) {
                throw new IllegalArgumentException("negative amount " + a);
            }
            sum = Math.addExact(sum, a);
        }
        long[] parts = new long[amounts.length];
        if (sum == 0) {
            parts[0] = totalFen;
            return parts;
        }
        java.math.BigInteger bigTotal = java.math.BigInteger.valueOf(totalFen);
        java.math.BigInteger bigSum = java.math.BigInteger.valueOf(sum);
        long[] remainders = new long[amounts.length];
        long given = 0;
        for (int i = 0; i < amounts.length; i++) {
            java.math.BigInteger[] qr = bigTotal.multiply(java.math.BigInteger.valueOf(amounts[i])).divideAndRemainder(bigSum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += parts[i];
        }
        long left = totalFen - given; // fewer than amounts.length
        for (long k = 0; k < left; k++) {
            int best = -1;
            for (int i = 0; i < amounts.length; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
