package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.claims.claim.Qualifier;

/**
 * Merges what one article says twice: a headline that the body repeats, and the same claim read from two sentences.
 */
final class ClaimMerging {

    private ClaimMerging() {
    }

    /**
     * A headline repeats the body's figure, often without its source or with a shorter name ("Ukraine lost nearly 3,000
     * soldiers", "..., Lebanese minister says"): a headline claim the body states again is one statement, kept as the
     * body states it.
     */
    static List<ExtractedClaim> headlineFromBody(String text, List<ExtractedClaim> claims) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || lineEnd > 300) {
            return claims;
        }
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            boolean repeated = false;
            if (claim.spanStart() < lineEnd) {
                for (ExtractedClaim body : claims) {
                    if (body.spanStart() > lineEnd && java.util.Objects.equals(body.subject(), claim.subject())
                            && body.category() == claim.category() && sameFigure(body, claim)
                            && (body.claimant() != null || claim.claimant() == null)) {
                        repeated = true; // the body says it again, with its source: one statement, kept as the body has it
                        break;
                    }
                }
            }
            if (!repeated) {
                result.add(claim);
            }
        }
        return result;
    }

    /** The same number, whatever the qualifier: "nearly 3,000" and "3,000", "over 5,000" and "more than 5,000". */
    private static boolean sameFigure(ExtractedClaim a, ExtractedClaim b) {
        Integer x = a.best() != null ? a.best() : a.low() != null ? a.low() : a.high();
        Integer y = b.best() != null ? b.best() : b.low() != null ? b.low() : b.high();
        return x != null && x.equals(y);
    }

    /** Keeps one claim per claimant and figure: a headline and the body saying the same thing are one claim. */
    static List<ExtractedClaim> deduplicate(List<ExtractedClaim> claims) {
        Map<List<Object>, ExtractedClaim> unique = new LinkedHashMap<>();
        for (ExtractedClaim claim : claims) {
            List<Object> key = java.util.Arrays.asList(claim.claimant() == null ? null : claim.claimant().toLowerCase(java.util.Locale.ROOT),
                    claim.subject(), claim.population(), claim.category(), claim.low(), claim.best(), claim.high(),
                    // "some 31,000" in a caption and "31,000" in the text are one statement
                    claim.qualifier() == Qualifier.APPROXIMATELY && java.util.Objects.equals(claim.low(), claim.high())
                            ? Qualifier.EXACT : claim.qualifier(), claim.ratePer());
            unique.merge(key, claim, (kept, again) -> again.dateDetail() > kept.dateDetail() ? kept.withDates(again) : kept);
        }
        Map<List<Object>, ExtractedClaim> statements = new LinkedHashMap<>();
        for (ExtractedClaim claim : unique.values()) {
            if (!restatesABound(claim, unique.values())) {
                statements.merge(statementKey(claim), claim, ClaimMerging::betterSourced);
            }
        }
        return new ArrayList<>(statements.values());
    }

    /**
     * One figure of one side told again in the same article ("Afghan officials say at least 26 were killed" and later
     * "spokesman X said 26 were killed") is one statement whoever the sentence names: the same side, population,
     * category, number and rate.
     */
    private static List<Object> statementKey(ExtractedClaim claim) {
        Integer number = claim.qualifier() == Qualifier.RANGE ? null : claim.best() != null ? claim.best()
                : claim.low() != null ? claim.low() : claim.high();
        return java.util.Arrays.asList(claim.subject(), claim.population(), claim.category(), number,
                number == null ? claim.low() : null, number == null ? claim.high() : null, claim.ratePer());
    }

    /**
     * Of two tellings, the one whose source is named in its own sentence; a source carried from another sentence is a
     * guess that loses even to the outlet's own telling. The first wins a tie.
     */
    private static ExtractedClaim betterSourced(ExtractedClaim kept, ExtractedClaim again) {
        return sourcing(again) < sourcing(kept) ? again : kept;
    }

    private static int sourcing(ExtractedClaim claim) {
        return switch (claim.attribution()) {
            case STATED -> 0;
            case PRONOUN -> 1;
            case UNATTRIBUTED -> 2;
            case CONTINUED, FOLLOWING_SENTENCE -> 3;
        };
    }

    /**
     * "at least 224 people were killed" and, quoted later, "224 citizens were killed": the same source's one figure, the
     * bare number a restatement of the bound it gave.
     */
    private static boolean restatesABound(ExtractedClaim claim, java.util.Collection<ExtractedClaim> all) {
        if (claim.qualifier() != Qualifier.EXACT || claim.claimant() == null || claim.best() == null) {
            return false;
        }
        for (ExtractedClaim other : all) {
            if (other.qualifier() == Qualifier.AT_LEAST && claim.best().equals(other.low()) && claim.claimant().equalsIgnoreCase(
                    String.valueOf(other.claimant())) && java.util.Objects.equals(claim.subject(), other.subject())
                    && claim.population() == other.population() && claim.category() == other.category()) {
                return true;
            }
        }
        return false;
    }
}
