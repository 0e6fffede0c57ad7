package org.claimgraph.claims.ingestion.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;

import org.claimgraph.common.graphql.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching against a local server: what is refused, and how. */
class PageFetcherTest {

    static LocalPages pages;
    /**
     * Every fetch here must finish within it, the first one too (the HTTP client's classes loading, on a loaded
     * machine): generous, and far below the slow page's delay, so that only that page times out.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    static PageFetcher fetcher(boolean allowPrivate) {
        return new PageFetcher(new PageFetcher.Settings(allowPrivate, Duration.ofSeconds(2), TIMEOUT, 1_000_000, 3, "test"));
    }

    @BeforeAll
    static void serve() throws Exception {
        pages = new LocalPages()
                .page("/page", "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>")
                .redirect("/moved", "/page")
                .redirect("/loop", "/loop")
                .slow("/slow", 4 * TIMEOUT.toMillis())
                .bytes("/huge", "text/html", new byte[50 * 1024 * 1024])
                .bytes("/binary", "application/octet-stream", new byte[] {0, 1, 2, 3})
                .page("/feed", "application/rss+xml", "<rss/>");
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    static InvalidInputException refused(boolean allowPrivate, String path) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> fetcher(allowPrivate).fetch("url", path.startsWith("/") ? pages.url(path) : path, PageFetcher.HTML_TYPES));
        assertEquals("url", error.field());
        return error;
    }

    @Test
    void fetchesAPageAndFollowsARedirect() {
        PageFetcher.Fetched fetched = fetcher(true).fetch("url", pages.url("/moved"), PageFetcher.HTML_TYPES);
        assertEquals(pages.url("/page"), fetched.url());
        assertEquals("text/html", fetched.mediaType());
        assertTrue(fetched.text().contains("Hello"));
    }

    @Test
    void loopbackAndPrivateAddressesNeedTheSetting() {
        assertTrue(refused(false, "/page").getMessage().contains("private or loopback address"));
        assertTrue(refused(false, "http://localhost:1/").getMessage().contains("claimgraph.ingestion.web.allow-private-addresses"));
        assertTrue(refused(false, "http://10.0.0.8/").getMessage().contains("10.0.0.8"));
        assertTrue(refused(false, "http://[::1]/").getMessage().contains("private or loopback"));
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedToo() throws Exception {
        PageFetcher publicOnly = new PageFetcher(new PageFetcher.Settings(false, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 3, "t"));
        assertFalse(PageFetcher.isPublic(InetAddress.getByName("169.254.169.254")));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> publicOnly.checked("url", "http://169.254.169.254/latest/meta-data/"));
        assertTrue(error.getMessage().contains("169.254.169.254"));
    }

    @Test
    void refusesWhatIsNotAPage() {
        assertTrue(refused(true, "/loop").getMessage().contains("too many redirects"), "redirects forever");
        assertTrue(refused(true, "/slow").getMessage().contains("did not answer within " + TIMEOUT.toMillis() + " ms"), "times out");
        assertTrue(refused(true, "/huge").getMessage().contains("larger than 1000000 bytes"), "50 MB");
        assertTrue(refused(true, "/binary").getMessage().contains("content type 'application/octet-stream'"));
        assertTrue(refused(true, "/feed").getMessage().contains("use ingestFeed"));
        assertTrue(refused(true, "/missing").getMessage().contains("HTTP 404"));
        assertTrue(refused(true, "ftp://example.org/a").getMessage().contains("http or https"));
        assertTrue(refused(true, "not a url").getMessage().contains("URL"));
        assertTrue(refused(true, "http://user:pw@example.org/").getMessage().contains("credentials"));
    }

    @Test
    void classifiesAddresses() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.1.1", "0.0.0.0", "100.64.0.1",
                "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertFalse(PageFetcher.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"8.8.8.8", "93.184.216.34", "2001:4860:4860::8888"}) {
            assertTrue(PageFetcher.isPublic(InetAddress.getByName(address)), address);
        }
    }
}
