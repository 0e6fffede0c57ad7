package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * graphql-java resolves sibling and nested fields concurrently; with one shared Hibernate Reactive session this
 * fails (HR000069). Every resolver here must get a session of its own.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ParallelResolutionTest {

    @Test
    void siblingAndNestedFieldsResolveTogether() {
        String outletName = "Parallel outlet " + UUID.randomUUID();
        String outletId = ok("mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                Map.of("input", Map.of("name", outletName, "kind", "MEDIA", "aliases", List.of(outletName + " alias"))))
                .getString("data.createSource.id");
        String documentId = null;
        for (int i = 0; i < 5; i++) {
            documentId = ok("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                    Map.of("input", Map.of("title", "Parallel " + i, "text", "parallel " + UUID.randomUUID(), "outletId", outletId,
                            "publishedOn", "2025-0" + (i + 1) + "-01")))
                    .getString("data.createDocument.id");
        }
        String query = """
                query($outletId: ID!, $sourceId: ID!, $documentId: ID!, $search: String!) {
                  one: source(id: $sourceId) { id name aliases }
                  two: source(id: $sourceId) { kind aliases }
                  found: sources(search: $search) { nodes { id aliases } }
                  documents(outletId: $outletId) { nodes { title outlet { name aliases } } }
                  document(id: $documentId) { title outlet { id name aliases } }
                  again: documents(outletId: $outletId, first: 2) { nodes { outlet { kind } } }
                }""";
        Map<String, Object> variables = Map.of("outletId", outletId, "sourceId", outletId, "documentId", documentId,
                "search", outletName);
        for (int round = 0; round < 20; round++) {
            JsonPath answer = ok(query, variables);
            assertEquals(outletName, answer.getString("data.one.name"));
            assertEquals(2, answer.getList("data.two.aliases").size());
            assertEquals(5, answer.getList("data.documents.nodes").size());
            assertEquals(outletName, answer.getString("data.documents.nodes[4].outlet.name"));
            assertEquals(outletName, answer.getString("data.document.outlet.name"));
        }
    }
}
