package org.claimgraph.claims.export;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The export endpoints stream every claim of a filter (the test profile sends them in batches of 2). */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimExportTest {

    String claimant;
    String document;

    private boolean recorded;

    /** Once per class, before the first test: rest-assured knows the service's port only from then on. */
    @BeforeEach
    void recordClaims() {
        if (recorded) {
            return;
        }
        recorded = true;
        claimant = SourcesFixture.source("Export Ministry", "GOVERNMENT", "UA");
        document = SourcesFixture.document("Losses, \"officially\"", "2025-05-01");
        for (int best : new int[] { 100, 200, 300, 400, 500 }) {
            Map<String, Object> input = new HashMap<>(Map.of("documentId", document, "claimantId", claimant, "subject", "Ukraine",
                    "population", "CIVILIAN", "category", "WOUNDED", "qualifier", "EXACT", "best", best,
                    "quote", "The ministry said \"" + best + "\" civilians, at least, were wounded; more later."));
            ok("mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }", Map.of("input", input));
        }
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowPerClaimAcrossBatches() throws IOException {
        Response response = given().queryParam("claimantId", claimant).queryParam("orderBy", "FIGURE_DESC")
                .get("/export/claims.csv");
        response.then().statusCode(200).contentType("text/csv; charset=utf-8");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString())).getRecords();
        assertEquals(5, records.size());
        assertEquals(List.of("500", "400", "300", "200", "100"), records.stream().map(r -> r.get("best")).toList());
        CSVRecord first = records.get(0);
        assertTrue(first.get("claimant").startsWith("Export Ministry"), first.toString());
        assertEquals("GOVERNMENT", first.get("claimant_kind"));
        assertEquals("UA", first.get("claimant_affiliation"));
        assertEquals("The ministry said \"500\" civilians, at least, were wounded; more later.", first.get("quote"));
        assertEquals("Losses, \"officially\"", first.get("document_title"));
        assertTrue(first.get("document_url").startsWith("https://news.example/"));
        assertEquals("2025-05-01", first.get("stated_on"));

        String limited = given().queryParam("claimantId", claimant).queryParam("limit", 3).get("/export/claims.csv").asString();
        assertEquals(4, limited.strip().split("\r\n").length, "header and 3 rows");
    }

    @Test
    void jsonLdListsSchemaOrgClaimsWithAuthorAndAppearance() {
        Response response = given().queryParam("claimantId", claimant).queryParam("orderBy", "STATED_ON_ASC")
                .get("/export/claims.jsonld");
        response.then().statusCode(200).contentType("application/ld+json; charset=utf-8");
        JsonPath json = response.jsonPath();
        assertEquals("https://schema.org", json.getString("'@context'"));
        assertEquals(5, json.getList("hasPart").size());
        assertEquals("Claim", json.getString("hasPart[0].'@type'"));
        assertEquals("Organization", json.getString("hasPart[0].author.'@type'"));
        assertTrue(json.getString("hasPart[0].author.name").startsWith("Export Ministry"));
        // every document that reported the claim; the first is also firstAppearance
        assertEquals(1, json.getList("hasPart[0].appearance").size());
        assertTrue(json.getString("hasPart[0].appearance[0].url").startsWith("https://news.example/"));
        assertEquals("2025-05-01", json.getString("hasPart[0].appearance[0].datePublished"));
        assertEquals(json.getString("hasPart[0].appearance[0].'@id'"), json.getString("hasPart[0].firstAppearance.'@id'"));
        assertEquals("2025-05-01", json.getString("hasPart[0].datePublished"));
        assertTrue(json.getString("hasPart[0].text").contains("civilians, at least, were wounded"));
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        List<Map.Entry<String, Map<String, String>>> cases = List.of(
                Map.entry("category", Map.of("category", "EATEN")),
                Map.entry("from", Map.of("from", "yesterday")),
                Map.entry("from", Map.of("from", "2025-03-01", "to", "2025-01-01")),
                Map.entry("limit", Map.of("limit", "0")),
                Map.entry("claimant", Map.of("claimant", claimant)),
                Map.entry("claimantId", Map.of("claimantId", "not-an-id")));
        cases.forEach(entry -> {
            String field = entry.getKey();
            Map<String, String> parameters = entry.getValue();
            JsonPath error = given().queryParams(parameters).get("/export/claims.csv").then().statusCode(400).extract().jsonPath();
            assertEquals(field, error.getString("errors[0].extensions.field"), error.prettify());
            assertEquals("BAD_USER_INPUT", error.getString("errors[0].extensions.code"));
        });
    }
}
