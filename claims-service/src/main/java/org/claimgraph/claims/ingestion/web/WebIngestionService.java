package org.claimgraph.claims.ingestion.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.ingestion.Ingestion;
import org.claimgraph.claims.ingestion.IngestionError;
import org.claimgraph.claims.ingestion.IngestionResults;
import org.claimgraph.claims.ingestion.IngestionService;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.persistence.ResolverSessions;
import org.claimgraph.reader.Feed;
import org.claimgraph.reader.FeedReader;
import org.claimgraph.reader.HtmlArticleReader;
import org.claimgraph.reader.ReadException;
import org.claimgraph.reader.WebArticle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;

/**
 * Ingestion of what newsrooms have: an HTML page (given, or fetched from a URL) and RSS or Atom feeds. The article
 * is read from the page ({@link HtmlArticleReader}), then stored by {@link IngestionService#ingest} exactly as
 * {@code ingestArticle} stores a text, so the same page ingested again changes nothing. Fetching runs on a worker
 * thread; ingestion goes on on the request's Vert.x context.
 */
@ApplicationScoped
public class WebIngestionService {

    @Inject
    IngestionService ingestion;

    @ConfigProperty(name = "claimgraph.ingestion.web.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;
    @ConfigProperty(name = "claimgraph.ingestion.web.connect-timeout", defaultValue = "5s")
    Duration connectTimeout;
    @ConfigProperty(name = "claimgraph.ingestion.web.timeout", defaultValue = "15s")
    Duration timeout;
    @ConfigProperty(name = "claimgraph.ingestion.web.max-bytes", defaultValue = "5242880")
    int maxBytes;
    @ConfigProperty(name = "claimgraph.ingestion.web.max-redirects", defaultValue = "5")
    int maxRedirects;
    @ConfigProperty(name = "claimgraph.ingestion.web.max-feed-items", defaultValue = "200")
    int maxFeedItems;
    @ConfigProperty(name = "claimgraph.ingestion.web.user-agent", defaultValue = "claimgraph/0.1 (+https://github.com/claimgraph)")
    String userAgent;

    PageFetcher fetcher;

    @PostConstruct
    void init() {
        fetcher = new PageFetcher(new PageFetcher.Settings(allowPrivateAddresses, connectTimeout, timeout, maxBytes, maxRedirects, userAgent));
    }

    /** What the arguments say about an article; each given one wins over the page's metadata. */
    public record Overrides(String title, String url, String outletName, LocalDate publishedOn) {
    }

    /** The page as read, and what ingesting it stored. */
    public record Ingested(WebPage page, Ingestion ingestion) {
    }

    public Uni<Ingested> ingestHtml(String html, Overrides given) {
        return Uni.createFrom().deferred(() -> {
            checkMarkupInput("html", html);
            WebArticle article = read("html", html, given.url());
            return store("html", article, given);
        });
    }

    public Uni<Ingested> ingestUrl(String url, Overrides given) {
        return offloaded(() -> fetcher.fetch("url", url, PageFetcher.HTML_TYPES))
                .chain(fetched -> Uni.createFrom().deferred(() -> {
                    String html = decode("url", fetched);
                    WebArticle article = read("url", html, fetched.url());
                    return store("url", article, new Overrides(given.title(), given.url(), given.outletName(), given.publishedOn()));
                }));
    }

    public Uni<FeedIngestion> ingestFeed(String url, String xml, String outletName) {
        if ((url == null || url.isBlank()) == (xml == null || xml.isBlank())) {
            throw new InvalidInputException(url == null || url.isBlank() ? "url" : "xml", "give either the feed's url or its xml, not both");
        }
        Uni<Feed> feed = xml != null && !xml.isBlank()
                ? Uni.createFrom().item(() -> {
                    checkMarkupInput("xml", xml);
                    return readFeed("xml", () -> FeedReader.read(xml, maxFeedItems));
                })
                : offloaded(() -> {
                    PageFetcher.Fetched fetched = fetcher.fetch("url", url, PageFetcher.FEED_TYPES);
                    return readFeed("url", () -> FeedReader.read(fetched.body(), maxFeedItems));
                });
        // Every item is stored on the request's own context: ingestion takes the caller's credentials from it.
        Context request = Vertx.currentContext();
        java.util.concurrent.Executor onRequest = request == null ? Runnable::run : command -> request.runOnContext(ignored -> command.run());
        return feed.chain(read -> {
            List<Feed.Item> items = read.items();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                indexes.add(i);
            }
            // One item at a time: a feed is a batch, and the other callers of sources-service come first.
            return Multi.createFrom().iterable(indexes)
                    .onItem().transformToUniAndConcatenate(i -> item(read, i, outletName, onRequest))
                    .collect().asList()
                    .map(results -> {
                        FeedIngestion out = new FeedIngestion();
                        out.title = read.title();
                        out.url = url;
                        out.itemsInFeed = read.itemsInFeed();
                        out.itemsRead = items.size();
                        out.items = results;
                        for (FeedItemResult result : results) {
                            switch (result.status) {
                                case INGESTED -> out.ingested++;
                                case ALREADY_STORED -> out.alreadyStored++;
                                case FAILED -> out.failed++;
                            }
                            if (result.ingestion != null) {
                                out.claimsCreated += result.ingestion.created;
                                out.claimsUnchanged += result.ingestion.unchanged;
                            }
                        }
                        return out;
                    });
        });
    }

    private Uni<FeedItemResult> item(Feed feed, int index, String outletName, java.util.concurrent.Executor onRequest) {
        Feed.Item item = feed.items().get(index);
        String field = "items[" + index + "]";
        FeedItemResult result = new FeedItemResult();
        result.index = index;
        result.title = item.title();
        result.url = item.link();
        result.publishedOn = item.publishedOn();
        Uni<FeedItemResult> work = alreadyStored(item.link()).emitOn(onRequest).chain(stored -> {
            if (stored) {
                result.status = FeedItemStatus.ALREADY_STORED;
                return Uni.createFrom().item(result);
            }
            WebArticle carried = FeedReader.article(feed, item);
            Overrides given = new Overrides(item.title(), usable(item.link()), outletName, item.publishedOn());
            Uni<Ingested> ingested;
            if (carried != null) {
                ingested = Uni.createFrom().deferred(() -> store(field + ".content", carried, given));
            } else if (item.link() != null) {
                ingested = ingestUrl(item.link(), given).onFailure(InvalidInputException.class)
                        .transform(error -> renamed((InvalidInputException) error, "url", field + ".url"));
            } else {
                return Uni.createFrom().failure(new InvalidInputException(field, "has neither enough text nor a link to read the article from"));
            }
            return ingested.map(done -> {
                result.ingestion = done.ingestion();
                result.status = done.ingestion().created + done.ingestion().appeared > 0 || done.ingestion().claims.isEmpty() ? FeedItemStatus.INGESTED
                        : FeedItemStatus.ALREADY_STORED;
                return result;
            });
        });
        return work.onFailure().recoverWithItem(error -> {
            result.status = FeedItemStatus.FAILED;
            result.error = IngestionError.of(error, field);
            result.ingestion = null;
            return result;
        });
    }

    private Uni<Boolean> alreadyStored(String url) {
        if (url == null || url.isBlank()) {
            return Uni.createFrom().item(false);
        }
        return ResolverSessions.read(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from claims.document where url = :url", Long.class)
                .setParameter("url", url).getSingleResult()))
                .map(count -> count != null && count > 0);
    }

    private Uni<Ingested> store(String field, WebArticle article, Overrides given) {
        String title = given.title() != null && !given.title().isBlank() ? given.title().strip() : article.title();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(field, "the page has no title (no og:title, <h1> or <title>); give one with title");
        }
        WebPage page = new WebPage();
        page.title = title;
        page.url = given.url() != null && !given.url().isBlank() ? given.url().strip() : usable(article.canonicalUrl());
        page.outletName = given.outletName() != null && !given.outletName().isBlank() ? given.outletName().strip() : article.outletName();
        page.publishedOn = given.publishedOn() != null ? given.publishedOn() : article.publishedOn();
        page.text = article.text();
        IngestionService.Article toIngest = new IngestionService.Article(page.title, page.url, page.outletName, page.publishedOn,
                page.publishedOn == null ? null : DatePrecision.DAY, page.text);
        Uni<IngestionService.Result> stored;
        try {
            stored = ingestion.ingest(toIngest);
        } catch (InvalidInputException refused) {
            throw renamed(refused, "text", field);
        }
        return stored.onFailure(InvalidInputException.class).transform(error -> renamed((InvalidInputException) error, "text", field))
                .map(result -> new Ingested(page, IngestionResults.of(result)));
    }

    /** A URL from a page's metadata, if it is an absolute http(s) URL (pages carry broken ones); else none. */
    static String usable(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    ? uri.toString() : null;
        } catch (java.net.URISyntaxException broken) {
            return null;
        }
    }

    /** An error IngestionService raised on its own argument, reported on the argument this API was given. */
    private static InvalidInputException renamed(InvalidInputException error, String from, String to) {
        if (error.field() == null || !error.field().equals(from)) {
            return error;
        }
        String reason = error.getMessage().substring(from.length() + 2);
        return new InvalidInputException(to, from.equals("text") ? "the article text read from it " + reason : reason);
    }

    private WebArticle read(String field, String html, String baseUrl) {
        try {
            return HtmlArticleReader.read(html, baseUrl);
        } catch (ReadException unreadable) {
            throw new InvalidInputException(field, unreadable.getMessage());
        }
    }

    private static Feed readFeed(String field, Supplier<Feed> reading) {
        try {
            return reading.get();
        } catch (ReadException unreadable) {
            throw new InvalidInputException(field, unreadable.getMessage());
        }
    }

    /** Markup given in an argument: not too large, not binary. */
    private void checkMarkupInput(String field, String markup) {
        if (markup == null || markup.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        int bytes = markup.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InvalidInputException(field, "must be at most " + maxBytes + " bytes, was " + bytes + " (claimgraph.ingestion.web.max-bytes)");
        }
        checkNotBinary(field, markup);
    }

    private static void checkNotBinary(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                throw new InvalidInputException(field, "is not valid UTF-8 text (undecodable bytes at offset " + i + ")");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new InvalidInputException(field, String.format("looks like binary data (control character U+%04X at offset %d)", (int) c, i));
            }
        }
    }

    /** The page's text in the charset its headers name, else the one its markup declares, else UTF-8. */
    private static String decode(String field, PageFetcher.Fetched fetched) {
        String html;
        if (fetched.charset().isPresent()) {
            html = fetched.text();
        } else {
            try {
                html = Jsoup.parse(new java.io.ByteArrayInputStream(fetched.body()), null, fetched.url()).outerHtml();
            } catch (java.io.IOException unreadable) {
                throw new InvalidInputException(field, "could not be decoded: " + unreadable.getMessage());
            }
        }
        checkNotBinary(field, html);
        return html;
    }

    /** Blocking work on a worker thread, its result delivered back on the caller's Vert.x context. */
    private <T> Uni<T> offloaded(Supplier<T> blocking) {
        Context context = Vertx.currentContext();
        Uni<T> work = Uni.createFrom().item(blocking).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(timeout.plusSeconds(1)).failWith(() -> new InvalidInputException("url",
                        "did not answer within " + timeout.toMillis() + " ms (claimgraph.ingestion.web.timeout)"));
        return context == null ? work : work.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
