package org.claimgraph.claims.ingestion.web;

import java.time.LocalDate;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class WebIngestionGraphQLApi {

    @Inject
    WebIngestionService web;

    @Mutation
    @Description("Stores the article of an HTML page as ingestArticle stores a text: the main text without navigation and "
            + "boilerplate, with the title, canonical URL, publication date and outlet from the page's metadata unless given "
            + "here. A page without article text, a binary or oversized one (claimgraph.ingestion.web.max-bytes) is "
            + "BAD_USER_INPUT on html, and nothing is stored.")
    public Uni<@NonNull WebIngestion> ingestHtml(@NonNull String html, String url, String title, String outletName,
            LocalDate publishedOn) {
        return web.ingestHtml(html, new WebIngestionService.Overrides(title, url, outletName, publishedOn)).map(WebIngestionGraphQLApi::of);
    }

    @Mutation
    @Description("Fetches a web page and stores its article as ingestHtml does. http(s) only; redirects are followed up to "
            + "claimgraph.ingestion.web.max-redirects; private and loopback addresses are refused unless "
            + "claimgraph.ingestion.web.allow-private-addresses; a timeout, a page that is not text/html, or one over the size "
            + "cap is BAD_USER_INPUT on url, and nothing is stored.")
    public Uni<@NonNull WebIngestion> ingestUrl(@NonNull String url, String title, String outletName, LocalDate publishedOn) {
        return web.ingestUrl(url, new WebIngestionService.Overrides(title, null, outletName, publishedOn)).map(WebIngestionGraphQLApi::of);
    }

    @Mutation
    @Description("Stores every item of an RSS or Atom feed, given by its url or as its xml: an item whose content holds the "
            + "article is read from the feed, any other is fetched from its link. Items whose URL is already stored are "
            + "skipped; at most claimgraph.ingestion.web.max-feed-items items are read. Each item succeeds or fails on its "
            + "own (FeedItemResult.error); the feed itself failing to load or parse is BAD_USER_INPUT on url or xml.")
    public Uni<@NonNull FeedIngestion> ingestFeed(String url, String xml, String outletName) {
        return web.ingestFeed(url, xml, outletName);
    }

    private static WebIngestion of(WebIngestionService.Ingested ingested) {
        WebIngestion out = new WebIngestion();
        out.page = ingested.page();
        out.ingestion = ingested.ingestion();
        return out;
    }
}
