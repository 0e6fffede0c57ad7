package org.claimgraph.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.RecordingProxy;
import org.junit.jupiter.api.Test;

/**
 * Mutations have their own deadline (the test profile's mutation-timeout is 10 s, the subgraph timeout 2 s): a slow
 * write completes and is answered; one slower still is reported with an unknown outcome, retryable only because
 * the mutation is idempotent, and sending it again stores it once.
 */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class MutationTimeoutTest {

    private static final String CREATE = "mutation($input: SourceInput!) { createSource(input: $input) { id name } }";
    private static final String FIND = "query($search: String) { sources(search: $search, first: 10) { nodes { id } } }";

    @Test
    void aSlowMutationIsAnsweredAndAnUnansweredOneSaysItsOutcomeIsUnknown() {
        String slowName = "Slow Ministry " + UUID.randomUUID();
        RecordingProxy.delay(FederatedStackTestResource.proxy("sources"), Duration.ofSeconds(3));
        try {
            JsonPath slow = GatewayRequests.graphql(CREATE, Map.of("input", Map.of("name", slowName)));
            assertThat((Object) slow.get("errors")).isNull();
            assertThat(slow.getString("data.createSource.name")).isEqualTo(slowName);
        } finally {
            RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        }

        String lostName = "Lost Ministry " + UUID.randomUUID();
        RecordingProxy.delay(FederatedStackTestResource.proxy("sources"), Duration.ofSeconds(14));
        JsonPath lost;
        try {
            lost = GatewayRequests.graphql(CREATE, Map.of("input", Map.of("name", lostName)));
        } finally {
            RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        }
        assertThat(lost.getString("errors[0].extensions.code")).isEqualTo("SUBGRAPH_UNAVAILABLE");
        assertThat(lost.getString("errors[0].extensions.outcome")).isEqualTo("UNKNOWN");
        assertThat(lost.getBoolean("errors[0].extensions.idempotent")).isTrue();
        assertThat(lost.getBoolean("errors[0].extensions.retryable")).isTrue();
        assertThat(lost.getString("errors[0].message")).contains("may or may not have been applied", "idempotent",
                "no answer within 10000 ms");

        JsonPath retried = GatewayRequests.data(CREATE, Map.of("input", Map.of("name", lostName)));
        String id = retried.getString("createSource.id");
        assertThat(GatewayRequests.data(FIND, Map.of("search", lostName)).getList("sources.nodes.id")).containsExactly(id);
    }
}
