package org.claimgraph.claims.dashboard;

import org.claimgraph.claims.claim.Side;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Spread")
@Description("How far apart the claimants' latest figures are.")
public class Spread {

    @Description("Null for the spread across all claimants.")
    public Side side;
    @NonNull
    @Description("How many claimants have a figure here.")
    public int claimants;
    @Description("The lowest lower bound ('over 46,000' counts 46,000); null when nobody gives one.")
    public Integer minLow;
    @Description("The median of the central figures (bare bounds have none); null when nobody gives one.")
    public Double medianBest;
    @Description("The highest upper bound ('up to 325,000' counts 325,000); null when nobody gives one.")
    public Integer maxHigh;
}
