package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The part of a side a figure counts: a subgroup from the counted noun, a place narrower than the country. */
class ScopesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At least 13 civilians were killed in El Geneina, local doctors said.                   | -        | El Geneina
            The strike killed 12 children in Sudan, the ministry said.                            | children | -
            Some 40 people were killed in the Kharkiv region, Ukrainian officials said.           | -        | Kharkiv region
            The army said 300 hostages were freed in the Gaza Strip.                              | hostages | -
            More than 700 people have been killed in the Democratic Republic of Congo, the UN said. | -      | -
            The IDF said 20 soldiers were killed in Khan Younis.                                   | -        | Khan Younis
            "Twelve soldiers died in Bakhmut," a spokesman told journalists in Kyiv.               | -        | Bakhmut
            "Nine soldiers died," the Ukrainian spokesman told journalists in Kyiv.               | -        | -
            The army said 15 Sri Lankan soldiers were killed in Tamil Tiger territory.             | -        | -
            """)
    void readsWhatPartOfTheSideAFigureCounts(String sentence, String subgroup, String scope) {
        List<ExtractedClaim> claims = EXTRACTOR.extract(sentence, null);
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(subgroup, claims.get(0).subgroup());
        assertEquals(scope, claims.get(0).scope());
    }
}
