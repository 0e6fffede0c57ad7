package org.claimgraph.claims.ingestion;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.claims.extraction.corpus.Corpus;
import org.claimgraph.claims.extraction.corpus.Corpus.Article;
import org.claimgraph.claims.extraction.corpus.CorpusScore;
import org.claimgraph.claims.extraction.corpus.CorpusScore.Prediction;
import org.claimgraph.claims.extraction.corpus.CorpusScore.Rates;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the labelled news corpus (corpus/ at the repository root), through the whole ingestion path:
 * every article goes in by {@code ingestArticle} with its title, outlet and date, claimants are resolved by
 * sources-service (a claimant matches its label by any name the source goes by), and the stored claims are scored against the labels as corpus/README.md says. The full report
 * (per article, per phenomenon, calibration, every miss and false claim) is written to
 * {@code target/corpus-quality.txt}. The floors sit a little under what the rules reach, so that no change loses
 * quality unnoticed; raise them when the rules improve.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class CorpusQualityTest {

    // reached on 185 articles: 0.931 / 0.913 with the claimant, 0.949 / 0.930 without
    static final double FLOOR_PRECISION_WITH_CLAIMANT = 0.92;
    static final double FLOOR_RECALL_WITH_CLAIMANT = 0.90;
    static final double FLOOR_PRECISION = 0.94;
    static final double FLOOR_RECALL = 0.92;

    private static final String PREVIEW = """
            query($text: String!, $publishedOn: Date) {
              extractClaims(text: $text, publishedOn: $publishedOn) { attribution spanStart low high category }
            }""";

    @Test
    void corpusReachesItsFloors() throws Exception {
        List<Article> articles = Corpus.load(Corpus.directory());
        List<Prediction> predictions = new ArrayList<>();
        for (Article article : articles) {
            Map<String, Object> variables = IngestionTest.article(article.title() != null ? article.title() : article.name(),
                    article.text());
            variables.put("url", article.url());
            variables.put("outletName", article.outlet());
            variables.put("publishedOn", article.publishedOn() == null ? null : article.publishedOn().toString());
            List<Map<String, Object>> stored = ok(IngestionTest.INGEST, variables).getList("data.ingestArticle.claims");
            Map<String, Object> previewVariables = new HashMap<>();
            previewVariables.put("text", article.text());
            previewVariables.put("publishedOn", variables.get("publishedOn"));
            List<Map<String, Object>> previews = ok(PREVIEW, previewVariables).getList("data.extractClaims");
            for (Map<String, Object> claim : stored) {
                @SuppressWarnings("unchecked")
                String claimantId = ((Map<String, String>) claim.get("claimant")).get("id");
                predictions.add(new Prediction(article.name(), SourcesFixture.sourceName(claimantId),
                        SourcesFixture.sourceAliases(claimantId), attribution(claim, previews),
                        (String) claim.get("subject"), (String) claim.get("population"), (String) claim.get("category"),
                        number(claim.get("low")), number(claim.get("high")), (String) claim.get("qualifier"),
                        (String) claim.get("quote"), ((Number) claim.get("confidence")).doubleValue()));
            }
        }
        CorpusScore score = new CorpusScore(articles, predictions);
        String report = score.report();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-quality.txt"), report);
        System.out.println();
        System.out.println(report.substring(0, report.indexOf("\nPer article")));
        Rates withClaimant = score.overall(true);
        Rates figures = score.overall(false);
        assertTrue(withClaimant.precision() >= FLOOR_PRECISION_WITH_CLAIMANT, "precision with claimant " + withClaimant.precision());
        assertTrue(withClaimant.recall() >= FLOOR_RECALL_WITH_CLAIMANT, "recall with claimant " + withClaimant.recall());
        assertTrue(figures.precision() >= FLOOR_PRECISION, "precision " + figures.precision());
        assertTrue(figures.recall() >= FLOOR_RECALL, "recall " + figures.recall());
    }

    /** How extraction found the claimant of a stored claim, from the preview of the same figure. */
    private static String attribution(Map<String, Object> claim, List<Map<String, Object>> previews) {
        for (Map<String, Object> preview : previews) {
            if (Objects.equals(preview.get("spanStart"), claim.get("spanStart")) && Objects.equals(preview.get("low"), claim.get("low"))
                    && Objects.equals(preview.get("high"), claim.get("high")) && Objects.equals(preview.get("category"), claim.get("category"))) {
                return (String) preview.get("attribution");
            }
        }
        return "?";
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
