package org.claimgraph.claims.claim;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.SqlStatementCounter;
import org.junit.jupiter.api.Test;

/** Claims ordered by confidence with cursor pages across ties, and the total count of a filter. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ConfidenceOrderAndTotalCountTest {

    static final String PAGE = """
            query($filter: ClaimFilter, $order: ClaimOrder, $first: Int, $after: String) {
              claims(filter: $filter, orderBy: $order, first: $first, after: $after) {
                totalCount nodes { id confidence } pageInfo { endCursor hasNextPage } } }""";

    record Stored(String id, double confidence) {
    }

    /** Claims of a subject of their own; several share a confidence, so pages must break ties by id. */
    static List<Stored> record(String subject, String claimant, double... confidences) {
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            Map<String, Object> input = new HashMap<>(Map.of("documentId", SourcesFixture.document("Confidence report " + i, "2025-05-01"),
                    "claimantId", claimant, "subject", subject, "population", "MILITARY", "category", "KILLED",
                    "qualifier", "EXACT", "best", 100 + i, "quote", (100 + i) + " soldiers were killed", "confidence", confidences[i]));
            JsonPath recorded = ok("mutation($input: ClaimInput!) { recordClaim(input: $input) { id confidence } }", Map.of("input", input));
            stored.add(new Stored(recorded.getString("data.recordClaim.id"), recorded.getDouble("data.recordClaim.confidence")));
        }
        return stored;
    }

    /** Every page of the filter in the order, {@code size} claims a page; checks each page's total count on the way. */
    static List<String> allPages(Map<String, Object> filter, String order, int size, int total) {
        List<String> ids = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>(Map.of("filter", filter, "order", order, "first", size));
        String after = null;
        do {
            variables.put("after", after);
            JsonPath page = ok(PAGE, variables);
            assertEquals(total, page.getInt("data.claims.totalCount"), "the total whatever the cursor");
            assertTrue(page.getList("data.claims.nodes").size() <= size);
            ids.addAll(page.getList("data.claims.nodes.id"));
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }

    @Test
    void pagesByConfidenceBreakTiesByIdAndNeitherSkipNorRepeat() {
        String subject = "Confidenceland " + UUID.randomUUID();
        List<Stored> stored = record(subject, SourcesFixture.source(), 0.9, 0.35, 0.6, 0.35, 1.0, 0.35, 0.6, 0.35);
        Map<String, Object> filter = Map.of("subject", subject);
        Comparator<Stored> ascending = Comparator.comparingDouble(Stored::confidence).thenComparing(s -> UUID.fromString(s.id()));
        List<String> leastSureFirst = stored.stream().sorted(ascending).map(Stored::id).toList();
        List<String> surestFirst = stored.stream().sorted(ascending.reversed()).map(Stored::id).toList();
        for (int size : new int[] { 1, 2, 3, 8 }) {
            assertEquals(leastSureFirst, allPages(filter, "CONFIDENCE_ASC", size, 8), "least sure first, " + size + " a page");
            assertEquals(surestFirst, allPages(filter, "CONFIDENCE_DESC", size, 8), "surest first, " + size + " a page");
        }
    }

    @Test
    void aCursorOfAnotherOrderOrADamagedOneIsRefused() {
        String subject = "Confidenceland " + UUID.randomUUID();
        record(subject, SourcesFixture.source(), 0.5, 0.5);
        Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("subject", subject), "order", "CONFIDENCE_ASC", "first", 1));
        String cursor = ok(PAGE, variables).getString("data.claims.pageInfo.endCursor");
        variables.putAll(Map.of("order", "CONFIDENCE_DESC", "after", cursor));
        assertEquals("after", failing(PAGE, variables).getString("errors[0].extensions.field"));
        String damaged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("CONFIDENCE_ASC\u001f7.5\u001f" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        variables.putAll(Map.of("order", "CONFIDENCE_ASC", "after", damaged));
        JsonPath refused = failing(PAGE, variables);
        assertEquals("after", refused.getString("errors[0].extensions.field"), refused.prettify());
    }

    @Test
    void theTotalCountIsTheFiltersWholeCountInOneSqlCount() {
        String subject = "Countland " + UUID.randomUUID();
        String claimant = SourcesFixture.source();
        List<Stored> stored = record(subject, claimant, 0.2, 0.4, 0.6, 0.8, 0.9);
        Map<String, Object> unreviewed = Map.of("subject", subject, "status", List.of("UNREVIEWED"));
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            JsonPath page = ok(PAGE, Map.of("filter", unreviewed, "order", "CONFIDENCE_ASC", "first", 2));
            assertEquals(5, page.getInt("data.claims.totalCount"));
            assertEquals(2, page.getList("data.claims.nodes").size());
            assertEquals(2, sql.all().size(), "the page and its count: " + sql.statements());
        }
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            ok(PAGE.replace("totalCount ", ""), Map.of("filter", unreviewed, "order", "CONFIDENCE_ASC", "first", 2));
            assertEquals(1, sql.all().size(), "no count unless asked for: " + sql.statements());
        }

        ok("mutation($id: ID!) { reviewClaim(id: $id, status: CONFIRMED) { status } }", Map.of("id", stored.get(0).id()));
        assertEquals(4, ok(PAGE, Map.of("filter", unreviewed, "first", 1)).getInt("data.claims.totalCount"), "one unreviewed claim fewer");
        assertEquals(5, ok(PAGE, Map.of("filter", Map.of("subject", subject), "first", 1)).getInt("data.claims.totalCount"));
        assertEquals(0, ok(PAGE, Map.of("filter", Map.of("subject", subject, "search", "wounded"))).getInt("data.claims.totalCount"));

        // a source's and a document's claims count theirs
        JsonPath owners = ok("""
                query($reps: [_Any!]!) { _entities(representations: $reps) {
                  ... on Source { claims(first: 1) { totalCount nodes { id } } }
                  ... on Document { claims(first: 1) { totalCount } } } }""",
                Map.of("reps", List.of(Map.of("__typename", "Source", "id", claimant), Map.of("__typename", "Source", "id", "not-an-id"))));
        assertEquals(List.of(5, 0), owners.getList("data._entities.claims.totalCount"));
    }
}
