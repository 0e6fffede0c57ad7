package org.claimgraph.claims.claim;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.common.graphql.PageInfo;
import org.claimgraph.common.graphql.Paging;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimConnection")
public class ClaimConnection {

    @NonNull
    public List<@NonNull ClaimEdge> edges;
    @NonNull
    public List<@NonNull Claim> nodes;
    @NonNull
    public PageInfo pageInfo;
    /** What {@code totalCount} counts, when asked for: the filter of this list; null when it holds no claims at all. */
    @Ignore
    ClaimQuery counted;

    @Type("ClaimEdge")
    public static class ClaimEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Claim node;
    }

    /** Claims of a source or document are paged by id: ids are time-ordered (UUIDv7), so this is the order they were recorded in. */
    static String cursorOf(ClaimEntity entity) {
        return Paging.encode(entity.id.toString());
    }

    static ClaimConnection of(List<ClaimEntity> fetched, int size, ClaimQuery counted) {
        return of(fetched, size, ClaimConnection::cursorOf, counted);
    }

    static ClaimConnection of(List<ClaimEntity> fetched, int size, java.util.function.Function<ClaimEntity, String> cursorOf,
            ClaimQuery counted) {
        ClaimConnection connection = new ClaimConnection();
        connection.counted = counted;
        connection.nodes = new ArrayList<>();
        connection.edges = new ArrayList<>();
        for (ClaimEntity row : Paging.visible(fetched, size)) {
            ClaimEdge edge = new ClaimEdge();
            edge.cursor = cursorOf.apply(row);
            edge.node = Claim.of(row);
            connection.edges.add(edge);
            connection.nodes.add(edge.node);
        }
        connection.pageInfo = Paging.pageInfo(fetched, size, cursorOf);
        return connection;
    }
}
