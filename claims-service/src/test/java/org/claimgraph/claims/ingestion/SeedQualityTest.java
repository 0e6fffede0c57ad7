package org.claimgraph.claims.ingestion;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the whole ingestion (extraction, claimant resolution, storage) on the seed articles
 * against the claims a careful reader finds in them ({@code seeds/expected-claims.jsonl}). A stored claim matches an
 * expected one when document, claimant (as resolved by sources-service), whose losses, population, category,
 * figures, qualifier and rate agree; {@code category_alt} and {@code qualifier_alt} list readings also accepted.
 * Dates are reported apart, as agreement on the matched claims.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class SeedQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Map<String, String> QUALIFIERS = Map.of("exact", "EXACT", "approximately", "APPROXIMATELY",
            "over", "AT_LEAST", "up_to", "AT_MOST", "range", "RANGE");

    record Found(String document, String claimant, String subject, String population, String category, Integer low,
            Integer high, String qualifier, String ratePer, String periodStart, String asOf, String quote) {
    }

    @Test
    void seedArticlesReachPrecisionAndRecallTargets() throws Exception {
        List<Found> found = new ArrayList<>();
        List<Path> articles;
        try (Stream<Path> files = Files.list(SEEDS)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            JsonPath ingested = ok(IngestionTest.INGEST, IngestionTest.article(article.getFileName().toString(), text));
            List<Map<String, Object>> claims = ingested.getList("data.ingestArticle.claims");
            for (Map<String, Object> claim : claims) {
                @SuppressWarnings("unchecked")
                String claimantId = ((Map<String, String>) claim.get("claimant")).get("id");
                found.add(new Found(article.getFileName().toString(), SourcesFixture.sourceName(claimantId), (String) claim.get("subject"),
                        (String) claim.get("population"), (String) claim.get("category"), (Integer) claim.get("low"),
                        (Integer) claim.get("high"), (String) claim.get("qualifier"), (String) claim.get("ratePer"),
                        (String) claim.get("periodStart"), (String) claim.get("asOf"), (String) claim.get("quote")));
            }
        }
        List<JsonNode> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SEEDS.resolve("expected-claims.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.add(JSON.readTree(line));
            }
        }

        List<Found> unmatched = new ArrayList<>(found);
        List<JsonNode> missed = new ArrayList<>();
        int datesAgree = 0;
        int matched = 0;
        for (JsonNode e : expected) {
            Found match = unmatched.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
            if (match == null) {
                missed.add(e);
                continue;
            }
            unmatched.remove(match);
            matched++;
            if (Objects.equals(date(e, "period_start"), prefix(match.periodStart(), e, "period_start"))
                    && Objects.equals(date(e, "as_of"), prefix(match.asOf(), e, "as_of"))) {
                datesAgree++;
            }
        }
        double precision = found.isEmpty() ? 1 : (double) matched / found.size();
        double recall = (double) matched / expected.size();
        System.out.printf("%nSeed extraction quality: %d expected, %d stored, %d matched: precision %.3f, recall %.3f; "
                + "dates agree on %d of %d matched%n", expected.size(), found.size(), matched, precision, recall, datesAgree, matched);
        unmatched.forEach(f -> System.out.println("  not expected: " + f));
        missed.forEach(e -> System.out.println("  missed:       " + e));
        assertTrue(precision >= 0.95, "precision " + precision + " below 0.95; not expected: " + unmatched);
        assertTrue(recall >= 0.90, "recall " + recall + " below 0.90; missed: " + missed);
    }

    private static boolean matches(JsonNode e, Found f) {
        return e.get("document").asText().equals(f.document()) && e.get("claimant").asText().equals(f.claimant())
                && e.get("subject_side").asText().equals(f.subject())
                && e.get("population").asText().equalsIgnoreCase(f.population())
                && accepts(e, "category", "category_alt", f.category(), Map.of())
                && accepts(e, "qualifier", "qualifier_alt", f.qualifier(), QUALIFIERS)
                && Objects.equals(integer(e, "low"), f.low()) && Objects.equals(integer(e, "high"), f.high())
                && Objects.equals(e.get("rate_per").isNull() ? null : e.get("rate_per").asText().toUpperCase(), f.ratePer());
    }

    private static boolean accepts(JsonNode e, String field, String alternatives, String value, Map<String, String> names) {
        List<String> accepted = new ArrayList<>();
        accepted.add(e.get(field).asText());
        if (e.has(alternatives)) {
            e.get(alternatives).forEach(a -> accepted.add(a.asText()));
        }
        return accepted.stream().map(a -> names.getOrDefault(a, a.toUpperCase())).anyMatch(a -> a.equals(value));
    }

    private static Integer integer(JsonNode e, String field) {
        return e.get(field).isNull() ? null : e.get(field).asInt();
    }

    private static String date(JsonNode e, String field) {
        return e.get(field).isNull() ? null : e.get(field).asText();
    }

    /** The stored date cut to the expected date's precision ("2025-02" for a month). */
    private static String prefix(String stored, JsonNode e, String field) {
        String wanted = date(e, field);
        return stored == null || wanted == null ? stored : stored.substring(0, Math.min(stored.length(), wanted.length()));
    }
}
