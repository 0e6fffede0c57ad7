package org.claimgraph.sources.source;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.AdvisoryLocks;

/**
 * Sources and their aliases. Every method expects to run inside a session (reads) or a transaction (writes)
 * opened by the caller.
 */
@ApplicationScoped
public class SourceService {

    static final int MAX_BATCH = 500;
    private static final int NAME_LOCKS = 0;

    /** The source, or the one it was merged into: a merged source's id answers the kept source. */
    public Uni<SourceEntity> get(UUID id, String field) {
        return SourceEntity.<SourceEntity> findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException(field, "source", id))
                .chain(found -> found.mergedInto == null ? Uni.createFrom().item(found)
                        : SourceEntity.<SourceEntity> findById(found.mergedInto));
    }

    /**
     * Sources by id in the order asked, null where none exists (or the id is null); a merged source's id answers the
     * kept source. One SQL query, and a second only when a merged id is asked for.
     */
    public Uni<List<SourceEntity>> byIds(List<UUID> ids) {
        Set<UUID> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(() -> new ArrayList<>(Collections.nCopies(ids.size(), null)));
        }
        return SourceEntity.<SourceEntity> list("id in ?1", distinct).chain(found -> {
            Map<UUID, SourceEntity> byId = found.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            Set<UUID> kept = found.stream().map(s -> s.mergedInto).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            Uni<List<SourceEntity>> keptSources = kept.isEmpty() ? Uni.createFrom().item(List.of())
                    : SourceEntity.<SourceEntity> list("id in ?1", kept);
            return keptSources.map(keptFound -> {
                Map<UUID, SourceEntity> keptById = keptFound.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                List<SourceEntity> ordered = new ArrayList<>(ids.size());
                for (UUID id : ids) {
                    SourceEntity source = id == null ? null : byId.get(id);
                    ordered.add(source == null || source.mergedInto == null ? source : keptById.get(source.mergedInto));
                }
                return ordered;
            });
        });
    }

    /** Aliases of each source, sorted; one SQL query. */
    public Uni<Map<UUID, List<String>>> aliasesOf(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SourceAliasEntity.<SourceAliasEntity> list("sourceId in ?1 order by alias", new TreeSet<>(sourceIds))
                .map(aliases -> aliases.stream().collect(Collectors.groupingBy(a -> a.sourceId,
                        Collectors.mapping(a -> a.alias, Collectors.toList()))));
    }

    public Uni<List<SourceEntity>> page(String search, SourceKind kind, int size, String after) {
        // merged sources answer through the source kept, and have no aliases of their own
        StringBuilder where = new StringBuilder("s.mergedInto is null");
        Parameters parameters = new Parameters();
        if (search != null) {
            String term = Names.normalize(search);
            if (term.isEmpty()) {
                throw new InvalidInputException("search", "must contain a letter or digit");
            }
            where.append(" and exists (from SourceAliasEntity a where a.sourceId = s.id and a.normalized like :pattern escape '!')");
            parameters.and("pattern", "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (kind != null) {
            where.append(" and s.kind = :kind");
            parameters.and("kind", kind);
        }
        if (after != null) {
            String[] key = Paging.decode(after, 2);
            where.append(" and (s.name > :afterName or (s.name = :afterName and s.id > :afterId))");
            parameters.and("afterName", key[0]).and("afterId", Ids.parse("after", key[1]));
        }
        return SourceEntity.<SourceEntity> find("from SourceEntity s where " + where + " order by s.name, s.id", parameters)
                .range(0, size).list();
    }

    /** Creates a source; creating the same name and kind again returns the existing source. */
    public Uni<SourceEntity> create(SourceInput input) {
        String name = requireName("input.name", input.name);
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        if (input.aliases != null) {
            for (int i = 0; i < input.aliases.size(); i++) {
                aliases.add(requireName("input.aliases[" + i + "]", input.aliases.get(i)));
            }
        }
        String affiliation = optionalText("input.affiliation", input.affiliation, 100);
        String description = optionalText("input.description", input.description, 5000);
        SourceKind kind = input.kind == null ? SourceKind.OTHER : input.kind;
        Map<String, String> byKey = distinctByKey(aliases);
        return lockNames(byKey.keySet())
                .chain(() -> aliasesByKey(byKey.keySet()))
                .chain(existing -> {
                    SourceAliasEntity nameOwner = existing.get(Names.normalize(name));
                    if (nameOwner != null) {
                        return get(nameOwner.sourceId, "input.name").map(found -> {
                            if (found.kind != kind) {
                                throw new ConflictException("input.name",
                                        "'" + name + "' already names source " + found.id + " of kind " + found.kind);
                            }
                            return found;
                        });
                    }
                    if (!existing.isEmpty()) {
                        SourceAliasEntity taken = existing.values().iterator().next();
                        throw new ConflictException("input.aliases",
                                "'" + taken.alias + "' already names source " + taken.sourceId);
                    }
                    SourceEntity source = newSource(name, kind);
                    source.affiliation = affiliation;
                    source.description = description;
                    return persistWithAliases(source, byKey.values());
                });
    }

    /** Adds an alias; adding one the source already has changes nothing. */
    public Uni<SourceEntity> addAlias(UUID sourceId, String rawAlias) {
        String alias = requireName("alias", rawAlias);
        String key = Names.normalize(alias);
        // The name first, then the row (the order updateSource takes them in). The row shared-locked: a merge of the
        // source waits for this alias and moves it along, or ran first and the alias goes to the source kept.
        return lockNames(List.of(key))
                .chain(() -> SourceEntity.<SourceEntity> findById(sourceId, LockModeType.PESSIMISTIC_READ))
                .onItem().ifNull().failWith(() -> new NotFoundException("sourceId", "source", sourceId))
                .chain(found -> found.mergedInto == null ? Uni.createFrom().item(found)
                        : SourceEntity.<SourceEntity> findById(found.mergedInto))
                .call(source -> SourceAliasEntity.<SourceAliasEntity> findById(key).chain(existing -> {
                    if (existing == null) {
                        return SourceAliasEntity.of(source.id, alias).persist();
                    }
                    if (!existing.sourceId.equals(source.id)) {
                        throw new ConflictException("alias", "'" + alias + "' already names source " + existing.sourceId);
                    }
                    return Uni.createFrom().voidItem();
                }));
    }

    /**
     * Finds or creates one source per name, in the order given (the same source for names that normalize alike).
     * New sources get the name as written, and the kind and country their name states clearly (else OTHER and none).
     */
    public Uni<List<SourceEntity>> resolve(List<String> names) {
        return resolve(names, "names", i -> "names[" + i + "]");
    }

    /**
     * {@link #resolve(List)} for names that come from another argument: {@code listField} names the list in errors,
     * {@code fieldOf} each of its names.
     */
    public Uni<List<SourceEntity>> resolve(List<String> names, String listField, IntFunction<String> fieldOf) {
        if (names.size() > MAX_BATCH) {
            throw new InvalidInputException(listField, "at most " + MAX_BATCH + " names per call, got " + names.size());
        }
        List<String> keys = new ArrayList<>(names.size());
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = requireName(fieldOf.apply(i), names.get(i));
            String key = Names.normalize(name);
            keys.add(key);
            firstSpelling.putIfAbsent(key, name);
        }
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Names already known (nearly all, once a registry has filled) are read without a lock: an alias, once
        // stored, keeps naming its source (a merge moves it to the source kept, which byIds follows). Only names
        // to create are locked, and read again under the lock, so concurrent calls create each one once.
        return aliasesByKey(firstSpelling.keySet()).chain(known -> {
            Map<String, UUID> sourceIdByKey = new HashMap<>();
            known.forEach((key, alias) -> sourceIdByKey.put(key, alias.sourceId));
            Map<String, String> unknown = new LinkedHashMap<>(firstSpelling);
            unknown.keySet().removeAll(sourceIdByKey.keySet());
            Uni<Void> created = unknown.isEmpty() ? Uni.createFrom().voidItem() : createMissing(unknown, sourceIdByKey);
            return created.chain(() -> byIds(keys.stream().map(sourceIdByKey::get).toList()));
        });
    }

    /** Creates the sources of the names no alias holds once their locks are taken; adds every id to {@code sourceIdByKey}. */
    private Uni<Void> createMissing(Map<String, String> spellingByKey, Map<String, UUID> sourceIdByKey) {
        return lockNames(spellingByKey.keySet())
                .chain(() -> aliasesByKey(spellingByKey.keySet()))
                .chain(existing -> {
                    existing.forEach((key, alias) -> sourceIdByKey.put(key, alias.sourceId));
                    List<SourceEntity> created = new ArrayList<>();
                    List<SourceAliasEntity> createdAliases = new ArrayList<>();
                    spellingByKey.forEach((key, name) -> {
                        if (!sourceIdByKey.containsKey(key)) {
                            // what the name says clearly: "Russian Defence Ministry" is a Russian government body
                            SourceEntity source = newSource(name, NameReading.kind(name));
                            source.affiliation = NameReading.affiliation(name);
                            created.add(source);
                            createdAliases.add(SourceAliasEntity.of(source.id, name));
                            sourceIdByKey.put(key, source.id);
                        }
                    });
                    return created.isEmpty() ? Uni.createFrom().voidItem()
                            : SourceEntity.persist(created).chain(() -> SourceEntity.persist(createdAliases))
                                    .chain(() -> Panache.flush());
                });
    }

    private Uni<SourceEntity> persistWithAliases(SourceEntity source, Collection<String> aliases) {
        List<SourceAliasEntity> entities = aliases.stream().map(alias -> SourceAliasEntity.of(source.id, alias)).toList();
        return source.<SourceEntity> persist()
                .call(() -> SourceAliasEntity.persist(entities))
                .call(() -> Panache.flush());
    }

    private static SourceEntity newSource(String name, SourceKind kind) {
        SourceEntity source = new SourceEntity();
        source.id = Ids.newId();
        source.name = name;
        source.kind = kind;
        source.createdAt = OffsetDateTime.now();
        return source;
    }

    private Uni<Map<String, SourceAliasEntity>> aliasesByKey(Collection<String> keys) {
        return SourceAliasEntity.<SourceAliasEntity> list("normalized in ?1", keys)
                .map(found -> found.stream().collect(Collectors.toMap(a -> a.normalized, Function.identity())));
    }

    /** Find-or-create of a name runs one transaction at a time, so concurrent calls create it once. */
    static Uni<Void> lockNames(Collection<String> keys) {
        return AdvisoryLocks.lock(NAME_LOCKS, keys);
    }

    private static Map<String, String> distinctByKey(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        names.forEach(name -> byKey.putIfAbsent(Names.normalize(name), name));
        return byKey;
    }

    static String requireName(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        String name = Names.clean(raw);
        if (name.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + Names.MAX_LENGTH + " characters");
        }
        if (Names.normalize(name).isEmpty()) {
            throw new InvalidInputException(field, "must contain a letter or digit");
        }
        return name;
    }

    static String optionalText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

}
