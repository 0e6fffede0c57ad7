package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line against a stub gateway that records what it is sent. */
class IngestCommandTest {

    record Request(String contentType, String authorization, JsonNode body) {
    }

    StubGateway gateway;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        gateway = StubGateway.serving(Map.of("/graphql", exchange -> {
            JsonNode body = GatewayClient.JSON.readTree(exchange.getRequestBody());
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            String query = body.path("query").asText();
            String answer;
            if (query.contains("ingestArticles")) {
                // each article its own entry: one whose text says REFUSE is refused as claims-service refuses binary data
                List<String> entries = new ArrayList<>();
                JsonNode articles = body.path("variables").path("articles");
                for (int i = 0; i < articles.size(); i++) {
                    entries.add(articles.get(i).path("text").asText().contains("REFUSE")
                            ? "{\"index\":" + i + ",\"ingestion\":null,\"error\":{\"code\":\"BAD_USER_INPUT\",\"field\":\"articles[" + i
                                    + "].text\",\"message\":\"articles[" + i + "].text: looks like binary data\"}}"
                            : "{\"index\":" + i + ",\"ingestion\":{\"created\":2,\"appeared\":1,\"unchanged\":1},\"error\":null}");
                }
                answer = "{\"data\":{\"ingestArticles\":[" + String.join(",", entries) + "]}}";
            } else if (query.contains("ingestUrl")) {
                answer = "{\"data\":{\"ingestUrl\":{\"page\":{\"title\":\"t\"},\"ingestion\":{\"created\":1,\"appeared\":2,\"unchanged\":0}}}}";
            } else {
                answer = "{\"data\":{\"ingestFeed\":{\"itemsInFeed\":2,\"itemsRead\":2,\"items\":["
                        + "{\"title\":\"a\",\"url\":\"u\",\"status\":\"INGESTED\",\"error\":null,\"ingestion\":{\"created\":3,\"unchanged\":0}},"
                        + "{\"title\":\"b\",\"url\":\"v\",\"status\":\"FAILED\",\"error\":{\"message\":\"items[1].url: answered HTTP 404\"},\"ingestion\":null}]}}}";
            }
            StubGateway.answer(exchange, 200, "application/json", answer);
        }, "/feed.rss", exchange -> StubGateway.answer(exchange, 200, "application/rss+xml",
                "<rss><channel><title>Remote Feed</title><item><title>Carried</title><link>https://feed.example/1</link>"
                        + "<description><![CDATA[" + BODY + "]]></description></item><item><title>Linked</title><link>https://feed.example/2</link>"
                        + "</item></channel></rss>")));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    String url() {
        return gateway.url();
    }

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Claimgraph());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String BODY = "<p>Ukrainian President Volodymyr Zelensky said 46,000 Ukrainian soldiers have been killed since the invasion began.</p>";

    @Test
    void aFolderOfTextPagesAndFeedsIsIngestedWithTheirMetadata() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Zelensky gives toll\n\nZelensky said 46,000 Ukrainian soldiers were killed.");
        Files.writeString(folder.resolve("b.html"), "<html><head><meta property=\"og:title\" content=\"Saved page\">"
                + "<meta property=\"og:site_name\" content=\"Kyiv Daily\"><meta property=\"article:published_time\" content=\"2025-02-16T09:00:00Z\">"
                + "<link rel=canonical href=\"https://kyiv.example/a\"></head><body><nav><a href=/>Home</a></nav><article>" + BODY
                + "</article></body></html>");
        Files.writeString(folder.resolve("c.rss"), "<rss><channel><title>Feed Outlet</title><item><title>Carried</title>"
                + "<link>https://feed.example/1</link><pubDate>Mon, 10 Mar 2025 10:00:00 GMT</pubDate><description><![CDATA[" + BODY
                + "]]></description></item><item><title>Linked</title><link>https://feed.example/2</link></item></channel></rss>");
        Files.write(folder.resolve("d.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        Files.writeString(folder.resolve("ignored.pdf"), "not read");
        Files.writeString(folder.resolve("e.txt"), "Refused\n\nREFUSE this one");

        Run run = run("ingest", folder.toString(), "--url", url() + "/graphql", "--token", "secret");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("4 articles ingested: 7 claims created, 5 appeared (stored before, reported again), 3 unchanged; 2 failed"), run.out());
        assertTrue(run.out().contains("d.txt: is not UTF-8 text"), run.out());
        assertTrue(run.out().contains("e.txt: text: looks like binary data"), run.out());
        assertTrue(run.err().contains("6/6"), run.err());

        // the feed's linked item is fetched by claims-service at once; the four articles read here go in one batch
        assertEquals(2, requests.size());
        for (Request request : requests) {
            assertEquals("application/json", request.contentType());
            assertEquals("Bearer secret", request.authorization());
        }
        JsonNode batch = requests.get(1).body();
        assertTrue(batch.path("query").asText().contains("ingestArticles"), batch.toString());
        assertEquals(4, batch.path("variables").path("articles").size());
        JsonNode text = batch.path("variables").path("articles").get(0);
        assertEquals("Zelensky gives toll", text.path("title").asText());
        JsonNode page = batch.path("variables").path("articles").get(1);
        assertEquals("Saved page", page.path("title").asText());
        assertEquals("Kyiv Daily", page.path("outletName").asText());
        assertEquals("2025-02-16", page.path("publishedOn").asText());
        assertEquals("https://kyiv.example/a", page.path("url").asText());
        assertTrue(page.path("text").asText().startsWith("Ukrainian President"), page.toString());
        JsonNode carried = batch.path("variables").path("articles").get(2);
        assertEquals("Carried", carried.path("title").asText());
        assertEquals("Feed Outlet", carried.path("outletName").asText());
        assertEquals("2025-03-10", carried.path("publishedOn").asText());
        assertTrue(batch.path("variables").path("articles").get(3).path("text").asText().contains("REFUSE"));
        JsonNode linked = requests.get(0).body();
        assertTrue(linked.path("query").asText().contains("ingestUrl"));
        assertEquals("https://feed.example/2", linked.path("variables").path("url").asText());
    }

    @Test
    void optionsWinAndUrlsAndFeedsGoToTheGateway() throws Exception {
        Path page = folder.resolve("page.html");
        Files.writeString(page, "<html><head><title>Page title here</title></head><body><article>" + BODY + "</article></body></html>");
        Run run = run("ingest", page.toString(), "https://news.example/a", url() + "/feed.rss", "--outlet", "Given",
                "--date", "2024-01-02", "--title", "Given title", "--url", url());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("4 articles ingested: 6 claims created, 6 appeared (stored before, reported again), 2 unchanged; 0 failed"), run.out());
        assertEquals(3, requests.size());
        assertTrue(requests.get(0).body().path("query").asText().contains("ingestUrl"));
        assertEquals("https://news.example/a", requests.get(0).body().path("variables").path("url").asText());
        assertTrue(requests.get(1).body().path("query").asText().contains("ingestUrl"), "a feed item with only a link");
        assertEquals("https://feed.example/2", requests.get(1).body().path("variables").path("url").asText());
        JsonNode batch = requests.get(2).body();
        assertTrue(batch.path("query").asText().contains("ingestArticles"), "the page and the feed item carrying its article");
        JsonNode first = batch.path("variables").path("articles").get(0);
        assertEquals("Given title", first.path("title").asText());
        assertEquals("Given", first.path("outletName").asText());
        assertEquals("2024-01-02", first.path("publishedOn").asText());
        assertEquals("https://feed.example/1", batch.path("variables").path("articles").get(1).path("url").asText());
        assertEquals(null, requests.get(0).authorization());
    }

    @Test
    void usageErrorsAndUnreachableGateways() {
        assertEquals(2, run("ingest", "x", "--date", "March").exit());
        Run missingFeed = run("ingest", url() + "/missing.rss", "--url", url());
        assertEquals(1, missingFeed.exit());
        assertTrue(missingFeed.out().contains("HTTP 404"), missingFeed.out());
        Run unreachable = run("ingest", "https://news.example/a", "--url", "http://127.0.0.1:1");
        assertEquals(1, unreachable.exit());
        assertTrue(unreachable.out().contains("unreachable"), unreachable.out());
        Run missing = run("ingest", folder.resolve("nope.txt").toString(), "--url", url());
        assertEquals(1, missing.exit());
        assertTrue(missing.out().contains("no such file or folder"), missing.out());
    }
}
