package org.claimgraph.localstack.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;

/** Requests and assertions the access-control tests of every service share: refusals, CSRF-prone posts, CORS preflights. */
public final class AccessChecks {

    /** The origin the test profile of every service lists in {@code quarkus.http.cors.origins}. */
    public static final String LISTED_ORIGIN = "https://dashboard.example.org";

    private AccessChecks() {
    }

    /**
     * A refusal before anything ran: this HTTP status, one GraphQL error with this {@code extensions.code}, naming
     * {@code requiredRole} (when not null) in the message and in {@code extensions.requiredRole}, no stack trace.
     */
    public static void assertRefused(Response response, int status, String code, String requiredRole) {
        var checked = response.then().statusCode(status).body("errors", hasSize(1)).body("errors[0].extensions.code", equalTo(code))
                .body("data", nullValue()).body(not(containsString("Exception"))).body(not(containsString("\tat ")));
        if (requiredRole != null) {
            checked.body("errors[0].message", containsString(requiredRole)).body("errors[0].extensions.requiredRole", equalTo(requiredRole));
        }
    }

    /**
     * A POST to {@code /graphql} as a plain HTML form or {@code fetch} without preflight would send it (without an
     * {@code Origin}, as some browsers and proxies leave it out: CORS then cannot tell, the CSRF rule must).
     */
    public static Response simplePost(String contentType, String body, String authorization) {
        var request = given().contentType(contentType).body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/graphql");
    }

    /** The browser's CORS preflight for a JSON POST with a token from {@code origin}. */
    public static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").when().options("/graphql");
    }
}
