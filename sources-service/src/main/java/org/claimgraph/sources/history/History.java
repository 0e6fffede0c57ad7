package org.claimgraph.sources.history;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.history.ChangeLog;

/**
 * The history of sources and documents ({@code sources.history}): every edit leaves one entry, written in the edit's
 * transaction. Every method expects a session (reads) or transaction (writes) of the caller.
 */
@ApplicationScoped
public class History {

    /** What kind of record an entry belongs to. */
    public enum RecordType {
        SOURCE, DOCUMENT;

        final ChangeLog log = new ChangeLog("sources.history", "record_id", name());
    }

    /** Records one change; {@code changes} maps each field to its value before and after, as text. */
    public Uni<Void> record(RecordType type, UUID recordId, int version, HistoryEntry.Action action, String actor,
            String reason, Map<String, String[]> changes) {
        return type.log.append(recordId, version, action.name(), actor, reason, changes);
    }

    /** The history of each record, oldest change first, in one SQL query. */
    public Uni<Map<UUID, List<HistoryEntry>>> of(RecordType type, Collection<UUID> recordIds) {
        return type.log.of(recordIds).map(byRecord -> {
            Map<UUID, List<HistoryEntry>> entries = new LinkedHashMap<>();
            byRecord.forEach((id, changes) -> entries.put(id, changes.stream().map(HistoryEntry::of).toList()));
            return entries;
        });
    }
}
