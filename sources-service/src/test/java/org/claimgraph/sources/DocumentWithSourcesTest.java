package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/** createDocumentWithSources: what one article's ingestion needs from sources-service, in one transaction. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DocumentWithSourcesTest {

    static final String CREATE = """
            mutation($input: DocumentInput!, $outletName: String, $sourceNames: [String!]!) {
              createDocumentWithSources(input: $input, outletName: $outletName, sourceNames: $sourceNames) {
                document { id title outlet { id } }
                outlet { id name kind }
                sources { id name }
              }
            }""";

    static Map<String, Object> variables(String outletName, List<String> sourceNames, String title, String text) {
        return variables(outletName, sourceNames, title, text, Map.of());
    }

    static Map<String, Object> variables(String outletName, List<String> sourceNames, String title, String text,
            Map<String, Object> moreInput) {
        Map<String, Object> input = new HashMap<>(moreInput);
        input.put("title", title);
        input.put("text", text);
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("outletName", outletName);
        variables.put("sourceNames", sourceNames);
        return variables;
    }

    static List<String> sourcesNamed(String search) {
        return ok("query($search: String) { sources(search: $search) { nodes { name } } }", Map.of("search", search))
                .getList("data.sources.nodes.name");
    }

    @Test
    void storesTheDocumentWithItsOutletAndSourcesAndAgainChangesNothing() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String outlet = "Outlet " + mark;
        List<String> names = List.of("Speaker " + mark, "Ministry of Defence " + mark, "SPEAKER " + mark);
        Map<String, Object> article = variables(outlet, names, "Report " + mark, "Text " + mark);

        JsonPath first = ok(CREATE, article);
        String outletId = first.getString("data.createDocumentWithSources.outlet.id");
        assertEquals(outlet, first.getString("data.createDocumentWithSources.outlet.name"));
        assertEquals(outletId, first.getString("data.createDocumentWithSources.document.outlet.id"));
        List<String> ids = first.getList("data.createDocumentWithSources.sources.id");
        assertEquals(3, ids.size());
        assertEquals(ids.get(0), ids.get(2), "two spellings of one name are one source");
        assertEquals(List.of("Speaker " + mark, "Ministry of Defence " + mark, "Speaker " + mark),
                first.getList("data.createDocumentWithSources.sources.name"));

        JsonPath again = ok(CREATE, article);
        assertEquals(first.getString("data.createDocumentWithSources.document.id"), again.getString("data.createDocumentWithSources.document.id"));
        assertEquals(outletId, again.getString("data.createDocumentWithSources.outlet.id"));
        assertEquals(ids, again.getList("data.createDocumentWithSources.sources.id"));
        assertEquals(List.of("Speaker " + mark), sourcesNamed("speaker " + mark));

        JsonPath noOutlet = ok(CREATE, variables(null, List.of(), "Undated " + mark, "Another text " + mark));
        assertEquals(null, noOutlet.getString("data.createDocumentWithSources.outlet"));
        assertEquals(null, noOutlet.getString("data.createDocumentWithSources.document.outlet"));
        assertEquals(List.of(), noOutlet.getList("data.createDocumentWithSources.sources"));
    }

    @Test
    void aRefusedDocumentLeavesNoneOfTheSourcesItNamed() {
        String url = "https://example.org/" + UUID.randomUUID();
        ok(CREATE, variables(null, List.of(), "First", "text " + UUID.randomUUID(), Map.of("url", url)));

        // the names are resolved before the document is refused (its URL belongs to another text): all rolled back
        String mark = UUID.randomUUID().toString().substring(0, 8);
        JsonPath conflict = failing(CREATE, variables("Outlet " + mark, List.of("Speaker " + mark), "Second",
                "text " + UUID.randomUUID(), Map.of("url", url)));
        assertEquals("CONFLICT", conflict.getString("errors[0].extensions.code"), conflict.prettify());
        assertEquals("input.url", conflict.getString("errors[0].extensions.field"));
        assertEquals(List.of(), sourcesNamed(mark), "no source of a refused document is stored");
    }

    @Test
    void badArgumentsAreRefusedNamingTheField() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        JsonPath badName = failing(CREATE, variables("Outlet " + mark, List.of("Speaker " + mark, " "), "Title", "text " + mark));
        assertEquals("BAD_USER_INPUT", badName.getString("errors[0].extensions.code"), badName.prettify());
        assertEquals("sourceNames[1]", badName.getString("errors[0].extensions.field"));

        JsonPath badOutlet = failing(CREATE, variables("  ", List.of(), "Title", "text " + mark));
        assertEquals("outletName", badOutlet.getString("errors[0].extensions.field"), badOutlet.prettify());

        JsonPath twoOutlets = failing(CREATE, variables("Outlet " + mark, List.of(), "Title", "text " + mark,
                Map.of("outletId", UUID.randomUUID().toString())));
        assertEquals("outletName", twoOutlets.getString("errors[0].extensions.field"), twoOutlets.prettify());
        assertTrue(twoOutlets.getString("errors[0].message").contains("not both"), twoOutlets.getString("errors[0].message"));

        JsonPath noTitle = failing(CREATE, variables("Outlet " + mark, List.of("Speaker " + mark), " ", "text " + mark));
        assertEquals("input.title", noTitle.getString("errors[0].extensions.field"), noTitle.prettify());
        assertEquals(List.of(), sourcesNamed(mark), "nothing of a refused call is stored");
    }
}
