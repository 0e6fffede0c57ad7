package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FeedReaderTest {

    static final String TEXT = "Ukrainian President Volodymyr Zelensky said that 46,000 Ukrainian soldiers have been killed since the invasion began.";

    @Test
    void readsRss() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>The Daily</title><link>https://daily.example/</link>
                <item><title>Zelensky gives toll</title><link>https://daily.example/a</link>
                  <pubDate>Sun, 16 Feb 2025 10:00:00 GMT</pubDate><description>Teaser only.</description>
                  <content:encoded><![CDATA[<p>%s</p>]]></content:encoded></item>
                <item><title>Second</title><guid>https://daily.example/b</guid><description>Short teaser.</description></item>
                </channel></rss>""".formatted(TEXT);
        Feed feed = FeedReader.read(rss, 100);
        assertEquals("The Daily", feed.title());
        assertEquals(2, feed.itemsInFeed());
        Feed.Item first = feed.items().get(0);
        assertEquals("Zelensky gives toll", first.title());
        assertEquals("https://daily.example/a", first.link());
        assertEquals(LocalDate.of(2025, 2, 16), first.publishedOn());
        WebArticle article = FeedReader.article(feed, first);
        assertNotNull(article);
        assertEquals(TEXT, article.text());
        assertEquals("The Daily", article.outletName());
        assertEquals("https://daily.example/b", feed.items().get(1).link());
        assertNull(FeedReader.article(feed, feed.items().get(1)), "a teaser is not the article");
    }

    @Test
    void readsAtom() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Kyiv Post</title><link href="https://kp.example/"/>
                <entry><title>Toll</title><link rel="alternate" href="https://kp.example/t"/><updated>2024-12-08T10:00:00Z</updated>
                <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
                <entry><title>X</title><link href="https://kp.example/x"/><published>2024-12-09T10:00:00Z</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p></div></content></entry>
                </feed>""".formatted(TEXT, TEXT);
        Feed feed = FeedReader.read(atom, 100);
        assertEquals("Kyiv Post", feed.title());
        assertEquals(LocalDate.of(2024, 12, 8), feed.items().get(0).publishedOn());
        assertEquals("https://kp.example/t", feed.items().get(0).link());
        assertEquals(TEXT, FeedReader.article(feed, feed.items().get(0)).text());
        assertEquals(TEXT, FeedReader.article(feed, feed.items().get(1)).text());
    }

    @Test
    void capsTheItemsRead() {
        StringBuilder rss = new StringBuilder("<rss><channel><title>Big</title>");
        for (int i = 0; i < 10_000; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><link>https://big.example/").append(i).append("</link></item>");
        }
        Feed feed = FeedReader.read(rss.append("</channel></rss>").toString(), 50);
        assertEquals(10_000, feed.itemsInFeed());
        assertEquals(50, feed.items().size());
    }

    @Test
    void refusesExternalEntitiesAndNonFeeds() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss><channel><title>&xxe;</title></channel></rss>""";
        ReadException refused = assertThrows(ReadException.class, () -> FeedReader.read(xxe, 10));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertTrue(assertThrows(ReadException.class, () -> FeedReader.read("<html><body/></html>", 10)).getMessage()
                .contains("not an RSS or Atom feed"));
        assertTrue(assertThrows(ReadException.class, () -> FeedReader.read("not xml at all", 10)).getMessage()
                .contains("not well-formed"));
    }
}
