package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.claimgraph.claims.extraction.ExtractionCasesTest.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who asserts a figure: the claimant read from the sentence and from the article around it. Each case is a short
 * text in our own words with one claim per {@code =>} line, written as in {@link ExtractionCasesTest}:
 * {@code claimant | subject | population | category | figures | qualifier | rate}.
 */
class ClaimantCasesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    /** A country or its capital said to speak stands for its government, unless the article names the body that spoke. */
    static Stream<Case> countriesAndCapitals() {
        return Case.table("""
                Ankara said 14 Turkish soldiers were killed in the clashes.
                => Government of Turkey | Turkey | MILITARY | KILLED | 14 | EXACT | -
                US believes 20,000 Russian soldiers have been wounded.
                => Government of the United States | Russia | MILITARY | WOUNDED | 20000 | EXACT | -
                The Russian Defence Ministry reported on the fighting. Moscow said 40 Ukrainian soldiers had been captured.
                => Russian Defence Ministry | Ukraine | MILITARY | CAPTURED | 40 | EXACT | -
                """);
    }

    /** A body's name may hold a possessive or linking words: the body speaks, not the country before its name. */
    static Stream<Case> namesOfBodies() {
        return Case.table("""
                Peru's Commission for Truth and Reconciliation presented its report, finding that 69,000 people were killed.
                => Peru's Commission for Truth and Reconciliation | Peru | ALL | KILLED | 69000 | EXACT | -
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "countriesAndCapitals", "namesOfBodies" })
    void readsWhoAssertsTheFigure(Case c) {
        List<String> found = EXTRACTOR.extract(c.text(), c.publishedOn()).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(c.expected(), found, c.text());
    }
}
