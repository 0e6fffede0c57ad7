package org.claimgraph.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.RecordingProxy;
import org.junit.jupiter.api.Test;

/** What the gateway sends to the subgraphs, counted by the proxies in front of them. */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class SubgraphRequestsTest {

    @Test
    void twoHundredClaimsWithClaimantAndDocumentCostOneEntitiesRequestToSources() {
        String subject = "Request-counting " + System.nanoTime();
        List<String> claimants = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            claimants.add(GatewayRequests.data("mutation($name: String!) { createSource(input: {name: $name, kind: GOVERNMENT}) { id } }",
                    Map.of("name", subject + " claimant " + i)).getString("createSource.id"));
        }
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            documents.add(GatewayRequests.data("mutation($title: String!) { createDocument(input: {title: $title, text: $title}) { id } }",
                    Map.of("title", subject + " report " + i)).getString("createDocument.id"));
        }
        for (int i = 0; i < 200; i++) {
            GatewayRequests.data("""
                    mutation($claimant: ID!, $document: ID!, $subject: String!, $best: Int!, $quote: String!) {
                      recordClaim(input: {claimantId: $claimant, documentId: $document, subject: $subject, population: MILITARY,
                        category: KILLED, qualifier: EXACT, best: $best, quote: $quote}) { id }
                    }""", Map.of("claimant", claimants.get(i % 20), "document", documents.get(i % 10), "subject", subject,
                    "best", 1000 + i, "quote", "Figure " + i));
        }
        RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        RecordingProxy.reset(FederatedStackTestResource.proxy("claims"));

        JsonPath data = GatewayRequests.data("""
                query($subject: String!) {
                  claims(first: 200, filter: {subject: $subject}) { nodes { best claimant { name } document { title } } }
                }""", Map.of("subject", subject));

        assertThat(data.getList("claims.nodes")).hasSize(200);
        assertThat(data.getList("claims.nodes.claimant.name", String.class)).allMatch(name -> name.startsWith(subject + " claimant "));
        assertThat(data.getList("claims.nodes.document.title", String.class)).allMatch(title -> title.startsWith(subject + " report "));
        List<String> toSources = sentTo("sources");
        List<String> toClaims = sentTo("claims");
        assertThat(toClaims).hasSize(1);
        assertThat(toSources).hasSize(1);
        assertThat(toSources.get(0)).contains("_entities");
        // 20 claimants and 10 documents: each object is asked for once, not once per claim
        assertThat(JsonPath.from(toSources.get(0)).getList("variables._cg_r0")).hasSize(30);
    }

    @Test
    void aQueryForOneSubgraphCostsOneRequestToItAndNoneToTheOther() {
        RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        RecordingProxy.reset(FederatedStackTestResource.proxy("claims"));

        GatewayRequests.data("{ claims(first: 5) { nodes { id best subject } } }", Map.of());

        assertThat(sentTo("claims")).hasSize(1);
        assertThat(sentTo("sources")).isEmpty();
    }

    @Test
    void introspectionIsAnsweredByTheGatewayAlone() {
        RecordingProxy.reset(FederatedStackTestResource.proxy("sources"));
        RecordingProxy.reset(FederatedStackTestResource.proxy("claims"));

        JsonPath data = GatewayRequests.data("{ __schema { queryType { name } } __type(name: \"Source\") { fields { name } } }", Map.of());

        assertThat(data.getList("__type.fields.name", String.class)).contains("name", "claims", "affiliation");
        assertThat(sentTo("claims")).isEmpty();
        assertThat(sentTo("sources")).isEmpty();
    }

    /** What the gateway sent a subgraph since the proxy's reset, without its periodic {@code _service { sdl }} polls. */
    private static List<String> sentTo(String subgraph) {
        return RecordingProxy.recorded(FederatedStackTestResource.proxy(subgraph)).stream()
                .filter(body -> !body.contains("_service")).toList();
    }
}
