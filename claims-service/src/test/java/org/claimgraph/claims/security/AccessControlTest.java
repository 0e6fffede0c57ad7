package org.claimgraph.claims.security;

import static org.claimgraph.localstack.testing.AccessChecks.LISTED_ORIGIN;
import static org.claimgraph.localstack.testing.AccessChecks.assertRefused;
import static org.claimgraph.localstack.testing.AccessChecks.preflight;
import static org.claimgraph.localstack.testing.AccessChecks.simplePost;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Who may call claims-service; ingestion calls sources-service with the caller's own token. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class AccessControlTest {

    static final String INGEST = "mutation($title: String!, $text: String!) { ingestArticle(title: $title, text: $text) "
            + "{ document { id } claims { id claimant { id } } } }";
    static final String RECORD = "mutation($document: ID!, $claimant: ID!) { recordClaim(input: {documentId: $document, claimantId: $claimant, "
            + "subject: \"Ukraine\", population: MILITARY, category: KILLED, qualifier: EXACT, best: 1234, quote: \"1,234 killed\"}) { id best } }";

    static Map<String, Object> article() {
        return Map.of("title", "Access " + UUID.randomUUID(),
                "text", "Ukrainian President Volodymyr Zelensky said 41,000 Ukrainian soldiers have been killed. (" + UUID.randomUUID() + ")");
    }

    static Map<String, Object> record(String document, String claimant) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("document", document);
        variables.put("claimant", claimant);
        return variables;
    }

    @Test
    void mutationsRefuseAnonymousCallersAndReaders() {
        String someId = UUID.randomUUID().toString();
        assertRefused(postAs(null, INGEST, article()), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(null, RECORD, record(someId, someId)), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(TestTokens.reader(), INGEST, article()), 403, "FORBIDDEN", "editor");
        assertRefused(postAs(TestTokens.reader(), RECORD, record(someId, someId)), 403, "FORBIDDEN", "editor");
        String batch = "mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { index } }";
        assertRefused(postAs(null, batch, Map.of("articles", List.of(article()))), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(TestTokens.reader(), batch, Map.of("articles", List.of(article()))), 403, "FORBIDDEN", "editor");
    }

    @Test
    void anEditorIngestsThroughSourcesServiceWithTheirOwnTokenAndRecordsClaims() {
        JsonPath ingested = postAs(TestTokens.editor(), INGEST, article()).then().statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        String document = ingested.getString("data.ingestArticle.document.id");
        String claimant = ingested.getString("data.ingestArticle.claims[0].claimant.id");
        postAs(TestTokens.editor(), RECORD, record(document, claimant)).then().statusCode(200).body("errors", nullValue())
                .body("data.recordClaim.best", equalTo(1234));
    }

    @Test
    void expiredAndWronglySignedTokensAreRefused() {
        for (String authorization : List.of(TestTokens.expiredEditor(), TestTokens.wronglySignedEditor())) {
            assertRefused(postAs(authorization, INGEST, article()), 401, "UNAUTHENTICATED", null);
        }
    }

    @Test
    void anonymousReadsAreAllowedByDefault() {
        postAs(null, "{ claims(first: 1) { nodes { id } } }", Map.of()).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void postsABrowserSendsWithoutPreflightAreRefused() {
        String mutation = "{\"query\":\"mutation { ingestArticle(title: \\\"CSRF\\\", text: \\\"Zelensky said 5 soldiers were killed.\\\") { created } }\"}";
        assertRefused(simplePost("text/plain", mutation, TestTokens.editor()), 400, "BAD_REQUEST", null);
        assertRefused(simplePost("application/x-www-form-urlencoded", "query=" + mutation, TestTokens.editor()), 400, "BAD_REQUEST", null);
    }

    @Test
    void corsAllowsOnlyTheListedOrigins() {
        preflight("https://attacker.example").then().header("Access-Control-Allow-Origin", nullValue());
        preflight(LISTED_ORIGIN).then().header("Access-Control-Allow-Origin", equalTo(LISTED_ORIGIN));
    }
}
