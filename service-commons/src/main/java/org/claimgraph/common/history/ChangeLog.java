package org.claimgraph.common.history;

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
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.persistence.SqlValues;

/**
 * A history table as both services keep one: per change the record, the version it made, the action, who, why, when
 * and each field before and after ({@code changes}, JSON). {@code table} names the table and its record column;
 * {@code kind} is the value of a {@code record_type} column where one table holds the history of several kinds of
 * record, else null. Expects a session or transaction of the caller.
 */
public record ChangeLog(String table, String recordColumn, String kind) {

    /** One stored change. */
    public record Entry(UUID recordId, int version, String action, String actor, String reason, OffsetDateTime at,
            List<FieldChange> changes) {
    }

    public Uni<Void> append(UUID recordId, int version, String action, String actor, String reason, Map<String, String[]> changes) {
        String kindColumn = kind == null ? "" : "record_type, ";
        String kindValue = kind == null ? "" : ":kind, ";
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery("insert into " + table + " (id, " + kindColumn + recordColumn
                    + ", version, action, actor, reason, changed_at, changes) values (:id, " + kindValue
                    + ":record, :version, :action, :actor, cast(:reason as text), :at, cast(cast(:changes as text) as jsonb))")
                    .setParameter("id", Ids.newId())
                    .setParameter("record", recordId)
                    .setParameter("version", version)
                    .setParameter("action", action)
                    .setParameter("actor", actor)
                    .setParameter("reason", reason)
                    .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("changes", FieldChange.toJson(changes));
            if (kind != null) {
                insert.setParameter("kind", kind);
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** The changes of each record, oldest first, in one SQL query. */
    public Uni<Map<UUID, List<Entry>>> of(Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String kindCondition = kind == null ? "" : "record_type = :kind and ";
        return Panache.getSession().chain(session -> {
            var select = session.createNativeQuery("select " + recordColumn + ", version, action, actor, reason, changed_at,"
                    + " cast(changes as text) from " + table + " where " + kindCondition + recordColumn + " in (:ids)"
                    + " order by " + recordColumn + ", version", Object[].class)
                    .setParameter("ids", new TreeSet<>(recordIds));
            if (kind != null) {
                select.setParameter("kind", kind);
            }
            return select.getResultList();
        }).map(rows -> {
            Map<UUID, List<Entry>> byRecord = new LinkedHashMap<>();
            for (Object[] row : rows) {
                UUID record = row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString());
                byRecord.computeIfAbsent(record, ignored -> new ArrayList<>()).add(new Entry(record, ((Number) row[1]).intValue(),
                        (String) row[2], (String) row[3], (String) row[4], SqlValues.timestamp(row[5]), FieldChange.fromJson((String) row[6])));
            }
            return byRecord;
        });
    }
}
