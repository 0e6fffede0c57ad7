package org.claimgraph.claims.security;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.AccessChecks.assertRefused;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** With {@code claimgraph.security.anonymous-reads=false}, queries and exports need a reader. */
@QuarkusTest
@TestProfile(ReadsNeedATokenTest.NoAnonymousReads.class)
@QuarkusTestResource(SourcesServiceTestResource.class)
class ReadsNeedATokenTest {

    public static class NoAnonymousReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.security.anonymous-reads", "false");
        }
    }

    @Test
    void queriesNeedAReader() {
        assertRefused(postAs(null, "{ claims(first: 1) { nodes { id } } }", Map.of()), 401, "UNAUTHENTICATED", "reader");
        assertRefused(postAs(TestTokens.withoutRoles(), "{ claims(first: 1) { nodes { id } } }", Map.of()), 403, "FORBIDDEN", "reader");
        postAs(TestTokens.reader(), "{ claims(first: 1) { nodes { id } } }", Map.of()).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void exportsNeedAReader() {
        given().get("/export/claims.csv?limit=1").then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].extensions.requiredRole", equalTo("reader"));
        given().header("Authorization", TestTokens.wronglySignedEditor()).get("/export/claims.csv?limit=1").then().statusCode(401);
        given().header("Authorization", TestTokens.reader()).get("/export/claims.csv?limit=1").then().statusCode(200);
    }
}
