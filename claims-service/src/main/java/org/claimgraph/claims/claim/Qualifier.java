package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Qualifier")
@Description("How the figure was stated: a point, about, over (low only), up to (high only), between.")
public enum Qualifier {
    EXACT,
    APPROXIMATELY,
    AT_LEAST,
    AT_MOST,
    RANGE
}
