package org.claimgraph.claims;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.SqlStatementCounter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ClaimApiTest {

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) "
            + "{ id low best high qualifier ratePer asOf asOfPrecision periodStart claimant { id } document { id } extractor confidence } }";
    static final String BY_DOCUMENT = "query($documentId: ID) { claims(filter: { documentId: $documentId }, first: 500) { nodes { id subject category } } }";

    static Map<String, Object> claim(String documentId, String claimantId) {
        Map<String, Object> input = new HashMap<>();
        input.put("documentId", documentId);
        input.put("claimantId", claimantId);
        input.put("subject", "Ukraine");
        input.put("population", "MILITARY");
        input.put("category", "KILLED");
        input.put("qualifier", "EXACT");
        input.put("best", 55000);
        input.put("quote", "55,000 Ukrainian soldiers have been killed since the war with Russia began");
        return input;
    }

    static int claimsOf(String documentId) {
        return ok(BY_DOCUMENT, Map.of("documentId", documentId)).getList("data.claims.nodes").size();
    }

    @Test
    void recordsAClaimOnceHoweverOftenItIsSent() {
        String documentId = SourcesFixture.document();
        String claimantId = SourcesFixture.source();
        Map<String, Object> input = claim(documentId, claimantId);
        input.putAll(Map.of("periodStart", "2022-02-24", "asOf", "2025-02-01", "asOfPrecision", "MONTH"));
        JsonPath first = ok(RECORD, Map.of("input", input));
        assertEquals(55000, first.getInt("data.recordClaim.low"));
        assertEquals(55000, first.getInt("data.recordClaim.high"));
        assertEquals("MONTH", first.getString("data.recordClaim.asOfPrecision"));
        assertEquals(claimantId, first.getString("data.recordClaim.claimant.id"));
        assertEquals("manual", first.getString("data.recordClaim.extractor"));
        JsonPath again = ok(RECORD, Map.of("input", input));
        assertEquals(first.getString("data.recordClaim.id"), again.getString("data.recordClaim.id"));
        assertEquals(1, claimsOf(documentId));
    }

    @Test
    void keepsBoundsAsStated() {
        String documentId = SourcesFixture.document();
        String claimantId = SourcesFixture.source();
        Map<String, Object> over = claim(documentId, claimantId);
        over.remove("best");
        over.putAll(Map.of("qualifier", "AT_LEAST", "low", 46000));
        JsonPath atLeast = ok(RECORD, Map.of("input", over));
        assertEquals(46000, atLeast.getInt("data.recordClaim.low"));
        assertNull(atLeast.get("data.recordClaim.high"));

        Map<String, Object> range = claim(documentId, claimantId);
        range.remove("best");
        range.putAll(Map.of("qualifier", "RANGE", "low", 500000, "high", 600000, "category", "CASUALTIES"));
        assertEquals(600000, ok(RECORD, Map.of("input", range)).getInt("data.recordClaim.high"));

        Map<String, Object> daily = claim(documentId, claimantId);
        daily.putAll(Map.of("qualifier", "APPROXIMATELY", "best", 800, "ratePer", "DAY", "subject", "Russia"));
        assertEquals("DAY", ok(RECORD, Map.of("input", daily)).getString("data.recordClaim.ratePer"));

        assertEquals(List.of("Russia"), ok("query($documentId: ID) { claims(filter: { documentId: $documentId, subject: \"russia\" }) "
                + "{ nodes { subject } } }", Map.of("documentId", documentId)).getList("data.claims.nodes.subject"));
    }

    @Test
    void rejectsBadClaimsNamingTheFieldAndWritesNothing() {
        String documentId = SourcesFixture.document();
        String claimantId = SourcesFixture.source();
        Map<String, Object> inverted = claim(documentId, claimantId);
        inverted.remove("best");
        inverted.putAll(Map.of("qualifier", "RANGE", "low", 600000, "high", 500000));
        JsonPath lowOverHigh = failing(RECORD, Map.of("input", inverted));
        assertEquals("input.low", lowOverHigh.getString("errors[0].extensions.field"));
        assertTrue(lowOverHigh.getString("errors[0].message").contains("must not exceed high"));

        Map<String, Object> negative = claim(documentId, claimantId);
        negative.put("best", -5);
        assertEquals("input.best", failing(RECORD, Map.of("input", negative)).getString("errors[0].extensions.field"));

        Map<String, Object> malformed = claim("not-a-uuid", claimantId);
        assertEquals("input.documentId", failing(RECORD, Map.of("input", malformed)).getString("errors[0].extensions.field"));

        Map<String, Object> unknownEnum = claim(documentId, claimantId);
        unknownEnum.put("population", "ROBOTS");
        assertTrue(failing(RECORD, Map.of("input", unknownEnum)).getString("errors[0].message").contains("Population"));

        Map<String, Object> emptyQuote = claim(documentId, claimantId);
        emptyQuote.put("quote", " ");
        assertEquals("input.quote", failing(RECORD, Map.of("input", emptyQuote)).getString("errors[0].extensions.field"));

        Map<String, Object> badSpan = claim(documentId, claimantId);
        badSpan.putAll(Map.of("spanStart", 10, "spanEnd", 5));
        assertEquals("input.spanEnd", failing(RECORD, Map.of("input", badSpan)).getString("errors[0].extensions.field"));

        JsonPath unknownDocument = failing(RECORD, Map.of("input", claim(UUID.randomUUID().toString(), claimantId)));
        assertEquals("input.documentId", unknownDocument.getString("errors[0].extensions.field"));
        assertEquals("NOT_FOUND", unknownDocument.getString("errors[0].extensions.code"));
        JsonPath unknownClaimant = failing(RECORD, Map.of("input", claim(documentId, UUID.randomUUID().toString())));
        assertEquals("input.claimantId", unknownClaimant.getString("errors[0].extensions.field"));

        assertEquals(0, claimsOf(documentId), "no rejected claim may be stored");

        JsonPath unknown = failing("{ claim(id: \"" + UUID.randomUUID() + "\") { id } }", Map.of());
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        JsonPath invertedDates = failing("{ claims(filter: { from: \"2025-03-01\", to: \"2025-01-01\" }) { nodes { id } } }", Map.of());
        assertEquals("filter.from", invertedDates.getString("errors[0].extensions.field"));
    }

    @Test
    void aBatchOfSourcesGetsItsClaimsWithOneSqlQuery() {
        String documentId = SourcesFixture.document();
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String claimantId = SourcesFixture.source();
            representations.add(Map.of("__typename", "Source", "id", claimantId));
            for (int figure = 1; figure <= 3; figure++) {
                Map<String, Object> input = claim(documentId, claimantId);
                input.put("best", 1000 * figure);
                ok(RECORD, Map.of("input", input));
            }
        }
        String query = "query($representations: [_Any!]!) { _entities(representations: $representations) "
                + "{ ... on Source { id claims(first: 2) { nodes { best claimant { id } } pageInfo { hasNextPage } } } } }";
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            JsonPath answer = ok(query, Map.of("representations", representations));
            assertEquals(1, sql.selects().size(), "one query for all 50 sources, got " + sql.statements());
            assertEquals(50, answer.getList("data._entities").size());
            assertEquals(List.of(1000, 2000), answer.getList("data._entities[7].claims.nodes.best"));
            assertTrue(answer.getBoolean("data._entities[7].claims.pageInfo.hasNextPage"));
            assertEquals(representations.get(7).get("id"), answer.getString("data._entities[7].claims.nodes[0].claimant.id"));
        }
    }

    @Test
    void siblingAndNestedFieldsResolveTogether() {
        String documentId = SourcesFixture.document();
        String claimantId = SourcesFixture.source();
        String claimId = ok(RECORD, Map.of("input", claim(documentId, claimantId))).getString("data.recordClaim.id");
        String query = """
                query($id: ID!, $representations: [_Any!]!) {
                  one: claim(id: $id) { best }
                  all: claims(first: 5) { nodes { id } }
                  mine: claims(filter: { subject: "Ukraine" }, first: 3) { nodes { id } }
                  _entities(representations: $representations) {
                    ... on Document { claims { nodes { id } } }
                    ... on Source { claims { nodes { id } } }
                  }
                }""";
        Map<String, Object> variables = Map.of("id", claimId, "representations", List.of(
                Map.of("__typename", "Document", "id", documentId), Map.of("__typename", "Source", "id", claimantId)));
        for (int round = 0; round < 20; round++) {
            JsonPath answer = ok(query, variables);
            assertEquals(55000, answer.getInt("data.one.best"));
            assertEquals(List.of(claimId), answer.getList("data._entities[0].claims.nodes.id"));
            assertEquals(List.of(claimId), answer.getList("data._entities[1].claims.nodes.id"));
        }
    }
}
