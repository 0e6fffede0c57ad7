package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.junit.jupiter.api.Test;

/** createDocumentsWithSources: many articles' documents and sources in one call, each article in its own transaction. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class DocumentBatchTest {

    static final String CREATE_ALL = """
            mutation($articles: [ArticleSourcesInput!]!) {
              createDocumentsWithSources(articles: $articles) {
                index
                stored { document { id title outlet { id } } outlet { id name } sources { id name } }
                error { code field message }
              }
            }""";

    static Map<String, Object> article(String outletName, List<String> sourceNames, String title, String text, String url) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("text", text);
        input.put("url", url);
        Map<String, Object> article = new HashMap<>();
        article.put("input", input);
        article.put("outletName", outletName);
        article.put("sourceNames", sourceNames);
        return article;
    }

    @Test
    void eachArticleIsStoredOrRefusedOnItsOwnAndAgainChangesNothing() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> articles = List.of(
                article("Outlet " + mark, List.of("Speaker " + mark), "First " + mark, "First text " + mark, null),
                article("Refused outlet " + mark, List.of("Refused speaker " + mark), "Second " + mark, "Second text " + mark,
                        "not a url"),
                article("Outlet " + mark, List.of("Speaker " + mark, "Ministry " + mark), "Third " + mark, "Third text " + mark, null));

        JsonPath first = ok(CREATE_ALL, Map.of("articles", articles));
        assertEquals(List.of(0, 1, 2), first.getList("data.createDocumentsWithSources.index"));
        assertNull(first.get("data.createDocumentsWithSources[0].error"));
        assertNull(first.get("data.createDocumentsWithSources[2].error"));
        assertEquals(first.getString("data.createDocumentsWithSources[0].stored.outlet.id"),
                first.getString("data.createDocumentsWithSources[2].stored.outlet.id"), "one outlet for both articles");
        assertEquals(first.getString("data.createDocumentsWithSources[0].stored.sources[0].id"),
                first.getString("data.createDocumentsWithSources[2].stored.sources[0].id"), "one source for both articles");

        assertNull(first.get("data.createDocumentsWithSources[1].stored"));
        assertEquals("BAD_USER_INPUT", first.getString("data.createDocumentsWithSources[1].error.code"));
        assertEquals("articles[1].input.url", first.getString("data.createDocumentsWithSources[1].error.field"));
        assertEquals("articles[1].input.url: must be an absolute http or https URL",
                first.getString("data.createDocumentsWithSources[1].error.message"));
        assertEquals(Set.of("Outlet " + mark, "Speaker " + mark, "Ministry " + mark), Set.copyOf(DocumentWithSourcesTest.sourcesNamed(mark)),
                "the refused article's outlet and speaker were rolled back with it");

        JsonPath again = ok(CREATE_ALL, Map.of("articles", articles));
        for (int i : List.of(0, 2)) {
            assertEquals(first.getString("data.createDocumentsWithSources[" + i + "].stored.document.id"),
                    again.getString("data.createDocumentsWithSources[" + i + "].stored.document.id"));
            assertEquals(first.getList("data.createDocumentsWithSources[" + i + "].stored.sources.id"),
                    again.getList("data.createDocumentsWithSources[" + i + "].stored.sources.id"));
        }
        assertEquals(List.of("Speaker " + mark), DocumentWithSourcesTest.sourcesNamed("speaker " + mark));
        assertNotNull(again.get("data.createDocumentsWithSources[1].error"));
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            articles.add(article(null, List.of(), "Over " + mark + " " + i, "Over the limit " + mark + " " + i, null));
        }
        JsonPath refused = failing(CREATE_ALL, Map.of("articles", articles));
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("articles", refused.getString("errors[0].extensions.field"));
        assertEquals("articles: at most 100 articles per call, got 101", refused.getString("errors[0].message"));
        assertEquals(List.of(), ok(CREATE_ALL, Map.of("articles", List.of())).getList("data.createDocumentsWithSources"));
    }
}
