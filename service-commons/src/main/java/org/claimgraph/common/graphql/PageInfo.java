package org.claimgraph.common.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay-style page information; shareable because every subgraph pages the same way. */
@Type("PageInfo")
@Shareable
@Description("Where a page ends and whether another follows; pass endCursor as `after` for the next page.")
public class PageInfo {

    @NonNull
    public boolean hasNextPage;
    public String endCursor;

    public PageInfo() {
    }

    public PageInfo(boolean hasNextPage, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.endCursor = endCursor;
    }
}
