package org.claimgraph.claims.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimFilter")
@Description("All given conditions must hold.")
public class ClaimFilter {

    @Description("Whose losses, case-insensitive: Ukraine, Russia, ...")
    public String subject;
    public CasualtyCategory category;
    public Population population;
    @Id
    public String claimantId;
    @Id
    public String documentId;
    @Id
    @Description("Claims in documents of this outlet.")
    public String outletId;
    @Description("Earliest statedOn, inclusive.")
    public LocalDate from;
    @Description("Latest statedOn, inclusive.")
    public LocalDate to;
    @Description("Words the quote of any of the claim's appearances must contain (each document's own sentence), in web search syntax: soldiers killed, \"General Staff\", -wounded, daily or weekly. English stemming: 'killed' finds 'kill' and 'kills'.")
    public String search;
    @Description("true: only figures limited to a region, town, unit or subgroup (scope or subgroup set); false: only national totals of the whole population.")
    public Boolean scoped;
    @Description("Claims in any of these review statuses (all statuses when not given).")
    public java.util.List<@org.eclipse.microprofile.graphql.NonNull ClaimStatus> status;
}
