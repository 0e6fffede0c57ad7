package org.claimgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.RecordingProxy;
import org.junit.jupiter.api.Test;

/** A subgraph that is down or slow costs the fields it resolves, with errors naming it, and nothing else. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class PartialFailureTest {

    private static final String CLAIMS_WITH_CLAIMANTS = "{ claims(first: 5) { nodes { best subject claimant { name } } } }";

    @Test
    void sourcesDownThenSlowThenBack() throws InterruptedException {
        JsonPath before = GatewayRequests.data(CLAIMS_WITH_CLAIMANTS, Map.of());
        assertThat(before.getList("claims.nodes.claimant.name")).doesNotContainNull();

        FederatedStackTestResource.stopService("sources");
        try {
            JsonPath down = GatewayRequests.graphql(CLAIMS_WITH_CLAIMANTS);
            assertPartial(down, before);
            assertThat(down.getString("errors[0].message")).startsWith("Subgraph sources failed");
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/group/subgraphs").then().statusCode(503);
        } finally {
            FederatedStackTestResource.startService("sources");
        }
        // Ready is not yet quick: the restarted JVM's first answers can take longer than the 2 s subgraph timeout on
        // a loaded machine. Back means the gateway's answer is whole again.
        assertThat(untilWhole(CLAIMS_WITH_CLAIMANTS, Duration.ofSeconds(60)).getList("claims.nodes.claimant.name"))
                .isEqualTo(before.getList("claims.nodes.claimant.name"));

        // Far slower than the 2 s subgraph timeout, so that an answer well before the delay is over shows the timeout
        // cut the wait, however long the rest of the request takes on a loaded machine.
        Duration slowness = Duration.ofSeconds(12);
        RecordingProxy.delay(FederatedStackTestResource.proxy("sources"), slowness);
        try {
            long start = System.nanoTime();
            JsonPath slow = GatewayRequests.graphql(CLAIMS_WITH_CLAIMANTS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertPartial(slow, before);
            assertThat(slow.getString("errors[0].message")).contains("no answer within 2000 ms");
            assertThat(millis).isLessThan(slowness.toMillis() - 4_000);
        } finally {
            RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        }

        JsonPath after = GatewayRequests.data(CLAIMS_WITH_CLAIMANTS, Map.of());
        assertThat(after.getList("claims.nodes.claimant.name")).isEqualTo(before.getList("claims.nodes.claimant.name"));
        given().get("/q/health/group/subgraphs").then().statusCode(200);
    }

    /** The data of {@code query} once the gateway answers it without errors, failing with the last answer after {@code within}. */
    private static JsonPath untilWhole(String query, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonPath answer = GatewayRequests.graphql(query);
        while (answer.get("errors") != null && System.nanoTime() < deadline) {
            Thread.sleep(250);
            answer = GatewayRequests.graphql(query);
        }
        assertThat((Object) answer.get("errors")).as("errors %s seconds after sources-service was ready: %s", within.toSeconds(),
                answer.prettify()).isNull();
        return answer.setRootPath("data");
    }

    /** Figures kept, claimants null, one error per failed fetch with the path and the subgraph's name. */
    private static void assertPartial(JsonPath response, JsonPath before) {
        assertThat(response.getList("data.claims.nodes.best")).isEqualTo(before.getList("claims.nodes.best"));
        assertThat(response.getList("data.claims.nodes.claimant")).containsOnlyNulls();
        List<Map<String, Object>> errors = response.getList("errors");
        assertThat(errors).hasSize(1);
        assertThat(response.getList("errors[0].path")).containsExactly("claims", "nodes", 0, "claimant");
        assertThat(response.getString("errors[0].extensions.subgraph")).isEqualTo("sources");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("SUBGRAPH_UNAVAILABLE");
        assertThat(response.getInt("errors[0].extensions.affectedObjects")).isEqualTo(5);
    }
}
