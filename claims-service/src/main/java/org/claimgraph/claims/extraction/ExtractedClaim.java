package org.claimgraph.claims.extraction;

import java.time.LocalDate;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.common.graphql.DatePrecision;

/**
 * One claim read from a text: who (as written, with titles dropped and short forms expanded), what and whose losses,
 * the figures after UCDP's convention, when, and where in the text ({@code quote} is the sentence at
 * [{@code spanStart}, {@code spanEnd})); {@code subgroup} ("children") and {@code scope} ("El Geneina") say when a
 * figure counts only part of its side. {@code claimant} is null when nobody in or near the sentence says it.
 */
public record ExtractedClaim(
        String claimant,
        Attribution attribution,
        String subject,
        Population population,
        CasualtyCategory category,
        Integer low,
        Integer best,
        Integer high,
        Qualifier qualifier,
        RatePer ratePer,
        LocalDate periodStart,
        DatePrecision periodStartPrecision,
        LocalDate asOf,
        DatePrecision asOfPrecision,
        String quote,
        int spanStart,
        int spanEnd,
        String figure,
        double confidence,
        String subgroup,
        String scope) {

    /** How the claimant was found. */
    public enum Attribution {
        /** Named in the sentence: "X said", "according to X", "X's report". */
        STATED,
        /** A pronoun in the sentence ("It", "he") standing for the claimant last named. */
        PRONOUN,
        /** The sentence goes on from the one before, which named the claimant. */
        CONTINUED,
        /** The next sentence names who says it: "That is according to X." */
        FOLLOWING_SENTENCE,
        /** Nobody is named; the outlet may be taken as the claimant. */
        UNATTRIBUTED
    }

    ExtractedClaim withClaimant(String name, Attribution how, double newConfidence) {
        return new ExtractedClaim(name, how, subject, population, category, low, best, high, qualifier, ratePer, periodStart,
                periodStartPrecision, asOf, asOfPrecision, quote, spanStart, spanEnd, figure, newConfidence, subgroup, scope);
    }

    ExtractedClaim withDates(ExtractedClaim from) {
        return new ExtractedClaim(claimant, attribution, subject, population, category, low, best, high, qualifier, ratePer,
                from.periodStart, from.periodStartPrecision, from.asOf, from.asOfPrecision, quote, spanStart, spanEnd, figure,
                Math.max(confidence, from.confidence), subgroup, scope);
    }

    ExtractedClaim withConfidence(double newConfidence) {
        return new ExtractedClaim(claimant, attribution, subject, population, category, low, best, high, qualifier, ratePer,
                periodStart, periodStartPrecision, asOf, asOfPrecision, quote, spanStart, spanEnd, figure, newConfidence, subgroup, scope);
    }

    int dateDetail() {
        return (periodStart == null ? 0 : 1) + (asOf == null ? 0 : 1);
    }
}
