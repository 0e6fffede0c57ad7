package org.claimgraph.claims.claim;

import java.util.UUID;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The Document entity of documents-service, to which this subgraph adds {@code claims}. */
@Type("Document")
@Key(fields = @FieldSet("id"))
public class Document {

    @Id
    @NonNull
    public String id;

    public static Document reference(UUID id) {
        Document document = new Document();
        document.id = id.toString();
        return document;
    }
}
