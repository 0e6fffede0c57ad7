package org.claimgraph.claims.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimFilter")
@Description("All given conditions must hold. from/to bound asOf inclusively (claims without asOf are left out then).")
public class ClaimFilter {

    public String subject;
    public CasualtyCategory category;
    public Population population;
    @Id
    public String claimantId;
    @Id
    public String documentId;
    public LocalDate from;
    public LocalDate to;
}
