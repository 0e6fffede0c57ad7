package org.claimgraph.claims.ingestion.web;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FeedIngestion")
@Description("What ingestFeed did with each item of a feed. A failed item never stops the others.")
public class FeedIngestion {

    public String title;
    public String url;
    @Description("How many items the feed holds.")
    public int itemsInFeed;
    @Description("How many were read: at most claimgraph.ingestion.web.max-feed-items, the first ones in the feed.")
    public int itemsRead;
    public int ingested;
    public int alreadyStored;
    public int failed;
    @Description("Claims stored now, over all items.")
    public int claimsCreated;
    @Description("Claims that were already stored, over all items.")
    public int claimsUnchanged;
    @NonNull
    public List<@NonNull FeedItemResult> items;
}
