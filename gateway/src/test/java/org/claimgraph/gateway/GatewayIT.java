package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.ServiceProcess;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.junit.jupiter.api.Test;

/** The built artifact (the jar here, the native executable with -Dnative) over both subgraphs: probes, metrics, a federated query. */
@QuarkusIntegrationTest
@QuarkusTestResource(FederatedStackTestResource.class)
class GatewayIT {

    @Test
    void probesMetricsAndAFederatedQueryAnswer() throws InterruptedException {
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        // Not ready while the warm-up runs (WarmUpCheck): wait as an orchestrator's readiness probe would.
        ServiceProcess.awaitReady(URI.create("http://localhost:" + RestAssured.port + "/q/health/ready"), ProcessHandle.current());
        given().get("/q/health/ready").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ claims(first: 50) { nodes { best claimant { name } } } }"))
                .post("/graphql").then().statusCode(200).body("data.claims.nodes.claimant.name", hasItem("Volodymyr Zelensky"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("claimgraph_gateway_subgraph_requests_seconds_count"));
    }
}
