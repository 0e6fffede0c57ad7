package org.claimgraph.claims.ingestion;

import static org.claimgraph.claims.ingestion.IngestionTest.claimCount;
import static org.claimgraph.claims.ingestion.IngestionTest.uniqueMark;
import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.GraphQLRequests;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/** ingestArticles over HTTP, with a real sources-service and PostgreSQL: each article stored or refused on its own. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ArticleBatchIngestionTest {

    static final String INGEST_ALL = """
            mutation($articles: [ArticleInput!]!) {
              ingestArticles(articles: $articles) {
                index
                ingestion { document { id } created appeared unchanged claims { id best claimant { id } } unattributed { figure } }
                error { code field message retryable }
              }
            }""";

    static Map<String, Object> article(String title, String text) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("text", text);
        return article;
    }

    static String zelensky(int killed) {
        return "Ukrainian President Volodymyr Zelensky said " + killed + ",000 Ukrainian soldiers have been killed. " + uniqueMark();
    }

    @Test
    void badArticlesGetTheirOwnErrorsAndTheOthersAreStoredOnce() {
        int before = claimCount();
        String refusedOutlet = "Outlet " + uniqueMark();
        Map<String, Object> badUrl = article("Bad URL", zelensky(21));
        badUrl.put("url", "not a url");
        badUrl.put("outletName", refusedOutlet);
        Map<String, Object> noText = article("No text", null);
        Map<String, Object> dated = article("Dated", zelensky(22));
        dated.put("publishedOn", "2025-03-01");
        dated.put("outletName", "Kyiv Independent");
        List<Map<String, Object>> articles = List.of(
                article("First", zelensky(20)),
                noText,
                article("Binary", "Zelensky said 55,000 soldiers died.\u0001\u0002"),
                badUrl,
                article("Too large", "x".repeat(1_048_577)),
                dated,
                article(" ", zelensky(23)));

        JsonPath first = ok(INGEST_ALL, Map.of("articles", articles));
        String path = "data.ingestArticles";
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), first.getList(path + ".index"));
        for (int stored : List.of(0, 5)) {
            assertNull(first.get(path + "[" + stored + "].error"), first.prettify());
            assertEquals(1, first.getInt(path + "[" + stored + "].ingestion.created"));
        }
        Map<Integer, List<String>> refused = Map.of(
                1, List.of("BAD_USER_INPUT", "articles[1].text", "articles[1].text: must not be empty"),
                2, List.of("BAD_USER_INPUT", "articles[2].text",
                        "articles[2].text: looks like binary data (control character U+0001 at offset 35)"),
                3, List.of("BAD_USER_INPUT", "articles[3].url", "articles[3].url: must be an absolute http or https URL"),
                4, List.of("BAD_USER_INPUT", "articles[4].text", "articles[4].text: must be at most 1048576 bytes of UTF-8, was 1048577"),
                6, List.of("BAD_USER_INPUT", "articles[6].title", "articles[6].title: must not be empty"));
        refused.forEach((index, error) -> {
            String item = path + "[" + index + "]";
            assertNull(first.get(item + ".ingestion"));
            assertEquals(error, List.of(first.getString(item + ".error.code"), first.getString(item + ".error.field"),
                    first.getString(item + ".error.message")));
            assertFalse(first.getBoolean(item + ".error.retryable"));
        });
        assertEquals(before + 2, claimCount(), "the refused articles stored no claim");
        JsonPath outlets = GraphQLRequests.okAt(SourcesServiceTestResource.sourcesGraphQL(),
                "query($search: String) { sources(search: $search) { nodes { id } } }", Map.of("search", refusedOutlet));
        assertEquals(List.of(), outlets.getList("data.sources.nodes"), "nothing of the article sources-service refused is stored");

        JsonPath again = ok(INGEST_ALL, Map.of("articles", articles));
        for (int stored : List.of(0, 5)) {
            String item = path + "[" + stored + "].ingestion";
            assertEquals(0, again.getInt(item + ".created"));
            assertEquals(1, again.getInt(item + ".unchanged"));
            assertEquals(first.getString(item + ".document.id"), again.getString(item + ".document.id"));
            assertEquals(first.getList(item + ".claims.id"), again.getList(item + ".claims.id"));
        }
        assertEquals(before + 2, claimCount(), "sending the batch again changes nothing");
    }

    @Test
    void aBatchGivesTheSameClaimsAsOneArticleAtATime() {
        String text = zelensky(31);
        JsonPath batch = ok(INGEST_ALL, Map.of("articles", List.of(article("Alone", text), article("Same text, other title", text))));
        String document = batch.getString("data.ingestArticles[0].ingestion.document.id");
        assertEquals(document, batch.getString("data.ingestArticles[1].ingestion.document.id"), "one document per text");
        assertEquals(1, batch.getInt("data.ingestArticles[0].ingestion.created") + batch.getInt("data.ingestArticles[1].ingestion.created"));
        JsonPath single = ok(IngestionTest.INGEST, IngestionTest.article("Alone", text));
        assertEquals(document, single.getString("data.ingestArticle.document.id"));
        assertEquals(batch.getList("data.ingestArticles[0].ingestion.claims.id"), single.getList("data.ingestArticle.claims.id"));
        assertEquals(1, single.getInt("data.ingestArticle.unchanged"));
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        int before = claimCount();
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            articles.add(article("Over the limit " + i, zelensky(40 + i)));
        }
        JsonPath refused = failing(INGEST_ALL, Map.of("articles", articles));
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertEquals("articles", refused.getString("errors[0].extensions.field"));
        assertEquals("articles: at most 50 articles per call, got 51; send them in several calls", refused.getString("errors[0].message"));
        assertEquals(before, claimCount());
        assertEquals(List.of(), ok(INGEST_ALL, Map.of("articles", List.of())).getList("data.ingestArticles"));
    }

    @Test
    void whenSourcesServiceIsDownEveryArticleFailsRetryablyAndNothingIsStored() {
        int before = claimCount();
        List<Map<String, Object>> articles = List.of(article("Outage one", zelensky(61)), article("Outage two", zelensky(62)));
        SourcesServiceTestResource.stopSourcesService();
        try {
            JsonPath answer = ok(INGEST_ALL, Map.of("articles", articles));
            for (int i = 0; i < 2; i++) {
                String item = "data.ingestArticles[" + i + "]";
                assertEquals("UNAVAILABLE", answer.getString(item + ".error.code"), answer.prettify());
                assertTrue(answer.getBoolean(item + ".error.retryable"));
                assertEquals("articles[" + i + "]", answer.getString(item + ".error.field"));
                assertTrue(answer.getString(item + ".error.message").startsWith("sources-service is unavailable"),
                        answer.getString(item + ".error.message"));
            }
            assertEquals(before, claimCount());
        } finally {
            SourcesServiceTestResource.startSourcesService();
        }
        JsonPath retried = ok(INGEST_ALL, Map.of("articles", articles));
        assertEquals(List.of(1, 1), retried.getList("data.ingestArticles.ingestion.created"));
    }
}
