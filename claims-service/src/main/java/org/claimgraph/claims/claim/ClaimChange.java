package org.claimgraph.claims.claim;

import org.claimgraph.common.history.ChangeLog;
import org.claimgraph.common.history.RecordedChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimChange")
@Description("One change of a claim: who made it, when, why, and each field's value before and after.")
public class ClaimChange extends RecordedChange {

    @NonNull
    public Action action;
    @org.eclipse.microprofile.graphql.Id
    @Description("Set when the change was made to another claim of the same statement, since merged into this one: that claim's id (which answers this claim now).")
    public String mergedFrom;

    @org.eclipse.microprofile.graphql.Enum("ClaimChangeAction")
    @Description("CLAIMANT_MERGED: the claimant was merged into another source in sources-service, and the claim moved to it. "
            + "MERGED: another claim recorded the same statement from another document and was merged into this one, its appearances "
            + "with it (its own changes are listed with mergedFrom): after the two claimants were merged in sources-service, or "
            + "by the migration that gave claims appearances. Its id answers this claim since (mergedClaimIds).")
    public enum Action {
        REVIEWED, CORRECTED, RETRACTED, CLAIMANT_MERGED, MERGED
    }

    static ClaimChange of(ChangeLog.Entry stored) {
        ClaimChange change = new ClaimChange();
        change.copy(stored);
        change.action = Action.valueOf(stored.action());
        return change;
    }
}
