package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.TestTokens;

/** Requests to the gateway under test, as an admin (access control has its own tests). */
final class GatewayRequests {

    private GatewayRequests() {
    }

    /** The whole response (data and errors), HTTP 200 expected. */
    static JsonPath graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String response = given().contentType(ContentType.JSON).header("Authorization", TestTokens.admin()).body(body).post("/graphql").then().statusCode(200).extract().asString();
        if (response.contains("\tat ") || response.contains("Exception:")) {
            throw new AssertionError("the response leaks a stack trace or an exception: " + response);
        }
        return JsonPath.from(response);
    }

    static JsonPath graphql(String query) {
        return graphql(query, Map.of());
    }

    /** Data of a response that must have no errors. */
    static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath response = graphql(query, variables);
        if (response.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + response.prettify());
        }
        return response.setRootPath("data");
    }
}
