package org.claimgraph.claims.claim;

import java.util.UUID;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The Source entity of sources-service, to which this subgraph adds {@code claims}. */
@Type("Source")
@Key(fields = @FieldSet("id"))
public class Source {

    @Id
    @NonNull
    public String id;

    public static Source reference(UUID id) {
        Source source = new Source();
        source.id = id.toString();
        return source;
    }
}
