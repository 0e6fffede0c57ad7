package org.claimgraph.reader;

import java.time.LocalDate;
import java.util.List;

/**
 * An RSS or Atom feed: its title and link, the items read (at most the cap given to {@link FeedReader}) and how
 * many items the feed holds in all.
 */
public record Feed(String title, String link, List<Item> items, int itemsInFeed) {

    /**
     * One item: its title, link and date, and its content as HTML when the feed carries it
     * ({@code content:encoded}, Atom {@code content}), else its summary or description (often only a teaser).
     */
    public record Item(String title, String link, LocalDate publishedOn, String content, String summary) {
    }
}
