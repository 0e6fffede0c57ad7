package org.claimgraph.sources.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.claimgraph.common.history.FieldChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HistoryEntry")
@Description("One change of a source or document: who made it, when, why, and each field's value before and after.")
public class HistoryEntry {

    @Description("The record's version this change made.")
    public int version;
    @NonNull
    public Action action;
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

    @org.eclipse.microprofile.graphql.Enum("HistoryAction")
    @Description("UPDATED: fields edited; MERGED: another source was merged into this one (its aliases moved here); "
            + "MERGED_INTO: this source was merged into another, which answers for it since.")
    public enum Action {
        UPDATED, MERGED, MERGED_INTO
    }
}
