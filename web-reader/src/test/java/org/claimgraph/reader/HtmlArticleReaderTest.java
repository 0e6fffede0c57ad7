package org.claimgraph.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    static final String BODY = "<p>Ukrainian President Volodymyr Zelensky said on Sunday that 46,000 Ukrainian soldiers have been killed since the full-scale invasion began.</p>"
            + "<p>He also said that about 380,000 Ukrainian troops were wounded, a figure that could not be independently verified.</p>";

    @Test
    void readsTextAndOpenGraphMetadata() {
        String html = """
                <!doctype html><html><head><title>Zelensky gives toll | The Daily</title>
                <meta property="og:title" content="Zelensky: 46,000 soldiers killed">
                <meta property="og:site_name" content="The Daily">
                <meta property="article:published_time" content="2025-02-16T23:30:00-05:00">
                <link rel="canonical" href="/world/zelensky-toll">
                <script>var tracking = "46,000 tracking";</script><style>p { color: red }</style></head>
                <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
                <header class="site-header">The Daily: all the news</header>
                <div class="share-buttons">Share this on Facebook and Twitter and everywhere else you like</div>
                <article><h1>Zelensky: 46,000 soldiers killed</h1>""" + BODY + """
                <aside class="related"><p>Related: Russia says something else entirely about this very long war</p></aside>
                <div class="newsletter-signup"><p>Sign up for our newsletter to get the news every single morning</p></div>
                </article><footer><p>Copyright The Daily 2025, all rights reserved, every one of them</p></footer></body></html>""";
        WebArticle article = HtmlArticleReader.read(html, "https://daily.example/world/zelensky-toll?utm=1");
        assertEquals("Zelensky: 46,000 soldiers killed", article.title());
        assertEquals(LocalDate.of(2025, 2, 16), article.publishedOn());
        assertEquals("The Daily", article.outletName());
        assertEquals("https://daily.example/world/zelensky-toll", article.canonicalUrl());
        assertTrue(article.text().startsWith("Zelensky: 46,000 soldiers killed\n\nUkrainian President"), article.text());
        assertTrue(article.text().contains("380,000 Ukrainian troops were wounded"));
        for (String boilerplate : new String[] {"tracking", "color", "Home", "Share this", "Related", "newsletter", "Copyright", "all the news"}) {
            assertFalse(article.text().contains(boilerplate), boilerplate + " in " + article.text());
        }
    }

    @Test
    void readsJsonLdAndTime() {
        String html = """
                <html><head><title>Toll rises - Kyiv Post</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"site"},
                  {"@type":"NewsArticle","headline":"Toll rises","datePublished":"2024-12-08T10:00:00Z",
                   "publisher":{"@type":"Organization","name":"Kyiv Post"}}]}</script></head>
                <body><div id="main"><div class="story">""" + BODY + "</div></div></body></html>";
        WebArticle article = HtmlArticleReader.read(html, null);
        assertEquals("Toll rises", article.title());
        assertEquals(LocalDate.of(2024, 12, 8), article.publishedOn());
        assertEquals("Kyiv Post", article.outletName());
        assertNull(article.canonicalUrl());
        assertTrue(article.text().startsWith("Ukrainian President"));
    }

    @Test
    void fallsBackToTimeElementsAndTheTitleElement() {
        String html = "<html><head><title>Figures from the front line and beyond | News Site</title></head><body>"
                + "<main><p>By a reporter, <time datetime=\"2023-05-01\">May 1</time></p>" + BODY + "</main></body></html>";
        WebArticle article = HtmlArticleReader.read(html, "https://news.example/a");
        assertEquals("Figures from the front line and beyond", article.title());
        assertEquals(LocalDate.of(2023, 5, 1), article.publishedOn());
        assertNull(article.outletName());
        assertEquals("https://news.example/a", article.canonicalUrl());
    }

    @Test
    void aWrapperNamedAfterItsSidebarIsNotBoilerplate() {
        String html = "<html><body><div class=\"page has-sidebar\"><div class=\"col\">" + BODY + "</div>"
                + "<div class=\"sidebar\"><p>Sidebar text that is long enough to count as a paragraph of sorts.</p></div></div></body></html>";
        WebArticle article = HtmlArticleReader.read(html, null);
        assertTrue(article.text().startsWith("Ukrainian President"), article.text());
        assertFalse(article.text().contains("Sidebar"), article.text());
    }

    @Test
    void aPageWithoutArticleTextIsRefused() {
        String html = "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><form><input name=user></form>"
                + "<p>Please sign in.</p></body></html>";
        ReadException refused = assertThrows(ReadException.class, () -> HtmlArticleReader.read(html, null));
        assertTrue(refused.getMessage().startsWith("has no article text"), refused.getMessage());
    }

    @Test
    void parsesFeedAndPageDates() {
        assertEquals(LocalDate.of(2025, 3, 10), HtmlArticleReader.parseDate("Mon, 10 Mar 2025 14:00:00 GMT"));
        assertEquals(LocalDate.of(2025, 3, 1), HtmlArticleReader.parseDate("Sat, 1 Mar 2025 14:00:00 EST"));
        assertEquals(LocalDate.of(2025, 3, 10), HtmlArticleReader.parseDate("2025-03-10"));
        assertNull(HtmlArticleReader.parseDate("yesterday"));
    }
}
