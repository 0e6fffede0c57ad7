package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RatePer")
@Description("A rate instead of a cumulative total: '800 killed daily' is DAY.")
public enum RatePer {
    DAY,
    WEEK,
    MONTH
}
