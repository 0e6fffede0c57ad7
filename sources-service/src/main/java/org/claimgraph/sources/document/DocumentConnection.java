package org.claimgraph.sources.document;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.common.graphql.PageInfo;
import org.claimgraph.common.graphql.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentConnection")
public class DocumentConnection {

    @NonNull
    public List<@NonNull DocumentEdge> edges;
    @NonNull
    public List<@NonNull Document> nodes;
    @NonNull
    public PageInfo pageInfo;

    @Type("DocumentEdge")
    public static class DocumentEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Document node;
    }

    static String cursorOf(DocumentEntity entity) {
        return Paging.encode(DocumentService.sortDate(entity).toString(), entity.id.toString());
    }

    static DocumentConnection of(List<DocumentEntity> fetched, int size) {
        DocumentConnection connection = new DocumentConnection();
        connection.nodes = new ArrayList<>();
        connection.edges = new ArrayList<>();
        for (DocumentEntity row : Paging.visible(fetched, size)) {
            DocumentEdge edge = new DocumentEdge();
            edge.cursor = cursorOf(row);
            edge.node = Document.of(row);
            connection.edges.add(edge);
            connection.nodes.add(edge.node);
        }
        connection.pageInfo = Paging.pageInfo(fetched, size, DocumentConnection::cursorOf);
        return connection;
    }
}
