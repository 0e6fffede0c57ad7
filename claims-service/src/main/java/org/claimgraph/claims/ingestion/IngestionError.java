package org.claimgraph.claims.ingestion.web;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FeedItemError")
@Description("Why one feed item was not stored, as the GraphQL error ingestUrl or ingestHtml would give for it.")
public class FeedItemError {

    @NonNull
    @Description("BAD_USER_INPUT, UNAVAILABLE (retryable), or INTERNAL.")
    public String code;
    @Description("The input at fault, e.g. items[3].url.")
    public String field;
    @NonNull
    public String message;
    public boolean retryable;
}
