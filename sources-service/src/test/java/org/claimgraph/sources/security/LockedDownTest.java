package org.claimgraph.sources.security;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.AccessChecks.assertRefused;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** sources-service as a production deployment may configure it: no anonymous reads, a gateway secret, no introspection or GraphiQL. */
@QuarkusTest
@TestProfile(LockedDownTest.LockedDown.class)
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class LockedDownTest {

    static final String SECRET = "gateway-only-secret";

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.security.anonymous-reads", "false", "claimgraph.security.subgraph-secret", SECRET,
                    "claimgraph.security.introspection", "false", "claimgraph.security.graphiql", "false");
        }
    }

    @Test
    void readsNeedAReaderToken() {
        assertRefused(postAs(null, "{ sources(first: 1) { nodes { id } } }", Map.of()), 401, "UNAUTHENTICATED", "reader");
        assertRefused(postAs(TestTokens.withoutRoles(), "{ sources(first: 1) { nodes { id } } }", Map.of()), 403, "FORBIDDEN", "reader");
        postAs(TestTokens.reader(), "{ sources(first: 1) { nodes { id } } }", Map.of()).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void entitiesAndServiceAnswerOnlyWithTheGatewaysSecret() {
        String entities = "{ _entities(representations: [{__typename: \"Source\", id: \"00000000-0000-0000-0000-000000000000\"}]) { __typename } }";
        assertRefused(postAs(TestTokens.admin(), entities, Map.of()), 403, "FORBIDDEN", null);
        assertRefused(postAs(null, "{ _service { sdl } }", Map.of()), 403, "FORBIDDEN", null);
        given().contentType("application/json").header(org.claimgraph.common.security.GraphQLAccessGuard.SUBGRAPH_SECRET_HEADER, SECRET)
                .body(Map.of("query", "{ _service { sdl } }")).post("/graphql").then().statusCode(200)
                .body("data._service.sdl", containsString("type Source"));
        given().contentType("application/json").header(org.claimgraph.common.security.GraphQLAccessGuard.SUBGRAPH_SECRET_HEADER, SECRET)
                .header("Authorization", TestTokens.reader()).body(Map.of("query", entities)).post("/graphql").then().statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void introspectionAndGraphiqlAreOff() {
        assertRefused(postAs(TestTokens.admin(), "{ __schema { queryType { name } } }", Map.of()), 400, "INTROSPECTION_DISABLED", null);
        given().get("/graphql/schema.graphql").then().statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
