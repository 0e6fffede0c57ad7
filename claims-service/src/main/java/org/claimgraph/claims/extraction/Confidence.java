package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the rules' evidence score into the chance that a claim is right, claimant included. The rules score a claim
 * by what they saw (who was named and how, where the side and the category were read, how crowded the sentence
 * was); this table maps that score to the share of claims with such a score that were right on the labelled corpus
 * (corpus/, measured by CorpusQualityTest, whose report prints the calibration per bucket). Re-measure it when the
 * rules change what they read.
 */
final class Confidence {

    /** Evidence score → share right on the corpus, as points joined by straight lines. */
    private static final double[][] MEASURED = {
            { 0.00, 0.30 },
            { 0.45, 0.45 },
            { 0.60, 0.66 },
            { 0.80, 0.76 },
            { 0.87, 0.80 },
            { 0.95, 0.92 },
            { 1.00, 0.95 } };

    private Confidence() {
    }

    static List<ExtractedClaim> calibrated(List<ExtractedClaim> claims) {
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            result.add(claim.withConfidence(of(claim.confidence())));
        }
        return result;
    }

    static double of(double evidence) {
        for (int i = 1; i < MEASURED.length; i++) {
            if (evidence <= MEASURED[i][0]) {
                double[] low = MEASURED[i - 1];
                double[] high = MEASURED[i];
                double share = low[1] + (evidence - low[0]) * (high[1] - low[1]) / (high[0] - low[0]);
                return Math.round(share * 100) / 100.0;
            }
        }
        return MEASURED[MEASURED.length - 1][1];
    }
}
