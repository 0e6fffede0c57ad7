package org.claimgraph.localstack.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * GraphQL over real HTTP for tests: POST {@code /graphql} with a query and variables, as an admin
 * ({@link TestTokens#admin()}) unless a test names another caller ({@link #postAs}); access control has its own tests.
 */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    public static Response post(String query, Map<String, Object> variables) {
        return postAs(TestTokens.admin(), query, variables);
    }

    /** Posts with this {@code Authorization} header value; null posts anonymously. */
    public static Response postAs(String authorization, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body(query, variables));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/graphql");
    }

    /** Posts to another service's GraphQL endpoint and expects HTTP 200 without errors. */
    public static JsonPath okAt(java.net.URI endpoint, String query, Map<String, Object> variables) {
        Response response = given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", TestTokens.admin())
                .body(body(query, variables)).when().post(endpoint);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected GraphQL errors from " + endpoint + ": " + response.asString());
        }
        return json;
    }

    private static Map<String, Object> body(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return body;
    }

    /** Posts and expects HTTP 200 without errors; returns the JSON body. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("unexpected GraphQL errors: " + response.asString());
        }
        return json;
    }

    public static JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** Posts and expects a GraphQL error; returns the JSON body for assertions on {@code errors}. */
    public static JsonPath failing(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        JsonPath json = response.then().extract().jsonPath();
        if (json.get("errors") == null) {
            throw new AssertionError("expected GraphQL errors, got: " + response.asString());
        }
        String body = response.asString();
        if (body.contains("\tat ") || body.contains("Exception:")) {
            throw new AssertionError("error leaks a stack trace or exception: " + body);
        }
        return json;
    }
}
