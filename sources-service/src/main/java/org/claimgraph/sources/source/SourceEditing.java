package org.claimgraph.sources.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.sources.changefeed.ChangeFeed;
import org.claimgraph.sources.history.History;
import org.claimgraph.sources.history.HistoryEntry;

/**
 * Edits of sources: updates and merges. Each runs in the caller's transaction: the rows are locked, checked against
 * the version the client saw, changed, and the edit's history entries and change-feed event are written with it, so
 * either all of it is stored or none.
 */
@ApplicationScoped
public class SourceEditing {

    public static final int MAX_REASON = 2000;

    @Inject
    History history;
    @Inject
    ChangeFeed feed;

    public Uni<SourceEntity> update(UUID id, SourceUpdate input, String rawReason, Integer version, String actor) {
        String reason = reason("reason", rawReason);
        List<SourceUpdate.SourceField> clear = input.clear == null ? List.of() : input.clear;
        String name = input.name == null ? null : SourceService.requireName("input.name", input.name);
        String affiliation = SourceService.optionalText("input.affiliation", input.affiliation, 100);
        String description = SourceService.optionalText("input.description", input.description, 5000);
        if (affiliation != null && clear.contains(SourceUpdate.SourceField.AFFILIATION)
                || description != null && clear.contains(SourceUpdate.SourceField.DESCRIPTION)) {
            throw new InvalidInputException("input.clear", "names a field the input also sets");
        }
        Uni<Void> nameLock = name == null ? Uni.createFrom().voidItem() : SourceService.lockNames(List.of(Names.normalize(name)));
        return nameLock.chain(() -> locked(id, "id")).chain(source -> {
            checkVersion(source, version, "version");
            if (source.mergedInto != null) {
                throw new ConflictException("id", "source " + id + " was merged into " + source.mergedInto + "; edit that one");
            }
            Map<String, String> before = fields(source);
            if (name != null) {
                source.name = name;
            }
            if (input.kind != null) {
                source.kind = input.kind;
            }
            if (affiliation != null || clear.contains(SourceUpdate.SourceField.AFFILIATION)) {
                source.affiliation = affiliation;
            }
            if (description != null || clear.contains(SourceUpdate.SourceField.DESCRIPTION)) {
                source.description = description;
            }
            Map<String, String[]> changes = changes(before, fields(source));
            if (changes.isEmpty()) {
                throw new InvalidInputException("input", "changes nothing in the source");
            }
            source.version++;
            Uni<Void> alias = changes.containsKey("name") ? newNameAsAlias(source) : Uni.createFrom().voidItem();
            return alias.chain(() -> Panache.flush())
                    .chain(() -> history.record(History.RecordType.SOURCE, source.id, source.version, HistoryEntry.Action.UPDATED,
                            actor, reason, changes))
                    .chain(() -> feed.sourceUpdated(source, actor, reason))
                    .replaceWith(source);
        });
    }

    /**
     * Merges {@code mergeId} into {@code keepId}: its aliases, the documents it published and the sources merged into it
     * before move to the kept source; it stays as a record that points there. Returns the kept source.
     */
    public Uni<SourceEntity> merge(UUID keepId, UUID mergeId, String rawReason, Integer keepVersion, Integer mergeVersion,
            String actor) {
        if (keepId.equals(mergeId)) {
            throw new InvalidInputException("mergeId", "is keepId: a source cannot be merged into itself");
        }
        String reason = reason("reason", rawReason);
        // Both rows locked in id order, so two merges of the same pair (either way round) run one after the other.
        boolean keepFirst = keepId.compareTo(mergeId) < 0;
        Uni<SourceEntity[]> both = keepFirst
                ? locked(keepId, "keepId").chain(keep -> locked(mergeId, "mergeId").map(merge -> new SourceEntity[] { keep, merge }))
                : locked(mergeId, "mergeId").chain(merge -> locked(keepId, "keepId").map(keep -> new SourceEntity[] { keep, merge }));
        return both.chain(pair -> {
            SourceEntity keep = pair[0];
            SourceEntity merge = pair[1];
            checkVersion(keep, keepVersion, "keepVersion");
            checkVersion(merge, mergeVersion, "mergeVersion");
            if (merge.mergedInto != null) {
                throw new ConflictException("mergeId", "source " + mergeId + " was merged into " + merge.mergedInto + " already");
            }
            if (keep.mergedInto != null) {
                throw new ConflictException("keepId", "source " + keepId + " was merged into " + keep.mergedInto
                        + "; merge into that one");
            }
            return aliases(keepId).chain(keptAliases -> aliases(mergeId).chain(mergedAliases -> {
                List<String> after = new ArrayList<>(keptAliases);
                after.addAll(mergedAliases);
                after.sort(null);
                keep.version++;
                merge.version++;
                merge.mergedInto = keepId;
                Map<String, String[]> keptChanges = new LinkedHashMap<>();
                keptChanges.put("aliases", new String[] { String.join("; ", keptAliases), String.join("; ", after) });
                keptChanges.put("merged", new String[] { null, mergeId + " (" + merge.name + ")" });
                Map<String, String[]> mergedChanges = new LinkedHashMap<>();
                mergedChanges.put("mergedInto", new String[] { null, keepId + " (" + keep.name + ")" });
                mergedChanges.put("aliases", new String[] { String.join("; ", mergedAliases), null });
                return moveTo(keepId, mergeId)
                        .chain(() -> Panache.flush())
                        .chain(() -> history.record(History.RecordType.SOURCE, keep.id, keep.version, HistoryEntry.Action.MERGED,
                                actor, reason, keptChanges))
                        .chain(() -> history.record(History.RecordType.SOURCE, merge.id, merge.version,
                                HistoryEntry.Action.MERGED_INTO, actor, reason, mergedChanges))
                        .chain(() -> feed.sourceMerged(keep, mergeId, actor, reason))
                        .replaceWith(keep);
            }));
        });
    }

    /** What belonged to the merged source now belongs to the kept one: aliases, documents, earlier merges. */
    private static Uni<Void> moveTo(UUID keepId, UUID mergeId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "update sources.source_alias set source_id = :keep where source_id = :merge")
                .setParameter("keep", keepId).setParameter("merge", mergeId).executeUpdate()
                .chain(() -> session.createNativeQuery("update sources.document set outlet_id = :keep where outlet_id = :merge")
                        .setParameter("keep", keepId).setParameter("merge", mergeId).executeUpdate())
                .chain(() -> session.createNativeQuery("update sources.source set merged_into = :keep where merged_into = :merge")
                        .setParameter("keep", keepId).setParameter("merge", mergeId).executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> newNameAsAlias(SourceEntity source) {
        String key = Names.normalize(source.name);
        return SourceAliasEntity.<SourceAliasEntity> findById(key).chain(existing -> {
            if (existing == null) {
                return SourceAliasEntity.of(source.id, source.name).persist().replaceWithVoid();
            }
            if (!existing.sourceId.equals(source.id)) {
                throw new ConflictException("input.name", "'" + source.name + "' already names source " + existing.sourceId
                        + "; merge the two with mergeSources instead");
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static Uni<List<String>> aliases(UUID sourceId) {
        return SourceAliasEntity.<SourceAliasEntity> list("sourceId = ?1 order by alias", sourceId)
                .map(found -> found.stream().map(alias -> alias.alias).toList());
    }

    /** The source, its row locked to the end of the transaction; NOT_FOUND on {@code field}. */
    private static Uni<SourceEntity> locked(UUID id, String field) {
        return SourceEntity.<SourceEntity> findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFoundException(field, "source", id));
    }

    static void checkVersion(SourceEntity source, Integer expected, String field) {
        if (expected != null && expected != source.version) {
            throw new ConflictException(field, "source " + source.id + " is at version " + source.version + ", not " + expected
                    + ": it was changed meanwhile; read it again and redo the change");
        }
    }

    private static Map<String, String> fields(SourceEntity source) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", source.name);
        fields.put("kind", source.kind.name());
        fields.put("affiliation", source.affiliation);
        fields.put("description", source.description);
        return fields;
    }

    /** The fields whose values differ, each with its value before and after. */
    public static Map<String, String[]> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changes.put(field, new String[] { value, after.get(field) });
            }
        });
        return changes;
    }

    /** An optional reason for the history: trimmed, at most {@link #MAX_REASON} characters. */
    public static String reason(String field, String raw) {
        return SourceService.optionalText(field, raw, MAX_REASON);
    }
}
