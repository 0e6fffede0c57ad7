package org.claimgraph.sources.source;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.common.graphql.PageInfo;
import org.claimgraph.common.graphql.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceConnection")
public class SourceConnection {

    @NonNull
    public List<@NonNull SourceEdge> edges;
    @NonNull
    public List<@NonNull Source> nodes;
    @NonNull
    public PageInfo pageInfo;

    @Type("SourceEdge")
    public static class SourceEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Source node;
    }

    static String cursorOf(SourceEntity entity) {
        return Paging.encode(entity.name, entity.id.toString());
    }

    static SourceConnection of(List<SourceEntity> fetched, int size) {
        SourceConnection connection = new SourceConnection();
        connection.nodes = new ArrayList<>();
        connection.edges = new ArrayList<>();
        for (SourceEntity row : Paging.visible(fetched, size)) {
            SourceEdge edge = new SourceEdge();
            edge.cursor = cursorOf(row);
            edge.node = Source.of(row);
            connection.edges.add(edge);
            connection.nodes.add(edge.node);
        }
        connection.pageInfo = Paging.pageInfo(fetched, size, SourceConnection::cursorOf);
        return connection;
    }
}
