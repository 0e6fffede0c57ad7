package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DocumentApiTest {

    static final String CREATE = "mutation($input: DocumentInput!) { createDocument(input: $input) "
            + "{ id title url publishedOn publishedOnPrecision contentSha256 automated outlet { id name } } }";
    static final String BY_OUTLET = "query($outletId: ID, $from: Date, $to: Date) { documents(outletId: $outletId, from: $from, to: $to, first: 100) { nodes { id title publishedOn } } }";

    static String outlet() {
        return ok("mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                Map.of("input", Map.of("name", "Outlet " + UUID.randomUUID(), "kind", "MEDIA"))).getString("data.createSource.id");
    }

    static Map<String, Object> input(String title, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("text", text);
        return input;
    }

    @Test
    void theSameTextIsOneDocument() throws Exception {
        String text = Files.readString(Path.of("../seeds/003_441eb4b48fc972b7.txt"), StandardCharsets.UTF_8) + UUID.randomUUID();
        JsonPath first = ok(CREATE, Map.of("input", input("Zelensky interview", text)));
        assertTrue(first.getBoolean("data.createDocument.automated"), "the seed says it was created with automation technology");
        JsonPath again = ok(CREATE, Map.of("input", input("Another title", text.replace("\n", "\r\n"))));
        assertEquals(first.getString("data.createDocument.id"), again.getString("data.createDocument.id"));
        assertEquals(64, first.getString("data.createDocument.contentSha256").length());
    }

    @Test
    void storesOutletAndPublicationDateAndFiltersByThem() {
        String outletId = outlet();
        Map<String, Object> january = input("January report", "text " + UUID.randomUUID());
        january.putAll(Map.of("outletId", outletId, "publishedOn", "2025-01-17", "publishedOnPrecision", "MONTH",
                "url", "https://example.org/" + UUID.randomUUID()));
        JsonPath created = ok(CREATE, Map.of("input", january));
        assertEquals("2025-01-01", created.getString("data.createDocument.publishedOn"));
        assertEquals(outletId, created.getString("data.createDocument.outlet.id"));
        Map<String, Object> march = input("March report", "text " + UUID.randomUUID());
        march.putAll(Map.of("outletId", outletId, "publishedOn", "2025-03-02"));
        ok(CREATE, Map.of("input", march));
        Map<String, Object> undated = input("Undated", "text " + UUID.randomUUID());
        undated.put("outletId", outletId);
        ok(CREATE, Map.of("input", undated));

        assertEquals(List.of("March report", "January report", "Undated"),
                ok(BY_OUTLET, Map.of("outletId", outletId)).getList("data.documents.nodes.title"));
        assertEquals(List.of("March report"),
                ok(BY_OUTLET, Map.of("outletId", outletId, "from", "2025-02-01", "to", "2025-12-31")).getList("data.documents.nodes.title"));
    }

    @Test
    void rejectsBadDocumentsNamingTheFieldAndWritesNothing() {
        String outletId = outlet();
        String tooLong = "x".repeat(1024 * 1024 + 1);
        Map<String, Object> big = input("Big", tooLong);
        big.put("outletId", outletId);
        JsonPath tooBig = failing(CREATE, Map.of("input", big));
        assertEquals("input.text", tooBig.getString("errors[0].extensions.field"));
        assertTrue(tooBig.getString("errors[0].message").contains("over the maximum of 1048576 bytes"));

        Map<String, Object> noTitle = input(" ", "some text");
        noTitle.put("outletId", outletId);
        assertEquals("input.title", failing(CREATE, Map.of("input", noTitle)).getString("errors[0].extensions.field"));

        Map<String, Object> badUrl = input("Bad URL", "text " + UUID.randomUUID());
        badUrl.putAll(Map.of("url", "ftp:/nowhere", "outletId", outletId));
        assertEquals("input.url", failing(CREATE, Map.of("input", badUrl)).getString("errors[0].extensions.field"));

        Map<String, Object> unknownOutlet = input("Unknown outlet", "text " + UUID.randomUUID());
        unknownOutlet.put("outletId", UUID.randomUUID().toString());
        JsonPath notFound = failing(CREATE, Map.of("input", unknownOutlet));
        assertEquals("input.outletId", notFound.getString("errors[0].extensions.field"));
        assertEquals("NOT_FOUND", notFound.getString("errors[0].extensions.code"));

        Map<String, Object> badDate = input("Bad date", "text " + UUID.randomUUID());
        badDate.putAll(Map.of("outletId", outletId, "publishedOn", "2025-02-30"));
        assertFalse(failing(CREATE, Map.of("input", badDate)).getList("errors").isEmpty());

        assertTrue(ok(BY_OUTLET, Map.of("outletId", outletId)).getList("data.documents.nodes").isEmpty(),
                "no rejected document may be stored");

        JsonPath inverted = failing(BY_OUTLET, Map.of("from", "2025-03-01", "to", "2025-01-01"));
        assertEquals("from", inverted.getString("errors[0].extensions.field"));
    }

    @Test
    void aUrlBelongsToOneText() {
        String url = "https://example.org/" + UUID.randomUUID();
        Map<String, Object> first = input("First", "text " + UUID.randomUUID());
        first.put("url", url);
        ok(CREATE, Map.of("input", first));
        Map<String, Object> second = input("Second", "text " + UUID.randomUUID());
        second.put("url", url);
        JsonPath conflict = failing(CREATE, Map.of("input", second));
        assertEquals("CONFLICT", conflict.getString("errors[0].extensions.code"));
        assertEquals("input.url", conflict.getString("errors[0].extensions.field"));
    }
}
