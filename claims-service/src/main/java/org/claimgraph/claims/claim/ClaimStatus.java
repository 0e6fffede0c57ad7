package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimStatus")
@Description("Where a claim stands in review. Estimates, timelines and revisions leave REJECTED and RETRACTED claims out unless includeRejected is set.")
public enum ClaimStatus {
    @Description("As recorded or extracted; nobody has looked at it yet.")
    UNREVIEWED,
    @Description("A reviewer checked it against its document.")
    CONFIRMED,
    @Description("A reviewer fixed what was read wrong (correctClaim); the history keeps the values before.")
    CORRECTED,
    @Description("Not a claim: misread, or not a casualty figure. Kept, with the reviewer's reason.")
    REJECTED,
    @Description("Withdrawn (retractClaim): the claimant or the document took it back, or it should never have been recorded. Kept, with the reason.")
    RETRACTED;

    /** Whether estimates, timelines and revisions leave the claim out by default. */
    public boolean withdrawn() {
        return this == REJECTED || this == RETRACTED;
    }
}
