package org.claimgraph.sources.editing;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** updateSource and mergeSources as an editor: what they change, their history, their change-feed events, their errors. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourceEditingTest {

    static final String UPDATE = "mutation($id: ID!, $input: SourceUpdate!, $reason: String, $version: Int) {"
            + " updateSource(id: $id, input: $input, reason: $reason, version: $version) { id name kind affiliation description version aliases"
            + " history { version action actor reason changes { field before after } } } }";
    static final String MERGE = "mutation($keep: ID!, $merge: ID!, $reason: String, $keepVersion: Int, $mergeVersion: Int) {"
            + " mergeSources(keepId: $keep, mergeId: $merge, reason: $reason, keepVersion: $keepVersion, mergeVersion: $mergeVersion)"
            + " { id name version aliases history { version action actor changes { field before after } } } }";
    static final String FEED = "query($after: Int) { changeFeed(after: $after, first: 500) { position kind actor reason mergedSourceId"
            + " source { id name kind affiliation version } document { id title publishedOn version } } }";

    static String source(String name, String kind) {
        return ok("mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                Map.of("input", Map.of("name", name, "kind", kind))).getString("data.createSource.id");
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** As an editor, expecting success. */
    static JsonPath edit(String query, Map<String, Object> variables) {
        JsonPath json = postAs(TestTokens.editor(), query, variables).then().statusCode(200).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + json.prettify());
        }
        return json;
    }

    /** As an editor, expecting an error; returns its extensions. */
    static Map<String, Object> refused(String query, Map<String, Object> variables) {
        String body = postAs(TestTokens.editor(), query, variables).then().extract().asString();
        JsonPath json = JsonPath.from(body);
        List<Map<String, Object>> errors = json.getList("errors");
        assertTrue(errors != null && !errors.isEmpty(), "expected an error: " + body);
        assertTrue(!body.contains("Exception") && !body.contains("org.claimgraph"), body);
        Map<String, Object> extensions = new HashMap<>(json.getMap("errors[0].extensions"));
        extensions.put("message", json.getString("errors[0].message"));
        return extensions;
    }

    static int lastPosition() {
        List<Integer> positions = ok(FEED, Map.of("after", 0)).getList("data.changeFeed.position");
        return positions.isEmpty() ? 0 : positions.get(positions.size() - 1);
    }

    static Map<String, Object> input(Object... pairs) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }

    @Test
    void updatesASourceKeepingItsHistoryAndTheOldNameAsAnAlias() {
        String oldName = unique("Ukrainian General Stuff");
        String id = source(oldName, "OTHER");
        int before = lastPosition();
        String newName = oldName.replace("Stuff", "Staff");
        JsonPath updated = edit(UPDATE, Map.of("id", id, "version", 0, "reason", "misspelt",
                "input", input("name", newName, "kind", "MILITARY", "affiliation", "UA", "description", "Armed forces' command")));
        assertEquals(newName, updated.getString("data.updateSource.name"));
        assertEquals("MILITARY", updated.getString("data.updateSource.kind"));
        assertEquals("UA", updated.getString("data.updateSource.affiliation"));
        assertEquals(1, updated.getInt("data.updateSource.version"));
        assertTrue(updated.getList("data.updateSource.aliases").containsAll(List.of(oldName, newName)));
        assertEquals("test-editor", updated.getString("data.updateSource.history[0].actor"));
        assertEquals("UPDATED", updated.getString("data.updateSource.history[0].action"));
        assertEquals("misspelt", updated.getString("data.updateSource.history[0].reason"));
        assertEquals(Set.of("name", "kind", "affiliation", "description"),
                Set.copyOf(updated.getList("data.updateSource.history[0].changes.field")));
        assertEquals(oldName, updated.getString("data.updateSource.history[0].changes.find { it.field == 'name' }.before"));
        assertEquals(newName, updated.getString("data.updateSource.history[0].changes.find { it.field == 'name' }.after"));

        // the old name still finds it
        assertEquals(List.of(id), ok("mutation($n: [String!]!) { resolveSources(names: $n) { id } }", Map.of("n", List.of(oldName)))
                .getList("data.resolveSources.id"));

        // clearing an optional field
        JsonPath cleared = edit(UPDATE, Map.of("id", id, "input", input("clear", List.of("DESCRIPTION"))));
        assertNull(cleared.getString("data.updateSource.description"));
        assertEquals(2, cleared.getInt("data.updateSource.version"));

        JsonPath feed = ok(FEED, Map.of("after", before));
        assertEquals(List.of("SOURCE_UPDATED", "SOURCE_UPDATED"), feed.getList("data.changeFeed.kind"));
        assertEquals(newName, feed.getString("data.changeFeed[0].source.name"));
        assertEquals("UA", feed.getString("data.changeFeed[0].source.affiliation"));
        assertEquals(2, feed.getInt("data.changeFeed[1].source.version"));
        assertEquals("test-editor", feed.getString("data.changeFeed[0].actor"));
    }

    @Test
    void refusesBadUpdatesWithTheFieldAndWritesNothing() {
        String id = source(unique("Some ministry"), "GOVERNMENT");
        String other = unique("Another ministry");
        source(other, "GOVERNMENT");
        int before = lastPosition();

        Map<String, Object> stale = refused(UPDATE, Map.of("id", id, "version", 3, "input", input("affiliation", "UA")));
        assertEquals("CONFLICT", stale.get("code"));
        assertEquals("version", stale.get("field"));
        assertTrue(stale.get("message").toString().contains("version 0"), stale.toString());

        Map<String, Object> taken = refused(UPDATE, Map.of("id", id, "input", input("name", other.toUpperCase())));
        assertEquals("CONFLICT", taken.get("code"));
        assertEquals("input.name", taken.get("field"));

        Map<String, Object> unknown = refused(UPDATE, Map.of("id", UUID.randomUUID().toString(), "input", input("affiliation", "UA")));
        assertEquals("NOT_FOUND", unknown.get("code"));
        assertEquals("id", unknown.get("field"));

        assertEquals("input.name", refused(UPDATE, Map.of("id", id, "input", input("name", "  "))).get("field"));
        assertEquals("input.clear", refused(UPDATE, Map.of("id", id, "input", input("affiliation", "UA", "clear", List.of("AFFILIATION")))).get("field"));
        Map<String, Object> nothing = refused(UPDATE, Map.of("id", id, "input", input("kind", "GOVERNMENT")));
        assertEquals("BAD_USER_INPUT", nothing.get("code"));
        assertEquals("input", nothing.get("field"));

        JsonPath unchanged = ok("query($id: ID!) { source(id: $id) { version affiliation history { version } } }", Map.of("id", id));
        assertEquals(0, unchanged.getInt("data.source.version"));
        assertNull(unchanged.getString("data.source.affiliation"));
        assertEquals(List.of(), unchanged.getList("data.source.history"));
        assertEquals(before, lastPosition(), "no change-feed event for a refused edit");

        // a reader may not edit
        String forbidden = postAs(TestTokens.reader(), UPDATE, Map.of("id", id, "input", input("affiliation", "UA")))
                .then().extract().asString();
        assertEquals("FORBIDDEN", JsonPath.from(forbidden).getString("errors[0].extensions.code"), forbidden);
    }

    @Test
    void ofTwoConcurrentEditsOfTheSameVersionOneWinsAndTheOtherIsAConflict() throws Exception {
        String id = source(unique("Contested body"), "OTHER");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String affiliation : List.of("UA", "RU", "US", "GB")) {
                Callable<String> call = () -> postAs(TestTokens.editor(), UPDATE,
                        Map.of("id", id, "version", 0, "input", input("affiliation", affiliation))).then().extract().asString();
                answers.add(pool.submit(call));
            }
            int won = 0;
            for (Future<String> answer : answers) {
                JsonPath json = JsonPath.from(answer.get());
                if (json.get("errors") == null) {
                    won++;
                } else {
                    assertEquals("CONFLICT", json.getString("errors[0].extensions.code"), answer.get());
                    assertEquals("version", json.getString("errors[0].extensions.field"));
                }
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        JsonPath stored = ok("query($id: ID!) { source(id: $id) { version history { version } } }", Map.of("id", id));
        assertEquals(1, stored.getInt("data.source.version"));
        assertEquals(List.of(1), stored.getList("data.source.history.version"));
    }

    @Test
    void mergesADuplicateIntoTheKeptSourceWhichAnswersForItSince() {
        String keptName = unique("General Staff of the Armed Forces of Ukraine");
        String mergedName = unique("Armed Forces of Ukraine");
        String keep = source(keptName, "MILITARY");
        String merge = source(mergedName, "MILITARY");
        String outletDocument = ok("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                Map.of("input", Map.of("title", "Report", "text", "report " + UUID.randomUUID(), "outletId", merge)))
                .getString("data.createDocument.id");
        int before = lastPosition();

        JsonPath merged = edit(MERGE, Map.of("keep", keep, "merge", merge, "reason", "the same body", "keepVersion", 0, "mergeVersion", 0));
        assertEquals(keep, merged.getString("data.mergeSources.id"));
        assertEquals(1, merged.getInt("data.mergeSources.version"));
        assertTrue(merged.getList("data.mergeSources.aliases").containsAll(List.of(keptName, mergedName)));
        assertEquals("MERGED", merged.getString("data.mergeSources.history[0].action"));
        assertEquals(Set.of("aliases", "merged"), Set.copyOf(merged.getList("data.mergeSources.history[0].changes.field")));

        // the merged name and id answer the kept source; nothing is deleted, the merged source is not listed on its own
        assertEquals(List.of(keep), ok("mutation($n: [String!]!) { resolveSources(names: $n) { id } }", Map.of("n", List.of(mergedName)))
                .getList("data.resolveSources.id"));
        assertEquals(keep, ok("query($id: ID!) { source(id: $id) { id } }", Map.of("id", merge)).getString("data.source.id"));
        assertEquals(keep, ok("query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { id } } }",
                Map.of("r", List.of(Map.of("__typename", "Source", "id", merge)))).getString("data._entities[0].id"));
        assertEquals(List.of(keep), ok("query($s: String) { sources(search: $s) { nodes { id } } }", Map.of("s", mergedName))
                .getList("data.sources.nodes.id"));
        assertEquals(keep, ok("query($id: ID!) { document(id: $id) { outlet { id } } }", Map.of("id", outletDocument))
                .getString("data.document.outlet.id"));

        JsonPath feed = ok(FEED, Map.of("after", before));
        assertEquals(List.of("SOURCE_MERGED"), feed.getList("data.changeFeed.kind"));
        assertEquals(merge, feed.getString("data.changeFeed[0].mergedSourceId"));
        assertEquals(keep, feed.getString("data.changeFeed[0].source.id"));
        assertEquals("the same body", feed.getString("data.changeFeed[0].reason"));

        // a later merge of the kept source carries the earlier one along: lookups still follow one step
        String third = source(unique("Ukrainian military command"), "MILITARY");
        edit(MERGE, Map.of("keep", third, "merge", keep));
        assertEquals(third, ok("query($id: ID!) { source(id: $id) { id } }", Map.of("id", merge)).getString("data.source.id"));
    }

    @Test
    void refusesBadMergesAndWritesNothing() {
        String keep = source(unique("Kept"), "OTHER");
        String merge = source(unique("Duplicate"), "OTHER");
        int before = lastPosition();

        Map<String, Object> itself = refused(MERGE, Map.of("keep", keep, "merge", keep));
        assertEquals("BAD_USER_INPUT", itself.get("code"));
        assertEquals("mergeId", itself.get("field"));

        Map<String, Object> unknownKeep = refused(MERGE, Map.of("keep", UUID.randomUUID().toString(), "merge", merge));
        assertEquals("NOT_FOUND", unknownKeep.get("code"));
        assertEquals("keepId", unknownKeep.get("field"));
        Map<String, Object> unknownMerge = refused(MERGE, Map.of("keep", keep, "merge", UUID.randomUUID().toString()));
        assertEquals("mergeId", unknownMerge.get("field"));
        assertEquals("mergeId", refused(MERGE, Map.of("keep", keep, "merge", "not-an-id")).get("field"));

        Map<String, Object> stale = refused(MERGE, Map.of("keep", keep, "merge", merge, "mergeVersion", 2));
        assertEquals("CONFLICT", stale.get("code"));
        assertEquals("mergeVersion", stale.get("field"));
        assertEquals(before, lastPosition());

        edit(MERGE, Map.of("keep", keep, "merge", merge));
        Map<String, Object> again = refused(MERGE, Map.of("keep", keep, "merge", merge));
        assertEquals("CONFLICT", again.get("code"));
        assertEquals("mergeId", again.get("field"));
        Map<String, Object> intoMerged = refused(MERGE, Map.of("keep", merge, "merge", source(unique("Third"), "OTHER")));
        assertEquals("CONFLICT", intoMerged.get("code"));
        assertEquals("keepId", intoMerged.get("field"));
        Map<String, Object> editMerged = refused(UPDATE, Map.of("id", merge, "input", input("affiliation", "UA")));
        assertEquals("CONFLICT", editMerged.get("code"));
        assertEquals("id", editMerged.get("field"));
        assertEquals(before + 1, lastPosition(), "one event, for the one merge that was made");
    }
}
