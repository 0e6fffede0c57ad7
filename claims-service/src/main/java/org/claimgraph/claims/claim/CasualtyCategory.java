package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CasualtyCategory")
@Description("What the figure counts; CASUALTIES is killed and wounded (and often missing) together.")
public enum CasualtyCategory {
    KILLED,
    WOUNDED,
    MISSING,
    CAPTURED,
    CASUALTIES
}
