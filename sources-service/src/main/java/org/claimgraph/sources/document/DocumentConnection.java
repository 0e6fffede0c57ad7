package org.claimgraph.sources.document;

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
        List<DocumentEntity> rows = Paging.visible(fetched, size);
        connection.nodes = rows.stream().map(Document::of).toList();
        connection.edges = rows.stream().map(row -> {
            DocumentEdge edge = new DocumentEdge();
            edge.cursor = cursorOf(row);
            edge.node = Document.of(row);
            return edge;
        }).toList();
        connection.pageInfo = Paging.pageInfo(fetched, size, DocumentConnection::cursorOf);
        return connection;
    }
}
