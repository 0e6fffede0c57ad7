package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.junit.jupiter.api.Test;

/** Abusive or malformed requests get a clear GraphQL error before anything reaches a subgraph. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class RequestLimitsTest {

    @Test
    void tooDeep() {
        String deep = "{ sources { nodes { claims { nodes { document { claims { nodes { claimant { claims { nodes { document { claims "
                + "{ nodes { claimant { claims { nodes { id } } } } } } } } } } } } } } } } }";
        JsonPath response = GatewayRequests.graphql(deep);
        assertThat(response.getString("errors[0].message")).isEqualTo("The operation is more than 15 levels deep; the limit is 15");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat((Object) response.get("data")).isNull();
    }

    @Test
    void tooManyAliases() {
        StringBuilder query = new StringBuilder("query Many {");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": __typename");
        }
        JsonPath response = GatewayRequests.graphql(query.append(" }").toString());
        assertThat(response.getString("errors[0].message")).isEqualTo("Operation Many uses more than 30 aliases; the limit is 30");
        assertThat(response.getString("errors[0].extensions.limit")).isEqualTo("claimgraph.gateway.limits.max-aliases");
    }

    @Test
    void tooManyFieldsThroughFragments() {
        // 4 fragments each spreading the next 4 times: 4^4 = 256 copies of 4 fields
        String query = "{ claims { nodes { ...A } } } fragment A on Claim { ...B ...B ...B ...B } fragment B on Claim { ...C ...C ...C ...C } "
                + "fragment C on Claim { ...D ...D ...D ...D } fragment D on Claim { ...E ...E ...E ...E } fragment E on Claim { id best low high }";
        JsonPath response = GatewayRequests.graphql(query);
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_MANY_FIELDS");
    }

    @Test
    void tooLarge() {
        String padding = " ".repeat(70_000);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename" + padding + "}")).post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", containsString("claimgraph.gateway.limits.max-request-bytes"));
    }

    @Test
    void notGraphQL() {
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).body(Map.of("variables", Map.of())).post("/graphql").then().statusCode(400)
                .body("errors[0].message", equalTo("The request has no query (a non-empty string)"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }", "variables", "x")).post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("variables must be a JSON object"));
        given().queryParam("query", "mutation { createSource(input: {name: \"x\"}) { id } }").get("/graphql").then().statusCode(405);
    }

    @Test
    void invalidQueriesAndVariablesAreRefusedWithTheirReason() {
        assertThat(GatewayRequests.graphql("{ claims { nodes { nope } } }").getString("errors[0].message"))
                .contains("Field 'nope' in type 'Claim' is undefined");
        assertThat(GatewayRequests.graphql("{ claims { ").getString("errors[0].extensions.classification")).isEqualTo("InvalidSyntax");
        JsonPath badVariable = GatewayRequests.graphql("query($n: Int) { claims(first: $n) { nodes { id } } }", Map.of("n", "many"));
        assertThat(badVariable.getString("errors[0].message")).contains("'n'");
        assertThat((Object) badVariable.get("data")).isNull();
    }

    @Test
    void getWorksForQueriesAndGraphiQLIsServed() {
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().get("/graphql-ui/").then().statusCode(200).body(containsString("graphiql.min.js")).body(containsString("claimgraph"));
        given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'supergraph and subgraphs' }.data.sources", equalTo("UP"))
                .body("checks.find { it.name == 'supergraph and subgraphs' }.data.claims", equalTo("UP"));
    }
}
