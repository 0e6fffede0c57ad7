package org.claimgraph.gateway.hostile;

import static org.claimgraph.localstack.testing.HostileClaimRequests.recordClaimInput;
import static org.claimgraph.localstack.testing.HostileRequests.get;
import static org.claimgraph.localstack.testing.HostileRequests.graphql;
import static org.claimgraph.localstack.testing.HostileRequests.rawBody;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.HostileClaimRequests;
import org.claimgraph.localstack.testing.HostileRequests;
import org.claimgraph.localstack.testing.HostileRequests.Case;
import org.junit.jupiter.api.Test;

/**
 * The same kinds of hostile requests through the gateway, which answers some itself (JSON, limits, validation) and
 * passes the subgraphs' refusals on: no 5xx, no class name, the error code and field, nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class HostileInputTest {

    private static final String ALL_CLAIMS = "{ claims(first: 500) { nodes { id } } }";
    private static final String ALL_DOCUMENTS = "{ documents(first: 500) { nodes { id } } }";
    private static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }";

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyHostileRequestIsRefusedClearlyAndStoresNothing() {
        String document = RestAssured.given().contentType(ContentType.JSON).body(Map.of("query", ALL_DOCUMENTS)).post("/graphql")
                .then().statusCode(200).extract().jsonPath().getString("data.documents.nodes[0].id");
        String claimant = RestAssured.given().contentType(ContentType.JSON).body(Map.of("query", "{ sources(first: 1) { nodes { id } } }"))
                .post("/graphql").then().statusCode(200).extract().jsonPath().getString("data.sources.nodes[0].id");
        HostileRequests.assertAnsweredRightlyStoringNothing(base, cases(document, claimant), 30,
                Map.of("claims", () -> count(ALL_CLAIMS, "claims"), "documents", () -> count(ALL_DOCUMENTS, "documents")));
    }

    private static int count(String query, String field) {
        return RestAssured.given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                .extract().jsonPath().getList("data." + field + ".nodes").size();
    }

    private static List<Case> cases(String document, String claimant) {
        List<Case> cases = new ArrayList<>();
        String bad = "BAD_USER_INPUT";
        String responseJson = "application/graphql-response+json";
        // what the gateway reads itself
        cases.add(rawBody("malformed JSON", "application/json", "{\"query\": ", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("batched array", "application/json", "[{\"query\": \"{ __typename }\"}]", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("NaN", "application/json", "{\"query\": \"{ __typename }\", \"variables\": {\"n\": NaN}}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("a JSON number", "application/json", "42", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("JSON null", "application/json", "null", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("empty body", "application/json", "", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("trailing garbage", "application/json", "{\"query\": \"{ __typename }\"} trailing", null));
        cases.add(rawBody("duplicate keys", "application/json", "{\"query\": \"{ __typename }\", \"query\": 5}", null));
        cases.add(graphql("variables a string", ALL_CLAIMS, "\"x\"", "BAD_REQUEST", null).expectStatus(400));
        cases.add(rawBody("query an object", "application/json", "{\"query\": {}}", "BAD_REQUEST").expectStatus(400));
        cases.add(graphql("Int literal 2^32+1", "{ claims(first: 4294967297) { nodes { id } } }", null, null));
        cases.add(graphql("Int variable 2^31", "query($n: Int) { claims(first: $n) { nodes { id } } }", "{\"n\": 2147483648}", null, null));
        cases.add(graphql("best 2^63", RECORD, recordClaimInput(document, claimant, "best", "9223372036854775808"), null, null));
        cases.add(HostileRequests.tooDeep());
        cases.add(graphql("1000 aliases", "{ " + HostileRequests.aliased("claims(first: 100) { nodes { id } }", 1000) + " }", "QUERY_TOO_MANY_ALIASES", null));
        cases.add(get("GET mutation", "/graphql?query=mutation%7BaddAlias(sourceId%3A%22x%22%2Calias%3A%22y%22)%7Bid%7D%7D", null, null).expectStatus(405));
        // GraphQL-over-HTTP media type
        cases.add(graphql("validation error as graphql-response+json", "{ claims { nodes { nope } } }", null, null)
                .accepting(responseJson).expectStatus(400));
        cases.add(graphql("syntax error as graphql-response+json", "{ claims { ", null, null).accepting(responseJson).expectStatus(400));
        cases.add(graphql("bad variable as graphql-response+json", "query($n: Int) { claims(first: $n) { nodes { id } } }",
                "{\"n\": \"many\"}", null, null).accepting(responseJson).expectStatus(400));
        cases.add(graphql("a good query as graphql-response+json", "{ __typename }", null, null).accepting(responseJson).expectStatus(200));
        // what the subgraphs refuse, passed on with their code and field
        cases.add(graphql("nested claims first -1", "{ sources(first: 2) { nodes { claims(first: -1) { nodes { id } } } } }", bad, "first"));
        cases.add(graphql("nested claims first 0", "{ documents(first: 2) { nodes { claims(first: 0) { nodes { id } } } } }", bad, "first"));
        cases.add(graphql("asOf in the future", RECORD, recordClaimInput(document, claimant, "asOf", "\"2999-01-01\""), bad, "input.asOf"));
        cases.add(graphql("NUL in a quote", RECORD, recordClaimInput(document, claimant, "quote", "\"a\\u0000b\""), bad, "input.quote"));
        cases.add(graphql("NUL in a search", "query($s: String) { claims(filter: {search: $s}) { nodes { id } } }", "{\"s\": \"\\u0000\"}", bad, "filter.search"));
        cases.add(graphql("NUL in a nested claims search", "{ sources(first: 2) { nodes { claims(first: 5) { nodes { quote } } } } claims(filter: {search: \"\\u0000\"}) { nodes { id } } }", bad, "filter.search"));
        cases.add(graphql("NUL in a sources search", "{ sources(search: \"zel\\u0000\") { nodes { id } } }", bad, "search"));
        cases.add(graphql("NUL in a source name", "mutation { createSource(input: {name: \"x\\u0000\"}) { id } }", bad, "input.name"));
        cases.addAll(HostileClaimRequests.nulInIngestedArticle());
        cases.add(graphql("malformed filter date", "{ claims(filter: {from: \"2025-13-45\"}) { nodes { id } } }", null, null));
        cases.add(graphql("numeric filter date", "{ claims(filter: {from: 20250101}) { nodes { id } } }", null, null));
        cases.add(graphql("malformed documents date variable", "query($d: Date) { documents(from: $d) { nodes { id } } }", "{\"d\": \"2025-02-30\"}", bad, "from"));
        cases.add(get("export NUL", "/export/claims.csv?search=a%00b", bad, "search").expectStatus(400));
        cases.add(get("export bad date", "/export/claims.jsonld?to=yesterday", bad, "to").expectStatus(400));
        return cases;
    }
}
