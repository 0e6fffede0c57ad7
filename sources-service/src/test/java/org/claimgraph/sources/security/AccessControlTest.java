package org.claimgraph.sources.security;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.AccessChecks.LISTED_ORIGIN;
import static org.claimgraph.localstack.testing.AccessChecks.assertRefused;
import static org.claimgraph.localstack.testing.AccessChecks.preflight;
import static org.claimgraph.localstack.testing.AccessChecks.simplePost;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Who may call sources-service, with the default settings (anonymous reads on, no subgraph secret). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccessControlTest {

    static final String CREATE_SOURCE = "mutation($name: String!) { createSource(input: {name: $name, kind: GOVERNMENT}) { id } }";
    static final String RESOLVE = "mutation($names: [String!]!) { resolveSources(names: $names) { id } }";
    static final String CREATE_DOCUMENT = "mutation($title: String!) { createDocument(input: {title: $title, text: $title}) { id } }";
    static final String ADD_ALIAS = "mutation($id: ID!) { addAlias(sourceId: $id, alias: \"x\") { id } }";

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyMutationRefusesAnonymousCallersWith401NamingTheRole() {
        assertRefused(postAs(null, CREATE_SOURCE, Map.of("name", unique("Anonymous"))), 401, "UNAUTHENTICATED", "admin");
        assertRefused(postAs(null, RESOLVE, Map.of("names", List.of(unique("Anonymous")))), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(null, CREATE_DOCUMENT, Map.of("title", unique("Anonymous"))), 401, "UNAUTHENTICATED", "editor");
        assertRefused(postAs(null, ADD_ALIAS, Map.of("id", UUID.randomUUID().toString())), 401, "UNAUTHENTICATED", "admin");
    }

    @Test
    void readersMayNotWriteAndEditorsMayNotCurateTheRegistry() {
        assertRefused(postAs(TestTokens.reader(), RESOLVE, Map.of("names", List.of(unique("Reader")))), 403, "FORBIDDEN", "editor");
        assertRefused(postAs(TestTokens.editor(), CREATE_SOURCE, Map.of("name", unique("Editor"))), 403, "FORBIDDEN", "admin");
        // a mutation hidden in a fragment or beside an allowed one is judged all the same
        assertRefused(postAs(TestTokens.editor(), "mutation { ...F } fragment F on Mutation { addAlias(sourceId: \""
                + UUID.randomUUID() + "\", alias: \"x\") { id } }", Map.of()), 403, "FORBIDDEN", "admin");
        assertRefused(postAs(TestTokens.editor(), "mutation($names: [String!]!, $name: String!) { resolveSources(names: $names) { id } "
                + "createSource(input: {name: $name, kind: GOVERNMENT}) { id } }",
                Map.of("names", List.of(unique("Both")), "name", unique("Both"))), 403, "FORBIDDEN", "admin");
    }

    @Test
    void editorsWriteDocumentsAndResolveNamesAndAdminsCreateSources() {
        postAs(TestTokens.editor(), RESOLVE, Map.of("names", List.of(unique("Editor")))).then().statusCode(200)
                .body("errors", nullValue()).body("data.resolveSources.size()", equalTo(1));
        postAs(TestTokens.editor(), CREATE_DOCUMENT, Map.of("title", unique("Editor"))).then().statusCode(200).body("errors", nullValue());
        postAs(TestTokens.admin(), CREATE_SOURCE, Map.of("name", unique("Admin"))).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void expiredWronglySignedAndMalformedTokensAreRefusedEvenForReads() {
        for (String authorization : List.of(TestTokens.expiredEditor(), TestTokens.wronglySignedEditor(), "Bearer not-a-token", "Basic dXNlcjpwYXNz")) {
            assertRefused(postAs(authorization, RESOLVE, Map.of("names", List.of(unique("Bad token")))), 401, "UNAUTHENTICATED", null);
            assertRefused(postAs(authorization, "{ sources(first: 1) { nodes { id } } }", Map.of()), 401, "UNAUTHENTICATED", null);
        }
    }

    @Test
    void anonymousReadsAreAllowedByDefault() {
        postAs(null, "{ sources(first: 1) { nodes { id } } }", Map.of()).then().statusCode(200).body("errors", nullValue());
        postAs(TestTokens.reader(), "{ sources(first: 1) { nodes { id } } }", Map.of()).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void postsABrowserSendsWithoutPreflightAreRefused() {
        String mutation = "{\"query\":\"mutation { createSource(input: {name: \\\"CSRF\\\", kind: GOVERNMENT}) { id } }\"}";
        assertRefused(simplePost("text/plain", mutation, TestTokens.admin()), 400, "BAD_REQUEST", null);
        assertRefused(simplePost("application/x-www-form-urlencoded", "query=" + mutation, TestTokens.admin()), 400, "BAD_REQUEST", null);
        // a custom header can only be sent after a preflight, which CORS decides
        given().contentType("text/plain").header("x-claimgraph-csrf", "1").body("{\"query\":\"{ sources(first: 1) { nodes { id } } }\"}")
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void getNeverRunsMutations() {
        given().queryParam("query", "mutation { createSource(input: {name: \"GET\", kind: GOVERNMENT}) { id } }")
                .header("Authorization", TestTokens.admin()).get("/graphql").then().statusCode(405);
    }

    @Test
    void corsAllowsOnlyTheListedOrigins() {
        preflight("https://attacker.example").then().header("Access-Control-Allow-Origin", nullValue());
        preflight(LISTED_ORIGIN).then().header("Access-Control-Allow-Origin", equalTo(LISTED_ORIGIN));
        // a request from another origin that skips the preflight is refused by the CORS filter
        given().contentType("application/json").header("Origin", "https://attacker.example").header("Authorization", TestTokens.admin())
                .body(Map.of("query", CREATE_SOURCE, "variables", Map.of("name", unique("Cross-origin")))).post("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
