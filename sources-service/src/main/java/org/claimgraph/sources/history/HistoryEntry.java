package org.claimgraph.sources.history;

import org.claimgraph.common.history.RecordedChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HistoryEntry")
@Description("One change of a source or document: who made it, when, why, and each field's value before and after.")
public class HistoryEntry extends RecordedChange {

    @NonNull
    public Action action;

    @org.eclipse.microprofile.graphql.Enum("HistoryAction")
    @Description("UPDATED: fields edited; MERGED: another source was merged into this one (its aliases moved here); "
            + "MERGED_INTO: this source was merged into another, which answers for it since.")
    public enum Action {
        UPDATED, MERGED, MERGED_INTO
    }

    static HistoryEntry of(org.claimgraph.common.history.ChangeLog.Entry stored) {
        HistoryEntry entry = new HistoryEntry();
        entry.copy(stored);
        entry.action = Action.valueOf(stored.action());
        return entry;
    }
}
