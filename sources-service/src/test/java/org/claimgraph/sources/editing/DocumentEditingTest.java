package org.claimgraph.sources.editing;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.claimgraph.sources.editing.SourceEditingTest.edit;
import static org.claimgraph.sources.editing.SourceEditingTest.input;
import static org.claimgraph.sources.editing.SourceEditingTest.lastPosition;
import static org.claimgraph.sources.editing.SourceEditingTest.refused;
import static org.claimgraph.sources.editing.SourceEditingTest.source;
import static org.claimgraph.sources.editing.SourceEditingTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/** updateDocument as an editor: fields, date precision, history, change-feed events and errors. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DocumentEditingTest {

    static final String UPDATE = "mutation($id: ID!, $input: DocumentUpdate!, $reason: String, $version: Int) {"
            + " updateDocument(id: $id, input: $input, reason: $reason, version: $version) { id title url publishedOn publishedOnPrecision"
            + " version outlet { id } history { version action actor reason changes { field before after } } } }";

    static String document(String url) {
        Map<String, Object> input = input("title", "Briefing", "text", "briefing " + UUID.randomUUID(), "publishedOn", "2025-03-14");
        if (url != null) {
            input.put("url", url);
        }
        return ok("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }", Map.of("input", input))
                .getString("data.createDocument.id");
    }

    @Test
    void updatesTitleUrlOutletAndPublicationWithHistory() {
        String id = document(null);
        String outlet = source(unique("Kyiv Independent"), "MEDIA");
        int before = lastPosition();
        String url = "https://news.example/" + UUID.randomUUID();
        JsonPath updated = edit(UPDATE, Map.of("id", id, "version", 0, "reason", "the page says February",
                "input", input("title", "Morning briefing", "url", url, "outletId", outlet, "publishedOn", "2025-02-20",
                        "publishedOnPrecision", "MONTH")));
        assertEquals("Morning briefing", updated.getString("data.updateDocument.title"));
        assertEquals(url, updated.getString("data.updateDocument.url"));
        assertEquals(outlet, updated.getString("data.updateDocument.outlet.id"));
        assertEquals("2025-02-01", updated.getString("data.updateDocument.publishedOn"));
        assertEquals("MONTH", updated.getString("data.updateDocument.publishedOnPrecision"));
        assertEquals(1, updated.getInt("data.updateDocument.version"));
        assertEquals(Set.of("title", "url", "outletId", "publishedOn", "publishedOnPrecision"),
                Set.copyOf(updated.getList("data.updateDocument.history[0].changes.field")));
        assertEquals("2025-03-14", updated.getString("data.updateDocument.history[0].changes.find { it.field == 'publishedOn' }.before"));
        assertEquals("test-editor", updated.getString("data.updateDocument.history[0].actor"));

        // a precision alone applies to the stored date; then the date is cleared
        JsonPath year = edit(UPDATE, Map.of("id", id, "input", input("publishedOnPrecision", "YEAR")));
        assertEquals("2025-01-01", year.getString("data.updateDocument.publishedOn"));
        JsonPath undated = edit(UPDATE, Map.of("id", id, "version", 2, "input", input("clear", List.of("PUBLISHED_ON", "OUTLET"))));
        assertNull(undated.getString("data.updateDocument.publishedOn"));
        assertNull(undated.getString("data.updateDocument.publishedOnPrecision"));
        assertNull(undated.get("data.updateDocument.outlet"));

        JsonPath feed = ok(SourceEditingTest.FEED, Map.of("after", before));
        assertEquals(List.of("DOCUMENT_UPDATED", "DOCUMENT_UPDATED", "DOCUMENT_UPDATED"), feed.getList("data.changeFeed.kind"));
        assertEquals("2025-02-01", feed.getString("data.changeFeed[0].document.publishedOn"));
        assertNull(feed.getString("data.changeFeed[2].document.publishedOn"));
        assertEquals(3, feed.getInt("data.changeFeed[2].document.version"));
    }

    @Test
    void refusesBadUpdatesWithTheFieldAndWritesNothing() {
        String taken = "https://news.example/" + UUID.randomUUID();
        document(taken);
        String id = document(null);
        int before = lastPosition();

        assertEquals("NOT_FOUND", refused(UPDATE, Map.of("id", UUID.randomUUID().toString(), "input", input("title", "x"))).get("code"));
        Map<String, Object> stale = refused(UPDATE, Map.of("id", id, "version", 5, "input", input("title", "New")));
        assertEquals("CONFLICT", stale.get("code"));
        assertEquals("version", stale.get("field"));
        Map<String, Object> sameUrl = refused(UPDATE, Map.of("id", id, "input", input("url", taken)));
        assertEquals("CONFLICT", sameUrl.get("code"));
        assertEquals("input.url", sameUrl.get("field"));
        assertEquals("input.url", refused(UPDATE, Map.of("id", id, "input", input("url", "ftp://x"))).get("field"));
        assertEquals("input.title", refused(UPDATE, Map.of("id", id, "input", input("title", " "))).get("field"));
        Map<String, Object> outlet = refused(UPDATE, Map.of("id", id, "input", input("outletId", UUID.randomUUID().toString())));
        assertEquals("NOT_FOUND", outlet.get("code"));
        assertEquals("input.outletId", outlet.get("field"));
        assertEquals("input.clear", refused(UPDATE, Map.of("id", id,
                "input", input("publishedOn", "2025-01-01", "clear", List.of("PUBLISHED_ON")))).get("field"));
        assertEquals("input", refused(UPDATE, Map.of("id", id, "input", input("publishedOn", "2025-03-14"))).get("field"));

        JsonPath unchanged = ok("query($id: ID!) { document(id: $id) { title url version history { version } } }", Map.of("id", id));
        assertEquals("Briefing", unchanged.getString("data.document.title"));
        assertNull(unchanged.getString("data.document.url"));
        assertEquals(0, unchanged.getInt("data.document.version"));
        assertEquals(List.of(), unchanged.getList("data.document.history"));
        assertEquals(before, lastPosition());
    }
}
