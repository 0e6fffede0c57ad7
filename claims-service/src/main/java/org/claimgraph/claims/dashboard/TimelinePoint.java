package org.claimgraph.claims.dashboard;

import java.time.LocalDate;

import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Qualifier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelinePoint")
@Description("One figure of a claimant at the date it counts from.")
public class TimelinePoint {

    @NonNull
    @Description("The claim's statedOn.")
    public LocalDate date;
    public Integer low;
    public Integer best;
    public Integer high;
    @NonNull
    @Description("The value to plot: best, else the stated bound.")
    public int figure;
    @NonNull
    public Qualifier qualifier;
    @NonNull
    public Claim claim;
}
