package org.claimgraph.claims.ingestion.web;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.claimgraph.localstack.testing.GraphQLRequests.okAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ingestHtml, ingestUrl and ingestFeed with a real sources-service and PostgreSQL, pages served on 127.0.0.1. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class WebIngestionTest {

    static final String RESULT = "page { title url publishedOn outletName text } ingestion { document { id } created unchanged claims { best quote spanStart spanEnd } }";
    static final String HTML = "mutation($html: String!, $url: String, $title: String, $outletName: String) { ingestHtml(html: $html, url: $url, title: $title, outletName: $outletName) { "
            + RESULT + " } }";
    static final String URL = "mutation($url: String!) { ingestUrl(url: $url) { " + RESULT + " } }";
    static final String FEED = "mutation($url: String, $xml: String) { ingestFeed(url: $url, xml: $xml) { title itemsInFeed itemsRead ingested alreadyStored failed "
            + "claimsCreated items { index title url publishedOn status error { code field message } ingestion { created claims { best } } } } }";

    static LocalPages pages;

    static String page(String mark, String outlet, String date) {
        return """
                <!doctype html><html><head><title>Toll | %s</title>
                <meta property="og:title" content="Zelensky gives a toll (%s)">
                <meta property="og:site_name" content="%s">
                <meta property="article:published_time" content="%sT09:00:00+02:00">
                <link rel="canonical" href="https://%s.example/news/%s"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><p>Ukrainian President Volodymyr Zelensky said 46,000 Ukrainian soldiers have been killed since the invasion began.</p>
                <p>The figure could not be verified independently. %s</p></article>
                <div class="related"><p>Related: 90,000 Russian soldiers were killed, said someone in another story entirely.</p></div>
                </body></html>""".formatted(outlet, mark, outlet, date, outlet.toLowerCase().replace(' ', '-'), mark, mark);
    }

    static String mark() {
        // Letters only (no figure for the extractor), and no space: it goes into URLs too.
        StringBuilder mark = new StringBuilder("Ref");
        for (char c : UUID.randomUUID().toString().toCharArray()) {
            mark.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c == '-' ? 'x' : c);
        }
        return mark.toString();
    }

    @BeforeAll
    static void serve() throws Exception {
        pages = new LocalPages();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    static JsonPath document(String id) {
        return okAt(SourcesServiceTestResource.sourcesGraphQL(), "query($id: ID!) { document(id: $id) { title url publishedOn outlet { name } } }",
                Map.of("id", id));
    }

    @Test
    void anHtmlPageLandsWithItsTitleDateAndOutlet() {
        String mark = mark();
        Map<String, Object> variables = new HashMap<>();
        variables.put("html", page(mark, "Kyiv Daily", "2025-02-16"));
        JsonPath ingested = ok(HTML, variables);
        assertEquals("Zelensky gives a toll (" + mark + ")", ingested.getString("data.ingestHtml.page.title"));
        assertEquals("2025-02-16", ingested.getString("data.ingestHtml.page.publishedOn"));
        assertEquals("Kyiv Daily", ingested.getString("data.ingestHtml.page.outletName"));
        assertEquals("https://kyiv-daily.example/news/" + mark, ingested.getString("data.ingestHtml.page.url"));
        String text = ingested.getString("data.ingestHtml.page.text");
        assertFalse(text.contains("Home") || text.contains("Related"), text);
        assertEquals(List.of(46000), ingested.getList("data.ingestHtml.ingestion.claims.best"));
        int start = ingested.getInt("data.ingestHtml.ingestion.claims[0].spanStart");
        int end = ingested.getInt("data.ingestHtml.ingestion.claims[0].spanEnd");
        assertTrue(text.substring(start, end).contains("46,000"), "spans refer to the extracted text");

        JsonPath stored = document(ingested.getString("data.ingestHtml.ingestion.document.id"));
        assertEquals("Zelensky gives a toll (" + mark + ")", stored.getString("data.document.title"));
        assertEquals("2025-02-16", stored.getString("data.document.publishedOn"));
        assertEquals("Kyiv Daily", stored.getString("data.document.outlet.name"));

        JsonPath again = ok(HTML, variables);
        assertEquals(0, again.getInt("data.ingestHtml.ingestion.created"));
        assertEquals(1, again.getInt("data.ingestHtml.ingestion.unchanged"));

        variables.put("html", page(mark(), "Kyiv Daily", "2025-02-16"));
        variables.put("title", "Given title");
        variables.put("outletName", "Given Outlet");
        JsonPath overridden = ok(HTML, variables);
        assertEquals("Given title", overridden.getString("data.ingestHtml.page.title"));
        assertEquals("Given Outlet", overridden.getString("data.ingestHtml.page.outletName"));
    }

    @Test
    void aUrlIsFetchedAndIngested() {
        String mark = mark();
        pages.page("/news/" + mark, "text/html; charset=utf-8", page(mark, "Local Post", "2024-11-30"));
        pages.redirect("/short/" + mark, "/news/" + mark);
        JsonPath ingested = ok(URL, Map.of("url", pages.url("/short/" + mark)));
        assertEquals("Local Post", ingested.getString("data.ingestUrl.page.outletName"));
        assertEquals("2024-11-30", ingested.getString("data.ingestUrl.page.publishedOn"));
        assertEquals(1, ingested.getInt("data.ingestUrl.ingestion.created"));
    }

    @Test
    void badPagesAreErrorsOnTheirArgument() {
        pages.page("/empty", "text/html", "<html><head><title>Sign in</title></head><body><form><input name=u></form></body></html>");
        pages.bytes("/binary", "application/octet-stream", new byte[] {0, 1, 2});
        pages.redirect("/loop", "/loop");
        assertError(URL, Map.of("url", pages.url("/empty")), "url", "has no article text");
        assertError(URL, Map.of("url", pages.url("/binary")), "url", "content type");
        assertError(URL, Map.of("url", pages.url("/loop")), "url", "too many redirects");
        assertError(URL, Map.of("url", "file:///etc/passwd"), "url", "http or https");
        assertError(HTML, Map.of("html", "<html>\u0001\u0002binary</html>"), "html", "binary");
        assertError(HTML, Map.of("html", "x".repeat(6 * 1024 * 1024)), "html", "at most");
    }

    static void assertError(String query, Map<String, Object> variables, String field, String message) {
        JsonPath failed = failing(query, variables);
        assertEquals("BAD_USER_INPUT", failed.getString("errors[0].extensions.code"), failed.prettify());
        assertEquals(field, failed.getString("errors[0].extensions.field"), failed.prettify());
        assertTrue(failed.getString("errors[0].message").contains(message), failed.prettify());
        assertNull(failed.get("data") instanceof Map<?, ?> data ? data.values().stream().filter(v -> v != null).findAny().orElse(null) : null);
    }

    @Test
    void aFeedIngestsEachItemOnItsOwn() {
        String linked = mark();
        pages.page("/linked/" + linked, "text/html", page(linked, "Linked Times", "2025-01-05"));
        String carried = mark();
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed Outlet</title>
                <item><title>Carried %s</title><link>https://feed.example/%s</link><pubDate>Sun, 16 Feb 2025 10:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>The Ukrainian General Staff said 1,200 Russian soldiers were killed in the past day. %s</p>]]></content:encoded></item>
                <item><title>Linked</title><link>%s</link><description>Teaser.</description></item>
                <item><title>Gone</title><link>%s</link><description>Teaser.</description></item>
                <item><title>Nothing</title><description>Teaser.</description></item>
                </channel></rss>""".formatted(carried, carried, carried, pages.url("/linked/" + linked), pages.url("/gone"));
        JsonPath first = ok(FEED, Map.of("xml", rss));
        String prefix = "data.ingestFeed.";
        assertEquals("Feed Outlet", first.getString(prefix + "title"));
        assertEquals(4, first.getInt(prefix + "itemsInFeed"));
        assertEquals(List.of("INGESTED", "INGESTED", "FAILED", "FAILED"), first.getList(prefix + "items.status"), first.prettify());
        assertEquals("2025-02-16", first.getString(prefix + "items[0].publishedOn"));
        assertEquals("items[2].url", first.getString(prefix + "items[2].error.field"));
        assertTrue(first.getString(prefix + "items[2].error.message").contains("HTTP 404"), first.prettify());
        assertEquals("BAD_USER_INPUT", first.getString(prefix + "items[3].error.code"));
        assertEquals(2, first.getInt(prefix + "ingested"));
        assertEquals(2, first.getInt(prefix + "failed"));

        JsonPath again = ok(FEED, Map.of("xml", rss));
        assertEquals(List.of("ALREADY_STORED", "ALREADY_STORED", "FAILED", "FAILED"), again.getList(prefix + "items.status"), again.prettify());
        assertEquals(0, again.getInt(prefix + "claimsCreated"));

        pages.page("/feed.xml", "application/rss+xml", rss);
        JsonPath fetched = ok(FEED, Map.of("url", pages.url("/feed.xml")));
        assertEquals(2, fetched.getInt(prefix + "alreadyStored"));
    }

    @Test
    void aHugeFeedIsReadUpToTheCap() {
        StringBuilder rss = new StringBuilder("<rss><channel><title>Big</title>");
        for (int i = 0; i < 10_000; i++) {
            rss.append("<item><title>").append(i).append("</title></item>");
        }
        JsonPath read = ok(FEED, Map.of("xml", rss.append("</channel></rss>").toString()));
        assertEquals(10_000, read.getInt("data.ingestFeed.itemsInFeed"));
        assertEquals(200, read.getInt("data.ingestFeed.itemsRead"));
        assertEquals(200, read.getInt("data.ingestFeed.failed"));
        assertError(FEED, Map.of("xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss>&e;</rss>"), "xml", "DOCTYPE");
    }
}
