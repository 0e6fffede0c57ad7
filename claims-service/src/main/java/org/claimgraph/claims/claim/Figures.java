package org.claimgraph.claims.claim;

import org.claimgraph.common.graphql.InvalidInputException;

/**
 * low/best/high after UCDP's convention, checked against the qualifier: a point fills all three, "over" keeps only
 * low (and best when given), "up to" only high, a range needs both bounds.
 */
record Figures(Integer low, Integer best, Integer high) {

    static Figures of(String path, Qualifier qualifier, Integer low, Integer best, Integer high) {
        nonNegative(ClaimDraft.field(path, "low"), low);
        nonNegative(ClaimDraft.field(path, "best"), best);
        nonNegative(ClaimDraft.field(path, "high"), high);
        if (low == null && best == null && high == null) {
            throw new InvalidInputException(ClaimDraft.field(path, "best"), "a claim needs a figure: give low, best or high");
        }
        switch (qualifier) {
            case EXACT, APPROXIMATELY -> {
                if (best == null) {
                    if (low == null || !low.equals(high)) {
                        throw new InvalidInputException(ClaimDraft.field(path, "best"), qualifier + " needs best (or low equal to high)");
                    }
                    best = low;
                }
                low = low == null ? best : low;
                high = high == null ? best : high;
            }
            case AT_LEAST -> {
                if (low == null) {
                    throw new InvalidInputException(ClaimDraft.field(path, "low"), "AT_LEAST needs low");
                }
                if (high != null) {
                    throw new InvalidInputException(ClaimDraft.field(path, "high"), "AT_LEAST has no upper bound; leave high empty");
                }
            }
            case AT_MOST -> {
                if (high == null) {
                    throw new InvalidInputException(ClaimDraft.field(path, "high"), "AT_MOST needs high");
                }
                if (low != null) {
                    throw new InvalidInputException(ClaimDraft.field(path, "low"), "AT_MOST has no lower bound; leave low empty");
                }
            }
            case RANGE -> {
                if (low == null || high == null) {
                    throw new InvalidInputException(low == null ? ClaimDraft.field(path, "low") : ClaimDraft.field(path, "high"), "RANGE needs low and high");
                }
            }
        }
        if (low != null && high != null && low > high) {
            throw new InvalidInputException(ClaimDraft.field(path, "low"), "must not exceed high (" + low + " > " + high + ")");
        }
        if (low != null && best != null && low > best) {
            throw new InvalidInputException(ClaimDraft.field(path, "low"), "must not exceed best (" + low + " > " + best + ")");
        }
        if (best != null && high != null && best > high) {
            throw new InvalidInputException(ClaimDraft.field(path, "best"), "must not exceed high (" + best + " > " + high + ")");
        }
        return new Figures(low, best, high);
    }

    private static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, "must not be negative, was " + value);
        }
    }
}
