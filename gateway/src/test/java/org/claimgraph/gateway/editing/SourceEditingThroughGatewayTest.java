package org.claimgraph.gateway.editing;

import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.FederatedStackTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * An analyst fixes a source and merges a duplicate through the gateway, as an editor; the claims (claims-service's,
 * served with the names sources-service answers) follow, and the history says who did it.
 */
@QuarkusTest
@QuarkusTestResource(FederatedStackTestResource.class)
class SourceEditingThroughGatewayTest {

    static JsonPath asEditor(String query, Map<String, Object> variables) {
        JsonPath json = postAs(TestTokens.editor(), query, variables).then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        assertNull(errors, json.prettify());
        return json;
    }

    @Test
    void anEditorRenamesAndMergesSourcesAndTheClaimsFollow() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = asEditor("mutation($names: [String!]!) { resolveSources(names: $names) { id } }",
                Map.of("names", List.of("General Stuff of Ukraine " + suffix, "Armed Forces of Ukraine " + suffix)))
                .getList("data.resolveSources.id");
        String kept = ids.get(0);
        String merged = ids.get(1);
        String document = asEditor("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                Map.of("input", Map.of("title", "Briefing " + suffix, "text", "Briefing " + suffix, "publishedOn", "2025-04-01")))
                .getString("data.createDocument.id");
        String claim = asEditor("mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }", Map.of("input", Map.of(
                "documentId", document, "claimantId", merged, "subject", "Russia", "population", "MILITARY", "category", "KILLED",
                "qualifier", "EXACT", "best", 1234, "quote", "1,234 soldiers killed " + suffix)))
                .getString("data.recordClaim.id");

        JsonPath renamed = asEditor("mutation($id: ID!, $name: String!) { updateSource(id: $id, version: 0, reason: \"typo\","
                + " input: {name: $name, kind: MILITARY, affiliation: \"UA\"}) { name version history { actor reason } } }",
                Map.of("id", kept, "name", "General Staff of Ukraine " + suffix));
        assertEquals("test-editor", renamed.getString("data.updateSource.history[0].actor"));
        asEditor("mutation($keep: ID!, $merge: ID!) { mergeSources(keepId: $keep, mergeId: $merge, reason: \"same body\") { id } }",
                Map.of("keep", kept, "merge", merged));

        String query = "query($id: ID!) { claim(id: $id) { claimant { id name affiliation } history { action actor reason } } }";
        // claims-service learns of the merge from sources-service's change feed: wait for it, generously on a loaded machine
        JsonPath seen = null;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            seen = asEditor(query, Map.of("id", claim));
            if (kept.equals(seen.getString("data.claim.claimant.id")) && !seen.getList("data.claim.history").isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(kept, seen.getString("data.claim.claimant.id"), seen.prettify());
        assertEquals("General Staff of Ukraine " + suffix, seen.getString("data.claim.claimant.name"));
        assertEquals("CLAIMANT_MERGED", seen.getString("data.claim.history[0].action"));
        assertEquals("test-editor", seen.getString("data.claim.history[0].actor"));
        assertEquals("same body", seen.getString("data.claim.history[0].reason"));
    }
}
