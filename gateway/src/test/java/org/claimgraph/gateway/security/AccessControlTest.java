package org.claimgraph.gateway.security;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.AccessChecks.LISTED_ORIGIN;
import static org.claimgraph.localstack.testing.AccessChecks.assertRefused;
import static org.claimgraph.localstack.testing.AccessChecks.preflight;
import static org.claimgraph.localstack.testing.AccessChecks.simplePost;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Access through the gateway, and directly on the subgraphs as they run in production (their built jars): the
 * gateway refuses what it can tell, forwards the caller's token, and the subgraphs check every field's role again.
 */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class AccessControlTest {

    static final String INGEST = "mutation($title: String!, $text: String!) { ingestArticle(title: $title, text: $text) "
            + "{ document { id } claims { best claimant { name } } } }";
    static final String CREATE_SOURCE = "mutation($name: String!) { createSource(input: {name: $name, kind: GOVERNMENT}) { id } }";

    static Map<String, Object> article() {
        return Map.of("title", "Gateway access " + UUID.randomUUID(),
                "text", "Ukrainian President Volodymyr Zelensky said 42,000 Ukrainian soldiers have been killed. (" + UUID.randomUUID() + ")");
    }

    static Response postDirectly(String subgraph, String authorization, String query, Map<String, Object> variables) {
        URI endpoint = FederatedStackTestResource.direct(subgraph);
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post(endpoint);
    }

    @Test
    void anonymousMutationsAreRefusedByTheGatewayAndByEachSubgraph() {
        assertRefused(postAs(null, INGEST, article()), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(null, CREATE_SOURCE, Map.of("name", "Anonymous " + UUID.randomUUID())), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postDirectly("claims", null, INGEST, article()), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postDirectly("sources", null, CREATE_SOURCE, Map.of("name", "Anonymous " + UUID.randomUUID())), 401, "UNAUTHENTICATED", "admin");
    }

    @Test
    void readersMayNotWrite() {
        assertRefused(postAs(TestTokens.reader(), INGEST, article()), 403, "FORBIDDEN", "editor");
        assertRefused(postDirectly("claims", TestTokens.reader(), INGEST, article()), 403, "FORBIDDEN", "editor");
    }

    @Test
    void anEditorIngestsEndToEndThroughTheGateway() {
        postAs(TestTokens.editor(), INGEST, article()).then().statusCode(200).body("errors", nullValue())
                .body("data.ingestArticle.claims.best", hasItem(42000))
                .body("data.ingestArticle.claims.claimant.name", hasItem("Volodymyr Zelensky"));
    }

    @Test
    void theSubgraphsRefusalOfAFieldsRoleComesBackAs403() {
        Response response = postAs(TestTokens.editor(), CREATE_SOURCE, Map.of("name", "Editor " + UUID.randomUUID()));
        response.then().statusCode(403).body("errors.extensions.code", hasItem("FORBIDDEN"))
                .body("errors.extensions.requiredRole", hasItem("admin")).body("errors.extensions.subgraph", hasItem("sources"));
        postAs(TestTokens.admin(), CREATE_SOURCE, Map.of("name", "Admin " + UUID.randomUUID())).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void expiredAndWronglySignedTokensAreRefused() {
        for (String authorization : List.of(TestTokens.expiredEditor(), TestTokens.wronglySignedEditor())) {
            assertRefused(postAs(authorization, INGEST, article()), 401, "UNAUTHENTICATED", null);
            assertRefused(postAs(authorization, "{ claims(first: 1) { nodes { best } } }", Map.of()), 401, "UNAUTHENTICATED", null);
        }
    }

    @Test
    void anonymousReadsAreAllowedByDefault() {
        postAs(null, "{ claims(first: 5) { nodes { best claimant { name } } } }", Map.of()).then().statusCode(200)
                .body("errors", nullValue()).body("data.claims.nodes.size()", equalTo(5));
        given().get("/export/claims.csv?limit=1").then().statusCode(200);
    }

    @Test
    void postsABrowserSendsWithoutPreflightAreRefused() {
        String mutation = "{\"query\":\"mutation { createSource(input: {name: \\\"CSRF\\\", kind: GOVERNMENT}) { id } }\"}";
        assertRefused(simplePost("text/plain", mutation, TestTokens.admin()), 400, "BAD_REQUEST", null);
        assertRefused(simplePost("application/x-www-form-urlencoded", "query=" + mutation, TestTokens.admin()), 400, "BAD_REQUEST", null);
    }

    @Test
    void corsAllowsOnlyTheListedOrigins() {
        preflight("https://attacker.example").then().header("Access-Control-Allow-Origin", nullValue());
        preflight(LISTED_ORIGIN).then().header("Access-Control-Allow-Origin", equalTo(LISTED_ORIGIN));
    }
}
