package org.claimgraph.sources.changefeed;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ChangeFeedGraphQLApi {

    @Inject
    ChangeFeed feed;

    @Query
    @Description("Edits of sources and documents after position `after` (0: from the start), oldest first, at most `first` "
            + "(default 100, up to 500). A reader that keeps the last position it applied misses nothing and can read again "
            + "after any failure.")
    public Uni<@NonNull List<@NonNull ChangeEvent>> changeFeed(Integer after, Integer first) {
        int from = after == null ? 0 : after;
        int size = first == null ? 100 : first;
        return ResolverSessions.read(() -> feed.after(from, size));
    }
}
