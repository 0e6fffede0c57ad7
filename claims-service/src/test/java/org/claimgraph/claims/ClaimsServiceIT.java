package org.claimgraph.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/** The built artifact (the jar here, the native executable with -Dnative) as Kubernetes runs it: probes, metrics, API. */
@QuarkusIntegrationTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ClaimsServiceIT {

    @Test
    void probesMetricsAndTheExtractorAnswer() {
        for (String probe : new String[] {"/q/health/started", "/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ extractClaims(text: \"Zelensky said 55,000 Ukrainian soldiers have been killed.\") { best claimant } }"))
                .post("/graphql").then().statusCode(200).body("data.extractClaims[0].best", equalTo(55000))
                .body("data.extractClaims[0].claimant", equalTo("Zelensky"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }

    /** The dashboard queries read their SQL from resources, which a native image holds only when told to. */
    @Test
    void dashboardQueriesAndExportsAnswer() {
        for (String query : new String[] {
                "{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY) { claimants latest { id } } }",
                "{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, every: MONTH) { points { date } } }",
                "{ claims(filter: {search: \"soldiers\"}, orderBy: FIGURE_DESC) { nodes { id } } }" }) {
            given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                    .body("errors", org.hamcrest.Matchers.nullValue());
        }
        given().get("/export/claims.csv").then().statusCode(200).body(containsString("id,claimant_id,claimant,"));
        given().get("/export/claims.jsonld").then().statusCode(200).body(containsString("\"@context\":\"https://schema.org\""));
    }
}
