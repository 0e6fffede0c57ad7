package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;

/**
 * Turns the rules' evidence into the chance that a claim is right, claimant included. The evidence score (who was
 * named and how, where the side and the category were read, how crowded the sentence was) orders claims of one kind,
 * but what most tells a right claim from a wrong one is its kind: a figure stated in its sentence by a source named
 * by its own name, given as a firm number (exact, a lower bound or a range, not "about" or "up to"), is right far
 * more often than one carried from another sentence, told by "officials" or "reports", or left to the outlet. Each
 * kind has its own table from evidence to the share of such claims that were right on the labelled corpus (corpus/,
 * measured by CorpusQualityTest, whose report prints the calibration per bucket). Re-measure when the rules change
 * what they read.
 */
final class Confidence {

    /**
     * Named and stated, a firm figure of civilians or of the wounded: the counts sources least often word loosely
     * (measured 95% right, never under 90% at any evidence).
     */
    private static final double[][] NAMED_FIRM_CIVILIANS_OR_WOUNDED = { { 0.00, 0.80 }, { 0.60, 0.90 }, { 1.00, 0.96 } };

    /** Named and stated, any other firm figure: 86% right below an evidence of 0.87, 90% above it. */
    private static final double[][] NAMED_FIRM = { { 0.00, 0.60 }, { 0.86, 0.79 }, { 0.87, 0.85 }, { 1.00, 0.90 } };

    /** A source found otherwise (a pronoun, the sentence before or after, a common noun) or a loose figure: 82%. */
    private static final double[][] ATTRIBUTED = { { 0.00, 0.60 }, { 0.40, 0.70 }, { 1.00, 0.79 } };

    /** Nobody named, the figure left to the outlet: 72%, whatever the evidence. */
    private static final double[][] UNATTRIBUTED = { { 0.00, 0.55 }, { 0.40, 0.65 }, { 0.70, 0.69 }, { 1.00, 0.72 } };

    /** Words that name no source of their own when they open a claimant's name: "Reports", "Other reports", "We". */
    private static final Set<String> GENERIC = Set.of("we", "our", "other", "some", "several", "many", "reports", "report",
            "sources", "officials", "government");

    private Confidence() {
    }

    static List<ExtractedClaim> calibrated(List<ExtractedClaim> claims) {
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            result.add(claim.withConfidence(of(claim)));
        }
        return result;
    }

    static double of(ExtractedClaim claim) {
        return share(table(claim), claim.confidence());
    }

    private static double[][] table(ExtractedClaim claim) {
        if (claim.attribution() == Attribution.UNATTRIBUTED || claim.claimant() == null) {
            return UNATTRIBUTED;
        }
        boolean firm = claim.qualifier() == Qualifier.EXACT || claim.qualifier() == Qualifier.AT_LEAST
                || claim.qualifier() == Qualifier.RANGE;
        if (claim.attribution() != Attribution.STATED || !firm || !namedByItsName(claim.claimant())) {
            return ATTRIBUTED;
        }
        return claim.population() == Population.CIVILIAN || claim.category() == CasualtyCategory.WOUNDED
                ? NAMED_FIRM_CIVILIANS_OR_WOUNDED : NAMED_FIRM;
    }

    /**
     * A source named by a name of its own ("Sudan Doctors Network", "Mediazona", "UN Human Rights Office"), not by a
     * common noun ("witnesses", "the ministry", "Reports indicate") nor by its country ("Government of Russia").
     */
    static boolean namedByItsName(String claimant) {
        if (Referents.countrySpeaking(claimant)) {
            return false;
        }
        String[] words = claimant.split("\\s+");
        if (GENERIC.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0 || !(Lexicon.AGENT_NOUNS.contains(lower) || Lexicon.STATEMENT_NOUNS.contains(lower)
                    || Lexicon.DETERMINERS.contains(lower))) {
                return true;
            }
        }
        return false;
    }

    /** The share right at {@code evidence} in a table of measured points joined by straight lines. */
    private static double share(double[][] measured, double evidence) {
        for (int i = 1; i < measured.length; i++) {
            if (evidence <= measured[i][0]) {
                double[] low = measured[i - 1];
                double[] high = measured[i];
                double share = low[1] + (evidence - low[0]) * (high[1] - low[1]) / (high[0] - low[0]);
                return Math.round(share * 100) / 100.0;
            }
        }
        return measured[measured.length - 1][1];
    }
}
