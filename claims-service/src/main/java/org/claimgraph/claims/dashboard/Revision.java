package org.claimgraph.claims.dashboard;

import java.time.LocalDate;

import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Document;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Revision")
@Description("One statement of a claimant's figure and how it differs from the one before.")
public class Revision {

    @NonNull
    @Description("The claim's statedOn.")
    public LocalDate date;
    @NonNull
    @Description("Best, else the stated bound.")
    public int figure;
    @Description("figure minus the claimant's previous figure on the same population; null for the first.")
    public Integer change;
    @NonNull
    @Description("The document the figure was stated in.")
    public Document document;
    @NonNull
    public Claim claim;
}
