package org.claimgraph.claims.claim;

import org.claimgraph.common.graphql.InvalidInputException;

/**
 * low/best/high after UCDP's convention, checked against the qualifier: a point fills all three, "over" keeps only
 * low (and best when given), "up to" only high, a range needs both bounds.
 */
record Figures(Integer low, Integer best, Integer high) {

    static Figures of(Qualifier qualifier, Integer low, Integer best, Integer high) {
        nonNegative("input.low", low);
        nonNegative("input.best", best);
        nonNegative("input.high", high);
        if (low == null && best == null && high == null) {
            throw new InvalidInputException("input.best", "a claim needs a figure: give low, best or high");
        }
        switch (qualifier) {
            case EXACT, APPROXIMATELY -> {
                if (best == null) {
                    if (low == null || !low.equals(high)) {
                        throw new InvalidInputException("input.best", qualifier + " needs best (or low equal to high)");
                    }
                    best = low;
                }
                low = low == null ? best : low;
                high = high == null ? best : high;
            }
            case AT_LEAST -> {
                if (low == null) {
                    throw new InvalidInputException("input.low", "AT_LEAST needs low");
                }
                if (high != null) {
                    throw new InvalidInputException("input.high", "AT_LEAST has no upper bound; leave high empty");
                }
            }
            case AT_MOST -> {
                if (high == null) {
                    throw new InvalidInputException("input.high", "AT_MOST needs high");
                }
                if (low != null) {
                    throw new InvalidInputException("input.low", "AT_MOST has no lower bound; leave low empty");
                }
            }
            case RANGE -> {
                if (low == null || high == null) {
                    throw new InvalidInputException(low == null ? "input.low" : "input.high", "RANGE needs low and high");
                }
            }
        }
        if (low != null && high != null && low > high) {
            throw new InvalidInputException("input.low", "must not exceed high (" + low + " > " + high + ")");
        }
        if (low != null && best != null && low > best) {
            throw new InvalidInputException("input.low", "must not exceed best (" + low + " > " + best + ")");
        }
        if (best != null && high != null && best > high) {
            throw new InvalidInputException("input.best", "must not exceed high (" + best + " > " + high + ")");
        }
        return new Figures(low, best, high);
    }

    private static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, "must not be negative, was " + value);
        }
    }
}
