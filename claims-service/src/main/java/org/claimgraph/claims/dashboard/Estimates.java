package org.claimgraph.claims.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.RatePer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Estimates")
@Description("Each claimant's latest figure as of a date, and how far apart they are, overall and by side.")
public class Estimates {

    @NonNull
    public String subject;
    @NonNull
    public CasualtyCategory category;
    @NonNull
    public Population population;
    @Description("Null for cumulative totals; set when the estimates compare rates.")
    public RatePer ratePer;
    @NonNull
    @Description("The date the estimates hold at: a claim counts from its statedOn.")
    public LocalDate asOf;
    @NonNull
    @Description("How many claimants have a figure.")
    public int claimants;
    @Description("The lowest lower bound across claimants.")
    public Integer minLow;
    @Description("The median of the claimants' central figures.")
    public Double medianBest;
    @Description("The highest upper bound across claimants.")
    public Integer maxHigh;
    @NonNull
    @Description("The same spread per side, in the order OWN_SIDE, ADVERSARY, THIRD_PARTY; a side without claimants is left out.")
    public List<@NonNull Spread> bySide;
    @NonNull
    @Description("The claimants' latest claims, largest figure first, at most `first` of them.")
    public List<@NonNull Claim> latest;
}
