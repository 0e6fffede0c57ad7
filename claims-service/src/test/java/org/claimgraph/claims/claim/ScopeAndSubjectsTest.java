package org.claimgraph.claims.claim;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/** Figures limited to a region, town, unit or subgroup; subjects by their canonical name. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ScopeAndSubjectsTest {

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id subject scope subgroup } }";

    static Map<String, Object> claim(String documentId, String claimantId, String subject, int best) {
        Map<String, Object> input = new HashMap<>();
        input.put("documentId", documentId);
        input.put("claimantId", claimantId);
        input.put("subject", subject);
        input.put("population", "CIVILIAN");
        input.put("category", "KILLED");
        input.put("qualifier", "EXACT");
        input.put("best", best);
        input.put("quote", best + " civilians were killed");
        return input;
    }

    @Test
    void scopedFiguresAreKeptOutOfNationalEstimatesUnlessAskedFor() throws Exception {
        String subject = "Scopeland " + UUID.randomUUID();
        String document = SourcesFixture.document("Regional toll", "2025-03-01");
        String national = SourcesFixture.source();
        String regional = SourcesFixture.source();
        ok(RECORD, Map.of("input", claim(document, national, subject, 12000)));
        Map<String, Object> scoped = claim(document, regional, subject, 300);
        scoped.put("scope", "  Kharkiv oblast ");
        scoped.put("subgroup", "children");
        JsonPath recorded = ok(RECORD, Map.of("input", scoped));
        assertEquals("Kharkiv oblast", recorded.getString("data.recordClaim.scope"));
        assertEquals("children", recorded.getString("data.recordClaim.subgroup"));

        String estimates = "query($subject: String!, $all: Boolean!) { estimates(subject: $subject, category: KILLED, "
                + "population: CIVILIAN, includeScoped: $all) { claimants maxHigh latest { best scope } } }";
        JsonPath nationalOnly = ok(estimates, Map.of("subject", subject, "all", false));
        assertEquals(1, nationalOnly.getInt("data.estimates.claimants"));
        assertEquals(List.of(12000), nationalOnly.getList("data.estimates.latest.best"));
        assertEquals(2, ok(estimates, Map.of("subject", subject, "all", true)).getInt("data.estimates.claimants"));

        String timeline = "query($subject: String!) { timeline(subject: $subject, category: KILLED, population: CIVILIAN) "
                + "{ points { best } } }";
        assertEquals(List.of(List.of(12000)), ok(timeline, Map.of("subject", subject)).getList("data.timeline.points.best"));

        String filtered = "query($subject: String, $scoped: Boolean) { claims(filter: { subject: $subject, scoped: $scoped }) "
                + "{ nodes { best } } }";
        assertEquals(List.of(300), ok(filtered, Map.of("subject", subject, "scoped", true)).getList("data.claims.nodes.best"));
        assertEquals(List.of(12000), ok(filtered, Map.of("subject", subject, "scoped", false)).getList("data.claims.nodes.best"));

        String csv = given().queryParam("documentId", document).queryParam("scoped", "true").get("/export/claims.csv").asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, rows.size(), csv);
        assertEquals("Kharkiv oblast", rows.get(0).get("scope"));
        assertEquals("children", rows.get(0).get("subgroup"));
        String jsonLd = given().queryParam("documentId", document).queryParam("scoped", "true").get("/export/claims.jsonld").asString();
        assertTrue(jsonLd.contains("\"name\":\"scope\",\"value\":\"Kharkiv oblast\""), jsonLd);
        given().queryParam("scoped", "maybe").get("/export/claims.csv").then().statusCode(400);

        Map<String, Object> blank = claim(document, regional, subject, 5);
        blank.put("scope", " ");
        assertEquals("input.scope", failing(RECORD, Map.of("input", blank)).getString("errors[0].extensions.field"));
    }

    @Test
    void subjectsAreCanonicalAndArgumentsAcceptAliases() {
        String document = SourcesFixture.document("Gaza report", "2024-05-01");
        String claimant = SourcesFixture.source();
        JsonPath recorded = ok(RECORD, Map.of("input", claim(document, claimant, "Gaza", 35000)));
        assertEquals("Palestine", recorded.getString("data.recordClaim.subject"));
        String byAlias = "query($documentId: ID) { claims(filter: { documentId: $documentId, subject: \"Palestinians\" }) { nodes { best } } }";
        assertEquals(List.of(35000), ok(byAlias, Map.of("documentId", document)).getList("data.claims.nodes.best"));
        JsonPath estimates = ok("{ estimates(subject: \"gaza\", category: KILLED, population: CIVILIAN) { subject claimants } }", Map.of());
        assertEquals("Palestine", estimates.getString("data.estimates.subject"));
        assertTrue(estimates.getInt("data.estimates.claimants") >= 1);

        JsonPath subjects = ok("{ subjects { name claims nationalClaims } }", Map.of());
        List<String> names = subjects.getList("data.subjects.name");
        assertTrue(names.contains("Palestine"), names.toString());
        assertTrue(!names.contains("Gaza"), names.toString());
        int palestine = names.indexOf("Palestine");
        assertTrue(subjects.getInt("data.subjects[" + palestine + "].claims") >= 1);
    }
}
