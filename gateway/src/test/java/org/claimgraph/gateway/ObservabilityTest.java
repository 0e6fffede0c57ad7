package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.RecordingProxy;
import org.junit.jupiter.api.Test;

/** A dashboard's trace continues into the subgraphs; subgraph calls are counted and timed per subgraph. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class ObservabilityTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theTraceContextOfARequestGoesToEverySubgraphItCalls() {
        RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        RecordingProxy.reset(FederatedStackTestResource.proxy("claims"));

        given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("query", "{ claims(first: 3) { nodes { best claimant { name } } } }")).post("/graphql")
                .then().statusCode(200);

        for (String subgraph : List.of("claims", "sources")) {
            List<String> traceparents = RecordingProxy.traceparents(FederatedStackTestResource.proxy(subgraph));
            List<String> bodies = RecordingProxy.recorded(FederatedStackTestResource.proxy(subgraph));
            for (int i = 0; i < bodies.size(); i++) {
                if (!bodies.get(i).contains("_service")) {
                    assertThat(traceparents.get(i)).as(subgraph).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");
                }
            }
            assertThat(bodies).as(subgraph).anyMatch(body -> !body.contains("_service"));
        }
    }

    @Test
    void metricsCountSubgraphRequestsBySubgraphAndOutcome() {
        GatewayRequests.data("{ claims(first: 2) { nodes { claimant { name } } } }", Map.of());

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("claimgraph_gateway_subgraph_requests_seconds_count{outcome=\"success\",subgraph=\"claims\"}"))
                .body(containsString("claimgraph_gateway_subgraph_requests_seconds_count{outcome=\"success\",subgraph=\"sources\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }
}
