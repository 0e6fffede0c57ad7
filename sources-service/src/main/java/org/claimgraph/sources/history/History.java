package org.claimgraph.sources.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.history.FieldChange;

/**
 * The history of sources and documents ({@code sources.history}): every edit leaves one entry, written in the edit's
 * transaction. Every method expects a session (reads) or transaction (writes) of the caller.
 */
@ApplicationScoped
public class History {

    /** What kind of record an entry belongs to. */
    public enum RecordType {
        SOURCE, DOCUMENT
    }

    /** Records one change; {@code changes} maps each field to its value before and after, as text. */
    public Uni<Void> record(RecordType type, UUID recordId, int version, HistoryEntry.Action action, String actor,
            String reason, Map<String, String[]> changes) {
        return Panache.getSession().chain(session -> session.createNativeQuery("insert into sources.history"
                + " (id, record_type, record_id, version, action, actor, reason, changed_at, changes)"
                + " values (:id, :type, :record, :version, :action, :actor, cast(:reason as text), :at,"
                + " cast(cast(:changes as text) as jsonb))")
                .setParameter("id", Ids.newId())
                .setParameter("type", type.name())
                .setParameter("record", recordId)
                .setParameter("version", version)
                .setParameter("action", action.name())
                .setParameter("actor", actor)
                .setParameter("reason", reason)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("changes", FieldChange.toJson(changes))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The history of each record, oldest change first, in one SQL query. */
    public Uni<Map<UUID, List<HistoryEntry>>> of(RecordType type, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("select record_id, version, action, actor,"
                + " reason, changed_at, cast(changes as text) from sources.history"
                + " where record_type = :type and record_id in (:ids) order by record_id, version", Object[].class)
                .setParameter("type", type.name())
                .setParameter("ids", new TreeSet<>(recordIds))
                .getResultList())
                .map(rows -> {
                    Map<UUID, List<HistoryEntry>> byRecord = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        HistoryEntry entry = new HistoryEntry();
                        entry.version = ((Number) row[1]).intValue();
                        entry.action = HistoryEntry.Action.valueOf((String) row[2]);
                        entry.actor = (String) row[3];
                        entry.reason = (String) row[4];
                        entry.at = timestamp(row[5]);
                        entry.changes = FieldChange.fromJson((String) row[6]);
                        byRecord.computeIfAbsent(uuid(row[0]), ignored -> new ArrayList<>()).add(entry);
                    }
                    return byRecord;
                });
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
