package org.claimgraph.common.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One change of a record as the API shows it, in every subgraph alike: the version it made, who, when, why and each
 * field before and after. Each kind of record extends it with its own action type and GraphQL type name.
 */
public abstract class RecordedChange {

    @Description("The record's version this change made.")
    public int version;
    @NonNull
    @Description("Who made the change (the editor the bearer token names).")
    public String actor;
    @Description("Why, as the editor said.")
    public String reason;
    @NonNull
    public OffsetDateTime at;
    @NonNull
    @Description("The fields that changed.")
    public List<@NonNull FieldChange> changes;

    /** Takes what every change has from its stored entry; the action is the subclass's to read. */
    protected void copy(ChangeLog.Entry stored) {
        version = stored.version();
        actor = stored.actor();
        reason = stored.reason();
        at = stored.at();
        changes = stored.changes();
    }
}
