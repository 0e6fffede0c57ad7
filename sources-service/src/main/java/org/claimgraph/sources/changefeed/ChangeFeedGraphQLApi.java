package org.claimgraph.sources.changefeed;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
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

    @Mutation
    @Description("Records that the named reader (claims-service: 'claims-service') has applied every event up to `position`. "
            + "An event is delivered once every reader has acknowledged it, and is pruned when it is also older than "
            + "claimgraph.change-feed.retention (30 days); without any reader nothing is pruned. Acknowledging a lower "
            + "position than before is allowed (a reader restored from a backup); a position past the last event is an error. "
            + "Returns the position recorded.")
    public Uni<@NonNull Integer> acknowledgeChangeFeed(@NonNull String reader, @NonNull Integer position) {
        return ResolverSessions.write(() -> feed.acknowledge(reader, position));
    }
}
