package org.claimgraph.claims.ingestion;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** ingestArticle and extractClaims over HTTP, with a real sources-service and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class IngestionTest {

    static final String INGEST = """
            mutation($title: String!, $url: String, $outletName: String, $publishedOn: Date, $text: String!) {
              ingestArticle(title: $title, url: $url, outletName: $outletName, publishedOn: $publishedOn, text: $text) {
                document { id } created unchanged
                claims { id subject population category low best high qualifier ratePer periodStart asOf quote spanStart spanEnd
                         confidence extractor claimant { id } document { id } }
                unattributed { figure }
              }
            }""";

    static Map<String, Object> article(String title, String text) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", title);
        variables.put("text", text);
        return variables;
    }

    static int claimCount() {
        int count = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = ok("query($after: String) { claims(first: 500, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                    variables);
            count += page.getList("data.claims.nodes").size();
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        return count;
    }

    @Test
    void reingestingAnArticleChangesNothing() {
        String text = "Ukrainian President Volodymyr Zelensky said 40,000 Ukrainian soldiers have been killed. Zelensky also said 390,000 Ukrainian soldiers were wounded. "
                + uniqueMark();
        JsonPath first = ok(INGEST, article("Zelensky interview", text));
        assertEquals(2, first.getInt("data.ingestArticle.created"));
        assertEquals(0, first.getInt("data.ingestArticle.unchanged"));
        assertEquals("rules/1", first.getString("data.ingestArticle.claims[0].extractor"));
        int before = claimCount();

        JsonPath again = ok(INGEST, article("Zelensky interview", text));
        assertEquals(0, again.getInt("data.ingestArticle.created"));
        assertEquals(2, again.getInt("data.ingestArticle.unchanged"));
        assertEquals(first.getString("data.ingestArticle.document.id"), again.getString("data.ingestArticle.document.id"));
        assertEquals(first.getList("data.ingestArticle.claims.id"), again.getList("data.ingestArticle.claims.id"));
        assertEquals(before, claimCount());
    }

    @Test
    void aHeadlineAndTheBodyGivingTheSameFigureAreOneClaim() {
        String text = "Zelensky: 55,000 Ukrainian soldiers killed\n\nUkrainian President Volodymyr Zelensky said 55,000 Ukrainian "
                + "soldiers have been killed since the war with Russia began. (" + uniqueMark() + ")";
        JsonPath ingested = ok(INGEST, article("Headline and body", text));
        assertEquals(1, ingested.getList("data.ingestArticle.claims").size(), ingested.prettify());
        assertEquals("2022-02-24", ingested.getString("data.ingestArticle.claims[0].periodStart"), "the mention with the date is kept");
        JsonPath source = RestAssured.given().contentType("application/json")
                .body(Map.of("query", "query($id: ID!) { source(id: $id) { name kind affiliation } }",
                        "variables", Map.of("id", ingested.getString("data.ingestArticle.claims[0].claimant.id"))))
                .post(SourcesServiceTestResource.sourcesGraphQL()).then().statusCode(200).extract().jsonPath();
        assertEquals("Volodymyr Zelensky", source.getString("data.source.name"), "resolved to the well-known source");
        assertEquals("UA", source.getString("data.source.affiliation"));
    }

    @Test
    void anUnattributedFigureGoesToTheOutletWhenOneIsGiven() {
        String text = "At least 40 civilians were killed in Ukraine in a missile strike. " + uniqueMark();
        JsonPath without = ok(INGEST, article("Strike", text));
        assertEquals(0, without.getList("data.ingestArticle.claims").size());
        assertEquals(List.of("At least 40"), without.getList("data.ingestArticle.unattributed.figure"));

        Map<String, Object> withOutlet = article("Strike", text);
        withOutlet.put("outletName", "Kyiv Independent " + UUID.randomUUID());
        JsonPath with = ok(INGEST, withOutlet);
        assertEquals(1, with.getList("data.ingestArticle.claims").size());
        assertTrue(with.getFloat("data.ingestArticle.claims[0].confidence") < 0.7, "an outlet's own figure is less certain");
    }

    @Test
    void extractClaimsPreviewsWithoutStoring() {
        int before = claimCount();
        JsonPath preview = ok("query($text: String!) { extractClaims(text: $text, publishedOn: \"2025-03-10\") "
                + "{ claimant attribution subject category low high qualifier asOf asOfPrecision figure quote spanStart spanEnd confidence } }",
                Map.of("text", "General Eirik Kristoffersen stated last month that 180,000 Russian soldiers were injured, died, or went missing."));
        assertEquals("Eirik Kristoffersen", preview.getString("data.extractClaims[0].claimant"));
        assertEquals("STATED", preview.getString("data.extractClaims[0].attribution"));
        assertEquals("CASUALTIES", preview.getString("data.extractClaims[0].category"));
        assertEquals("2025-02-01", preview.getString("data.extractClaims[0].asOf"));
        assertEquals("MONTH", preview.getString("data.extractClaims[0].asOfPrecision"));
        assertEquals(0, preview.getInt("data.extractClaims[0].spanStart"));
        assertEquals(before, claimCount());
    }

    @Test
    void extractClaimsPreviewsTheScopeAndSubgroupItReads() {
        JsonPath preview = ok("query($text: String!) { extractClaims(text: $text) { best low scope subgroup } }",
                Map.of("text", "At least 13 civilians were killed in El Geneina, local doctors said. "
                        + "The strike killed 12 children in Sudan, the ministry said."));
        assertEquals("El Geneina", preview.getString("data.extractClaims[0].scope"));
        assertNull(preview.getString("data.extractClaims[0].subgroup"));
        assertEquals("children", preview.getString("data.extractClaims[1].subgroup"));
        assertNull(preview.getString("data.extractClaims[1].scope"));
    }

    @Test
    void badTextIsRefusedAndNothingIsStored() {
        int before = claimCount();
        Map<String, String> reasons = Map.of(
                "   ", "text: must not be empty",
                "Zelensky said 55,000 soldiers died.\u0000\u0001\u0002", "text: must not contain a NUL character (U+0000)",
                "Zelensky said 55,000 soldiers died.\u0001\u0002", "text: looks like binary data (control character U+0001 at offset 35)",
                "<p>Zelensky said 55,000 Ukrainian soldiers died.</p>", "text: looks like HTML markup ('<p>' at offset 0); send the article's plain text",
                "x".repeat(1_048_577), "text: must be at most 1048576 bytes of UTF-8, was 1048577");
        reasons.forEach((text, reason) -> {
            JsonPath error = failing(INGEST, article("Bad", text));
            assertEquals(reason, error.getString("errors[0].message"));
            assertEquals("text", error.getString("errors[0].extensions.field"));
            assertEquals("BAD_USER_INPUT", error.getString("errors[0].extensions.code"));
            assertEquals(false, error.getBoolean("errors[0].extensions.retryable"));
        });
        JsonPath noTitle = failing(INGEST, article(" ", "Zelensky said 55,000 Ukrainian soldiers died."));
        assertEquals("title", noTitle.getString("errors[0].extensions.field"));
        JsonPath badUrl = failing(INGEST, Map.of("title", "t", "url", "not a url", "text", "Zelensky said 55,000 Ukrainian soldiers died. " + uniqueMark()));
        assertEquals("url", badUrl.getString("errors[0].extensions.field"), badUrl.prettify());
        assertEquals(before, claimCount());
    }

    @Test
    void aDocumentSourcesServiceRefusesLeavesNeitherClaimsNorClaimants() {
        // the URL belongs to another text: sources-service refuses the document after resolving the outlet's and
        // the claimant's names, in the same transaction, so the sources it would have created are not stored either
        String url = "https://news.example/" + UUID.randomUUID();
        Map<String, Object> first = article("First", "An earlier report. " + uniqueMark());
        first.put("url", url);
        ok(INGEST, first);
        int before = claimCount();
        String outlet = "Outlet " + uniqueMark();
        Map<String, Object> second = article("Second", "Zelensky said 12,000 Ukrainian soldiers have been killed. " + uniqueMark());
        second.put("url", url);
        second.put("outletName", outlet);
        JsonPath conflict = failing(INGEST, second);
        assertEquals("CONFLICT", conflict.getString("errors[0].extensions.code"), conflict.prettify());
        assertEquals("url", conflict.getString("errors[0].extensions.field"));
        assertEquals(before, claimCount());
        JsonPath found = org.claimgraph.localstack.testing.GraphQLRequests.okAt(SourcesServiceTestResource.sourcesGraphQL(),
                "query($search: String) { sources(search: $search) { nodes { id } } }", Map.of("search", outlet));
        assertEquals(List.of(), found.getList("data.sources.nodes"), "no source of a refused article is stored");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] prefix = "{\"query\":\"mutation($t: String!) { ingestArticle(title: \\\"t\\\", text: $t) { created } }\",\"variables\":{\"t\":\"55,000 killed "
                .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by an invalid continuation
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        JsonPath answer = RestAssured.given().contentType("application/json; charset=UTF-8").header("Authorization", TestTokens.editor()).body(body).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("text: is not valid UTF-8 text (undecodable bytes at offset 14)", answer.getString("errors[0].message"), answer.prettify());
        assertEquals("text", answer.getString("errors[0].extensions.field"));
    }

    @Test
    void whenSourcesServiceIsDownIngestionFailsRetryablyAndStoresNothing() {
        String text = "Zelensky said 43,000 Ukrainian soldiers have been killed. " + uniqueMark();
        int before = claimCount();
        String documentId = org.claimgraph.claims.SourcesFixture.document();
        String claimantId = org.claimgraph.claims.SourcesFixture.source();
        SourcesServiceTestResource.stopSourcesService();
        try {
            JsonPath error = failing(INGEST, article("Outage", text));
            assertEquals("UNAVAILABLE", error.getString("errors[0].extensions.code"), error.prettify());
            assertEquals(true, error.getBoolean("errors[0].extensions.retryable"));
            assertTrue(error.getString("errors[0].message").startsWith("sources-service is unavailable"), error.getString("errors[0].message"));
            assertFalse(error.prettify().contains("at org."), "no stack trace");
            // recordClaim looks its document and claimant up there too, and stores nothing without them
            JsonPath recordError = failing("mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }", Map.of("input",
                    Map.of("documentId", documentId, "claimantId", claimantId, "subject", "Ukraine", "population", "MILITARY",
                            "category", "KILLED", "qualifier", "EXACT", "best", 43000, "quote", "43,000 killed")));
            assertEquals("UNAVAILABLE", recordError.getString("errors[0].extensions.code"), recordError.prettify());
            assertEquals(true, recordError.getBoolean("errors[0].extensions.retryable"));
            assertEquals(before, claimCount());
        } finally {
            SourcesServiceTestResource.startSourcesService();
        }
        JsonPath retried = ok(INGEST, article("Outage", text));
        assertEquals(1, retried.getInt("data.ingestArticle.created"));
    }

    /** Makes a text unique without adding anything the extractor could read as a figure (a UUID's digits can be). */
    static String uniqueMark() {
        StringBuilder mark = new StringBuilder("Ref ");
        for (char c : UUID.randomUUID().toString().toCharArray()) {
            mark.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return mark.toString();
    }
}
