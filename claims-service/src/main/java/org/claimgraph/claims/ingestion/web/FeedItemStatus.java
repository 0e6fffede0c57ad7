package org.claimgraph.claims.ingestion.web;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FeedItemStatus")
@Description("What became of one feed item.")
public enum FeedItemStatus {
    @Description("Stored now: at least one of its claims is new, or it holds no claim but was not stored before.")
    INGESTED,
    @Description("Already stored: a document with its URL holds claims here, or ingesting it again stored nothing new.")
    ALREADY_STORED,
    @Description("Not stored: see error. The other items are unaffected.")
    FAILED
}
