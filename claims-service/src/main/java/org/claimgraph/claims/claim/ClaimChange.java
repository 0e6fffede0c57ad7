package org.claimgraph.claims.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.claimgraph.common.history.FieldChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimChange")
@Description("One change of a claim: who made it, when, why, and each field's value before and after.")
public class ClaimChange {

    @Description("The claim's version this change made.")
    public int version;
    @NonNull
    public Action action;
    @NonNull
    @Description("Who made the change.")
    public String actor;
    @Description("Why: the reviewer's note, the correction's or the retraction's reason.")
    public String reason;
    @NonNull
    public OffsetDateTime at;
    @NonNull
    @Description("The fields that changed, status included.")
    public List<@NonNull FieldChange> changes;

    @org.eclipse.microprofile.graphql.Id
    @Description("Set when the change was made to another claim of the same statement, since merged into this one: that claim's id (which answers this claim now).")
    public String mergedFrom;

    @org.eclipse.microprofile.graphql.Enum("ClaimChangeAction")
    @Description("CLAIMANT_MERGED: the claimant was merged into another source in sources-service, and the claim moved to it. "
            + "MERGED: another claim recorded the same statement from another document and was merged into this one, its appearances "
            + "with it (its own changes are listed with mergedFrom).")
    public enum Action {
        REVIEWED, CORRECTED, RETRACTED, CLAIMANT_MERGED, MERGED
    }
}
