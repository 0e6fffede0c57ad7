package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.junit.jupiter.api.Test;

/** The built artifact (the jar here, the native executable with -Dnative) over both subgraphs: probes, metrics, a federated query. */
@QuarkusIntegrationTest
@QuarkusTestResource(FederatedStackTestResource.class)
class GatewayIT {

    @Test
    void probesMetricsAndAFederatedQueryAnswer() {
        for (String probe : new String[] {"/q/health/started", "/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("query", "{ claims(first: 50) { nodes { best claimant { name } } } }"))
                .post("/graphql").then().statusCode(200).body("data.claims.nodes.claimant.name", hasItem("Volodymyr Zelensky"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("claimgraph_gateway_subgraph_requests_seconds_count"));
    }
}
