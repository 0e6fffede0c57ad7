package org.claimgraph.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/** The built artifact (the jar here, the native executable with -Dnative) as Kubernetes runs it: probes, metrics, API. */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcesServiceIT {

    @Test
    void probesMetricsAndTheApiAnswer() {
        for (String probe : new String[] {"/q/health/started", "/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("query", "{ sources(search: \"Zelensky\") { nodes { name } } }"))
                .post("/graphql").then().statusCode(200).body("data.sources.nodes.name", hasItem("Volodymyr Zelensky"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count{method=\"POST\""));
    }
}
