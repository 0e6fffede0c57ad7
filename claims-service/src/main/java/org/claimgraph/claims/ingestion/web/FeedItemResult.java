package org.claimgraph.claims.ingestion.web;

import java.time.LocalDate;

import org.claimgraph.claims.ingestion.Ingestion;
import org.claimgraph.claims.ingestion.IngestionError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FeedItemResult")
@Description("One feed item and what became of it.")
public class FeedItemResult {

    @Description("Its position in the feed, from 0.")
    public int index;
    public String title;
    public String url;
    public LocalDate publishedOn;
    @NonNull
    public FeedItemStatus status;
    @Description("What was stored; null when the item failed or was skipped as already stored without reading it.")
    public Ingestion ingestion;
    @Description("Why it failed; null otherwise.")
    public IngestionError error;
}
