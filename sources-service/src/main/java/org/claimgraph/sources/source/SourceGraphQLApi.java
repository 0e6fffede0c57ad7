package org.claimgraph.sources.source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.ResolverSessions;
import org.claimgraph.common.security.Caller;
import org.claimgraph.sources.history.History;
import org.claimgraph.sources.history.HistoryEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {
        @Import(name = "@key"), @Import(name = "@shareable") })
public class SourceGraphQLApi {

    @Inject
    SourceService sources;
    @Inject
    SourceEditing editing;
    @Inject
    History history;

    @Query
    @Description("One source by id; an unknown id is an error.")
    public Uni<Source> source(@Id @NonNull String id) {
        UUID sourceId = Ids.parse("id", id);
        return ResolverSessions.read(() -> sources.get(sourceId, "id")).map(Source::of);
    }

    @Query
    @Description("Sources by name (any alias, case- and accent-insensitive) and kind, ordered by name.")
    public Uni<@NonNull SourceConnection> sources(String search, SourceKind kind, Integer first, String after) {
        int size = Paging.pageSize(first);
        return ResolverSessions.read(() -> sources.page(search, kind, size + 1, after))
                .map(fetched -> SourceConnection.of(fetched, size));
    }

    @Description("The names the source goes by, its own name included, sorted.")
    public Uni<List<@NonNull List<@NonNull String>>> aliases(@org.eclipse.microprofile.graphql.Source List<Source> batch) {
        List<UUID> ids = batch.stream().map(source -> UUID.fromString(source.id)).toList();
        return ResolverSessions.read(() -> sources.aliasesOf(ids))
                .map(byId -> ids.stream().map(id -> byId.getOrDefault(id, List.of())).toList());
    }

    @Mutation
    @Description("Creates a source with its aliases; the same name and kind again returns the existing source.")
    public Uni<@NonNull Source> createSource(@NonNull SourceInput input) {
        return ResolverSessions.write(() -> sources.create(input)).map(Source::of);
    }

    @Mutation
    @Description("Adds a name the source goes by; adding one it already has changes nothing.")
    public Uni<@NonNull Source> addAlias(@Id @NonNull String sourceId, @NonNull String alias) {
        UUID id = Ids.parse("sourceId", sourceId);
        return ResolverSessions.write(() -> sources.addAlias(id, alias)).map(Source::of);
    }

    @Mutation
    @Description("Finds or creates one source per name (case- and accent-insensitive), in the order given, in one batch.")
    public Uni<@NonNull List<@NonNull Source>> resolveSources(@NonNull List<@NonNull String> names) {
        return ResolverSessions.write(() -> sources.resolve(names))
                .map(found -> found.stream().map(Source::of).toList());
    }

    @Mutation
    @Description("Changes a source's name, kind, affiliation or description; its history keeps who, when, why and the values before. The new name becomes an alias (a name of another source is CONFLICT: merge them instead). Give the version you read: if the source changed since, the error is CONFLICT on version and nothing is written.")
    public Uni<@NonNull Source> updateSource(@Id @NonNull String id, @NonNull SourceUpdate input, String reason, Integer version) {
        UUID sourceId = Ids.parse("id", id);
        String actor = Caller.current().actorName();
        return ResolverSessions.write(() -> editing.update(sourceId, input, reason, version, actor)).map(Source::of);
    }

    @Mutation
    @Description("Merges a duplicate source into the one kept: its aliases and the documents it published move to the kept source, claims follow, and it stays as a record whose id answers the kept source. Returns the kept source. Merging a source into itself, a source merged already, or into a merged source is an error; keepVersion and mergeVersion are checked as updateSource checks version.")
    public Uni<@NonNull Source> mergeSources(@Id @NonNull String keepId, @Id @NonNull String mergeId, String reason,
            Integer keepVersion, Integer mergeVersion) {
        UUID keep = Ids.parse("keepId", keepId);
        UUID merge = Ids.parse("mergeId", mergeId);
        String actor = Caller.current().actorName();
        return ResolverSessions.write(() -> editing.merge(keep, merge, reason, keepVersion, mergeVersion, actor)).map(Source::of);
    }

    @Description("Every edit of the source, oldest first: who, when, why, each field before and after.")
    public Uni<List<@NonNull List<@NonNull HistoryEntry>>> history(@org.eclipse.microprofile.graphql.Source List<Source> batch) {
        List<UUID> ids = batch.stream().map(source -> UUID.fromString(source.id)).toList();
        return ResolverSessions.read(() -> history.of(History.RecordType.SOURCE, ids))
                .map(byId -> ids.stream().map(id -> byId.getOrDefault(id, List.of())).toList());
    }

    /** Federation: {@code _entities} for Source, all keys of a request in one SQL query; unknown keys give null. */
    @Resolver
    public Uni<List<Source>> sourceEntities(@Name("id") List<String> ids) {
        List<UUID> parsed = ids.stream().map(Ids::parseOrNullIfMalformed).toList();
        return ResolverSessions.read(() -> sources.byIds(parsed))
                .map(found -> found.stream().map(entity -> entity == null ? null : Source.of(entity)).toList());
    }
}
